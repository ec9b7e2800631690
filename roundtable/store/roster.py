"""The roster: people read, added and updated; after the session began, people taken off and
put back, and whole edits of the roster (Session > People) applied in one transaction.

A person taken off keeps their notes, which lose the name and keep their function. Ids of
people are never given twice (not even after someone was taken off), so undo can put a
person back under their own id.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from roundtable.model import (
    FUNCTIONS,
    Function,
    InvalidInput,
    Participant,
    clean_text,
    here,
    name_key,
    people_named,
    validate_person_name,
)
from roundtable.store import rows

EDITABLE = ("name", "function", "organisation", "role")
# Yes/no fields of a person, kept as 0/1 (not cleaned as text).
FLAGS = ("absent",)


@dataclass
class RosterEdit:
    """What one edit of the roster did, so it can be undone exactly."""

    removed: dict[int, list[int]] = field(default_factory=dict)  # person -> their notes
    added: list[Participant] = field(default_factory=list)


class RosterMixin:
    """Roster edits of `Store`: remove, restore, and several changes as one."""

    db: sqlite_utils.Database
    # Given by BoardMixin, which comes later in Store's bases (a stub here would shadow it).
    _insert: Callable[[str, dict[str, Any]], int]

    def _write(self, kind: str, payload: dict[str, Any]) -> AbstractContextManager[dict[str, Any]]:
        raise NotImplementedError

    def _emit(self, kind: str, id: int | None = None, round_id: int | None = None) -> None:
        raise NotImplementedError

    # ----- reading and adding people ------------------------------------------------------

    def participants(self) -> list[Participant]:
        found = self.db.table("participants").rows_where(order_by="id")
        return [rows.participant(r) for r in found]

    def participants_here(self) -> list[Participant]:
        """The people in the room (`roundtable.model.in_the_room`), without reading notes."""
        spoke = {
            int(r[0])
            for r in self.db.execute(
                "SELECT DISTINCT participant_id FROM notes"
                " WHERE participant_id IS NOT NULL AND deleted_at IS NULL"
            ).fetchall()
        }
        return here(self.participants(), spoke)

    def participant(self, participant_id: int) -> Participant:
        return rows.participant(rows.get_row(self.db, "participants", participant_id))

    def find_participant(self, name: str) -> Participant | None:
        """The participant with this name (case-insensitive), or None."""
        wanted = name_key(name)
        for p in self.participants():
            if name_key(p.name) == wanted:
                return p
        return None

    def participants_named(self, name: str) -> list[Participant]:
        """The participants a typed name may mean (an @name, a CSV's participant): the one
        named so (any case, accents ignored), else those whose first name it is ("Ben" for
        Ben Okafor; two "Anna"s both)."""
        return people_named(self.participants(), name)

    def add_participant(
        self,
        name: str,
        function: Function = "other",
        organisation: str = "",
        role: str = "",
        *,
        absent: bool = False,
    ) -> Participant:
        """Put a person on the roster; `absent` for someone expected but not (yet) here."""
        name = validate_person_name(name)
        if function not in FUNCTIONS:
            raise InvalidInput(f"Unknown function {function!r}: use sales, marketing or other.")
        if self.find_participant(name) is not None:
            # Two "Ana Lopez" could never be told apart by an @mention or in the minutes.
            raise InvalidInput(f"{name} is already a participant; add a surname or initial.")
        values = {
            "name": name,
            "function": function,
            "organisation": clean_text(organisation),
            "role": clean_text(role),
            "absent": int(bool(absent)),
        }
        with self._write("participant_added", values) as payload:
            pid = self._insert("participants", {"id": self._next_participant_id(), **values})
            payload["id"] = pid
            self._emit("participant_added", pid)
        return self.participant(pid)

    def update_participant(self, participant_id: int, **fields: Any) -> Participant:
        cleaned: dict[str, Any] = {
            k: int(bool(v)) if k == "absent" else clean_text(v) for k, v in fields.items()
        }
        if set(cleaned) - {"name", "function", "organisation", "role", "absent"}:
            raise TypeError(f"unknown participant fields: {sorted(cleaned)}")
        if cleaned.get("function", "other") not in FUNCTIONS:
            raise InvalidInput("Function must be sales, marketing or other.")
        if "name" in cleaned:
            cleaned["name"] = validate_person_name(str(cleaned["name"]))
        same = self.find_participant(str(cleaned["name"])) if "name" in cleaned else None
        if same is not None and same.id != participant_id:
            raise InvalidInput(
                f"{cleaned['name']} is already a participant; add a surname or initial."
            )
        with self._write("participant_updated", {"id": participant_id, "after": cleaned}):
            self.db.table("participants").update(participant_id, cleaned)
            self._emit("participant_updated", participant_id)
        return self.participant(participant_id)

    # ----- taking people off and editing the roster -----------------------------------------

    def _next_participant_id(self) -> int:
        """One more than any person's id ever used, including people taken off since."""
        ever = [int(self.db.execute("SELECT COALESCE(MAX(id), 0) FROM participants").fetchone()[0])]
        for kind, payload in self.db.execute(
            "SELECT kind, payload_json FROM events"
            " WHERE kind IN ('participant_removed', 'roster_edited')"
        ).fetchall():
            data = json.loads(payload)
            if kind == "participant_removed":
                ever.append(int(data.get("id", 0)))
            else:
                ever += [int(i) for i in data.get("removed", {})]
                ever += [int(i) for i in data.get("added", [])]
        return max(ever) + 1

    def _detach(self, participant_id: int) -> list[int]:
        found = self.db.execute(
            "SELECT id FROM notes WHERE participant_id = ? ORDER BY id", [participant_id]
        ).fetchall()
        self.db.execute(
            "UPDATE notes SET participant_id = NULL WHERE participant_id = ?", [participant_id]
        )
        self.db.table("participants").delete(participant_id)
        return [int(r[0]) for r in found]

    def _put_back(self, p: Participant, note_ids: Sequence[int]) -> None:
        values = {k: getattr(p, k) for k in EDITABLE} | {k: int(getattr(p, k)) for k in FLAGS}
        self.db.table("participants").insert({"id": p.id, **values})
        for nid in note_ids:
            self.db.execute("UPDATE notes SET participant_id = ? WHERE id = ?", [p.id, nid])

    def remove_participant(self, participant_id: int) -> list[int]:
        """Take a person off the roster. Their notes stay, with their function and no name.

        Returns the ids of those notes, for `restore_participant` (undo).
        """
        p = self.participant(participant_id)
        with self._write("participant_removed", {"id": p.id, "name": p.name}) as payload:
            payload["notes"] = self._detach(p.id)
            self._emit("participant_removed", p.id)
        return list(payload["notes"])

    def restore_participant(self, p: Participant, note_ids: Sequence[int] = ()) -> Participant:
        """Put a removed person back, with the same id, and their name back on these notes."""
        values = {"id": p.id, **{k: getattr(p, k) for k in (*EDITABLE, *FLAGS)}}
        with self._write("participant_restored", {**values, "notes": list(note_ids)}):
            self._put_back(p, note_ids)
            self._emit("participant_added", p.id)
        return self.participant(p.id)

    def edit_roster(
        self,
        remove: Sequence[int] = (),
        update: Mapping[int, Mapping[str, Any]] | None = None,
        add: Sequence[Mapping[str, Any] | tuple[Participant, Sequence[int]]] = (),
        note_functions: Mapping[int, str] | None = None,
    ) -> RosterEdit:
        """Take people off, change people and add people in one transaction: all or nothing.

        Names are checked once everything is applied, so two people may swap names. `add`
        takes new people as field mappings, or (person, their note ids) to put someone back
        under their own id (undo and redo). `note_functions` (note id -> function) changes
        notes' functions in the same transaction: a person whose function was wrong takes
        the notes they already typed along.

        Raises:
            InvalidInput: an empty or repeated name, or an unknown function; nothing changes.
        """
        update = dict(update or {})
        done = RosterEdit()
        payload = {
            "removed": {str(pid): [] for pid in remove},
            "updated": {str(pid): dict(f) for pid, f in update.items()},
            "note_functions": {str(nid): f for nid, f in (note_functions or {}).items()},
        }
        with self._write("roster_edited", payload) as record:
            for pid in remove:
                done.removed[pid] = self._detach(pid)
                record["removed"][str(pid)] = done.removed[pid]
            for pid, fields in update.items():
                cleaned = {
                    k: int(bool(v)) if k in FLAGS else clean_text(v) for k, v in fields.items()
                }
                if set(cleaned) - {*EDITABLE, *FLAGS}:
                    raise TypeError(f"unknown participant fields: {sorted(cleaned)}")
                if "name" in cleaned:
                    cleaned["name"] = validate_person_name(str(cleaned["name"]))
                old = self.participant(pid)
                old_name = old.name
                self.db.table("participants").update(pid, cleaned)
                if cleaned.get("name", old_name) != old_name:
                    # Action items name their owner as text: a renamed person's go along.
                    self.db.execute(
                        "UPDATE actions SET owner = ? WHERE owner = ?", [cleaned["name"], old_name]
                    )
                    self._emit("action_updated")
                if cleaned.get("function", old.function) != old.function:
                    # Their action items said the old function (and the minutes with them);
                    # one set to another function on purpose, or joint, keeps it.
                    self.db.execute(
                        "UPDATE actions SET owner_function = ?"
                        " WHERE owner = ? AND owner_function = ?",
                        [cleaned["function"], cleaned.get("name", old_name), old.function],
                    )
                    self._emit("action_updated")
            for entry in add:
                if isinstance(entry, tuple):
                    person, note_ids = entry
                    self._put_back(person, note_ids)
                    done.added.append(person)
                    continue
                values = {k: clean_text(entry.get(k, "")) for k in EDITABLE}
                values["name"] = validate_person_name(values["name"])
                absent = bool(entry.get("absent", False))
                pid = self._next_participant_id()
                self.db.table("participants").insert({"id": pid, **values, "absent": int(absent)})
                done.added.append(Participant(pid, **values, absent=absent))  # type: ignore[arg-type]
            record["added"] = [p.id for p in done.added]
            for nid, function in (note_functions or {}).items():
                if function not in FUNCTIONS:
                    raise InvalidInput(
                        f"Unknown function {function!r}: use sales, marketing or other."
                    )
                row = self.db.execute("SELECT round_id FROM notes WHERE id = ?", [nid]).fetchone()
                if row is None:
                    raise InvalidInput(f"Note {nid} is not in this session.")
                self.db.execute("UPDATE notes SET function = ? WHERE id = ?", [function, nid])
                self._emit("note_updated", nid, row[0])
            self._check_roster()
            self._emit("participant_updated")
        return done

    def _check_roster(self) -> None:
        """Every name given once (any case) and every function known; else InvalidInput."""
        seen: set[str] = set()
        for p in self.participants():
            if not p.name:
                raise InvalidInput("A participant needs a name.")
            if name_key(p.name) in seen:
                raise InvalidInput(f"{p.name} is on the roster twice; add a surname or initial.")
            if p.function not in FUNCTIONS:
                raise InvalidInput(f"{p.name}: the function must be sales, marketing or other.")
            seen.add(name_key(p.name))
