"""Themes and votes: the sense-making half of the store (action items are in actions.py,
note vectors in vectors.py).

Mixed into `Store`; it relies on the store's journaled transactions (`_write`) and change
events (`_emit`). A note's `placement` records who put it in its theme: "manual" (the
facilitator) or "auto" (an accepted suggestion); suggestions never move manual notes.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from typing import Any

import sqlite_utils

from roundtable.model import (
    FUNCTIONS,
    Function,
    InvalidInput,
    Note,
    Theme,
    Vote,
    clean_text,
)
from roundtable.store import rows

MAX_LABEL_CHARS = 80
MAX_VOTES = 10_000


def _label(label: str) -> str:
    label = clean_text(label)
    if not label:
        raise InvalidInput("A theme needs a name.")
    if len(label) > MAX_LABEL_CHARS:
        raise InvalidInput(f"A theme name can be at most {MAX_LABEL_CHARS} characters.")
    return label


@functools.lru_cache(maxsize=64)
def _insert_sql(table: str, columns: tuple[str, ...]) -> str:
    names = ", ".join(f"[{c}]" for c in columns)
    return f"INSERT INTO [{table}] ({names}) VALUES ({', '.join('?' * len(columns))})"


class BoardMixin:
    """Theme and vote methods of `Store`."""

    db: sqlite_utils.Database
    read_only_reason: str | None

    def _write(self, kind: str, payload: dict[str, Any]) -> AbstractContextManager[dict[str, Any]]:
        raise NotImplementedError

    def _emit(self, kind: str, id: int | None = None, round_id: int | None = None) -> None:
        raise NotImplementedError

    def _now_iso(self) -> str:
        raise NotImplementedError

    def note(self, note_id: int) -> Note:
        raise NotImplementedError

    def _knows_held(self) -> bool:
        raise NotImplementedError

    def notes(self, round_id: int | None = None, *, include_deleted: bool = False) -> list[Note]:
        raise NotImplementedError

    def _insert(self, table: str, values: dict[str, Any]) -> int:
        """Insert a row in the current transaction and return its id."""
        if all(v is None or isinstance(v, (str, int, float)) for v in values.values()):
            # Plain values need no conversion: one prepared statement, not sqlite-utils'
            # insert, which builds its query again for each row (20,000 imported notes took
            # 2.1 s, now 0.3 s).
            sql = _insert_sql(table, tuple(values))
            row_id = self.db.execute(sql, list(values.values())).lastrowid
            assert row_id is not None
            return int(row_id)
        pk = self.db.table(table).insert(values).last_pk
        assert pk is not None
        return int(pk)

    # ----- themes --------------------------------------------------------------------------

    def themes(self, round_id: int | None = None) -> list[Theme]:
        """Live themes in board order, of one round or of all rounds."""
        where = "deleted_at IS NULL" + (" AND round_id = ?" if round_id is not None else "")
        args = [round_id] if round_id is not None else []
        found = self.db.table("themes").rows_where(where, args, order_by="round_id, position, id")
        return [rows.theme(r) for r in found]

    def theme(self, theme_id: int) -> Theme:
        return rows.theme(rows.get_row(self.db, "themes", theme_id))

    def add_theme(
        self,
        round_id: int,
        label: str,
        *,
        note_ids: Sequence[int] = (),
        origin: str = "manual",
        placement: str = "manual",
    ) -> Theme:
        """Create a theme at the end of the round's themes, optionally with notes in it."""
        label = _label(label)
        self._check_notes_in_round(note_ids, round_id)
        position = (
            1
            + self.db.execute(
                "SELECT coalesce(max(position), 0) FROM themes WHERE round_id = ?", [round_id]
            ).fetchone()[0]
        )
        values = {"round_id": round_id, "label": label, "origin": origin, "position": position}
        with self._write("theme_added", {**values, "note_ids": list(note_ids)}) as payload:
            tid = self._insert("themes", values)
            payload["id"] = tid
            self._place(note_ids, tid, placement)
            self._emit("theme_added", tid, round_id)
        return self.theme(tid)

    def _check_notes_in_round(self, note_ids: Iterable[int], round_id: int) -> None:
        for nid in note_ids:
            if self.note(nid).round_id != round_id:
                raise InvalidInput("A theme can only hold notes of its own round.")

    def _place(
        self,
        note_ids: Iterable[int],
        theme_id: int | None,
        placement: str | None,
        round_id: int | None = None,
    ) -> None:
        """Set the theme of notes; `round_id`, when the caller knows it, saves a read a note."""
        for nid in note_ids:
            self.db.execute(
                "UPDATE notes SET theme_id = ?, placement = ? WHERE id = ?",
                [theme_id, placement if theme_id is not None else None, nid],
            )
            rid = round_id if round_id is not None else self.note(nid).round_id
            self._emit("note_updated", nid, rid)

    def rename_theme(self, theme_id: int, label: str) -> Theme:
        """Rename a theme; from then on suggestions never rename it."""
        old = self.theme(theme_id)
        label = _label(label)
        with self._write(
            "theme_renamed",
            {"id": theme_id, "before": old.label, "after": label, "origin_before": old.origin},
        ):
            self.db.table("themes").update(theme_id, {"label": label, "origin": "manual"})
            self._emit("theme_updated", theme_id, old.round_id)
        return self.theme(theme_id)

    def renamed_themes(self, theme_ids: Sequence[int]) -> set[int]:
        """Which of these themes someone gave a name: renamed, and not back to the name it
        had before its first rename (an undone rename is journaled as one more rename)."""
        first: dict[int, str] = {}
        for (payload,) in self.db.execute(
            "SELECT payload_json FROM events WHERE kind = 'theme_renamed' ORDER BY id"
        ).fetchall():
            data = json.loads(payload)
            first.setdefault(int(data["id"]), str(data.get("before", "")))
        return {tid for tid in theme_ids if tid in first and self.theme(tid).label != first[tid]}

    def set_theme_origin(self, theme_id: int, origin: str) -> Theme:
        """Set whether a theme's name came from a suggestion ("auto") or by hand (undo)."""
        old = self.theme(theme_id)
        with self._write("theme_origin_set", {"id": theme_id, "origin": origin}):
            self.db.table("themes").update(theme_id, {"origin": origin})
            self._emit("theme_updated", theme_id, old.round_id)
        return self.theme(theme_id)

    def assign_notes(
        self, note_ids: Sequence[int], theme_id: int | None, *, placement: str = "manual"
    ) -> None:
        """Put notes into a theme (or take them out with theme_id=None)."""
        if theme_id is not None:
            self._check_notes_in_round(note_ids, self.theme(theme_id).round_id)
        before = {nid: [self.note(nid).theme_id, self.note(nid).placement] for nid in note_ids}
        with self._write("notes_assigned", {"theme_id": theme_id, "before": before}):
            self._place(note_ids, theme_id, placement)
            if theme_id is not None:
                self._emit("theme_updated", theme_id, self.theme(theme_id).round_id)

    def restore_placements(self, before: dict[int, tuple[int | None, str | None]]) -> None:
        """Put notes back in the themes (and with the placement) they had; used by undo."""
        with self._write("placements_restored", {"placements": before}):
            for nid, (tid, placement) in before.items():
                self._place([nid], tid, placement)

    def delete_theme(self, theme_id: int) -> list[int]:
        """Remove a theme; its notes become ungrouped. Returns those note ids (for undo)."""
        theme = self.theme(theme_id)
        note_ids = [
            r[0]
            for r in self.db.execute(
                "SELECT id FROM notes WHERE theme_id = ? ORDER BY id", [theme_id]
            )
        ]
        with self._write("theme_deleted", {"id": theme_id, "note_ids": note_ids}):
            self._place(note_ids, None, None)
            self.db.table("themes").update(theme_id, {"deleted_at": self._now_iso()})
            self._emit("theme_deleted", theme_id, theme.round_id)
        return note_ids

    def restore_theme(self, theme_id: int, note_ids: Sequence[int] = ()) -> Theme:
        theme = self.theme(theme_id)
        with self._write("theme_restored", {"id": theme_id, "note_ids": list(note_ids)}):
            self.db.table("themes").update(theme_id, {"deleted_at": None})
            self._place(note_ids, theme_id, "manual")
            self._emit("theme_added", theme_id, theme.round_id)
        return self.theme(theme_id)

    def merge_themes(self, keep_id: int, other_id: int) -> list[int]:
        """Move every note of `other_id` into `keep_id` and remove `other_id`.

        Votes of both themes are added up on the kept theme, up to MAX_VOTES per function
        (what a vote count can be; see votes_over_cap). Returns the moved note ids.
        """
        keep, other = self.theme(keep_id), self.theme(other_id)
        if keep.round_id != other.round_id:
            raise InvalidInput("Only themes of the same round can be merged.")
        moved = [
            r[0]
            for r in self.db.execute(
                "SELECT id FROM notes WHERE theme_id = ? ORDER BY id", [other_id]
            )
        ]
        with self._write("themes_merged", {"keep": keep_id, "other": other_id, "moved": moved}):
            self._place(moved, keep_id, "manual")
            for function, count in self.theme_votes(other_id).items():
                if count:
                    total = self.theme_votes(keep_id)[function] + count
                    self._upsert_vote(keep_id, function, min(total, MAX_VOTES))
            self.db.table("themes").update(other_id, {"deleted_at": self._now_iso()})
            self._emit("theme_deleted", other_id, other.round_id)
            self._emit("theme_updated", keep_id, keep.round_id)
        return moved

    def votes_over_cap(self, theme_ids: Sequence[int]) -> list[Function]:
        """The functions whose votes, added up over theme_ids, would pass MAX_VOTES: what
        merging those themes would cut to MAX_VOTES (asked before merging, to say so)."""
        totals = {f: 0 for f in FUNCTIONS}
        for tid in theme_ids:
            for function, count in self.theme_votes(tid).items():
                totals[function] += count
        return [f for f in FUNCTIONS if totals[f] > MAX_VOTES]

    def move_theme(self, theme_id: int, position: int) -> None:
        """Move a theme to a 1-based position among its round's themes."""
        theme = self.theme(theme_id)
        order = [t.id for t in self.themes(theme.round_id)]
        order.remove(theme_id)
        position = max(1, min(position, len(order) + 1))
        order.insert(position - 1, theme_id)
        with self._write("theme_moved", {"id": theme_id, "to": position}):
            for i, tid in enumerate(order, start=1):
                self.db.execute("UPDATE themes SET position = ? WHERE id = ?", [i, tid])
            self._emit("themes_reordered", theme_id, theme.round_id)

    def apply_suggestions(
        self, round_id: int, groups: Sequence[tuple[str, Sequence[int], int | None]]
    ) -> list[int]:
        """Store accepted suggestions in one transaction.

        Each group is (label, note ids, existing theme id or None). New themes get the label
        and origin "auto"; existing themes keep their name. Notes the facilitator placed by
        hand are left where they are. Returns the theme id of each group.
        """
        ids: list[int] = []
        with self._write(
            "suggestions_applied", {"round_id": round_id, "groups": [list(g) for g in groups]}
        ) as payload:
            # One read of the round instead of two per note: accepting 150 suggestions
            # happens on the UI thread while the room watches.
            known = {n.id: n for n in self.notes(round_id)}
            placements = {nid: n.placement for nid, n in known.items()}
            # Where the moved notes were, so the app can undo a change made from the
            # command line (`roundtable themes --apply`) as it undoes its own.
            before: dict[int, list[Any]] = {}
            for label, note_ids, existing in groups:
                movable = [n for n in note_ids if n in placements and placements[n] != "manual"]
                for nid in movable:
                    before.setdefault(nid, [nid, known[nid].theme_id, known[nid].placement])
                if existing is None:
                    position = (
                        1
                        + self.db.execute(
                            "SELECT coalesce(max(position), 0) FROM themes WHERE round_id = ?",
                            [round_id],
                        ).fetchone()[0]
                    )
                    tid = self._insert(
                        "themes",
                        {
                            "round_id": round_id,
                            "label": _label(label),
                            "origin": "auto",
                            "position": position,
                        },
                    )
                    self._emit("theme_added", tid, round_id)
                else:
                    tid = existing
                    self._emit("theme_updated", tid, round_id)
                self._place(movable, tid, "auto", round_id)
                ids.append(tid)
            payload["theme_ids"] = ids
            payload["before"] = list(before.values())
        return ids

    # ----- votes ---------------------------------------------------------------------------

    def theme_votes(self, theme_id: int) -> dict[Function, int]:
        """Dots per function for one theme (0 where none were entered)."""
        counts: dict[Function, int] = dict.fromkeys(FUNCTIONS, 0)
        for function, count in self.db.execute(
            "SELECT function, count FROM votes WHERE theme_id = ? AND voter = 'room'", [theme_id]
        ):
            counts[function] = int(count)
        return counts

    def votes(self, round_id: int | None = None) -> list[Vote]:
        sql = (
            "SELECT v.theme_id, v.function, v.count FROM votes v JOIN themes t"
            " ON t.id = v.theme_id WHERE t.deleted_at IS NULL AND v.voter = 'room'"
        )
        args = []
        if round_id is not None:
            sql += " AND t.round_id = ?"
            args.append(round_id)
        return [Vote(t, f, int(c)) for t, f, c in self.db.execute(sql + " ORDER BY v.id", args)]

    def _upsert_vote(self, theme_id: int, function: str, count: int) -> None:
        self.db.execute(
            "INSERT INTO votes (theme_id, voter, function, count) VALUES (?, 'room', ?, ?)"
            " ON CONFLICT (theme_id, voter, function) DO UPDATE SET count = excluded.count",
            [theme_id, function, count],
        )

    def set_votes(self, theme_id: int, function: Function, count: int) -> None:
        """Set the room's dots for a theme from one function."""
        if function not in FUNCTIONS:
            raise InvalidInput("Votes are counted for sales, marketing or other.")
        if isinstance(count, bool) or not isinstance(count, int) or not 0 <= count <= MAX_VOTES:
            raise InvalidInput(f"A vote count must be a whole number from 0 to {MAX_VOTES}.")
        theme = self.theme(theme_id)
        before = self.theme_votes(theme_id)[function]
        with self._write(
            "votes_set",
            {"theme_id": theme_id, "function": function, "before": before, "after": count},
        ):
            self._upsert_vote(theme_id, function, count)
            self._emit("votes_changed", theme_id, theme.round_id)
