"""Ctrl+Space (or Resume) after End session reopens the last round and says so: it ran the
clock again without a word, and minutes exported then said the session was still running."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from roundtable.store import Store

CTRL = Qt.KeyboardModifier.ControlModifier


def test_ctrl_space_after_the_end_says_the_last_round_is_reopened_and_ctrl_z_ends_it_again(
    qtbot, window, session_file, fake_clock
):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.entry, Qt.Key.Key_Space, CTRL)
    for r in window.store.rounds():
        fake_clock.advance(r.timebox_s)
        qtbot.keyClick(window.entry, Qt.Key.Key_Right, CTRL)
    last = window.store.rounds()[-1]
    assert last.ended_at is not None
    qtbot.keyClick(window.entry, Qt.Key.Key_Space, CTRL)
    assert window.statusBar().currentMessage() == (
        f"Reopened round {last.position}, “{last.title}”: its clock runs again"
        " (Ctrl+Z ends the session again)."
    )
    assert window.store.round(last.id).is_running
    qtbot.keyClick(window.entry, Qt.Key.Key_Z, CTRL)
    window.close()
    with Store.open(session_file) as store:
        back = store.round(last.id)
        assert back.ended_at is not None and not back.is_running
