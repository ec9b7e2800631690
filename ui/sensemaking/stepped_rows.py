"""A panel's row that Ctrl+Z or Ctrl+Shift+Z changed, shown: the panel in front, the row
selected and its cell in view (see ui.windows.stepped).

A vote typed, a ranking, an action item added, edited or deleted were undone out of sight
when another panel (Themes, say) was in front: the facilitator could not see what changed.
The keyboard stays where it was, so the next note typed does not land in a cell.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel
from PySide6.QtWidgets import QDockWidget, QTableView


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
