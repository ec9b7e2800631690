"""Keys on the start screen's buttons: the one with the keyboard shows that Enter presses it,
and typing on a button starts the new session's title.

The start screen opens with the keyboard on "Continue" when there is a session to go back
to (Enter after a crash). Nothing marked it, so a facilitator who came for a new session
typed its title there: the letters went nowhere and the first space pressed Continue, which
closed the start screen on the old session and sent the rest of the title into its note
line (Enter would have added it as a note).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton


def _starts_a_title(event: QKeyEvent) -> bool:
    """A printable key other than Space (which presses the button), without Ctrl or Alt."""
    held = event.modifiers() & ~(
        Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
    )
    text = event.text()
    return held == Qt.KeyboardModifier.NoModifier and text.isprintable() and text.strip() != ""


class ButtonKeys(QObject):
    """Installed on each of the start screen's buttons (see `watch`)."""

    def __init__(self, title: QLineEdit) -> None:
        super().__init__(title)
        self._title = title

    def watch(self, button: QPushButton) -> None:
        button.installEventFilter(self)
        button.setDefault(button.hasFocus())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if not isinstance(watched, QPushButton):
            return False
        kind = event.type()
        if kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            # As in a dialog: the button Enter presses has the default button's frame.
            watched.setDefault(kind == QEvent.Type.FocusIn)
        elif isinstance(event, QKeyEvent) and kind == QEvent.Type.KeyPress:
            if not _starts_a_title(event):
                return False
            self._title.setFocus()
            QApplication.sendEvent(self._title, event)
            return True
        return False
