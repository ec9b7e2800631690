"""The comparison panel and the large chart show no sales-vs-marketing gap when one side has
nothing to compare: "Sales +100 pts" stood against no marketing notes and no dots."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QTableView, QToolTip, QWidget

from tests.ui.test_sensemaking_actions import CTRL, SHIFT
from tests.ui.test_sensemaking_votes import OTHER, type_votes
from ui.sensemaking.comparison import ComparisonChart, gap_tag


def sales_only(qtbot, window):
    store, rid = window.store, window.shown_round_id()
    for label, count in (("Slow follow-up", 3), ("Bonus plans", 1)):
        ids = [store.add_note(rid, f"{label} {i}", function="sales").id for i in range(count)]
        store.add_theme(rid, label, note_ids=ids)
    window.findChild(QWidget, "votesDock").raise_()
    qtbot.waitUntil(lambda: window.findChild(QTableView, "voteTable").isVisible())
    return window


def said(chart: ComparisonChart) -> str:
    heading, explain, legend = chart._header_lines()
    return " ".join(heading + explain + legend)


def test_no_gap_against_no_marketing_notes_docked_and_large(qtbot, window):
    # Two people a side: with one, the room's chart of an anonymous session counts no notes
    # by function, as the minutes (test_projected_chart_lone_notes.py).
    window.store.add_participant("Cara Diaz", "sales")
    window.store.add_participant("Dev Rao", "marketing")
    window = sales_only(qtbot, window)
    chart = window.findChild(ComparisonChart, "comparisonChart")
    assert [b.label for b in chart.bars] == ["Slow follow-up", "Bonus plans"]
    assert not any(b.highlighted for b in chart.bars)  # no row shaded, no "+100 pts" tag
    assert [gap_tag(b) for b in chart.bars] == ["No marketing notes"] * 2  # as the minutes
    assert "No dots entered yet, and no marketing notes: no gap to show" in said(chart)
    assert "pts" not in said(chart)

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.entry, Qt.Key.Key_C, CTRL | SHIFT)
    big = window.findChild(QWidget, "comparisonWindow")
    qtbot.waitUntil(lambda: QApplication.activeWindow() is big)
    large = big.findChild(ComparisonChart, "comparisonChartLarge")
    assert not any(b.highlighted for b in large.bars)
    assert "no marketing notes: no gap to show" in said(large)
    centre = QPoint(large.width() // 2, int(large._row_rects[0].center().y()))
    QApplication.sendEvent(
        large, QHelpEvent(QEvent.Type.ToolTip, centre, large.mapToGlobal(centre))
    )
    assert "Marketing: 0 notes" in QToolTip.text()


def test_dots_from_other_functions_are_named_as_theirs(qtbot, window):
    window = sales_only(qtbot, window)
    type_votes(qtbot, window, 0, OTHER, "3")
    chart = window.findChild(ComparisonChart, "comparisonChart")
    assert "Only other functions gave dots" in said(chart)
    assert "No dots entered yet" not in said(chart)
    assert not any(b.highlighted for b in chart.bars)
