"""The line beside the start screen's Create session that says what the roster box gives,
as it is pasted or typed: "12 people: 6 sales, 5 marketing, 1 other." (worded by
`roundtable.roster_preview`). A list read wrongly shows before the session is made."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit

from roundtable.roster_preview import roster_preview
from ui.windows.contrast import ink


class RosterSaid(QLabel):
    """Follows `box`; `resized` is called when its words change (the form makes room)."""

    def __init__(self, box: QPlainTextEdit, resized: Callable[[], None]) -> None:
        super().__init__(objectName="rosterPreview")
        self.box = box
        self.resized = resized
        self.setTextFormat(Qt.TextFormat.PlainText)  # names are typed text
        self.setWordWrap(True)
        self.setStyleSheet(f"color: {ink('#3c4043', self)};")
        self.hide()
        box.textChanged.connect(self.follow)
        # A line left for another is no longer being typed: said if it cannot be read.
        box.cursorPositionChanged.connect(self.follow)
        box.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if obj is self.box and event.type() == QEvent.Type.FocusOut:
            self.follow()  # the keyboard left the box: the last line is typed
        return super().eventFilter(obj, event)

    def follow(self) -> None:
        """Say the roster as it is; the line with the cursor, while the box has the
        keyboard, is being typed and not said to be unreadable."""
        typing = self.box.textCursor().blockNumber() + 1 if self.box.hasFocus() else None
        said = roster_preview(self.box.toPlainText(), typing)
        if said != self.text() or bool(said) == self.isHidden():
            self.setText(said)
            self.setVisible(bool(said))
            self.resized()
