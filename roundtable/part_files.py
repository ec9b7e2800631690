"""Hidden temporary ('.part') files that the minutes and session copies are written through.

A file is written to `.NAME.xxxxxxxx.part` beside its target and renamed into place only
when it is whole. A process killed before the rename leaves its part file behind; the next
write of the same name into that folder clears part files old enough that nothing can still
be writing them.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import secrets
import time
from collections.abc import Sequence
from pathlib import Path

# A temporary file older than this was left by a write that never finished.
STALE_PART_S = 600


def new_part_file(folder: Path, name: str, side_files: Sequence[str] = ()) -> Path:
    """Create an empty temporary file in `folder` for the file `name`, and return it.

    Part files of `name` that a crash left (and their `side_files`: endings such as
    SQLite's "-journal") are cleared first. The rename keeps the temporary file's
    permissions, so it is created as any new file is: with mode 0o666, which the system
    narrows by the user's umask (-rw-r--r-- under the usual 022). `tempfile.mkstemp` would
    make it -rw------- whatever the umask, and reading the umask means setting it, which is
    not safe while other threads create files.
    """
    clear_left_parts(folder, name, side_files)
    for _ in range(100):
        path = folder / f".{name}.{secrets.token_hex(4)}.part"
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        os.close(fd)
        return path
    raise FileExistsError(errno.EEXIST, "No free temporary file name", str(folder))


def clear_left_parts(folder: Path, name: str, side_files: Sequence[str] = ()) -> None:
    """Remove the part files of `name` (and their side files) left by a crash: a kill
    during a write left hidden .part files beside the target for good. One still being
    written by another export or copy, recent, stays."""
    cutoff = time.time() - STALE_PART_S
    for end in ("", *side_files):
        for left in folder.glob(f".{glob.escape(name)}.*.part{glob.escape(end)}"):
            with contextlib.suppress(OSError):
                if left.stat().st_mtime < cutoff:
                    left.unlink()


def flush_to_disk(path: Path) -> None:
    """fsync `path`: a rename of a file whose data is still in the page cache can leave an
    empty file after a power cut, so this comes first and the rename publishes it whole."""
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())
