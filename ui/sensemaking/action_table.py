"""The Action items table, which can show each item's owner and due date on a line under
its text when the panel is too narrow for their columns (an 800x600 window).

Those columns are hidden then, but their cells still take the keyboard: Tab from the line
or from an item's text opens the owner, then the due date, over that line under the text,
and a double-click on the line opens the one clicked. The panel decides when to stack
(action_columns.py); the model writes the line (action_model.py).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QAbstractItemView

from ui.sensemaking.action_model import DUE, OWNER, WHAT
from ui.sensemaking.vote_table import PanelTable

# Of an item's cell, the part of the line under the text that opens the owner's editor
# (the rest opens the due date's).
OWNER_SHARE = 0.6


class ActionTable(PanelTable):
    """A PanelTable whose hidden Owner and Due cells live on the line under the text."""

    def __init__(self, object_name: str) -> None:
        super().__init__(object_name)
        self.stacked = False

    def set_stacked(self, stacked: bool) -> None:
        """Show Owner and Due as columns, or (stacked) on the line under each item's text."""
        self.stacked = stacked
        self.tab_visits = {OWNER, DUE} if stacked else set()
        for column in (OWNER, DUE):
            self.setColumnHidden(column, stacked)

    def visualRect(self, index: QModelIndex | QPersistentModelIndex) -> QRect:  # noqa: N802
        """Where a cell is: a stacked Owner or Due cell is its part of the line under the
        item's text (Qt has no place for a hidden cell, and hid its editor)."""
        if not (self.stacked and index.isValid() and index.column() in (OWNER, DUE)):
            return super().visualRect(index)
        cell = super().visualRect(index.siblingAtColumn(WHAT))
        if cell.isEmpty():
            return cell
        line = min(cell.height(), self.fontMetrics().height() + 8)
        split = cell.left() + int(cell.width() * OWNER_SHARE)
        if index.column() == OWNER:
            return QRect(cell.left(), cell.bottom() - line + 1, split - cell.left(), line)
        return QRect(split, cell.bottom() - line + 1, cell.right() - split + 1, line)

    def scrollTo(  # noqa: N802 (Qt name)
        self,
        index: QModelIndex | QPersistentModelIndex,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:
        """Bring a cell into view; a stacked Owner or Due cell by its item's row (Qt does
        not scroll to a hidden cell: an undone owner's item stayed out of sight)."""
        if self.stacked and index.isValid() and index.column() in (OWNER, DUE):
            index = index.siblingAtColumn(WHAT)
        super().scrollTo(index, hint)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt name)
        """A double-click on the line under a stacked item's text opens its owner or its
        due date, whichever was clicked; on the text itself, the text."""
        index = self.indexAt(event.position().toPoint())
        if self.stacked and index.isValid() and index.column() == WHAT:
            for column in (OWNER, DUE):
                cell = index.siblingAtColumn(column)
                if self.visualRect(cell).contains(event.position().toPoint()):
                    self.setCurrentIndex(cell)
                    self.edit(cell)
                    return
        super().mouseDoubleClickEvent(event)
