"""Notes: the sticky notes of a session, added one by one or in bulk, edited, soft-deleted.

Mixed into `Store` (see store.py for the transaction and journal rules every method here
follows). `NewNote` is a note checked before anything is written, for bulk imports.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from roundtable.model import (
    FUNCTIONS,
    SOURCES,
    Function,
    InvalidInput,
    Note,
    Participant,
    Source,
    clean_text,
    name_key,
    validate_note_text,
    validate_person_name,
)
from roundtable.store import rows
from roundtable.store.agenda import AgendaMixin
from roundtable.store.session_file import BusyError

# A large import is tried this often when a reader made its save fail.
IMPORT_TRIES = 3


@dataclass(frozen=True)
class NewNote:
    """A note to add in bulk (CSV import, devices): validated before anything is written."""

    round_id: int
    text: str
    function: Function = "other"
    participant_id: int | None = None
    source: Source = "import"
    participant_name: str | None = None  # found or added (with this function) on import
    held: bool = False  # a phone's note waiting for the facilitator (see held.py)
    open_question: bool = False  # marked as a question the room could not answer
    phone_key: str | None = None  # the key a phone made for it (see phone_notes)


class NotesMixin(AgendaMixin):
    """Note methods of `Store`."""

    _depth: int  # Store's transaction() nesting
    _held_column = False  # see _knows_held
    _key_column = False  # see phone_notes

    def participants(self) -> list[Participant]:
        raise NotImplementedError

    def notes(
        self,
        round_id: int | None = None,
        *,
        include_deleted: bool = False,
        include_held: bool = False,
    ) -> list[Note]:
        """Notes in order of entry, of one round or all rounds. A note held for the
        facilitator to let in is none of them (the board, the wall, the snapshot every
        export and the clustering read, all leave it out) unless `include_held`."""
        where, args = [], []
        if round_id is not None:
            where.append("round_id = ?")
            args.append(round_id)
        if not include_deleted:
            where.append("deleted_at IS NULL")
        if not include_held and self._knows_held():
            where.append("held = 0")
        found = self.db.table("notes").rows_where(" AND ".join(where) or None, args, order_by="id")
        return [rows.note(r) for r in found]

    def open_question_count(self) -> int:
        """How many notes on the boards are marked as open questions (model.Note)."""
        return sum(n.open_question for n in self.notes())

    def last_typed_function(self) -> str | None:
        """The function of the newest note the facilitator typed without a name (a name
        gives that person's function to one note only), or None when there is none."""
        row = self.db.execute(
            "SELECT function FROM notes WHERE source = 'facilitator' AND participant_id IS NULL"
            " AND deleted_at IS NULL ORDER BY id DESC LIMIT 1"
        ).fetchone()
        return None if row is None else str(row[0])

    def _knows_held(self) -> bool:
        """Whether the file has the `held` column: a file of version 3 or older opened
        read-only is not upgraded (and holds no note back). Once seen, it stays."""
        if not self._held_column:
            columns = self.db.execute("PRAGMA table_info(notes)").fetchall()
            self._held_column = any(c[1] == "held" for c in columns)
        return self._held_column

    def phone_notes(self, keys: Sequence[str]) -> dict[str, int]:
        """The ids of the notes stored with these keys of phones (`NewNote.phone_key`),
        deleted and held ones too; keys of no note are left out. A file of version 7 or
        older opened read-only has no keys (and takes no notes from phones)."""
        if not self._key_column:
            columns = self.db.execute("PRAGMA table_info(notes)").fetchall()
            self._key_column = any(c[1] == "phone_key" for c in columns)
        found: dict[str, int] = {}
        wanted = list(dict.fromkeys(keys))
        for start in range(0, len(wanted) if self._key_column else 0, 500):
            some = wanted[start : start + 500]
            marks = ",".join("?" * len(some))
            sql = f"SELECT phone_key, id FROM notes WHERE phone_key IN ({marks})"
            found.update((str(k), int(i)) for k, i in self.db.execute(sql, some))
        return found

    def note(self, note_id: int) -> Note:
        return rows.note(rows.get_row(self.db, "notes", note_id))

    def note_count(self, round_id: int | None = None) -> int:
        sql = "SELECT count(*) FROM notes WHERE deleted_at IS NULL"
        if self._knows_held():
            sql += " AND held = 0"
        if round_id is None:
            return int(self.db.execute(sql).fetchone()[0])
        return int(self.db.execute(sql + " AND round_id = ?", [round_id]).fetchone()[0])

    def _note_values(self, new: NewNote) -> dict[str, Any]:
        text = validate_note_text(new.text)
        if new.function not in FUNCTIONS:
            raise InvalidInput(f"Unknown function {new.function!r}: use sales, marketing or other.")
        if new.source not in SOURCES:
            raise InvalidInput(f"Unknown source {new.source!r}.")
        now = self._now_iso()
        return {
            "round_id": new.round_id,
            "text": text,
            "function": new.function,
            "participant_id": new.participant_id,
            "source": new.source,
            "created_at": now,
            "updated_at": now,
        }

    def add_note(
        self,
        round_id: int,
        text: str,
        *,
        function: Function = "other",
        participant_id: int | None = None,
        source: Source = "facilitator",
    ) -> Note:
        """Store a note; it is on disk when this returns. Raises InvalidInput if unusable."""
        values = self._note_values(NewNote(round_id, text, function, participant_id, source))
        self._check_round(round_id)
        with self._write("note_added", values) as payload:
            nid = self._insert("notes", values)
            payload["id"] = nid
            self._emit("note_added", nid, round_id)
        return Note(
            id=nid,
            round_id=round_id,
            text=values["text"],
            participant_id=participant_id,
            function=function,
            source=source,
            theme_id=None,
            placement=None,
            created_at=datetime.fromisoformat(values["created_at"]),
            updated_at=datetime.fromisoformat(values["updated_at"]),
            deleted_at=None,
        )

    def add_notes(self, new_notes: Sequence[NewNote]) -> list[int]:
        """Store many notes in one transaction: all of them, or (on any error) none.

        A note with a `participant_name` is linked to that participant, who is added to the
        roster (with the note's function) if nobody of that name exists yet.
        """
        values = [self._note_values(n) for n in new_notes]
        for rid in {v["round_id"] for v in values}:
            self._check_round(rid)
        # A reader that opens the file at the instant a large import commits can make the
        # save fail ("locking protocol"): nothing was kept, so it is tried again (the app's
        # 10,000-row import failed every time a reader polled the file).
        # Inside a larger transaction only the caller can try the whole of it again.
        tries = 1 if self._depth else IMPORT_TRIES
        for attempt in range(tries):
            try:
                return self._add_notes_once(new_notes, [dict(v) for v in values])
            except BusyError:
                if attempt == tries - 1:
                    raise
                time.sleep(0.2 * (attempt + 1))
        raise AssertionError("unreachable")

    def _add_notes_once(self, new_notes: Sequence[NewNote], values: list[dict]) -> list[int]:
        ids: list[int] = []
        known = {name_key(p.name): p.id for p in self.participants()}
        held = sum(1 for n in new_notes if n.held)
        with self._write("notes_imported", {"count": len(values)}) as payload:
            if held:
                payload["held"] = held
            for new, v in zip(new_notes, values, strict=True):
                name = clean_text(new.participant_name or "")
                if name:
                    if name_key(name) not in known:
                        name = validate_person_name(name)
                        pid = self._insert(
                            "participants",
                            {
                                "name": name,
                                "function": new.function,
                                "organisation": "",
                                "role": "",
                            },
                        )
                        known[name_key(name)] = pid
                        self._emit("participant_added", pid)
                    v["participant_id"] = known[name_key(name)]
                if new.held:
                    v["held"] = 1
                if new.open_question:
                    v["open_question"] = 1
                if new.phone_key is not None:
                    v["phone_key"] = new.phone_key
                nid = self._insert("notes", v)
                ids.append(nid)
                # Not a "note_…" change: no view of notes has anything to show for it.
                self._emit("held_note_added" if new.held else "note_added", nid, v["round_id"])
            payload["ids"] = ids
        return ids

    def update_note(self, note_id: int, **fields: Any) -> Note:
        """Change a note's text, function, participant_id, round_id or open_question."""
        if set(fields) - {"text", "function", "participant_id", "round_id", "open_question"}:
            raise TypeError(f"unknown note fields: {sorted(fields)}")
        if "open_question" in fields:
            fields["open_question"] = bool(fields["open_question"])
        old = self.note(note_id)
        if "text" in fields:
            fields["text"] = validate_note_text(fields["text"])
        if "function" in fields and fields["function"] not in FUNCTIONS:
            raise InvalidInput("Function must be sales, marketing or other.")
        if "round_id" in fields and fields["round_id"] != old.round_id:
            self._check_round(fields["round_id"])
            fields["theme_id"] = None  # a theme belongs to one round
            fields["placement"] = None
        before = {k: getattr(old, k) for k in fields}
        fields["updated_at"] = self._now_iso()
        with self._write("note_updated", {"id": note_id, "before": before, "after": fields}):
            self.db.table("notes").update(note_id, fields)
            if fields.get("text", old.text) != old.text:
                # Its kept vector is of the old words: Suggest themes and live placement
                # take a kept vector as the note's own (the embedder makes a new one).
                self.db.execute("DELETE FROM note_vectors WHERE note_id = ?", [note_id])
            self._emit("note_updated", note_id, old.round_id)
            if fields.get("round_id", old.round_id) != old.round_id:
                self._emit("note_updated", note_id, fields["round_id"])
        return self.note(note_id)

    def delete_note(self, note_id: int) -> Note:
        """Soft-delete a note: it disappears everywhere but can be restored."""
        note = self.note(note_id)
        with self._write("note_deleted", {"id": note_id, "text": note.text}):
            self.db.table("notes").update(note_id, {"deleted_at": self._now_iso()})
            self._emit("note_deleted", note_id, note.round_id)
        return self.note(note_id)

    def restore_note(self, note_id: int) -> Note:
        note = self.note(note_id)
        with self._write("note_restored", {"id": note_id}):
            self.db.table("notes").update(note_id, {"deleted_at": None})
            self._emit("note_restored", note_id, note.round_id)
        return self.note(note_id)

    def delete_notes(self, note_ids: Sequence[int]) -> None:
        """Soft-delete several notes in one transaction: all of them or, on a crash, none
        (undoing a 10,000-note import note by note took ten seconds, and a crash in the
        middle left a session that matched nothing the facilitator did)."""
        self._mark_deleted(note_ids, self._now_iso(), "notes_deleted", "note_deleted")

    def restore_notes(self, note_ids: Sequence[int]) -> None:
        """Bring several deleted notes back in one transaction."""
        self._mark_deleted(note_ids, None, "notes_restored", "note_restored")

    def _mark_deleted(
        self, note_ids: Sequence[int], when: str | None, kind: str, change: str
    ) -> None:
        notes = [self.note(nid) for nid in note_ids]
        if not notes:
            return
        with self._write(kind, {"ids": [n.id for n in notes]}):
            self.db.conn.executemany(
                "UPDATE notes SET deleted_at = ? WHERE id = ?", [(when, n.id) for n in notes]
            )
            for n in notes:
                self._emit(change, n.id, n.round_id)

    def iter_all_notes(self) -> Iterable[Note]:
        return self.notes(include_deleted=True)
