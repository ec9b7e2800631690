"""What is typed on the start screen outlives it until it becomes a session.

A title and a roster of forty, typed or pasted and put right line by line, were lost
without a word when the start screen closed: a look at the example session first (its
button closes the screen), the window closed by mistake, a crash. They are kept (QSettings,
half a second after typing pauses, and as the screen closes) and put back in an empty form
the next time the start screen opens, with a line saying so; creating the session lets
them go. The title put back is selected as the keyboard comes to it, until it is edited: it
came back with the cursor after it, so a new title typed was added to the old one
("Berlin roundtableQ1 Hamburg"). End, an arrow key or a click keeps it to add to.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QLabel

from ui.windows.contrast import ink

KEY = "startScreen/draft"
BACK = "Back from last time: the title and roster you were typing (clear them to start afresh)."


class StartDraft(QObject):
    """Keeps `screen`'s title and roster as typed, and puts them back."""

    PAUSE_MS = 500

    def __init__(self, screen: Any) -> None:
        super().__init__(screen)
        self.screen = screen
        self.done = False  # the session was made: nothing to keep any more
        self.timer = QTimer(self, singleShot=True, interval=self.PAUSE_MS)
        self.timer.timeout.connect(self.keep)
        screen.title.textChanged.connect(lambda _text: self.timer.start())
        screen.roster.textChanged.connect(lambda: self.timer.start())
        screen.installEventFilter(self)
        self.title_put_back = False  # the title in the box is last time's, as it came back
        screen.title.textEdited.connect(self._title_typed)
        screen.title.installEventFilter(self)
        self.note = QLabel(BACK, objectName="startDraftBack")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color: {ink('#5f6368', self.note)};")
        self.note.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if watched is self.screen and event.type() in (QEvent.Type.Close, QEvent.Type.Hide):
            self.keep()
        elif watched is self.screen.title and event.type() == QEvent.Type.FocusIn:
            # (a selection made before the box has the keyboard does not last)
            self._select_put_back_title()
        return False

    def _select_put_back_title(self) -> None:
        if self.title_put_back:
            self.screen.title.selectAll()

    def _title_typed(self, _text: str) -> None:
        self.title_put_back = False

    def keep(self) -> None:
        self.timer.stop()
        if self.done:
            return
        title = self.screen.title.text()
        roster = self.screen.roster.toPlainText()
        settings = QSettings()
        if title.strip() or roster.strip():
            settings.setValue(KEY, json.dumps({"title": title, "roster": roster}))
        else:
            settings.remove(KEY)
        settings.sync()

    def restore(self) -> bool:
        """Put the kept title and roster in the form, if it is empty; whether it did."""
        raw = QSettings().value(KEY)
        try:
            draft = json.loads(raw) if isinstance(raw, str) else {}
        except ValueError:
            return False
        if not isinstance(draft, dict):
            return False
        title, roster = draft.get("title"), draft.get("roster")
        title = title if isinstance(title, str) else ""
        roster = roster if isinstance(roster, str) else ""
        if not (title.strip() or roster.strip()):
            return False
        if self.screen.title.text() or self.screen.roster.toPlainText():
            return False
        self.screen.title.setText(title)
        self.title_put_back = True
        self._select_put_back_title()
        self.screen.roster.setPlainText(roster)
        self.timer.stop()
        self.note.show()
        return True

    def forget(self) -> None:
        """The session was made from the form: the draft goes."""
        self.done = True
        self.timer.stop()
        QSettings().remove(KEY)
        QSettings().sync()
