"""Notes a damaged file's journal remembers when the notes table itself cannot be read.

Every change is journaled in the events table as it is saved (store._write), and a typed
note's event holds the whole note. A file cut short (a copy that stopped half way) lost
the pages of its notes table but often kept many of those events: the rescue read 0 of 200
notes from a file cut in half whose journal still held 41 of them. Here each note that was
not read is rebuilt from the journal that was: added, then edited, moved, deleted or
restored as its later events say, as far as they could be read.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from roundtable.store.contents import columns_of

# What a rebuilt note takes from an event; other keys (its theme, whose pages may be lost
# too) are left for the rescue's own mending.
_NOTE_FIELDS = ("round_id", "text", "function", "participant_id", "source")
_EDITED = ("round_id", "text", "function", "participant_id", "updated_at", "open_question")


def notes_from_journal(target: sqlite3.Connection) -> int:
    """Add to the rescued copy `target` the notes its events describe and its notes table
    lacks; return how many."""
    tables = {r[0] for r in target.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "events" not in tables:
        return 0
    have = {r[0] for r in target.execute("SELECT id FROM notes")}
    columns = set(columns_of(target, "notes"))
    rebuilt: dict[int, dict[str, Any]] = {}
    for at, kind, payload_json in target.execute(
        "SELECT at, kind, payload_json FROM events ORDER BY id"
    ):
        try:
            payload = json.loads(payload_json)
        except (TypeError, ValueError):
            continue  # an event damaged in its text: the others still count
        if not isinstance(payload, dict):
            continue
        _replay(rebuilt, have, at, kind, payload)
    added = 0
    for nid, note in rebuilt.items():
        row = {k: v for k, v in note.items() if k in columns}
        row["id"] = nid
        names = ", ".join(row)
        try:
            target.execute(
                f"INSERT INTO notes ({names}) VALUES ({', '.join('?' * len(row))})",
                list(row.values()),
            )
        except sqlite3.IntegrityError:  # the notes table's own definition is damaged
            continue
        added += 1
    return added


def _replay(
    rebuilt: dict[int, dict[str, Any]], have: set[int], at: str, kind: str, payload: dict
) -> None:
    """Apply one journaled change to the notes being rebuilt."""
    if kind == "note_added":
        nid = payload.get("id")
        if (
            isinstance(nid, int)
            and nid not in have
            and isinstance(payload.get("text"), str)
            and isinstance(payload.get("round_id"), int)
        ):
            note = {k: payload.get(k) for k in _NOTE_FIELDS}
            # A key damaged in the journal: the plainest choice (rescue_rows says the same).
            note["function"] = note["function"] or "other"
            note["source"] = note["source"] or "facilitator"
            note["created_at"] = payload.get("created_at") or at
            note["updated_at"] = payload.get("updated_at") or at
            rebuilt[nid] = note
        return
    if kind == "note_updated" and payload.get("id") in rebuilt:
        after = payload.get("after")
        if isinstance(after, dict):
            rebuilt[payload["id"]].update({k: v for k, v in after.items() if k in _EDITED})
        return
    gone = {"note_deleted": at, "notes_deleted": at, "note_restored": None, "notes_restored": None}
    if kind in gone:
        ids = payload.get("ids") if kind.startswith("notes_") else [payload.get("id")]
        for nid in ids if isinstance(ids, list) else []:
            if nid in rebuilt:
                rebuilt[nid]["deleted_at"] = gone[kind]
