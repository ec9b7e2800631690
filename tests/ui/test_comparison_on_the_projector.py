"""The comparison chart on its own (Ctrl+Shift+C) is for the room: with a projector beside
the laptop it opened on the laptop's screen, over the facilitator's window, while the room
went on seeing the wall; on one screen, Ctrl+Shift+C pressed on the wall did nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

import ui.sensemaking.comparison_window as comparison_module
import ui.windows.presenter as presenter_module

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_with_a_projector_the_comparison_goes_there_and_typing_goes_on(qtbot, themed, monkeypatch):
    window = themed
    # Offscreen Qt has one screen: stand its screen in for the projector.
    projector = window.screen()
    monkeypatch.setattr(presenter_module, "other_screen", lambda main: projector)
    monkeypatch.setattr(comparison_module, "other_screen", lambda main: projector, raising=False)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.entry, Qt.Key.Key_F5)  # the wall on the projector

    qtbot.keyClick(window.entry, Qt.Key.Key_C, CTRL_SHIFT)
    big = window.findChild(QWidget, "comparisonWindow")
    assert big.isVisible() and big.isFullScreen()
    assert big.geometry() == projector.geometry()
    assert big.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    qtbot.wait(10)
    assert QApplication.activeWindow() is window  # the facilitator goes on typing
    assert QApplication.focusWidget() is window.entry
    assert "projector" in window.statusBar().currentMessage()
    assert "Ctrl+Shift+C" in window.statusBar().currentMessage()

    qtbot.keyClick(window.entry, Qt.Key.Key_C, CTRL_SHIFT)  # and off it again
    assert not big.isVisible()
    assert window.presenter.isVisible()  # the wall is there again


def test_on_one_screen_ctrl_shift_c_on_the_wall_shows_it_and_esc_goes_back(
    qtbot, themed, presenter_up
):
    window, wall = themed, presenter_up
    qtbot.keyClick(wall, Qt.Key.Key_C, CTRL_SHIFT)
    big = window.findChild(QWidget, "comparisonWindow")
    assert big is not None and big.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is big)
    # Over the wall it covers the screen: a window over it left the wall's clock and
    # cards showing round it on the projector.
    assert big.isFullScreen() and big.geometry() == wall.screen().geometry()

    qtbot.keyClick(big, Qt.Key.Key_Escape)
    assert not big.isVisible()
    assert wall.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wall)  # not the main window
    qtbot.keyClicks(wall, "s: After the chart")  # typing goes on on the wall
    assert wall.findChild(object, "presenterHint").text().startswith("Typing: s: After")

    qtbot.keyClick(wall, Qt.Key.Key_C, CTRL_SHIFT)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is big)
    qtbot.keyClick(big, Qt.Key.Key_C, CTRL_SHIFT)  # its own key closes it too
    assert not big.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wall)
    assert wall.isVisible()


def test_on_one_screen_from_the_main_window_it_is_a_window_again(qtbot, themed, presenter_up):
    window, wall = themed, presenter_up
    qtbot.keyClick(wall, Qt.Key.Key_C, CTRL_SHIFT)  # full screen, over the wall
    big = window.findChild(QWidget, "comparisonWindow")
    qtbot.waitUntil(lambda: QApplication.activeWindow() is big)
    qtbot.keyClick(big, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wall)
    qtbot.keyClick(wall, Qt.Key.Key_Escape)  # back to the main window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.entry, Qt.Key.Key_C, CTRL_SHIFT)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is big)
    assert not big.isFullScreen()  # the facilitator's window stays in sight beside it
    qtbot.keyClick(big, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
