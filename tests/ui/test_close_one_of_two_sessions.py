"""With two sessions open, the close button closes only its own window's session, and Ctrl+Q
closes both: the question asked while a round's clock runs says which. The close button's
said "Quitting closes the session" and offered "Pause the clock and quit" although the app
and the other session stayed open."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from roundtable.store import Store
from tests.ui.conftest import shown_window


def _two_sessions(qtbot, session_file, fake_clock, tmp_path):
    """The test session, its round 1 running for three minutes, and a second session."""
    other_file = tmp_path / "other.roundtable"
    shutil.copy(session_file, other_file)
    other = shown_window(qtbot, other_file, fake_clock)
    win = shown_window(qtbot, session_file, fake_clock)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    qtbot.keyClick(win.entry, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    fake_clock.advance(3 * 60)
    return win, other, win.store.rounds()[0]


def _answering(qtbot, answer: str) -> list[str]:
    """The question's words and buttons as it is asked, answered with the button `answer`
    (Escape when it has none such)."""
    seen: list[str] = []

    def reply() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            return
        buttons = [b.text() for b in box.findChildren(QPushButton)]
        seen.append(f"{box.text()}\n{box.informativeText()}\n{' | '.join(buttons)}")
        wanted = [b for b in box.findChildren(QPushButton) if b.text() == answer]
        if wanted:
            wanted[0].click()
        else:  # no such answer: Escape keeps working
            qtbot.keyClick(box, Qt.Key.Key_Escape)

    QTimer.singleShot(0, reply)
    return seen


def test_the_close_button_asks_to_close_this_session_only(
    qtbot, session_file, fake_clock, tmp_path
):
    win, other, rnd = _two_sessions(qtbot, session_file, fake_clock, tmp_path)
    seen = _answering(qtbot, "Close, clock running")
    QApplication.sendEvent(win.windowHandle(), QCloseEvent())  # the title bar's close button
    assert seen == [
        f"Round 1, {rnd.title}, has 07:00 left. Closing this window closes this session"
        " (test.roundtable); the other one stays open.\n"
        "Pause the clock and close: the session opens again paused where it is now, and"
        " Ctrl+Space resumes it.\n"
        "Close, clock running: the round's time runs on while the session is closed.\n"
        "Keep working: nothing changes.\n"
        "Pause the clock and close | Close, clock running | Keep working"
    ]
    assert not win.isVisible() and other.isVisible()  # what the question said
    fake_clock.advance(60)
    with Store.open(session_file, read_only=True) as store:
        assert store.round(rnd.id).elapsed_at(fake_clock()) == 4 * 60
    other.close()


def test_ctrl_q_asks_to_quit_and_says_both_sessions_close(
    qtbot, session_file, fake_clock, tmp_path
):
    win, other, rnd = _two_sessions(qtbot, session_file, fake_clock, tmp_path)
    seen = _answering(qtbot, "Quit, clock running")
    qtbot.keyClick(win.entry, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert seen == [
        f"Round 1, {rnd.title}, has 07:00 left in test.roundtable. Quitting closes both"
        " open sessions.\n"
        "Pause the clock and quit: the session opens again paused where it is now, and"
        " Ctrl+Space resumes it.\n"
        "Quit, clock running: the round's time runs on while the app is closed.\n"
        "Keep working: nothing changes.\n"
        "Pause the clock and quit | Quit, clock running | Keep working"
    ]
    assert not win.isVisible() and not other.isVisible()  # the app quits: both close
