"""Next round takes the wall back from a round put there with Shift+F5.

The status bar says "The wall shows “Welcome” until the next round starts", but Next round
(Ctrl+Right) left round 1 on the wall, under round 3's clock, shown or hidden, until
Shift+F5 was pressed again: only the store's "current round set" event let go of it, and
the round timer's next step starts the next round without it (walkthrough finding)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.test_presenter_wall import first_round_on_the_wall

CTRL = Qt.KeyboardModifier.ControlModifier


def test_next_round_takes_the_wall_back_while_it_is_up(qtbot, window):
    third = window.store.rounds()[2]
    window.start_btn.click()  # round 1 runs; first_round_on_the_wall moves the clock on
    view = first_round_on_the_wall(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.entry, Qt.Key.Key_Right, CTRL)  # Next round
    assert window.store.session().current_round_id == third.id
    qtbot.waitUntil(lambda: view.wall.round_id == third.id)
    assert view.question.text() == third.prompt
    view.close_view()


def test_next_round_takes_the_wall_back_while_it_is_hidden(qtbot, window):
    third = window.store.rounds()[2]
    window.start_btn.click()
    view = first_round_on_the_wall(qtbot, window)
    view.close_view()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.entry, Qt.Key.Key_Right, CTRL)
    qtbot.keyClick(window.entry, Qt.Key.Key_F5)  # the wall up again
    qtbot.waitUntil(view.isVisible)
    assert view.wall.round_id == third.id
    view.close_view()
