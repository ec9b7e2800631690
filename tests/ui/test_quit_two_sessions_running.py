"""Ctrl+Q with two sessions whose clocks run asks of each; "Keep working" for either keeps
both as they were. The first session was paused as soon as its question was answered, so
"Keep working" at the second left the first one's room paused without a word."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from tests.ui.conftest import shown_window


def _started(qtbot, win):
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    qtbot.keyClick(win.entry, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    rnd = win.store.rounds()[0]
    assert win.store.round(rnd.id).is_running
    return rnd


def test_keep_working_at_the_second_session_leaves_the_first_running(
    qtbot, session_file, fake_clock, tmp_path
):
    other_file = tmp_path / "other.roundtable"
    shutil.copy(session_file, other_file)
    first = shown_window(qtbot, session_file, fake_clock)
    second = shown_window(qtbot, other_file, fake_clock)
    first_round, second_round = _started(qtbot, first), _started(qtbot, second)
    fake_clock.advance(60)
    answers = ["Pause the clock and quit", "Keep working"]
    asked: list[str] = []

    def reply() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and answers:
            asked.append(box.text())
            wanted = answers.pop(0)
            next(b for b in box.findChildren(QPushButton) if b.text() == wanted).click()
        if answers:
            QTimer.singleShot(50, reply)

    QTimer.singleShot(0, reply)
    first.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is first)
    qtbot.keyClick(first.entry, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 2
    assert first.isVisible() and second.isVisible()
    assert first.store.round(first_round.id).is_running  # as it was: nothing changed
    assert second.store.round(second_round.id).is_running
    assert first.start_btn.text() != "Resume"
    first.close()
    second.close()
