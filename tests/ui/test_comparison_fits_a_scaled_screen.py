"""The comparison chart on its own (Ctrl+Shift+C) on a laptop whose display is scaled: at
125% a 1366x768 screen is 1093x614 of the app's pixels, the chart's window 574 high, and the
example session's fullest round (five themes) needed 603 at twice the app's type. The room
saw four themes and a half, and someone had to scroll the chart in front of everyone. Each
check runs in an app of its own at the scale (test_scaled_display.in_scaled_app)."""

from __future__ import annotations

import pytest

from tests.ui.test_scaled_display import in_scaled_app

CHART = """
from PySide6.QtGui import QFontInfo
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QScrollArea, QWidget

# With names: anonymous, with its one RevOps lead, the example's room's chart shows no bars.
win.store.update_session(anonymous=False)
settle()
QTest.keyClick(win.entry, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier
               | Qt.KeyboardModifier.ShiftModifier)
settle()
big = win.findChild(QWidget, "comparisonWindow")
area = big.findChild(QScrollArea)
chart = big.chart
big.grab()  # painted: the names as drawn
frame, free = big.frameGeometry(), big.screen().availableGeometry()
report(
    shown=big.isVisible(),
    full_screen=big.isFullScreen(),
    inside=free.contains(frame),
    scrolls=area.verticalScrollBar().maximum(),
    chart_bottom=chart.height(),
    viewport=area.viewport().height(),
    names=[" ".join(lines) for lines in chart.drawn_names],
    themes=[bars.label for bars in chart.bars],
    name_points=QFontInfo(chart._fonts()[0]).pointSizeF(),
    app_points=QFontInfo(app.font()).pointSizeF(),
)
finish()
"""


@pytest.mark.parametrize(
    "scale,screen",
    [(1.25, (1366, 768)), (1.5, (1920, 1080)), (1.0, (1024, 768)), (1.0, (1366, 768))],
)
def test_the_comparison_window_shows_every_theme_without_scrolling(tmp_path, scale, screen):
    got = in_scaled_app(tmp_path, scale, screen, CHART)
    assert got["shown"] and not got["full_screen"], got  # a window beside the main window
    assert got["inside"], got
    assert got["scrolls"] == 0, got
    assert got["chart_bottom"] <= got["viewport"], got
    # Every theme, its name whole, in type the room reads: at least one and a half times the
    # app's own (the Votes panel's chart has the app's).
    assert len(got["themes"]) == 5
    assert got["names"] == got["themes"], got
    assert got["name_points"] >= 1.5 * got["app_points"], got


def test_the_comparison_keeps_its_large_type_where_it_fits(tmp_path):
    # Without a scale, a 1366x768 laptop has the room: the chart stays at twice the app's type.
    got = in_scaled_app(tmp_path, 1.0, (1366, 768), CHART)
    assert got["scrolls"] == 0, got
    assert got["name_points"] == 2 * got["app_points"], got
