"""Why a change could not be saved, in words that say what happened and what to do.

SQLite reports a failed write in its own terms ("database or disk is full", "disk I/O
error", "attempt to write a readonly database"). The store turns each into a
`SessionFileError` whose message the app shows as it is: what went wrong with the disk or
the file, that the change was not saved (everything before it is), and the next step that
fits that problem (more space helps a full disk, not a disk that was unplugged).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from roundtable.store.disk_space import full_disk_words
from roundtable.store.session_file import BusyError, SessionFileError


def saving_error(path: Path, exc: sqlite3.OperationalError) -> SessionFileError | None:
    """The message for a write SQLite refused, or None for an error that is not about the
    file or its disk (a programming error, left to reach the log as it is)."""
    said = str(exc)
    lost = "The last change was not saved; the changes before it are in the file."
    if "full" in said:
        why, then = "the disk is full", "free some disk space and try again"
    elif "readonly" in said:
        # The file, its folder or its disk became write-protected after it was opened (a
        # share remounted read-only, a sync tool, a USB stick's switch).
        why = "the file can no longer be written (it or its disk became write-protected)"
        # A copy on a disk that takes writing is how the session goes on meanwhile.
        then = (
            "make it writable again and try again, or save a copy somewhere you can write"
            " to (File > Save a copy, Ctrl+Shift+S) and go on in that"
        )
    elif "malformed" in said or "corrupt" in said:
        why = f"the file reports damage ({said})"
        lost = "The last change was not saved."
        then = "close this window and open the file again, which offers to rescue a copy"
    elif "I/O" in said or "unable to open" in said or "disk" in said:
        # A disk unplugged or a network share gone: more free space would not help.
        why = f"the disk did not take the change ({said})"
        then = "check that the disk or network share is still there, then try again"
    elif "locking protocol" in said or "locked" in said:
        # Another program reading the file at that instant; nothing was half-saved.
        return BusyError(
            path,
            f"Could not save to {path}: another program was reading it at that moment ({exc})."
            " The last change was not saved; try again.",
        )
    else:
        return None
    return SessionFileError(
        path,
        f"Could not save to {path}: {why}. {lost} To go on, {then}.",
        why=why,
        then=then,
        full="full" in said,
    )


def nothing_imported(err: SessionFileError, source: str) -> str:
    """What to say of notes from the file `source` that the session file refused: an import
    is one change, so none of them came in ("The last change was not saved" named no
    import)."""
    if err.full:
        return full_disk_words(err.path, imported=source)
    if not err.why:
        return f"Nothing was imported from {source}. {err}"
    return (
        f"Nothing was imported from {source}. Could not save to {err.path}: {err.why}."
        f" To go on, {err.then}."
    )
