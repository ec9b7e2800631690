"""The shared frame of the votes and actions tables: a flat table model on the store.

Both list rows read from the store, take edits as undo commands on the window's stack,
and report a refused edit (`refused(message)`) instead of storing it. Subclasses set
`headers` and return their current rows from `items()`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QUndoStack

from roundtable.store import Store

_Index = QModelIndex | QPersistentModelIndex


class StoreTableModel(QAbstractTableModel):
    """Rows from the store, column titles from `headers`, edits through `undo_stack`."""

    refused = Signal(str)  # why a typed value was not stored
    noticed = Signal(str)  # something worth a word about a value that was stored
    headers: Sequence[str] = ()

    def __init__(self, store: Store, undo_stack: QUndoStack) -> None:
        super().__init__()
        self.store, self.undo_stack = store, undo_stack

    def items(self) -> Sequence[Any]:
        raise NotImplementedError

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.items())

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        # What a screen reader says a column is: "Dots from sales", not the letter "S".
        spoken = getattr(self, "headers_spoken", ())
        if role == Qt.ItemDataRole.AccessibleTextRole and section < len(spoken):
            return spoken[section]
        tips = getattr(self, "header_tips", ())
        if role == Qt.ItemDataRole.ToolTipRole and section < len(tips):
            return tips[section]
        return None
