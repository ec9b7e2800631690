"""The start screen's Follow up button: choose an earlier session, then where its follow-up
goes; the follow-up is made (last time's roster, open commitments and settings, with the
people typed in the roster box and the Anonymous box as ticked) and opened. A mixin of
`StartScreen` (start_screen.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QMessageBox

from roundtable.follow_up import create_follow_up
from roundtable.model import InvalidInput
from roundtable.roster_text import RosterError
from roundtable.store import SessionFileError, Store
from ui.follow_up_action import carried_over, default_title
from ui.windows.dialogs import FILE_FILTER, safe_file_name, start_folder
from ui.windows.opening import tell_notes_may_be_missing


class FollowUpStart:
    """Follow up an earlier session; expects roster, _roster, title, anonymous,
    anonymous_chosen, open_path, new_file_or_open and window_opened of the start screen."""

    roster: Any
    _roster: Any
    title: Any
    anonymous: Any
    anonymous_chosen: bool
    draft: Any
    open_path: Any
    new_file_or_open: Any
    window_opened: Any

    def follow_up(self) -> None:
        """Choose an earlier session, then where its follow-up goes; create it and open it.

        People typed in the roster box join last time's, and a ticked or unticked
        Anonymous box wins over last time's setting: both were dropped without a word."""
        try:
            people = self._roster()
        except InvalidInput as err:
            QMessageBox.warning(self, "Cannot follow up", str(err))
            self.roster.setFocus()
            if isinstance(err, RosterError):
                from ui.windows.start_screen import select_line  # (it imports this module)

                select_line(self.roster, err.line)
            return
        name, _ = QFileDialog.getOpenFileName(
            self, "Which session does this follow up?", str(start_folder()), FILE_FILTER
        )
        if not name:
            return
        previous = Path(name)
        try:
            with Store.open(previous, read_only=True) as old:
                earlier = old.session().title
                missing = old.left_open_text  # its last commitments may be missing
                # In the language of its notes, as the follow-up's own notes will be.
                suggested_title = default_title(old)
        except SessionFileError as err:
            QMessageBox.warning(self, "Cannot follow up", str(err))
            return
        title = self.title.text().strip() or suggested_title
        suggested = previous.parent / safe_file_name(title)
        path = self.new_file_or_open("New follow-up session", suggested)
        if path is None:
            return
        try:
            anonymous = self.anonymous.isChecked() if self.anonymous_chosen else None
            create_follow_up(previous, path, title=title, anonymous=anonymous)
            with Store.open(path) as store:
                known = len(store.participants())
                # Last time's people by the roster's own rule (any case, accents ignored):
                # "Ana López" typed again for "Ana Lopez" was refused as a second Ana, after
                # the follow-up file had been made, and the window never opened.
                new = [p for p in people if store.find_participant(p.name) is None]
                for p in new:
                    store.add_participant(p.name, p.function, p.organisation, p.role)
        except (InvalidInput, SessionFileError) as err:
            QMessageBox.warning(self, "Cannot follow up", str(err))
            return
        self.draft.forget()  # the title and roster typed are in the session now
        self.open_path(path)
        win = self.window_opened
        if win is not None:  # a main window (open_session)
            store = win.store
            # The roster is last time's, everyone not yet here: the roll call is the
            # facilitator's (a person with a note counts as here anyway).
            typed = f" ({len(new)} more from the roster box)" if new else ""
            asked = store.open_question_count()
            win.statusBar().showMessage(
                carried_over(earlier, known, len(store.actions()), typed, questions=asked)
            )
            if missing:
                tell_notes_may_be_missing(
                    win,
                    f"The follow-up was made from {previous.name} as it is. {missing}",
                    title="Commitments may be missing",
                )
