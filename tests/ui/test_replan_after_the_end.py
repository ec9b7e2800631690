"""Ctrl+R once the session has ended: there is nothing left to re-plan, and it says so. It
said "the session is still 26 min late: skip or remove a round to end on time", with no
round left to skip."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

CTRL = Qt.KeyboardModifier.ControlModifier


def test_ctrl_r_after_a_late_end_says_the_session_has_ended(qtbot, window, fake_clock):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.entry, Qt.Key.Key_Space, CTRL)
    for r in window.store.rounds():  # every round five minutes over, then End session
        fake_clock.advance(r.timebox_s + 5 * 60)
        qtbot.keyClick(window.entry, Qt.Key.Key_Right, CTRL)
    ended = window.store.rounds()[-1].ended_at
    assert ended is not None
    fake_clock.advance(60)
    qtbot.keyClick(window.entry, Qt.Key.Key_R, CTRL)
    assert window.statusBar().currentMessage() == (
        f"The session ended at {ended.astimezone():%H:%M}: no rounds are left to re-plan."
    )
    assert window.undo_stack.undoText() == "End session"  # nothing was re-planned
