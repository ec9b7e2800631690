"""Keep a table's current cell through a reset of its model.

A model reset (rows re-read after a delete, an undo, a ranking) leaves a view with no current
index: the next Del said "Select an action item to delete." and the next count typed in the
votes went nowhere. `KeepCurrent` notes the current row's id (an item role) and column before
the reset and puts the cell back after it: on the same item when it is still listed, else on
the row that took its place (the next one, or the last when it was at the end). With
`first_when_filled`, an empty table that gets rows (an undone delete) puts it on the first.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QSortFilterProxyModel
from PySide6.QtWidgets import QAbstractItemView


class KeepCurrent(QObject):
    """Puts `table`'s current cell back after each reset of `proxy`'s source model.

    Make it after `proxy.setSourceModel(...)`: its slot must run after the proxy's on reset.
    """

    def __init__(
        self,
        table: QAbstractItemView,
        proxy: QSortFilterProxyModel,
        id_role: int,
        *,
        first_when_filled: bool = False,
    ):
        super().__init__(table)
        self.table, self.proxy, self.id_role = table, proxy, id_role
        self.first_when_filled = first_when_filled
        self._kept: tuple[Any, int, int, list[Any]] | None = None
        source = proxy.sourceModel()
        source.modelAboutToBeReset.connect(self._note)
        source.modelReset.connect(self._put_back)

    def _ids(self) -> list[Any]:
        return [self.proxy.index(row, 0).data(self.id_role) for row in range(self.proxy.rowCount())]

    def _note(self) -> None:
        index = self.table.currentIndex()
        item = index.data(self.id_role) if index.isValid() else None
        self._kept = (item, index.row(), max(index.column(), 0), self._ids())

    def _put_back(self) -> None:
        kept, self._kept = self._kept, None
        if kept is None or not self.proxy.rowCount():
            return
        item, row, column, before = kept
        now = self._ids()
        if item is None:  # none was current: only an empty table's first row gets the cursor
            if before or not self.first_when_filled:  # (an undone delete of its last item)
                return
            row = 0
        elif item in now:
            row = now.index(item)
        else:  # gone: the first item after it that is still listed, else the last row
            later = [i for i in before[row + 1 :] if i in now]
            row = now.index(later[0]) if later else len(now) - 1
        index = self.proxy.index(row, column)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
