"""Bugs found by a live-session walkthrough at 1366x768, driven with the keyboard: timed
rounds, notes, themes, votes, action items, undo and redo, reopening and the minutes."""

from __future__ import annotations

from PySide6.QtCore import Qt

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_redo_of_a_round_start_keeps_the_minutes_the_round_had_run(qtbot, window, fake_clock):
    # Ctrl+Z once too often took back the start of a round that had run 14 minutes;
    # Ctrl+Shift+Z started it again from zero: the wall showed 10:00 left, not 4 min over.
    first = window.store.rounds()[0]
    assert first.timebox_s == 600
    qtbot.keyClick(window.entry, Qt.Key.Key_Space, CTRL)
    fake_clock.advance(14 * 60)
    window.refresh_timer()
    assert window.timer_label.text() == "+04:00"
    qtbot.keyClick(window.entry, Qt.Key.Key_Z, CTRL)
    assert not window.store.round(first.id).is_running
    qtbot.keyClick(window.entry, Qt.Key.Key_Z, CTRL | SHIFT)
    window.refresh_timer()
    assert window.store.round(first.id).is_running
    assert window.timer_label.text() == "+04:00"
    # A resume redone goes on from when it was resumed too.
    qtbot.keyClick(window.entry, Qt.Key.Key_Space, CTRL)  # pause at 14 min
    fake_clock.advance(60)
    qtbot.keyClick(window.entry, Qt.Key.Key_Space, CTRL)  # resume
    fake_clock.advance(60)
    qtbot.keyClick(window.entry, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(window.entry, Qt.Key.Key_Z, CTRL | SHIFT)
    window.refresh_timer()
    assert window.timer_label.text() == "+05:00"
