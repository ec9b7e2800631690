"""Text dropped on the note line or pasted with the middle button goes in as Ctrl+V's does.

Several lines make a note a line (`lines_pasted`, paste_lines.py), where the line edit put
them all in the line, line breaks and all, and Enter made one note of the whole list. Text
bigger than the line holds (32,767 characters, QLineEdit's `maxLength`, where it cut the
rest without a word) is refused whole and said (`paste_refused`), with its length and how
it came ("clipboard", "drop" or "selection"), and the line stays as it was. Ctrl+V,
Shift+Insert and the menu's Paste come here from capture.py. A drop taken as notes is
taken as a copy, and a refused drop is not taken, so an app the text was dragged from
keeps it either way (a move would delete it).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QClipboard, QDragEnterEvent, QDragLeaveEvent, QDropEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QLineEdit


def pasted_lines(text: str) -> list[str]:
    """The lines of pasted text that say something, in order, without their outer spaces
    (a blank line between two is no note)."""
    return [line.strip() for line in text.splitlines() if line.strip()]


class RefusesTooBig(QLineEdit):
    """A line edit that hands text of several lines to `lines_pasted` and refuses, through
    `paste_refused`, text it cannot hold whole, however it comes in."""

    lines_pasted: Callable[[list[str], str], bool] | None = None
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

    def took_as_lines(self, text: str, how: str) -> bool:
        """Hand `text` coming in `how` to `lines_pasted` when it has several lines: True if
        it took them (a note a line)."""
        if self.isReadOnly() or self.lines_pasted is None:
            return False
        lines = pasted_lines(text)
        return len(lines) > 1 and self.lines_pasted(lines, how)

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
        if event.source() is not self and self.took_as_lines(text, "drop"):
            event.setDropAction(Qt.DropAction.CopyAction)  # the app it came from keeps it
            event.accept()
            self._undo_drag()
            return
        if event.source() is not self and self.refused_as_too_big(len(text), "drop"):
            event.setDropAction(Qt.DropAction.IgnoreAction)
            event.ignore()  # not taken: the app it came from keeps it
            self._undo_drag()
            return
        super().dropEvent(event)

    def _undo_drag(self) -> None:
        """The drop's cursor goes, and the line's cursor and selection are as before."""
        super().dragLeaveEvent(QDragLeaveEvent())
        cursor, start, length = self._before_drag
        if start >= 0 and length:
            self.setSelection(start, length)
        else:
            self.setCursorPosition(cursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt name)
        # The middle button pastes the selection at the cursor and replaces nothing.
        clipboard = QApplication.clipboard()
        if event.button() == Qt.MouseButton.MiddleButton and clipboard.supportsSelection():
            text = clipboard.text(QClipboard.Mode.Selection)
            if self.took_as_lines(text, "selection") or self.refused_as_too_big(
                len(text), "selection"
            ):
                event.accept()
                return
        super().mouseReleaseEvent(event)
