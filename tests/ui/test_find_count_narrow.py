"""The count beside the Find line goes under it in a narrow window: at 800x600 it had 39
pixels beside the line, stood in 14 lines and pushed the board down to a sliver."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit


def find(qtbot, window, size: tuple[int, int], text: str):
    window.resize(*size)
    window.show_round(window.store.rounds()[2].id)
    qtbot.keyClick(window.entry, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    line = window.findChild(QLineEdit, "findNotes")
    qtbot.keyClicks(line, text)
    count = window.findChild(QLabel, "findCount")
    qtbot.waitUntil(lambda: count.text() != "")
    return line, count


def test_in_a_small_window_the_count_stands_under_the_find_line(qtbot, demo_window):
    line, count = find(qtbot, demo_window, (800, 600), "sla")
    qtbot.waitUntil(lambda: count.geometry().top() >= line.geometry().bottom())
    lines = count.height() // count.fontMetrics().lineSpacing()
    assert lines <= 2
    assert count.width() > line.width()
    assert demo_window.board.height() > 200


def test_in_a_laptop_window_it_stands_beside_the_line(qtbot, demo_window):
    line, count = find(qtbot, demo_window, (1280, 800), "sla")
    qtbot.waitUntil(lambda: count.geometry().left() >= line.geometry().right())
    assert count.geometry().top() < line.geometry().bottom()
