"""The app's undo history kept in the session file, and the journal positions it matches.

Mixed into `Store`. These rows are not journaled themselves: they describe the journal (an
undo step is only put back when nothing was journaled after the position it was saved at),
so writing them is not a change of the session and is announced to nobody.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

import sqlite_utils

from roundtable.model import Event
from roundtable.store import rows
from roundtable.store.session_file import ReadOnlyError


class UndoStepsMixin:
    """Undo-history and journal-position methods of `Store`."""

    db: sqlite_utils.Database
    path: Path
    read_only_reason: str | None

    def save_undo_steps(
        self, keep_below: int, rows: Sequence[tuple[int, str]], position: int, oldest: int = 0
    ) -> None:
        """Keep the app's undo steps: drop those from `keep_below` on and those before
        `oldest`, add `rows` (seq, text), and record the journal position they match; one
        transaction."""
        if self.read_only_reason is not None:
            raise ReadOnlyError(self.path, self.read_only_reason)
        with self.db.atomic():
            self.db.execute(
                "DELETE FROM undo_steps WHERE seq >= ? OR seq < ?", [int(keep_below), int(oldest)]
            )
            self.db.conn.executemany(
                "INSERT INTO undo_steps (seq, data) VALUES (?, ?)", [(int(k), d) for k, d in rows]
            )
            self.db.execute(
                "INSERT OR REPLACE INTO undo_state (id, position) VALUES (1, ?)", [int(position)]
            )

    def undo_steps(self) -> tuple[list[tuple[int, str]], int] | None:
        """The kept undo steps (seq, text) in order and their journal position, or None (none
        kept, or a file of an older version opened read-only)."""
        try:
            state = self.db.execute("SELECT position FROM undo_state WHERE id = 1").fetchone()
            if state is None:
                return None
            found = self.db.execute("SELECT seq, data FROM undo_steps ORDER BY seq").fetchall()
        except sqlite3.OperationalError:
            return None
        return [(int(k), str(d)) for k, d in found], int(state[0])

    def last_event_id(self) -> int:
        """The journal's last position (0 for an empty journal)."""
        return int(self.db.execute("SELECT COALESCE(MAX(id), 0) FROM events").fetchone()[0])

    def events_since(self, position: int, *, last_of: str) -> tuple[int, list[Event]]:
        """How many changes were journaled after a position, and the trailing run of them of
        kind `last_of` (oldest first, with what they hold). Read newest first and only as
        far as that run goes: a session of 2,000 typed notes and no saved undo steps read
        and decoded its whole journal (18 ms) on every opening."""
        count = int(
            self.db.execute("SELECT COUNT(*) FROM events WHERE id > ?", [int(position)]).fetchone()[
                0
            ]
        )
        cursor = self.db.execute(
            "SELECT id, at, kind, payload_json FROM events WHERE id > ? ORDER BY id DESC",
            [int(position)],
        )
        run: list[Event] = []
        for found in cursor:
            if found[2] != last_of:
                break
            run.append(
                rows.event(dict(zip(("id", "at", "kind", "payload_json"), found, strict=True)))
            )
        return count, run[::-1]
