"""The window's own close button (or Alt+F4) while a round's clock runs asks what Ctrl+Q
asks: it closed the session and the presenter view at once, and the clock ran on. A close
the facilitator did not ask for (a program's, the app quitting, the desktop logging out)
never waits on the question."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from roundtable.store import Store
from tests.ui.conftest import shown_window


def _running(qtbot, session_file, fake_clock):
    win = shown_window(qtbot, session_file, fake_clock)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    qtbot.keyClick(win.entry, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    rnd = win.store.rounds()[0]
    assert win.store.round(rnd.id).is_running
    fake_clock.advance(3 * 60)
    return win, rnd


def _answering(qtbot, answer: str | None) -> list[str]:
    """The question's words as it is asked, answered with the button `answer` (None:
    Escape); nothing when no question comes."""
    seen: list[str] = []

    def reply() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            return
        seen.append(f"{box.windowTitle()}\n{box.text()}\n{box.informativeText()}")
        if answer is None:
            qtbot.keyClick(box, Qt.Key.Key_Escape)
        else:
            next(b for b in box.findChildren(QPushButton) if b.text() == answer).click()

    QTimer.singleShot(0, reply)
    return seen


def _close_button(win) -> None:
    """What the window manager sends for the title bar's close button and for Alt+F4: a
    close event from outside the app (spontaneous), to the window's own window."""
    QApplication.sendEvent(win.windowHandle(), QCloseEvent())


def test_the_close_button_mid_round_asks_and_keeps_working(qtbot, session_file, fake_clock):
    win, rnd = _running(qtbot, session_file, fake_clock)
    seen = _answering(qtbot, None)
    _close_button(win)
    assert seen and seen[0].startswith("Round 1's clock is running\n")
    assert f"Round 1, {rnd.title}, has 07:00 left" in seen[0]
    assert win.isVisible() and not win._closed
    assert win.store.round(rnd.id).is_running  # nothing changed
    qtbot.keyClicks(win.entry, "Still here")
    qtbot.keyClick(win.entry, Qt.Key.Key_Return)
    assert [n.text for n in win.store.notes()] == ["Still here"]  # the file is still open
    win.close()


def test_the_close_button_can_pause_the_clock_and_quit(qtbot, session_file, fake_clock):
    win, rnd = _running(qtbot, session_file, fake_clock)
    seen = _answering(qtbot, "Pause the clock and quit")
    _close_button(win)
    assert seen and not win.isVisible()
    fake_clock.advance(40 * 60)
    with Store.open(session_file, read_only=True) as store:
        back = store.round(rnd.id)
        assert not back.is_running and back.elapsed_at(fake_clock()) == 3 * 60


def test_the_close_button_can_quit_with_the_clock_running(qtbot, session_file, fake_clock):
    win, rnd = _running(qtbot, session_file, fake_clock)
    seen = _answering(qtbot, "Quit, clock running")
    _close_button(win)
    assert seen and not win.isVisible()
    fake_clock.advance(60)
    with Store.open(session_file, read_only=True) as store:
        assert store.round(rnd.id).elapsed_at(fake_clock()) == 4 * 60


def test_the_close_button_with_the_clock_paused_asks_nothing(qtbot, session_file, fake_clock):
    win, _rnd = _running(qtbot, session_file, fake_clock)
    qtbot.keyClick(win.entry, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    seen = _answering(qtbot, None)
    _close_button(win)
    assert seen == [] and not win.isVisible()


def _closes_unasked(qtbot, win, rnd, fake_clock, session_file, close) -> None:
    seen = _answering(qtbot, None)  # Escape would keep the window open
    close()
    qtbot.wait(10)
    assert seen == [] and not win.isVisible() and win._closed
    fake_clock.advance(60)
    with Store.open(session_file, read_only=True) as store:
        assert store.round(rnd.id).elapsed_at(fake_clock()) == 4 * 60  # ran on, as in a crash


def test_a_close_the_facilitator_did_not_ask_for_is_not_held_up(qtbot, session_file, fake_clock):
    """A program's close (a test's, Ctrl+Q's own after its question, reopening to edit)."""
    win, rnd = _running(qtbot, session_file, fake_clock)
    _closes_unasked(qtbot, win, rnd, fake_clock, session_file, win.close)


def test_the_app_quitting_is_not_held_up(qtbot, session_file, fake_clock):
    """The app told to quit (by the desktop's session manager at log out, or a signal)
    closes every window as closeAllWindows does."""
    win, rnd = _running(qtbot, session_file, fake_clock)
    _closes_unasked(qtbot, win, rnd, fake_clock, session_file, QApplication.closeAllWindows)


def test_logging_out_is_not_held_up(qtbot, session_file, fake_clock, monkeypatch):
    """While the desktop asks the app to save its work before logging out, a close from
    the window manager does not stop for the question (nobody may be there to answer)."""
    win, rnd = _running(qtbot, session_file, fake_clock)
    monkeypatch.setattr(QApplication, "isSavingSession", lambda self: True)
    _closes_unasked(qtbot, win, rnd, fake_clock, session_file, lambda: _close_button(win))


@pytest.fixture(autouse=True)
def _no_question_left_open():
    yield
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        box.reject()
