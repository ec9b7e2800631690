"""A title put back on the start screen from last time is typed over, not added to.

The start screen puts back the title and roster typed last time. The title came back with
the cursor after it, so a facilitator who came for another session and typed its title
got "Berlin roundtableQ1 Hamburg roundtable". It comes back selected: typing replaces it,
and a click or an arrow key keeps it to add to."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from ui.windows import dialogs
from ui.windows.start_screen import StartScreen


def _shown(qtbot) -> StartScreen:
    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.show()
    screen.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
    return screen


def _left_with_a_title(qtbot, title: str) -> None:
    first = _shown(qtbot)
    qtbot.keyClicks(first.title, title)
    qtbot.keyClicks(first.roster, "Ana Lopez, Acme, sales")
    first.close()


def _type(qtbot, text: str) -> None:
    """Each key to the widget that has the keyboard at that moment, as a keyboard does."""
    for char in text:
        qtbot.keyClick(QApplication.focusWidget(), char)


def test_a_title_typed_on_a_put_back_one_replaces_it(qtbot):
    _left_with_a_title(qtbot, "Berlin roundtable")
    screen = _shown(qtbot)
    assert screen.title.text() == "Berlin roundtable"
    assert QApplication.focusWidget() is screen.title
    _type(qtbot, "Q1 Hamburg")
    assert screen.title.text() == "Q1 Hamburg"
    assert screen.roster.toPlainText() == "Ana Lopez, Acme, sales"  # the roster stays


def test_typed_on_continue_it_replaces_the_put_back_title_too(qtbot, session_file):
    dialogs.remember(session_file, "Test roundtable")
    _left_with_a_title(qtbot, "Berlin roundtable")
    screen = _shown(qtbot)
    assert QApplication.focusWidget() is screen.findChild(QPushButton, "continueButton")
    _type(qtbot, "Q1 Hamburg")
    assert screen.title.text() == "Q1 Hamburg"
    assert screen.window_opened is None


def test_the_end_key_keeps_the_put_back_title_to_add_to(qtbot):
    _left_with_a_title(qtbot, "Berlin roundtable")
    screen = _shown(qtbot)
    qtbot.keyClick(screen.title, Qt.Key.Key_End)
    _type(qtbot, " 2")
    assert screen.title.text() == "Berlin roundtable 2"


def test_a_click_in_the_put_back_title_keeps_it_to_add_to(qtbot, session_file):
    dialogs.remember(session_file, "Test roundtable")
    _left_with_a_title(qtbot, "Berlin roundtable")
    screen = _shown(qtbot)
    right_end = screen.title.rect().center()
    right_end.setX(screen.title.width() - 4)
    qtbot.mouseClick(screen.title, Qt.MouseButton.LeftButton, pos=right_end)
    assert QApplication.focusWidget() is screen.title
    _type(qtbot, " 2")
    assert screen.title.text() == "Berlin roundtable 2"
