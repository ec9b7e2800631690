"""The height the Votes panel shares between its table and the comparison chart below it.

The table took two thirds of the panel whatever it held: with five themes in a laptop's
window, half of it was empty rows' space while the chart showed one theme and a scroll bar.
Now the table is as tall as its rows (up to two thirds, where the dots are typed) and the
chart has the rest; once the facilitator drags the divider, it stays where it was put.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QSplitter, QTableView


class RoomForChart(QObject):
    """Keeps `split`'s first pane, `table`, as tall as its rows need."""

    def __init__(self, split: QSplitter, table: QTableView) -> None:
        super().__init__(split)
        self.split, self.table = split, table
        self.by_hand = False  # the divider dragged: its place is the facilitator's
        split.splitterMoved.connect(self._dragged)
        self._later = QTimer(self, singleShot=True, interval=0)
        self._later.timeout.connect(self.fit)
        table.verticalHeader().sectionResized.connect(lambda *_a: self._later.start())
        table.verticalHeader().sectionCountChanged.connect(lambda *_a: self._later.start())
        split.installEventFilter(self)

    def _dragged(self, *_args: object) -> None:
        self.by_hand = True

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if obj is self.split and event.type() == QEvent.Type.Resize:
            self._later.start()
        return super().eventFilter(obj, event)

    def fit(self) -> None:
        total = sum(self.split.sizes())
        if self.by_hand or total <= 0:
            return
        table = self.table
        need = table.horizontalHeader().height() + table.verticalHeader().length()
        need += 2 * table.frameWidth() + 2  # (a pixel short, and a scroll bar showed)
        if table.horizontalScrollBar().isVisible():
            need += table.horizontalScrollBar().height()
        # At least a row's room to type into; at most two thirds (the rest scrolls).
        rows = table.horizontalHeader().height() + table.verticalHeader().defaultSectionSize()
        height = max(rows, min(need, total * 2 // 3))
        if self.split.sizes()[0] != height:
            self.split.setSizes([height, total - height])
