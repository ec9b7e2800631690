"""Session > Title and facilitator… (Ctrl+Alt+T): the two words the minutes open with,
changed after the session was made.

The organizer who reads the minutes before mailing them finds "roundtabel" in the title,
or the facilitator's name misspelt; both head the first page (and the title the page
footer, the phones' page and a follow-up's title), and neither could be changed once the
session existed. One undoable step; an empty title, or a title or name over the core's
limits (as `roundtable set` keeps them), is refused in the dialog, which stays open with
what was typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from roundtable.model import (
    InvalidInput,
    clean_text,
    validate_facilitator,
    validate_session_title,
)
from ui.commands import SetSessionDetails
from ui.windows.contrast import ink

if TYPE_CHECKING:
    from ui.windows.main_window import MainWindow

KEYS = "Ctrl+Alt+T"


class SessionDetailsDialog(QDialog):
    """The title and the facilitator's name; Save changes them as one undo step."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.setObjectName("sessionDetailsDialog")
        self.setWindowTitle("Title and facilitator")
        info = window.store.session()
        about = QLabel(
            "The minutes open with these, the phones' page shows the title, and a follow-up"
            " session takes its title from it.",
            objectName="sessionDetailsAbout",
        )
        about.setWordWrap(True)
        # No length cut here: a paste over the limit was cut short without a word. Save
        # checks both against the core's limits, as the command line does, and says so.
        self.title = QLineEdit(info.title, objectName="sessionTitleEdit")
        self.facilitator = QLineEdit(info.facilitator, objectName="sessionFacilitatorEdit")
        self.problem = QLabel(objectName="sessionDetailsProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {ink('#b00020', self.problem)};")
        self.problem.hide()
        form = QFormLayout()
        form.addRow("&Title:", self.title)
        form.addRow("&Facilitator:", self.facilitator)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("saveSessionDetails")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("cancelSessionDetails")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(about)
        lay.addLayout(form)
        lay.addWidget(self.problem)
        lay.addWidget(buttons)
        self.resize(560, self.sizeHint().height())
        self.title.setFocus()

    def save(self) -> None:
        store = self.window.store
        info = store.session()
        title, facilitator = clean_text(self.title.text()), clean_text(self.facilitator.text())
        if not title:
            self._refuse("A session needs a title: type one, or Cancel to keep the old one.")
            return
        if (title, facilitator) == (info.title, info.facilitator):
            self.reject()
            return
        for line, new, old, check in (
            (self.title, title, info.title, validate_session_title),
            (self.facilitator, facilitator, info.facilitator, validate_facilitator),
        ):
            try:
                if new != old:  # (one too long from an older version may stay as it is)
                    check(new)
            except InvalidInput as exc:
                self._refuse(str(exc), line)
                return
        changed = [
            word
            for word, new, old in (
                ("title", title, info.title),
                ("facilitator", facilitator, info.facilitator),
            )
            if new != old
        ]
        try:
            done = self.window.undo_stack.push(SetSessionDetails(store, title, facilitator))
        except InvalidInput as exc:
            self._refuse(str(exc))
            return
        self.accept()
        if done:
            said = " and ".join(changed)
            ones = "ones" if len(changed) > 1 else "one"
            self.window.show_status(
                f"The minutes now open with the new {said} (Ctrl+Z takes the old {ones} back)."
            )

    def _refuse(self, text: str, line: QLineEdit | None = None) -> None:
        self.problem.setText(text)
        self.problem.show()
        (line or self.title).setFocus()


def install(window: MainWindow) -> None:
    action = QAction("&Title and facilitator…", window)
    action.setObjectName("sessionDetailsAction")
    action.setShortcut(QKeySequence(KEYS))

    def start() -> None:
        SessionDetailsDialog(window).open()

    action.triggered.connect(start)
    window.menu("Session").addAction(action)
    window.addAction(action)
    shown = {"title": window.store.session().title}

    def follow() -> None:
        title = window.store.session().title
        if title != shown["title"]:
            # "<title> — <file> — Roundtable" (and " (read-only)"): only the title changes.
            window.setWindowTitle(window.windowTitle().replace(shown["title"], title, 1))
            shown["title"] = title
            # The start screen's recent sessions list showed the old title until reopened.
            from ui.windows.dialogs import retitle

            retitle(window.store.path, title)

    window.signals.session_changed.connect(follow)
