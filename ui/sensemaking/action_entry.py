"""The line at the top of the Action items panel where a new item is typed.

Keys the session needs pass through it (export, next round, and undo while it has nothing
of its own to undo); Tab on an empty line goes to the due date of the item just added (to
its owner when it has none); Down goes to the items; Escape forgets the theme the item was
started from, then goes back to the note line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPushButton

from ui.windows.keyboard import ALWAYS_PASS_KEYS, PASS_KEYS, undo_goes_on

IN_THE_LINE = "The note is in the action item line"
# The placeholder, and shorter wordings for a narrower line (the tooltip says it all): in
# a 1024-pixel window it read "What will be done? @owner…", at 800 "What will be don…".
# Where there is room it shows how a due date is typed with the item.
PLACEHOLDERS = (
    "What will be done? @owner by Friday, Enter",
    "What will be done? @owner by Friday",
    "What will be done? @owner, Enter",
    "What will be done? @owner",
    "What will be done?",
)

if TYPE_CHECKING:
    from ui.sensemaking.actions_panel import ActionsPanel


class ActionEntry(QLineEdit):
    """The "what" of a new action; Escape forgets the theme it was started from, and on an
    empty line goes back to the capture line."""

    def __init__(self, panel: ActionsPanel) -> None:
        super().__init__(objectName="actionText")
        self.setAccessibleName("New action item")
        self.panel = panel
        self._given = PLACEHOLDERS[0]
        self.setPlaceholderText(PLACEHOLDERS[0])
        self.setToolTip(
            "A new action item: what will be done, @owner at the start or end, and"
            " “by Friday” (or any date) at the end."
            " Enter adds it; Tab then goes to its due date (its owner first if it has none)."
        )

    def setPlaceholderText(self, text: str) -> None:  # noqa: N802 (Qt name)
        """`placeholderText()` stays `text`; the line shows the longest of its wordings
        that fits (PLACEHOLDERS), the shortest where none does."""
        self._given = text
        self._fit_placeholder()

    def placeholderText(self) -> str:  # noqa: N802 (Qt name)
        return self._given

    def _fit_placeholder(self) -> None:
        wordings = PLACEHOLDERS if self._given == PLACEHOLDERS[0] else (self._given,)
        room = self.width() - 16  # the frame's and the text's margins
        metrics = self.fontMetrics()
        text = next((w for w in wordings if metrics.horizontalAdvance(w) <= room), wordings[-1])
        if super().placeholderText() != text:
            super().setPlaceholderText(text)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._fit_placeholder()

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and QKeySequence(event.keyCombination()) in ALWAYS_PASS_KEYS
        ):
            # Ctrl+E is "end of line" in a line edit on Linux: Export minutes did nothing
            # while the cursor was here, the organizer's last step after the action items.
            event.ignore()
            return True
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            # An empty line has nothing of its own to undo: Ctrl+Z right after Enter put
            # the item just added back in the line (still in the table too), and Enter
            # then added it twice. The session's undo takes the item back instead. And
            # Ctrl+Right is Next round, as in the empty note line (it moved no cursor).
            # Nor has a line holding an item put back after a restart, as in the note line.
            passes = not self.text() and QKeySequence(event.keyCombination()) in PASS_KEYS
            typed = bool(self.text())
            own = (typed and self.isUndoAvailable(), typed and self.isRedoAvailable())
            if passes or undo_goes_on(event, *own):
                event.ignore()
                return True
        # Tab never reaches keyPressEvent (it moves the focus first).
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Tab
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and not self.text()
            and self.panel.last_added is not None
            and self.panel.edit_after_add(self.panel.last_added)
        ):
            return True  # on to the due date (or owner) of the item just added
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        table = self.panel.table
        if (
            event.key() == Qt.Key.Key_Down
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and table.model().rowCount() > 0
        ):
            # Down to the items, as from the note line to the cards: it did nothing, and
            # the table was two Tabs away.
            if not table.currentIndex().isValid():
                table.setCurrentIndex(table.model().index(0, 0))
            table.setFocus()
            return
        if event.key() == Qt.Key.Key_Escape:
            entry = getattr(self.window(), "entry", None)
            if not self.text() and self.panel.source_theme is None and entry is not None:
                entry.setFocus()  # nothing to forget here: back to typing notes
                return
            self.clear()
            self.panel.set_source_theme(None)
            # The status bar still said the note was in the line, to edit and Enter.
            status = getattr(self.window(), "statusBar", None)
            if status is not None and status().currentMessage().startswith(IN_THE_LINE):
                status().clearMessage()
            return
        super().keyPressEvent(event)


def add_button() -> QPushButton:
    """The Add button beside the line, as wide as its word: the style's 80 pixels left the
    line too narrow for "What will be done?" in an 800-pixel window."""
    add = QPushButton("Add", objectName="addActionButton")
    add.setMaximumWidth(add.fontMetrics().horizontalAdvance(" Add ") + 24)
    return add
