"""Ctrl+Q while a round's clock runs asks first: Quit closed the session and the projector
at once, and the clock ran on while the app was closed, so a facilitator who pressed it by
mistake mid-round came back to a dark wall and minutes gone from the round."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
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


def _ctrl_q_answered(qtbot, win, answer: str | None) -> list[str]:
    """Ctrl+Q, the question answered with the button `answer` (None: Escape); its words."""
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
    qtbot.keyClick(win.entry, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    return seen


def test_ctrl_q_by_mistake_mid_round_keeps_the_session_open(qtbot, session_file, fake_clock):
    win, rnd = _running(qtbot, session_file, fake_clock)
    seen = _ctrl_q_answered(qtbot, win, None)
    assert seen and seen[0].startswith("Round 1's clock is running\n")
    assert f"Round 1, {rnd.title}, has 07:00 left" in seen[0]
    assert win.isVisible() and not win._closed
    assert win.store.round(rnd.id).is_running  # nothing changed
    win.close()


def test_pause_and_quit_opens_again_paused_where_it_was(qtbot, session_file, fake_clock):
    win, rnd = _running(qtbot, session_file, fake_clock)
    seen = _ctrl_q_answered(qtbot, win, "Pause the clock and quit")
    assert seen
    assert not win.isVisible()
    fake_clock.advance(40 * 60)  # back after lunch
    with Store.open(session_file, read_only=True) as store:
        back = store.round(rnd.id)
        assert not back.is_running and back.elapsed_at(fake_clock()) == 3 * 60
    again = shown_window(qtbot, session_file, fake_clock)
    assert again.timer_round.text() == f"Paused: round 1, {rnd.title}"
    assert again.timer_label.text().startswith("Paused 07:00")
    assert again.start_btn.text() == "Resume"
    again.start_btn.click()  # Resume: on from where it was paused, lunch not counted
    fake_clock.advance(60)
    assert again.store.round(rnd.id).is_running
    assert again.store.round(rnd.id).elapsed_at(fake_clock()) == 4 * 60
    again.close()


def test_quit_with_the_clock_running_lets_it_run_on(qtbot, session_file, fake_clock):
    win, rnd = _running(qtbot, session_file, fake_clock)
    _ctrl_q_answered(qtbot, win, "Quit, clock running")
    assert not win.isVisible()
    fake_clock.advance(60)
    with Store.open(session_file, read_only=True) as store:
        assert store.round(rnd.id).elapsed_at(fake_clock()) == 4 * 60


def test_ctrl_q_with_the_clock_paused_quits_without_a_question(qtbot, session_file, fake_clock):
    win, _rnd = _running(qtbot, session_file, fake_clock)
    qtbot.keyClick(win.entry, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert _ctrl_q_answered(qtbot, win, None) == []
    assert not win.isVisible()
