"""A copy of a session that records no writer for any note (File > Save a copy without
writers…, `roundtable save-copy --without-writers`).

Organizers mail the session file to a colleague or the next facilitator after telling the
room its notes were anonymous; the file itself kept who wrote each note (the notes' writer,
the journal's entries, the saved undo steps). `scrub` runs on the copy in memory, never on
the open session, before anything of the copy is written to disk (save_copy.py):

- every note keeps its text, side (sales, marketing or other), round, theme and state, and
  loses its writer (`notes.participant_id`), waiting phone notes and deleted ones too;
- the journal keeps its entries (the agenda's timing, the order of let-in notes and the
  roster's ids are read from it) without any writer: a `participant_id` anywhere in an
  entry goes, and an entry about a person keeps only their id (not their name, the notes
  they had as they were taken off or put back, nor the notes whose side followed theirs);
- the journal's entries of a person added, changed or put back go: `roundtable add-note
  --participant` puts a new person on the roster just before their note, so the entry
  said the next note was the newcomer's (one taken off stays, by id: the next id is read
  from it);
- a note's text in the journal is its text now: a name typed in the note line that named
  nobody stayed in the note ("@Chirs Leads go cold") until F2 put it right, and the
  journal's entries of adding and editing it kept the name;
- the roster's ids are dealt out again at random: a person added as their first note was
  typed, or by the import of their notes, got the next id, so the journal's order of
  entries (a person added, then a note, at the same second) would still say whose it was;
- the saved undo history goes: its steps are the app's own records of notes and people,
  which cannot be cleaned one by one, so Undo in the copy starts empty;
- the session is marked anonymous;
- the file is rebuilt (VACUUM), so nothing taken out is left in its free pages.

The roster stays (names, functions, who was away): it is the attendance list the minutes
show, says who was there and not who wrote what. Action items keep their owners: they are
commitments, not notes (one made of a note with Ctrl+Alt+N names its writer: the box and
the command say so before the copy is made, anonymity.owned_note_warnings).
"""

from __future__ import annotations

import json
import random
import sqlite3
from typing import Any

# Journal entries about one person: only their id is kept (the next id is read from them).
_PERSON = {
    "participant_added",
    "participant_updated",
    "participant_removed",
    "participant_restored",
}
# Of those, the ones left out of the copy: when they were written says whose the next note
# was, and nothing reads them (the next person's id is read from the people taken off).
_LEFT_OUT = {"participant_added", "participant_updated", "participant_restored"}
# Journal entries of one note that carry its text, and where.
_NOTE_TEXTS: dict[str, tuple[tuple[str, ...], ...]] = {
    "note_added": ((),),
    "note_deleted": ((),),
    "note_updated": (("before",), ("after",)),
}
# Keys that name a note's writer, anywhere in an entry.
_WRITER_KEYS = {"participant_id", "participant", "participant_name"}


def scrub(conn: sqlite3.Connection) -> None:
    """Take every note's writer out of the session file open on `conn`, and mark it
    anonymous; one transaction, then VACUUM (outside it)."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    with conn:
        conn.execute("UPDATE notes SET participant_id = NULL")
        _deal_ids(conn)
        conn.execute("UPDATE session SET anonymous = 1")
        for table in ("undo_steps", "undo_state"):
            if table in tables:
                conn.execute(f"DELETE FROM {table}")
        conn.execute(
            f"DELETE FROM events WHERE kind IN ({', '.join('?' * len(_LEFT_OUT))})",
            sorted(_LEFT_OUT),
        )
        texts = dict(conn.execute("SELECT id, text FROM notes").fetchall())
        changed = []
        for event_id, kind, payload_json in conn.execute(
            "SELECT id, kind, payload_json FROM events"
        ).fetchall():
            try:
                payload = json.loads(payload_json)
            except (TypeError, ValueError):
                changed.append(("{}", event_id))  # unreadable: nothing of it can be kept
                continue
            clean = _text_now(kind, scrub_entry(kind, payload), texts)
            if clean != payload:
                changed.append((json.dumps(clean, ensure_ascii=False), event_id))
        conn.executemany("UPDATE events SET payload_json = ? WHERE id = ?", changed)
    conn.execute("VACUUM")


def scrub_entry(kind: str, payload: Any) -> Any:
    """One journal entry's payload without anything that ties a person to a note."""
    clean = _without_writers(payload)
    if not isinstance(clean, dict):
        return clean
    if kind in _PERSON:
        return {"id": clean["id"]} if "id" in clean else {}
    if kind == "roster_edited":
        # Who was taken off, changed and added, by id: no names, fields or notes.
        for key in ("removed", "updated"):
            if isinstance(clean.get(key), dict):
                clean[key] = {pid: ([] if key == "removed" else {}) for pid in clean[key]}
        clean["note_functions"] = {}  # the notes of a person whose side was changed
    return clean


def _text_now(kind: str, entry: Any, texts: dict[int, str]) -> Any:
    """A note's entry with the note's text as it is now wherever it held a text."""
    if kind not in _NOTE_TEXTS or not isinstance(entry, dict):
        return entry
    text = texts.get(entry.get("id"))  # type: ignore[arg-type]
    for path in _NOTE_TEXTS[kind]:
        part: Any = entry
        for key in path:
            part = part.get(key) if isinstance(part, dict) else None
        if isinstance(part, dict) and "text" in part:
            part["text"] = text if text is not None else ""
    return entry


def _deal_ids(conn: sqlite3.Connection) -> None:
    """Give the roster's people its ids again in a random order (the same ids, so the next
    person added still gets a new one)."""
    ids = [r[0] for r in conn.execute("SELECT id FROM participants ORDER BY id")]
    dealt = list(ids)
    random.SystemRandom().shuffle(dealt)
    conn.execute("UPDATE participants SET id = -id")
    conn.executemany(
        "UPDATE participants SET id = ? WHERE id = ?",
        [(new, -old) for old, new in zip(ids, dealt, strict=True)],
    )


def _without_writers(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_writers(v) for k, v in value.items() if k not in _WRITER_KEYS}
    if isinstance(value, list):
        return [_without_writers(v) for v in value]
    return value
