"""Each action item's words are whole in its row, however narrow the panel: a row was fitted
to its text one pixel wider than the cell shows it, and a line at the edge went over to a
line the row had no room for ("next year's …", "bonus plan" cut)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle

from tests.ui.test_sensemaking_actions import floating_panel, panel_of, table
from ui.sensemaking.action_model import WHAT


def test_every_action_text_fits_its_row_at_any_width(qtbot, demo_window):
    view = table(demo_window)
    proxy = panel_of(demo_window).proxy
    metrics = view.fontMetrics()
    # The room Qt's item delegate keeps at each side of a cell's text.
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    wrap = int(Qt.TextFlag.TextWordWrap)
    cut = []
    for width in range(400, 470, 3):
        floating_panel(demo_window, width, 420)
        qtbot.wait(20)
        for row in range(proxy.rowCount()):
            cell = view.visualRect(proxy.index(row, WHAT))  # as painted: without the grid line
            text = proxy.index(row, WHAT).data()
            needed = metrics.boundingRect(0, 0, cell.width() - 2 * margin, 10_000, wrap, text)
            if needed.height() > cell.height():
                cut.append((width, text))
    assert cut == []
