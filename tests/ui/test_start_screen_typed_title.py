"""Typing a title on the start screen while the keyboard is on "Continue" starts the title.

Walked with the real app: the example session's status bar says "Ctrl+N starts your own";
the start screen opened with the keyboard on Continue (no mark showed it), so typing
"Q1 Sales and marketing roundtable" lost "Q1", the space pressed Continue (the start screen
closed on the example) and the rest of the title went into the example's note line, where
the Enter that moves on to the roster would have added it as a note."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from roundtable.store import Store
from ui.windows import dialogs
from ui.windows.dialogs import open_session
from ui.windows.start_screen import StartScreen


def _shown_with_continue(qtbot, session_file) -> StartScreen:
    dialogs.remember(session_file, "Test roundtable")
    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.show()
    screen.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
    return screen


def _type(qtbot, text: str) -> None:
    """Each key to the widget that has the keyboard at that moment, as a keyboard does."""
    for char in text:
        qtbot.keyClick(QApplication.focusWidget(), char)
        qtbot.wait(1)


def test_typing_on_continue_goes_into_the_title(qtbot, session_file):
    screen = _shown_with_continue(qtbot, session_file)
    button = screen.findChild(QPushButton, "continueButton")
    assert QApplication.focusWidget() is button
    assert button.isDefault()  # Continue shows that Enter presses it
    _type(qtbot, "Q1 Sales and marketing")
    assert screen.title.text() == "Q1 Sales and marketing"
    if screen.window_opened is not None:  # (before: Continue opened the session)
        qtbot.addWidget(screen.window_opened)
    assert screen.isVisible() and screen.window_opened is None
    assert not button.isDefault()  # Enter now moves on from the title, not Continue
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert QApplication.focusWidget() is screen.roster
    assert screen.window_opened is None


def test_enter_on_continue_still_opens_the_last_session(qtbot, session_file):
    screen = _shown_with_continue(qtbot, session_file)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    win = screen.window_opened
    assert win is not None
    qtbot.addWidget(win)
    assert win.windowTitle().startswith("Test roundtable")


def test_ctrl_n_from_a_session_then_a_title_adds_no_note(qtbot, session_file):
    dialogs.remember(session_file, "Test roundtable")
    win = open_session(session_file, None)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    screen = win._start
    qtbot.addWidget(screen)
    screen.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
    _type(qtbot, "Q1 Hamburg roundtable")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    win.close()
    assert screen.title.text() == "Q1 Hamburg roundtable"
    assert screen.isVisible()
    with Store.open(session_file) as store:
        assert store.note_count() == 0
