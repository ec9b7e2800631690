"""A panel's row that Ctrl+Z or Ctrl+Shift+Z changed, shown: the panel in front, the row
selected and its cell in view (see ui.windows.stepped).

A vote typed, a ranking, an action item added, edited or deleted were undone out of sight
when another panel (Themes, say) was in front: the facilitator could not see what changed.
The keyboard stays where it was, so the next note typed does not land in a cell. A setting
of the panel (dots per person) is marked instead, until the next step.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QDockWidget, QScrollArea, QTableView, QWidget

from ui.undo import SessionUndoStack
from ui.windows.stepped import MARK_BACKGROUND, MARK_TEXT


def show_row(
    dock: QDockWidget, table: QTableView, role: int, item: Any | None, column: int
) -> bool:
    """Bring `dock` to the front and select the row whose `role` data is `item`, at `column`
    (None: only the panel in front); False when that row is not in the table."""
    dock.show()
    dock.raise_()
    proxy = table.model()
    assert isinstance(proxy, QSortFilterProxyModel)
    if item is None:
        return False
    for row in range(proxy.rowCount()):
        if proxy.index(row, 0).data(role) == item:
            index = proxy.index(row, column)
            flags = QItemSelectionModel.SelectionFlag
            table.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
            table.scrollTo(index)
            return True
    return False


def show_control(dock: QDockWidget, control: QWidget, stack: SessionUndoStack) -> None:
    """Bring `dock` to the front with `control` in view and marked (the keyboard stays where
    it was: a digit typed next must not change the setting) until the stack next moves."""
    dock.show()
    dock.raise_()
    parent = control.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        parent.ensureWidgetVisible(control)
    if control.property("stepped"):
        return  # marked already (two undos shown at once): its own palette is kept once
    # The palette, not a style sheet: a style sheet drew the spin box's arrows as dashes.
    was = control.palette()
    own = control.testAttribute(Qt.WidgetAttribute.WA_SetPalette)
    marked = QPalette(was)
    marked.setColor(QPalette.ColorRole.Base, QColor(MARK_BACKGROUND))
    marked.setColor(QPalette.ColorRole.Text, QColor(MARK_TEXT))
    control.setPalette(marked)
    control.setProperty("stepped", True)

    def unmark() -> None:
        control.setPalette(was if own else QPalette())  # else the window's again (dark mode)
        control.setProperty("stepped", False)

    stack.until_moved(unmark)
