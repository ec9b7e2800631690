"""Editing the agenda from the main window: a round's title, question, timebox and "For you"
text (F4 or a double-click), a round added after the one on show, one removed, the agenda
reordered (Alt+Up/Down), and a round's notes moved to its neighbour. Each is one undoable
command and says what it did. A mixin of the main window (see round_controls.py).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox

from roundtable.model import InvalidInput, counted
from ui.round_commands import ROUND_FIELDS, AddRound, EditRound, MoveRound, RemoveRound


class AgendaEdits:
    """Methods MainWindow uses to change its agenda; expects store, undo_stack, _shown."""

    _shown: int | None
    store: Any
    undo_stack: Any

    def edit_round(self) -> None:
        from ui.windows.agenda import RoundDialog

        if self._shown is None:
            return
        r = self.store.round(self._shown)
        dlg = RoundDialog(
            r.title,
            r.prompt,
            r.timebox_s,
            self,
            self._spare_questions(),
            r.protected,
            guidance=r.guidance,
        )
        if dlg.exec():
            title, prompt, timebox, protected, guidance = dlg.values()
            fields = {
                k: v
                for k, v in (
                    ("title", title),
                    ("prompt", prompt),
                    ("timebox_s", timebox),
                    ("protected", protected),
                    ("guidance", guidance),
                )
                if getattr(r, k) != v
            }
            if not fields:
                self.show_status(f"Round {self._number(r.id)}, “{r.title}”, is unchanged.")
                return
            self._run(EditRound(self.store, r.id, **fields))
            # Said, as adding a round is: the dialog closed on nothing to show it took.
            changed = ", ".join(ROUND_FIELDS[k] for k in fields)
            self.show_status(
                f"Round {self._number(r.id)}, “{title}”: {changed} changed (Ctrl+Z undoes)."
            )

    def _number(self, round_id: int) -> int:
        return [x.id for x in self.store.rounds()].index(round_id) + 1

    def _spare_questions(self) -> tuple[Any, ...]:
        from ui.windows.agenda import spare_questions

        return spare_questions(self.store.session().template, self.store.rounds())

    def add_round(self) -> None:
        from ui.windows.agenda import RoundDialog

        dlg = RoundDialog("New round", "", 600, self, self._spare_questions())
        if not dlg.exec():
            return
        # The new round comes right after the one on show (before the closing rounds still
        # ahead), not after the session's last round; the board stays where it is.
        ids = [r.id for r in self.store.rounds()]
        current = self.store.session().current_round_id
        # After the round on show, or after the running round when that comes later: a
        # round slipped in before the running one would never be reached by Next round.
        marks = [ids.index(x) + 1 for x in (self._shown, current) if x in ids]
        after = max(marks) if marks else len(ids)
        title, prompt, timebox, protected, guidance = dlg.values()
        command = AddRound(
            self.store, title, prompt, timebox, protected, position=after + 1, guidance=guidance
        )
        self._run(command)
        if command.round_id is not None:
            added = self.store.round(command.round_id)
            where = f"after round {after}" if after < len(ids) else "at the end"
            self.show_status(
                f"Added round {added.position}, {added.title}, {where} (Ctrl+Z undoes)."
            )

    def remove_round(self) -> None:
        if self._shown is not None:
            rid = self._shown
            gone = self.store.round(rid)
            number = self._number(rid)
            others = [r.id for r in self.store.rounds() if r.id != rid]
            try:
                self._shown = others[0] if others else None
                done = self.undo_stack.push(RemoveRound(self.store, rid)) is not False
            except InvalidInput as err:
                self._shown = rid
                QMessageBox.warning(self, "Not possible", str(err))
                return
            if not done:  # refused (read-only), and said why
                self._shown = rid
                return
            self.show_round(others[0] if others else None)
            # It went without a word (the board showed round 1), the clock too if it ran.
            clock = " and stopped its clock" if gone.is_running else ""
            self.show_status(
                f"Removed round {number}, “{gone.title}”, from the agenda{clock}"
                " (Ctrl+Z puts it back)."
            )

    def move_round(self, delta: int) -> None:
        ids = [r.id for r in self.store.rounds()]
        if self._shown in ids:
            pos = ids.index(self._shown) + 1 + delta
            if 1 <= pos <= len(ids):
                if not self._run(MoveRound(self.store, self._shown, pos)):
                    return
                # Alt+Up/Down reorders the agenda: say so (it happened without a word).
                self.show_status(
                    f"“{self.store.round(self._shown).title}” is now round {pos} (Ctrl+Z undoes)."
                )

    def _move_to_neighbour(self, delta: int) -> None:
        """Ctrl+Shift+Right/Left: the selected notes to the next or previous round, said (the
        cards left the board without a word, and a key that could not move any did nothing)."""
        rounds = self.store.rounds()
        ids = [r.id for r in rounds]
        if self._shown not in ids:
            return
        side, keys = ("next", "Ctrl+Shift+Right") if delta > 0 else ("previous", "Ctrl+Shift+Left")
        notes = self.selected_note_ids()
        if not notes:
            self.show_status(
                f"Select notes on the board first, then {keys} moves them to the {side} round."
            )
            return
        at = ids.index(self._shown)
        if not 0 <= at + delta < len(ids):
            where = (
                "last round: there is no round after"
                if delta > 0
                else "first round: there is no round before"
            )
            self.show_status(f"“{rounds[at].title}” is the {where} it to move notes to.")
            return
        target = rounds[at + delta]
        self.move_notes(target.id)
        moved = [n for n in notes if self.store.note(n).round_id == target.id]
        if moved:
            self.show_status(
                f"Moved {counted(len(moved), 'note')} to round {at + delta + 1}, “{target.title}”"
                f" (Ctrl+Z brings {'it' if len(moved) == 1 else 'them'} back)."
            )
