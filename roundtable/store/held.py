"""Notes from phones held for the facilitator: stored at once, shown once let in.

With "Hold phone notes until I let them in" ticked, a note from a phone is written to the
file like any other (the phone is answered only once it is on disk), marked `held`. Every
reader of notes (`notes()`, `note_count()`, and so the snapshot each export and the
clustering read) leaves a held note out, so it is on no board, wall, theme, vote or export
until the facilitator lets it in. Letting in clears the mark: the note keeps its place in
the order of entry (its id), as when it was sent. Dropping one is deleting it
(`delete_note`, undone by `restore_note`); it comes back held.

Mixed into `Store` (see store.py for the transaction and journal rules).
"""

from __future__ import annotations

from collections.abc import Sequence

from roundtable.model import Note
from roundtable.store import rows
from roundtable.store.notes import NotesMixin


class HeldNotesMixin(NotesMixin):
    """Held-note methods of `Store`."""

    def held_notes(self) -> list[Note]:
        """The notes waiting to be let in (not dropped), oldest first."""
        if not self._knows_held():
            return []
        found = self.db.execute(
            "SELECT * FROM notes WHERE held = 1 AND deleted_at IS NULL ORDER BY id"
        )
        names = [c[0] for c in found.description]
        return [rows.note(dict(zip(names, r, strict=True))) for r in found.fetchall()]

    def held_count(self) -> int:
        if not self._knows_held():
            return 0
        sql = "SELECT count(*) FROM notes WHERE held = 1 AND deleted_at IS NULL"
        return int(self.db.execute(sql).fetchone()[0])

    def let_in(self, note_ids: Sequence[int]) -> None:
        """Put held notes on the board, in one transaction. To the views each is a note
        that came back (`note_restored`): they read the round again and find it."""
        self._set_held(note_ids, held=False)

    def hold_again(self, note_ids: Sequence[int]) -> None:
        """Take let-in notes off the board and back to the waiting ones (undoing a let-in);
        to the views each is a note gone (`note_deleted`)."""
        self._set_held(note_ids, held=True)

    def _set_held(self, note_ids: Sequence[int], *, held: bool) -> None:
        notes = [self.note(nid) for nid in note_ids]
        if not notes:
            return
        kind = "notes_held" if held else "notes_let_in"
        with self._write(kind, {"ids": [n.id for n in notes]}):
            self.db.conn.executemany(
                "UPDATE notes SET held = ? WHERE id = ?", [(int(held), n.id) for n in notes]
            )
            for n in notes:
                self._emit("note_deleted" if held else "note_restored", n.id, n.round_id)
            # The waiting notes changed too: the facilitator's tray follows this one.
            self._emit("held_notes_changed")
