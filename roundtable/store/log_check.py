"""Whether the write-ahead log beside a session file (its `-wal`) belongs to that file.

SQLite keeps a session's latest changes in `name.roundtable-wal` until they are folded into
the file, and reads the two together. It cannot tell a log that belongs to another file: a
`-wal` left in a folder by another copy of the session, or by another session once named
the same, was read over this file's pages. The session then opened "working", showing the
other session's notes in place of its own, and opening it for writing folded them in for
good. Both are read here first, without writing a byte: the file alone (as it was before
the log) and the file through its log. A log of this file only adds to it, so the session's
time of creation and every entry of its history (an append-only journal) read the same
through it; a log of another file changes them.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from roundtable.store.session_file import ForeignLogError, log_left_out

History = tuple[object, list[tuple[object, ...]]]


def _read(uri: str) -> History | None:
    """The session's time of creation and its history's entries, or None if unreadable."""
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error:
        return None
    try:
        conn.text_factory = bytes  # compared as stored, whatever the bytes
        made = conn.execute("SELECT created_at FROM session ORDER BY id LIMIT 1").fetchone()
        entries = conn.execute("SELECT id, at, kind FROM events ORDER BY id").fetchall()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return (made[0] if made else None), entries


def log_is_foreign(path: Path) -> bool:
    """True when the `-wal` beside `path` holds changes that cannot be this file's.

    False whenever that cannot be told (either reading fails: the file alone may need its
    log to be read at all, after a crash in the middle of folding it in); the opening checks
    that follow then say what is wrong. Called only while no Roundtable window writes to the
    file: a writer folding its log in meanwhile changes the file under the first reading.
    """
    if log_left_out(path):  # cannot be read through its log here; nothing to compare
        return False
    base = path.resolve().as_uri()
    alone = _read(f"{base}?mode=ro&immutable=1")
    if alone is None:
        return False
    through = _read(f"{base}?mode=ro")
    if through is None:
        return False
    (made, before), (made_now, after) = alone, through
    if made != made_now:
        return True
    later = {entry[0]: entry for entry in after}
    return any(later.get(entry[0]) != entry for entry in before)


def refuse_foreign_log(path: Path) -> None:
    """Raise ForeignLogError, with what to do, when the `-wal` beside `path` is another's."""
    if log_is_foreign(path):
        log = path.with_name(path.name + "-wal")
        raise ForeignLogError(
            path,
            f"{path} has a file beside it, {log.name}, whose changes do not belong to it"
            " (left there by another copy of the session, or by another session). Opening"
            " the two together would mix them up. Nothing was changed: move"
            f" {log.name} (and {path.name}-shm, if it is there) out of {path.parent},"
            f" then open {path.name} again.",
        )
