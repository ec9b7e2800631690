"""A copy of a session that records no writer for any note (File > Save a copy without
writers…, `roundtable save-copy --without-writers`).

Organizers mail the session file to a colleague or the next facilitator after telling the
room its notes were anonymous; the file itself kept who wrote each note (the notes' writer,
the journal's entries, the saved undo steps). `scrub` runs on the copy, never on the open
session, before the copy is renamed into place:

- every note keeps its text, side (sales, marketing or other), round, theme and state, and
  loses its writer (`notes.participant_id`), waiting phone notes and deleted ones too;
- the journal keeps its entries (the agenda's timing, the order of let-in notes and the
  roster's ids are read from it) without any writer: a `participant_id` anywhere in an
  entry, and the lists of notes a person took off or put back had, are taken out;
- the saved undo history goes: its steps are the app's own records of notes and people,
  which cannot be cleaned one by one, so Undo in the copy starts empty;
- the session is marked anonymous;
- the file is rebuilt (VACUUM), so nothing taken out is left in its free pages.

The roster stays (names, functions, who was away): it is the attendance list the minutes
show, says who was there and not who wrote what. Action items keep their owners: they are
commitments, not notes.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

# Journal entries that list the notes a person had as they were taken off or put back.
_NOTES_OF_A_PERSON = {"participant_removed", "participant_restored"}
# Keys that name a note's writer, anywhere in an entry.
_WRITER_KEYS = {"participant_id", "participant", "participant_name"}


def scrub(conn: sqlite3.Connection) -> None:
    """Take every note's writer out of the session file open on `conn`, and mark it
    anonymous; one transaction, then VACUUM (outside it)."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    with conn:
        conn.execute("UPDATE notes SET participant_id = NULL")
        conn.execute("UPDATE session SET anonymous = 1")
        for table in ("undo_steps", "undo_state"):
            if table in tables:
                conn.execute(f"DELETE FROM {table}")
        changed = []
        for event_id, kind, payload_json in conn.execute(
            "SELECT id, kind, payload_json FROM events"
        ).fetchall():
            try:
                payload = json.loads(payload_json)
            except (TypeError, ValueError):
                changed.append(("{}", event_id))  # unreadable: nothing of it can be kept
                continue
            clean = scrub_entry(kind, payload)
            if clean != payload:
                changed.append((json.dumps(clean, ensure_ascii=False), event_id))
        conn.executemany("UPDATE events SET payload_json = ? WHERE id = ?", changed)
    conn.execute("VACUUM")


def scrub_entry(kind: str, payload: Any) -> Any:
    """One journal entry's payload without anything that ties a person to a note."""
    clean = _without_writers(payload)
    if not isinstance(clean, dict):
        return clean
    if kind in _NOTES_OF_A_PERSON:
        clean.pop("notes", None)
    if kind == "roster_edited" and isinstance(clean.get("removed"), dict):
        clean["removed"] = {pid: [] for pid in clean["removed"]}
    return clean


def _without_writers(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_writers(v) for k, v in value.items() if k not in _WRITER_KEYS}
    if isinstance(value, list):
        return [_without_writers(v) for v in value]
    return value
