"""Undo commands for the notes of a session: typed, pasted, edited, deleted, let in from
phones or dropped; and `brief`, how every undo entry names a note, theme or action.

Each command calls the store in `redo` and puts things back in `undo`; the views follow
the store's change events, so a command never touches a widget. A command that brings notes
back, moves or changes them says which with `cards_to_show(undone)`: the window selects their
cards after Ctrl+Z or Ctrl+Shift+Z (ui.windows.stepped). The agenda's and the clock's
commands are in ui.round_commands.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand

from roundtable.model import Function, counted
from roundtable.store import NewNote, Store


def brief(text: str, limit: int = 30) -> str:
    """A note, theme or action as an undo entry names it: cut with "…" when it is long, so
    "Sales votes for “A very very long theme name th”: 3" does not read as the whole name.
    The cut is at the end of a word ("Send the SLA draft to both…", not "… both VP…")
    unless that would leave less than half of it."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if not (text[limit - 1].isspace() or cut[-1].isspace()):
        word_end = cut.rstrip().rfind(" ")
        if word_end >= limit // 2:
            cut = cut[:word_end]
    return cut.rstrip(" ,;:.-") + "…"


class AddNote(QUndoCommand):
    """Store a typed note in a round (undo deletes it softly, redo restores it)."""

    def __init__(
        self,
        store: Store,
        round_id: int,
        text: str,
        function: Function,
        participant_id: int | None = None,
        line_before: str | None = None,
    ) -> None:
        super().__init__(f"Add note “{brief(text)}”")
        self.store, self.round_id, self.text = store, round_id, text
        self.function, self.participant_id = function, participant_id
        self.note_id: int | None = None
        # The function the note line counted notes as before this note, when it was typed
        # with a prefix (s:, m:, o:) that sets the line for the next notes too: Ctrl+Z and
        # Ctrl+Shift+Z say what the next notes count as (neither changes the line).
        self.line_before = line_before

    def redo(self) -> None:
        if self.note_id is None:
            self.note_id = self.store.add_note(
                self.round_id,
                self.text,
                function=self.function,
                participant_id=self.participant_id,
            ).id
        else:
            self.store.restore_note(self.note_id)

    def undo(self) -> None:
        assert self.note_id is not None
        self.store.delete_note(self.note_id)

    def cards_to_show(self, undone: bool) -> list[int]:
        """The note typed, back on the board once the undone typing is redone."""
        return [] if undone or self.note_id is None else [self.note_id]


class AddNotes(QUndoCommand):
    """Store several typed notes in one step (lines pasted into the capture line): one
    transaction, and one undo takes them all back (softly; redo restores them)."""

    def __init__(self, store: Store, notes: list[NewNote], line_before: str | None = None) -> None:
        super().__init__(f"Add {counted(len(notes), 'pasted note')}")
        self.store, self.notes = store, list(notes)
        self.ids: list[int] = []
        # As AddNote's: the function the line counted notes as before the paste, when a
        # pasted line had a prefix (its function stays set after an undo or a redo).
        self.line_before = line_before

    def redo(self) -> None:
        if not self.ids:
            self.ids = self.store.add_notes(self.notes)
        else:
            self.store.restore_notes(self.ids)

    def undo(self) -> None:
        self.store.delete_notes(self.ids)

    def cards_to_show(self, undone: bool) -> list[int]:
        return [] if undone else self.ids


class UpdateNote(QUndoCommand):
    """Change a note's text, function, participant or round."""

    def __init__(self, store: Store, note_id: int, label: str, **fields: Any) -> None:
        super().__init__(label)
        self.store, self.note_id, self.fields = store, note_id, fields
        old = store.note(note_id)
        self.old = {k: getattr(old, k) for k in fields}
        # Moving to another round takes the note out of its theme; undo puts it back.
        self.placement = {note_id: (old.theme_id, old.placement)} if old.theme_id else None

    def redo(self) -> None:
        self.store.update_note(self.note_id, **self.fields)

    def cards_to_show(self, undone: bool) -> list[int]:
        """The note edited, or moved to another round (shown in the round it is in once the
        move is undone or redone; see ui.windows.stepped)."""
        return [self.note_id]

    def undo(self) -> None:
        self.store.update_note(self.note_id, **self.old)
        if self.placement and self.store.note(self.note_id).theme_id is None:
            self.store.restore_placements(self.placement)


class DeleteNotes(QUndoCommand):
    """Soft-delete notes (undo restores them)."""

    def __init__(self, store: Store, note_ids: list[int]) -> None:
        # "Undo Delete note “Leads wait four days”" ("Undo Delete 1 note" said which not).
        one = len(note_ids) == 1
        what = f"note “{brief(store.note(note_ids[0]).text)}”" if one else None
        super().__init__(f"Delete {what or counted(len(note_ids), 'note')}")
        self.store, self.note_ids = store, list(note_ids)

    def redo(self) -> None:
        self.store.delete_notes(self.note_ids)

    def undo(self) -> None:
        self.store.restore_notes(self.note_ids)

    def cards_to_show(self, undone: bool) -> list[int]:
        """The notes brought back by undoing the delete."""
        return self.note_ids if undone else []


class LetInNotes(QUndoCommand):
    """Put notes from phones, held for the facilitator, on the board (undo holds them
    again: back in the tray, off the board and the wall)."""

    def __init__(self, store: Store, note_ids: list[int], text: str) -> None:
        one = f"“{brief(text)}”" if len(note_ids) == 1 else counted(len(note_ids), "note")
        super().__init__(f"Let in {one} from {'a phone' if len(note_ids) == 1 else 'phones'}")
        self.store, self.note_ids = store, list(note_ids)

    # The note they came after when first let in: a redo puts them back there (None: not
    # let in yet, or kept by an app that did not keep it).
    after: int | None = None

    def redo(self) -> None:
        self.after = self.store.let_in(self.note_ids, after=self.after)

    def undo(self) -> None:
        self.store.hold_again(self.note_ids)

    def cards_to_show(self, undone: bool) -> list[int]:
        """The notes let in, on the board again once the undone let-in is redone."""
        return [] if undone else self.note_ids


class DropHeldNote(QUndoCommand):
    """Drop a note from a phone that waits to be let in: it is deleted (softly; undo puts
    it back among the waiting notes)."""

    def __init__(self, store: Store, note_id: int, text: str) -> None:
        super().__init__(f"Drop “{brief(text)}” from a phone")
        self.store, self.note_id = store, note_id

    def redo(self) -> None:
        self.store.delete_note(self.note_id)

    def undo(self) -> None:
        self.store.restore_note(self.note_id)


class SetAnonymous(QUndoCommand):
    """Session > Anonymous notes: the session's notes show their writers' names, or not.

    A session setting, not the notes': a note keeps its writer either way, and everything
    that shows a name reads the setting as it draws, so the notes taken before the switch
    follow it too."""

    def __init__(self, store: Store, anonymous: bool) -> None:
        super().__init__("Anonymous notes" if anonymous else "Notes show writers' names")
        self.store, self.anonymous = store, anonymous

    def redo(self) -> None:
        self.store.update_session(anonymous=self.anonymous)

    def undo(self) -> None:
        self.store.update_session(anonymous=not self.anonymous)


class SetSessionDetails(QUndoCommand):
    """Session > Title and facilitator…: the title and the facilitator's name the minutes,
    the phones' page and a follow-up use."""

    def __init__(self, store: Store, title: str, facilitator: str) -> None:
        info = store.session()
        changed = "title" if title != info.title else "facilitator"
        if title != info.title and facilitator != info.facilitator:
            changed = "title and facilitator"
        super().__init__(f"Session {changed}")
        self.store = store
        self.after = {"title": title, "facilitator": facilitator}
        self.before = {"title": info.title, "facilitator": info.facilitator}

    def redo(self) -> None:
        self.store.update_session(**self.after)

    def undo(self) -> None:
        # What the file had, even a title longer than today's limit from an older version.
        self.store.update_session(restoring=True, **self.before)
