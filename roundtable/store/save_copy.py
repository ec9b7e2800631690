"""Saving a copy of an open session under another name (File > Save a copy).

The copy is read from the store's own connection with SQLite's backup API, in one read
transaction, so it is the whole session as it was at that instant, even while another
window writes to the file. It is written to a hidden temporary file beside the target and
renamed into place only when complete: a full disk or any error leaves no partial file,
and a file that already has the name is not touched until the copy is whole. A copy killed
mid-write leaves its hidden part file; the next copy into that folder clears it. A read-only
window can save a copy too; that is how it gets a file it can change.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from pathlib import Path

from roundtable.part_files import flush_to_disk, new_part_file
from roundtable.store.left_open import mark
from roundtable.store.no_writers import scrub
from roundtable.store.schema import SCHEMA_VERSION
from roundtable.store.session_file import SessionFileError, lock_path, writer_lock_held

# SQLite's side files of a database (a journal or log), which must not outlive the copy.
SIDE_FILES = ("-journal", "-wal", "-shm")


def write_copy(
    conn: sqlite3.Connection, source: Path, target: Path, *, without_writers: bool = False
) -> Path:
    """Copy the session open on `conn` (from the file `source`) to `target`; return it.
    `without_writers`: the copy records no note's writer (no_writers.py).

    Raises SessionFileError, whose message says what happened and that nothing was written.
    """
    target = Path(target)
    _check_target(source, target)
    if without_writers:
        _check_known(conn, source)
    folder = target.parent
    try:
        part = new_part_file(folder, target.name, SIDE_FILES)
    except OSError as exc:
        raise SessionFileError(target, _explain(exc, target)) from exc
    try:
        copy = _open_part(part)
        try:
            if without_writers:
                _copy_without_writers(conn, copy)
            else:
                conn.backup(copy)
                mark(copy, None)  # a copy, not the open session: it is whole (left_open.py)
                copy.commit()
        finally:
            copy.close()
        flush_to_disk(part)
        os.replace(part, target)
    except (OSError, sqlite3.Error) as exc:
        _remove_part(part)
        raise SessionFileError(target, _explain(exc, target)) from exc
    except BaseException:
        _remove_part(part)
        raise
    return target


def _copy_without_writers(conn: sqlite3.Connection, copy: sqlite3.Connection) -> None:
    """Write to `copy` the session without its writers. It is cleaned in memory and only
    then written out: cleaned in the part file itself, a copy cut short (the battery, a
    kill) left a hidden file with every writer where the copy was going, a USB stick or a
    shared folder."""
    clean = sqlite3.connect(":memory:")
    try:
        conn.backup(clean)
        mark(clean, None)
        clean.commit()
        scrub(clean)  # (and VACUUM: nothing taken out is left in its free pages)
        clean.backup(copy)
    finally:
        clean.close()


def _check_target(source: Path, target: Path) -> None:
    """Refuse a place the copy cannot or must not go, before anything is written."""
    if not target.name:
        raise SessionFileError(target, "Choose a file name for the copy; nothing was written.")
    own = source.resolve()
    wanted = target.resolve()
    side = {own.with_name(own.name + end) for end in SIDE_FILES} | {lock_path(own)}
    if wanted == own or (target.exists() and _same_file(source, target)):
        raise SessionFileError(
            target,
            f"{target.name} is the session being copied; a copy needs another name."
            " Nothing was written.",
        )
    if wanted in side:
        raise SessionFileError(
            target,
            f"{target.name} is one of SQLite's working files for the open session; choose"
            " another name. Nothing was written.",
        )
    if not target.parent.is_dir():
        raise SessionFileError(
            target,
            f"The folder {target.parent} does not exist; choose another place."
            " Nothing was written.",
        )
    if target.is_dir():
        raise SessionFileError(
            target, f"{target} is a folder; choose a file name. Nothing was written."
        )
    if target.exists() and writer_lock_held(target):
        raise SessionFileError(
            target,
            f"{target.name} is open in another Roundtable window; close it there or choose"
            " another name. Nothing was written.",
        )
    if target.exists() and any(target.with_name(target.name + end).exists() for end in SIDE_FILES):
        # Its log would be read into the copy when it is opened, and damage it.
        raise SessionFileError(
            target,
            f"{target.name} is in use by another program, or has changes not yet folded in;"
            " choose another name. Nothing was written.",
        )


def _check_known(conn: sqlite3.Connection, source: Path) -> None:
    """Refuse a copy without writers of a file of a newer format: it may keep a writer
    where this version does not look, and the copy would say it holds none."""
    if int(conn.execute("PRAGMA user_version").fetchone()[0]) > SCHEMA_VERSION:
        raise SessionFileError(
            source,
            f"{source.name} was made by a newer version of Roundtable; this one cannot be"
            " sure to find every writer in it. Save the copy without writers with that"
            " version. Nothing was written.",
        )


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.samefile(b)
    except OSError:
        return False


def _open_part(part: Path) -> sqlite3.Connection:
    """The connection the copy is written through (a test narrows it to fill up)."""
    return sqlite3.connect(part)


def _remove_part(part: Path) -> None:
    for left in (part, *(part.with_name(part.name + end) for end in SIDE_FILES)):
        with contextlib.suppress(OSError):
            left.unlink(missing_ok=True)


def _explain(exc: OSError | sqlite3.Error, target: Path) -> str:
    """What went wrong writing the copy, and that nothing was written."""
    number = exc.errno if isinstance(exc, OSError) else None
    said = str(exc)
    if number in (errno.ENOSPC, errno.EDQUOT) or "full" in said:
        return (
            f"The disk is full; the copy {target.name} was not written and nothing was left"
            " behind. Free some space or choose another place."
        )
    if number == errno.EROFS or "readonly" in said:
        return (
            f"{target.parent} is on a read-only disk; the copy was not written."
            " Choose another place."
        )
    if number in (errno.EACCES, errno.EPERM, errno.EBUSY, errno.ETXTBSY):
        if target.exists():
            return (
                f"{target.name} could not be replaced: it may be open in another program"
                " (close it there) or you may not have permission to change it. Nothing was"
                " written."
            )
        return (
            f"You cannot write to the folder {target.parent}; the copy was not written."
            " Choose another place."
        )
    if number == errno.ENAMETOOLONG:
        return (
            f"{target.name} is too long a name for that disk; choose a shorter one."
            " Nothing was written."
        )
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else said
    return f"The copy {target.name} could not be written ({reason}); nothing was written."
