"""The side panels on a small laptop or a mirrored projector (800x600, 1024x768): the
Action items line's placeholder, the votes' theme names and the chart's lines read whole.
At 800 pixels they read "What will be don…", "What cou… as a qual…" and "Sales vs
marketing, the…"."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QDockWidget, QLineEdit

from tests.ui.test_main_window_small_screens import settled


def in_front(qtbot, window, dock_name: str) -> QDockWidget:
    dock = window.findChild(QDockWidget, dock_name)
    dock.raise_()
    qtbot.waitUntil(lambda: not dock.visibleRegion().isEmpty())
    for _ in range(3):
        qtbot.wait(20)
    return dock


@pytest.mark.parametrize("size", [(800, 600), (1024, 768), (1366, 768)])
def test_the_action_line_says_what_to_type_whole(qtbot, demo_window, size):
    settled(qtbot, demo_window, size)
    in_front(qtbot, demo_window, "actionsDock")
    line = demo_window.findChild(QLineEdit, "actionText")
    shown = line.property("placeholderText")  # what the line draws
    room = line.width() - 16  # the frame's and the text's margins
    assert QFontMetrics(line.font()).horizontalAdvance(shown) <= room, shown
    assert shown.startswith("What will be done?")
    if size[0] >= 1366:
        assert shown == "What will be done? @owner, Enter"
    assert "@owner" in line.toolTip() and "Enter adds it" in line.toolTip()
