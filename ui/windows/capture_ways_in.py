"""Text too big for the note line is refused whole and said, whichever way it comes in.

The note line holds 32,767 characters (QLineEdit's `maxLength`), and QLineEdit cut
anything longer without a word. Ctrl+V, Shift+Insert and the menu's Paste were refused
and said (capture.py); text dragged onto the line and X11's middle-button paste of the
selected text still went in cut. Each now goes to `paste_refused` with its length and
how it came ("clipboard", "drop" or "selection"), and the line stays as it was. A refused
drop is not taken, so an app the text was dragged from keeps it (a move would delete it).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QClipboard, QDragEnterEvent, QDragLeaveEvent, QDropEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QLineEdit


class RefusesTooBig(QLineEdit):
    """A line edit that refuses, through `paste_refused`, text it cannot hold whole."""

    paste_refused: Callable[[int, str], None] | None = None
    _before_drag: tuple[int, int, int] = (0, -1, 0)  # cursor, selection's start and length

    def refused_as_too_big(self, size: int, how: str, replaced: int = 0) -> bool:
        """Whether `size` characters coming in `how` (replacing `replaced` of the line's)
        are too many for the line: then said, and True."""
        if self.isReadOnly() or self.paste_refused is None:
            return False
        if len(self.text()) - replaced + size <= self.maxLength():
            return False
        self.paste_refused(size, how)
        return True

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt name)
        # The drag moves the cursor to where the text would go; a refused drop puts it back.
        self._before_drag = (
            self.cursorPosition(),
            self.selectionStart(),
            len(self.selectedText()),
        )
        super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt name)
        # A drop goes in at the drop's place and replaces nothing. (From the line itself it
        # can hold it: the text is the line's own.)
        text = event.mimeData().text() if event.mimeData().hasText() else ""
        if event.source() is not self and self.refused_as_too_big(len(text), "drop"):
            event.setDropAction(Qt.DropAction.IgnoreAction)
            event.ignore()  # not taken: the app it came from keeps it
            super().dragLeaveEvent(QDragLeaveEvent())  # the drop's cursor goes
            cursor, start, length = self._before_drag
            if start >= 0 and length:
                self.setSelection(start, length)
            else:
                self.setCursorPosition(cursor)
            return
        super().dropEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt name)
        # The middle button pastes the selection at the cursor and replaces nothing.
        clipboard = QApplication.clipboard()
        if (
            event.button() == Qt.MouseButton.MiddleButton
            and clipboard.supportsSelection()
            and self.refused_as_too_big(len(clipboard.text(QClipboard.Mode.Selection)), "selection")
        ):
            event.accept()
            return
        super().mouseReleaseEvent(event)
