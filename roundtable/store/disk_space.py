"""Telling a full disk from a damaged file when a session will not open.

On a full disk SQLite cannot grow the index of a session's log (`-shm`) beside it, and says
"disk I/O error": the file was called damaged and the rescue offered, for a file with
nothing wrong in it. Opening asks here after such a failure; a session on a full disk is
said to be so, and opens read-only (as immutable: nothing is written beside it)."""

from __future__ import annotations

import shutil
from pathlib import Path

# Less free space than this on a session's disk is full for SQLite: the index alone takes
# 32 KB, and a change a few pages of the log.
FULL_BELOW = 1 << 20


def disk_full(path: Path) -> bool:
    """Whether the disk holding `path` has (almost) no room left; False when it cannot tell."""
    try:
        return shutil.disk_usage(path.parent).free < FULL_BELOW
    except OSError:
        return False


def full_disk_words(
    path: Path, read_only: bool = False, *, new: bool = False, imported: str = ""
) -> str:
    """What to tell the user of a session that cannot be opened on a full disk (for writing,
    or even `read_only`: its log has changes, which need room to be read), or made (`new`),
    or of a file whose notes could not be `imported` into it (all or none are)."""
    if imported:
        return (
            f"Nothing was imported from {imported}: the disk the session is on"
            f" ({path.absolute().parent}) is full. Make room on that disk (empty its trash,"
            " move files off it) and import the file again."
        )
    if new:
        return (
            f"{path.name} was not created: the disk it goes on ({path.absolute().parent}) is"
            " full. Make room on that disk (empty its trash, move files off it) or choose"
            " another place."
        )
    way_out = "Make room on that disk (empty its trash, move files off it) and open it again" + (
        "."
        if read_only
        else "; or open it read-only to look at it and export the minutes to another disk."
    )
    opened = "read" if read_only else "opened for writing"
    return (
        f"{path} cannot be {opened}: the disk it is on is full. Nothing was changed, and the"
        f" file is not damaged. {way_out}"
    )
