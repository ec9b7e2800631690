"""Note actions for the main window: capture from the typed line, edit, move, delete.

A mixin so the main window module stays about layout and wiring; every change is an
undo command.
"""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox

from roundtable.model import FUNCTIONS, Function, InvalidInput, clean_text, counted
from roundtable.near_names import meant_name
from roundtable.store import SessionFileError
from ui.commands import AddNote, DeleteNotes, UpdateNote, brief
from ui.windows.board_keys import card_after_deleting, cards_in_order
from ui.windows.capture import (
    find_participant,
    has_prefix,
    parse_entry,
    participants_named,
    prefix_letter,
    split_prefix,
)
from ui.windows.cards import ID
from ui.windows.note_said import NoteRead, said_of_note, still_counts
from ui.windows.stepped import show_step


def switched_to(function: str) -> str:
    """What the status bar says when a prefix alone ("m:") switches the function."""
    return f"{function.capitalize()}: the next notes count as {function}."


class NoteActions:
    """Methods MainWindow uses for notes; expects store, undo_stack, entry and board."""

    _shown: int | None
    store: Any
    undo_stack: Any
    entry: Any
    board: Any
    function: Any
    statusBar: Any
    _capture_error: str | None = None
    _note_said: str | None = None  # what the status line last said of a note typed
    # What the last note typed (or "m:" alone) counted as: the wall says it in the room's
    # language (wall_said.py) where the status line says it in English.
    note_read: NoteRead | None = None
    # The note typed (or pasted) last in this window: what Ctrl+Shift+O from the note line
    # marks. The newest note was marked, and with phones on that was a phone's note.
    typed_note_id: int | None = None

    def function_typed_last(self) -> Function:
        """The function of the newest note typed without a name (a name gives that person's
        function to one note only): what the line counts the next notes for after a restart.
        It went back to sales, and a run of marketing notes went on as sales notes."""
        last = self.store.last_typed_function()  # one query: not every note at start-up
        return cast(Function, last) if last in FUNCTIONS else "sales"

    def capture(self) -> None:
        rid = self._shown
        raw = self.entry.text()
        if rid is None or not raw.strip():
            if rid is not None and raw:  # spaces only: said nothing and stayed in the line
                self.entry.clear()
                self._capture_error = "A note cannot be empty."
                self.show_status(self._capture_error)
            return
        body, sticky = split_prefix(raw, self.function)
        if has_prefix(raw) and not body:
            # "m:" alone: a switch of function, not an empty note.
            self.entry.clear()
            self.clear_capture_error()
            self.switch_function(sticky)
            return
        text, fn, pid, unknown = self._read_marks(raw, self.function)
        before = self.function
        self._set_function(sticky)
        try:
            line_before = before if has_prefix(raw) else None
            command = AddNote(self.store, rid, text, fn, pid, line_before)
            self.undo_stack.push(command)
        except InvalidInput as err:
            self._capture_error = str(err)
            self.show_status(self._capture_error)
            return
        except SessionFileError as err:
            # A full disk or a file gone read-only: it reached the app's last-resort box,
            # "The last change was not saved", and the next note typed ran on into this one.
            self._capture_error = (
                "Note not saved; it is still in the note line (Enter tries again)."
            )
            self.show_status(self._capture_error)
            QMessageBox.warning(
                cast(Any, self),
                "Note not saved",
                f"{err}\n\nThe note is still in the note line: press Enter to try again.",
            )
            return
        self.typed_note_id = command.note_id
        self.entry.clear()
        self.clear_capture_error()
        person = self.store.participant(pid) if pid is not None else None
        shown_only = self.board.function_filter
        self.say_of_note(
            NoteRead(
                function=fn,
                before=before,
                after=sticky,
                prefix=prefix_letter(raw),
                person=person.name if person is not None else None,
                person_function=person.function if person is not None else None,
                hidden_by=shown_only if shown_only not in (None, fn) else None,
                unknown=self.unknown_text(unknown) if unknown is not None else None,
                names_shown=self.board.show_names,
            )
        )

    def switch_function(self, function: Function) -> None:
        """ "m:" alone or Ctrl+2: the next notes count as marketing, and the status line
        says so (Ctrl+1 after "m: ..." left "The next notes count as marketing too")."""
        self.note_read = NoteRead(function=function, before=self.function, after=function)
        self._set_function(function)
        self._note_said = switched_to(function)
        self.show_status(self._note_said)

    def say_of_note(self, read: NoteRead) -> None:
        """Say who the note counted as and who the next notes count as (see note_said);
        what an earlier note said goes, as it spoke of that note."""
        said, earlier = said_of_note(read), self._note_said
        self.note_read = read
        self._note_said = said or None
        if said:
            self.show_status(said)
        elif earlier is not None and self.statusBar().currentMessage() == earlier:
            self.statusBar().clearMessage()

    def said_of_line_after(self, command: Any, undone: bool) -> str:
        """What "Undone: Add note …" or "Redone: Add 3 pasted notes." adds of notes typed
        or pasted with a prefix: what the next notes count as, which neither step changes
        (they said nothing, and the next notes went on as marketing unannounced). It is
        the line's function as it is now: after Ctrl+1 and a redo of "m: …", sales."""
        before = getattr(command, "line_before", None)
        return still_counts(before, self.function) if before else ""

    def _say_unknown(self, unknown: str) -> None:
        """A name typed that names nobody (or more than one): the note keeps it, and why."""
        self.show_status(self.unknown_text(unknown))

    def unknown_text(self, unknown: str) -> str:
        """Why a note keeps a typed name: it names nobody on the roster, or more than one."""
        people = participants_named(self.store, unknown)
        if len(people) > 1:
            names = ", ".join(p.name for p in people[:-1]) + f" or {people[-1].name}"
            return (
                f"“{unknown}” could be {names}, so the note keeps the name as typed:"
                f" F2 on its card and the full name (@{people[0].name}) says who."
            )
        near = meant_name([p.name for p in self.store.participants()], unknown)
        if near is not None:  # a slip of the keys: "@Chirs" for Chris Hall
            return (
                f"“{unknown}” is not on the roster, so the note keeps the name as typed:"
                f" F2 on its card and @{near} says who."
            )
        return (
            f"“{unknown}” is not on the roster, so the note keeps the name as typed."
            " Session > People (Ctrl+Shift+P) adds people."
        )

    def _read_marks(self, raw: str, function: Any) -> tuple[str, Any, int | None, str | None]:
        """A typed line read as the capture line reads it: (text, function, participant id,
        a name typed that is not on the roster).

        "@Dev ..." is Dev's note and counts for Dev's function unless the line has its own
        prefix. A name not on the roster stays in the text as typed (no question in the
        middle of typing: its buttons took the next keys).
        """
        text, fn, name = parse_entry(
            raw, function, lambda n: find_participant(self.store, n) is not None
        )
        person = find_participant(self.store, name) if name else None
        if name and person is None:
            return split_prefix(raw, fn)[0], fn, None, name
        if person is not None and not has_prefix(raw):
            fn = person.function
        return text, fn, person.id if person else None, None

    def note_length(self, raw: str) -> int:
        """How long the note in a typed line is, as Enter would store it (no prefix, no
        name that marks who said it)."""
        return len(clean_text(self._read_marks(raw, self.function)[0]))

    def clear_capture_error(self) -> None:
        """Take a refused note's message off the status bar (a note was added, or the
        facilitator is typing again); any other message stays."""
        error, self._capture_error = self._capture_error, None
        if error is not None and self.statusBar().currentMessage() == error:
            self.statusBar().clearMessage()

    def edit_note(self) -> None:
        """F2: edit the selected note on its card (Enter saves, Esc cancels)."""
        ids = self.selected_note_ids()
        if ids:
            self.board.edit_card(ids[0])
        else:  # from the note line it did nothing, without a word
            self.show_status(
                "Select a note on the board first (click it, or Down from the note line), then"
                " F2 edits it."
            )

    def save_note_text(self, note_id: int, text: str) -> None:
        """Store an in-place edit; an empty or too long text is refused and the note kept.

        The capture line's marks work here too: "m: ..." moves the note to marketing, and
        "@Ana ..." makes it Ana's (her function too, unless a prefix says otherwise), so a
        note typed with the wrong function or name is corrected, not deleted and retyped.
        """
        note = self.store.note(note_id)
        body, fn, pid, unknown = self._read_marks(text, note.function)
        fields: dict[str, Any] = {"text": body}
        if pid is not None:
            fields["participant_id"] = pid
        if fn != note.function:
            fields["function"] = fn
        fields = {k: v for k, v in fields.items() if getattr(note, k) != v}
        if not fields:
            return
        try:
            # "Undo Edit note “Leads wait four days”": "Undo Edit note" said which not.
            label = f"Edit note “{brief(note.text)}”"
            self.undo_stack.push(UpdateNote(self.store, note_id, label, **fields))
        except InvalidInput as err:
            QMessageBox.warning(
                self,
                "Note not changed",
                f"{err}\n\nYour text is back on the card to correct; Esc keeps the note as it was.",
            )
            self.board.edit_again(note_id, text)
            return
        if unknown is not None:
            # "@Zed" typed to say who it was, with Zed not on the roster: the card showed
            # "... @Zed — Ben Okafor" without a word.
            self._say_unknown(unknown)
            return
        # Said, as a note typed is: Enter closed the card's editor without a word.
        now = f", now {fn}" if "function" in fields else ""
        self.show_status(f"Note saved{now} (Ctrl+Z undoes).")

    def move_notes(self, round_id: int) -> None:
        """Move the selected notes to another round: one undo step however many (five notes
        moved took five Ctrl+Z to bring back, one at a time)."""
        ids = self.selected_note_ids()
        if not ids:
            return
        # "Undo Move “Leads wait” to round 2, “What works”" ("Undo Move note" said neither).
        to = self.store.round(round_id)
        what = (
            counted(len(ids), "note")
            if len(ids) > 1
            else f"“{brief(self.store.note(ids[0]).text)}”"
        )
        label = f"Move {what} to round {to.position}, “{brief(to.title)}”"
        if len(ids) > 1:
            self.undo_stack.beginMacro(label)
        try:
            with self.signals.batch():
                for nid in ids:
                    self.undo_stack.push(UpdateNote(self.store, nid, label, round_id=round_id))
        finally:
            if len(ids) > 1:
                self.undo_stack.endMacro()

    def delete_notes(self) -> None:
        ids = self.selected_note_ids()
        on_board = self.board.hasFocus()
        after = card_after_deleting(self.board, ids)
        # "Deleted note “Leads wait four days”", "Deleted 3 notes (“Leads wait” and 2 more)",
        # the first in reading order ("Deleted 1 note" said which of forty cards not).
        first = next((c.data(ID) for c in cards_in_order(self.board) if c.data(ID) in ids), None)
        named = f"“{brief(self.store.note(first).text)}”" if first is not None else ""
        if ids and self.undo_stack.push(DeleteNotes(self.store, ids)) is not False:
            one = len(ids) == 1
            what = f"note {named}" if one and named else counted(len(ids), "note")
            what += f" ({named} and {len(ids) - 1} more)" if named and not one else ""
            self.show_status(
                f"Deleted {what}: Ctrl+Z, or Edit > Deleted notes (Ctrl+Shift+D), brings"
                f" {'it' if one else 'them'} back."
            )
            if on_board:
                # The keyboard stayed on the board on no card: the next Del or F2 did
                # nothing, and the arrows started again from the first card.
                self._keyboard_on_card(after)

    def show_stepped_cards(self) -> None:
        """After Ctrl+Z or Ctrl+Shift+Z, what the step changed is selected and in view: the
        cards it brought back, moved or grouped (in their round), the themes it renamed or
        merged (see ui.windows.stepped)."""
        show_step(self)

    def _keyboard_on_card(self, note_id: int | None) -> None:
        """Select this card and give it the keyboard; with no card, back to the note line."""
        card = self.board.card(note_id) if note_id is not None else None
        if card is None:
            self.entry.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.board.setCurrentItem(card, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.board.scrollToItem(card)
