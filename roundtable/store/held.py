"""Notes from phones held for the facilitator: stored at once, shown once let in.

With "Hold phone notes until I let them in" ticked, a note from a phone is written to the
file like any other (the phone is answered only once it is on disk), marked `held`. Every
reader of notes (`notes()`, `note_count()`, and so the snapshot each export and the
clustering read) leaves a held note out, so it is on no board, wall, theme, vote or export
until the facilitator lets it in. Letting in clears the mark, and the note arrives as one
typed at that moment does: after every note already in the file, on the board, the wall
and in the exports (a note that waited five minutes landed among the notes typed meanwhile,
by its id, and nobody saw it arrive). Dropping one is deleting it (`delete_note`, undone by
`restore_note`); it comes back held.

Where a let-in note goes is kept in the journal, not in a column (the file format stays 4,
and an app that does not know of it shows the note by its id, as before): the
`notes_let_in` event says after which note (`after`, the newest note id then) its notes
arrived. A note's place in the order of entry is (its id, 0) for any other note, and
(`after`, the event's id) for one let in: after that note and those let in before it, its
fellows of one "let all in" in the order they were sent. Undo and redo keep the place (the
redo passes `after` again).

Mixed into `Store` (see store.py for the transaction and journal rules).
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Sequence

from roundtable.model import Note
from roundtable.store import rows
from roundtable.store.notes import NotesMixin


class HeldNotesMixin(NotesMixin):
    """Held-note methods of `Store`."""

    # note id -> (after, event id) of its last let-in, and the last event id read into it
    _let_in: dict[int, tuple[int, int]] | None = None
    _let_in_read_to = 0

    def notes(
        self,
        round_id: int | None = None,
        *,
        include_deleted: bool = False,
        include_held: bool = False,
    ) -> list[Note]:
        found = super().notes(round_id, include_deleted=include_deleted, include_held=include_held)
        places = self._let_in_places()
        moved = [n for n in found if n.id in places and not n.held] if places else []
        if not moved:
            return found
        # The other notes stay in id order; each let-in one goes in after its `after`.
        moved.sort(key=lambda n: (*places[n.id], n.id))
        rest = [n for n in found if n.id not in places or n.held]
        rest_ids = [n.id for n in rest]
        ordered: list[Note] = []
        done = 0
        for n in moved:
            upto = bisect.bisect_right(rest_ids, places[n.id][0])
            ordered += rest[done:upto]
            done = max(done, upto)
            ordered.append(n)
        return ordered + rest[done:]

    def was_let_in(self, note_id: int) -> bool:
        """Whether this note came onto the board by being let in (and is not held now)."""
        return note_id in self._let_in_places() and not self.note(note_id).held

    def _let_in_places(self) -> dict[int, tuple[int, int]]:
        """Each let-in note's place (see the module's docstring), read from the journal: the
        events since the last read only (a rowid range), so a typed note costs one lookup."""
        last = int(self.db.execute("SELECT coalesce(max(id), 0) FROM events").fetchone()[0])
        places = self._let_in
        if places is None or last < self._let_in_read_to:  # (the file was replaced)
            places, start = {}, 0
        else:
            if last == self._let_in_read_to:
                return places
            places, start = dict(places), self._let_in_read_to
        for event_id, payload_json in self.db.execute(
            "SELECT id, payload_json FROM events WHERE id > ? AND kind = 'notes_let_in'"
            " ORDER BY id",
            [start],
        ):
            try:
                payload = json.loads(payload_json)
                after, ids = int(payload["after"]), [int(i) for i in payload["ids"]]
            except (TypeError, ValueError, KeyError):
                continue  # let in by an app that kept no place: by its id, as it showed it
            places.update(dict.fromkeys(ids, (after, int(event_id))))
        if not self._depth:  # (inside a transaction, its events may yet be rolled back)
            self._let_in, self._let_in_read_to = places, last
        return places

    def held_notes(self, limit: int | None = None) -> list[Note]:
        """The notes waiting to be let in (not dropped), oldest first; the oldest `limit`."""
        if not self._knows_held():
            return []
        found = self.db.execute(
            "SELECT * FROM notes WHERE held = 1 AND deleted_at IS NULL ORDER BY id LIMIT ?",
            [-1 if limit is None else limit],
        )
        names = [c[0] for c in found.description]
        return [rows.note(dict(zip(names, r, strict=True))) for r in found.fetchall()]

    def held_count(self) -> int:
        if not self._knows_held():
            return 0
        sql = "SELECT count(*) FROM notes WHERE held = 1 AND deleted_at IS NULL"
        return int(self.db.execute(sql).fetchone()[0])

    def let_in(self, note_ids: Sequence[int], *, after: int | None = None) -> int:
        """Put held notes on the board, in one transaction, after every note in the file
        (or, redoing a let-in, after note `after`, where they were let in first); returns
        that note's id. To the views each is a note added (`note_added`): it goes at the
        end of its round's notes, as a note typed now."""
        if after is None:
            after = int(self.db.execute("SELECT coalesce(max(id), 0) FROM notes").fetchone()[0])
        self._set_held(note_ids, held=False, after=after)
        return after

    def hold_again(self, note_ids: Sequence[int]) -> None:
        """Take let-in notes off the board and back to the waiting ones (undoing a let-in);
        to the views each is a note gone (`note_deleted`)."""
        self._set_held(note_ids, held=True)

    def _set_held(self, note_ids: Sequence[int], *, held: bool, after: int = 0) -> None:
        notes = [self.note(nid) for nid in note_ids]
        if not notes:
            return
        kind = "notes_held" if held else "notes_let_in"
        payload: dict = {"ids": [n.id for n in notes]}
        if not held:
            payload["after"] = after
        with self._write(kind, payload):
            self.db.conn.executemany(
                "UPDATE notes SET held = ? WHERE id = ?", [(int(held), n.id) for n in notes]
            )
            for n in notes:
                self._emit("note_deleted" if held else "note_added", n.id, n.round_id)
            # The waiting notes changed too: the facilitator's tray follows this one.
            self._emit("held_notes_changed")
