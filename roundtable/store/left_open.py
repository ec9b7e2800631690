"""A copy of a session file made while the session was open, without its `-wal`.

The app keeps the latest changes in `name.roundtable-wal` until it folds them into the file
(at a pause, and when it closes the session). An organizer who mails `name.roundtable` alone
while the session is open, or after the app stopped without closing it (a flat battery),
sends a file without those changes, and it opened as if it were whole: the notes typed last
were missing without a word. The file now says when it was opened for writing (the
session's `open_since`, set with the first change after it opens and cleared as it closes);
a file that has it, with no log beside it and no Roundtable window writing to it, is such a
copy, and the window says so as it opens, with the time of the last change it holds and
what to do. A file opened for writing and closed without a change is left as it was.

A session that sits idle (the round paused, lunch) is whole in its file alone: once changes
pause, `Store.idle_clear` folds the log in and clears the mark there, and the next change
sets it again. The mark goes only after the whole log is in the file (`fold_in` says so):
a copy without it must hold every change.
"""

from __future__ import annotations

import sqlite3
from contextlib import suppress
from datetime import datetime
from pathlib import Path

from roundtable.store.contents import columns_of


def mark(conn: sqlite3.Connection, when: str | None) -> None:
    """Set (a time) or clear (None) the file's mark of being open for writing, where the
    file has the column (a file opened read-only at an older format does not)."""
    if "open_since" in columns_of(conn, "session"):
        conn.execute("UPDATE session SET open_since = ?", [when])


def fold_in(conn: sqlite3.Connection) -> bool:
    """Fold the write-ahead log into the file itself without waiting for anyone; whether
    all of it went in (a reader still on an older state of the file holds some back).
    Raises sqlite3.Error when the disk refuses (the log keeps everything then)."""
    busy, frames, folded = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    return not busy and frames == folded


def is_marked(conn: sqlite3.Connection) -> bool:
    """Whether the file says it is open for writing (a file without the column does not)."""
    try:
        if "open_since" not in columns_of(conn, "session"):
            return False
        found = conn.execute("SELECT open_since FROM session ORDER BY id LIMIT 1").fetchone()
    except sqlite3.Error:
        return False
    return bool(found and found[0])


def _when(value: str) -> str:
    with suppress(ValueError, TypeError):
        return datetime.fromisoformat(value).astimezone().strftime("%H:%M on %d %b %Y")
    return value


def copied_while_open(conn: sqlite3.Connection, path: Path) -> str | None:
    """What to say of a file alone on `conn` that was open for writing when it was copied,
    or None. `conn` reads the file alone (its log, if any, is not there)."""
    try:
        if "open_since" not in columns_of(conn, "session"):
            return None
        found = conn.execute("SELECT open_since FROM session ORDER BY id LIMIT 1").fetchone()
        if not found or not found[0]:
            return None
        last = conn.execute("SELECT max(at) FROM events").fetchone()[0]
    except (sqlite3.Error, UnicodeDecodeError):
        return None  # the opening checks say what is wrong with such a file
    name = path.name
    after = f"after {_when(last)}" if last else "last"
    return (
        f"{name} was copied while it was open in Roundtable (or after Roundtable stopped"
        f" without closing it): changes made {after} may be only in {name}-wal, beside the"
        " original. If notes are missing, close the session there and copy it again, or"
        " copy both files together."
    )
