"""Presenter view on one screen or two, where the file dialogs start, and the start screen's
size and recent sessions (defects from a user walkthrough)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui.windows import presenter as presenter_module


def type_notes(qtbot, win, count: int) -> None:
    for i in range(count):
        qtbot.keyClicks(win.entry, f"Idea number {i} for the joint pipeline")
        qtbot.keyClick(win.entry, Qt.Key.Key_Return)


def test_presenter_on_one_screen_opens_in_front_fully_on_it_at_the_top_and_esc_closes(
    qtbot, window
):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.start_btn.click()
    # Enough notes that the wall scrolls: they arrive while the view is still hidden.
    type_notes(qtbot, window, 20)
    view = window.presenter
    screen = window.screen()

    qtbot.keyClick(window.entry, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    assert view.isVisible() and view.isFullScreen()
    assert screen.geometry().contains(view.frameGeometry()), (view.frameGeometry(), screen)
    assert view.findChild(object, "presenterHint").isVisible()
    qtbot.wait(1)  # the wall lays its cards out after the first show
    wall = view.wall
    assert wall.verticalScrollBar().maximum() > 0  # it does scroll...
    assert wall.verticalScrollBar().value() == 0  # ...but opens at the top
    header = wall.visualItemRect(wall.item(0))
    assert header.top() >= 0 and wall.item(0).text().startswith("Ungrouped — 20 notes")
    view.grab().save("/tmp/rt/shots2/presenter_one_screen.png")

    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert QApplication.focusWidget() is window.entry

    # F5 opens it again and, in the view, closes it too.
    qtbot.keyClick(window.entry, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    qtbot.keyClick(view, Qt.Key.Key_F5)
    assert not view.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_presenter_with_a_second_screen_goes_there_and_leaves_focus_in_the_main_window(
    qtbot, window, monkeypatch
):
    # Offscreen Qt has one screen: stand its screen in for the projector.
    projector = window.screen()
    monkeypatch.setattr(presenter_module, "other_screen", lambda main: projector)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    view = window.presenter

    qtbot.keyClick(window.entry, Qt.Key.Key_F5)
    assert view.isVisible() and view.isFullScreen()
    assert view.geometry() == projector.geometry()
    assert view.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert not view.findChild(object, "presenterHint").isVisible()
    qtbot.wait(10)
    assert QApplication.activeWindow() is window
    assert QApplication.focusWidget() is window.entry
    qtbot.keyClick(window.entry, Qt.Key.Key_F5)
    assert not view.isVisible()
