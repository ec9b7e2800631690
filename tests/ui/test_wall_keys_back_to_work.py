"""Keys of the facilitator's own work pressed on the wall (one screen, the wall in front):
after a round, Ctrl+T, Ctrl+Shift+V or Ctrl+Shift+A did nothing and said nothing until Esc;
now the main window comes back and does it, as after Esc."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_action_items_key_on_the_wall_brings_the_line_to_type_them(qtbot, window, presenter_up):
    wall = presenter_up
    qtbot.keyClick(wall, Qt.Key.Key_A, CTRL_SHIFT)
    assert not wall.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    line = window.findChild(QLineEdit, "actionText")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is line)
    qtbot.keyClicks(line, "Send the SLA draft @Ana by Friday")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert [a.text for a in window.store.actions()] == ["Send the SLA draft"]


def test_votes_key_on_the_wall_brings_the_vote_table(qtbot, themed, presenter_up):
    window, wall = themed, presenter_up
    qtbot.keyClick(wall, Qt.Key.Key_V, CTRL_SHIFT)
    assert not wall.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    table = window.findChild(QTableView, "voteTable")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)


def test_the_wall_keeps_its_own_keys_and_typing(qtbot, window, presenter_up):
    wall = presenter_up
    qtbot.keyClick(wall, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # marketing
    qtbot.keyClicks(wall, "Still on the wall")
    qtbot.keyClick(wall, Qt.Key.Key_Return)
    assert wall.isVisible()
    (note,) = window.store.notes(window.shown_round_id())
    assert (note.text, note.function) == ("Still on the wall", "marketing")
