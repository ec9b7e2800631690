"""The Votes panel gives the comparison chart the height its table does not need: with three
themes in a laptop's window the table took two thirds of the panel, half of it empty, and
the chart showed one theme over a scroll bar. Dragged by hand, the divider stays put."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QScrollArea, QSplitter, QTableView

from ui.sensemaking.comparison import ComparisonChart


def parts(window) -> tuple[QTableView, QScrollArea, QSplitter]:
    chart = window.findChild(ComparisonChart, "comparisonChart")
    area = next(a for a in window.findChildren(QScrollArea) if a.widget() is chart)
    return (
        window.findChild(QTableView, "voteTable"),
        area,
        window.findChild(QSplitter, "votesSplitter"),
    )


def test_the_chart_has_the_room_the_table_does_not_need(qtbot, themed):
    table, area, split = parts(themed)
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() == 0)
    assert table.verticalScrollBar().maximum() == 0  # every theme's row still in view
    assert area.height() > table.height()
    # Dragged by hand, the divider stays where it was put, even as a theme is added.
    handle, fitted = split.handle(1), split.sizes()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=QPoint(5, 2))
    qtbot.mouseMove(handle, QPoint(5, 60))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=QPoint(5, 60))
    dragged = split.sizes()
    assert dragged[0] > fitted[0]
    rid = themed.shown_round_id()
    note = themed.store.add_note(rid, "Nobody owns the handover", function="sales")
    themed.store.add_theme(rid, "Handover", note_ids=[note.id])
    qtbot.wait(50)
    assert split.sizes() == dragged
