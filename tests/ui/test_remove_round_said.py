"""Session > Remove round (Ctrl+Shift+Del) says which round went and how to get it back, and
Ctrl+Z gives back a round whose clock had run with its clock: it went without a word, and
undoing it brought the round back at its full timebox with no clock running."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from roundtable.store import Store

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def _active(qtbot, win) -> None:
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)


def test_removing_an_empty_round_says_which_and_that_ctrl_z_brings_it_back(qtbot, window):
    _active(qtbot, window)
    fourth = window.store.round_at(4)
    window.agenda.setCurrentRow(3)
    qtbot.keyClick(window.entry, Qt.Key.Key_Delete, CTRL | SHIFT)
    assert fourth.title not in [r.title for r in window.store.rounds()]
    assert window.statusBar().currentMessage() == (
        f"Removed round 4, “{fourth.title}”, from the agenda (Ctrl+Z puts it back)."
    )


def test_undoing_the_removal_of_the_round_on_the_clock_gives_its_clock_back(
    qtbot, window, session_file, fake_clock
):
    _active(qtbot, window)
    qtbot.keyClick(window.entry, Qt.Key.Key_Space, CTRL)  # round 1
    fake_clock.advance(300)
    qtbot.keyClick(window.entry, Qt.Key.Key_Right, CTRL)  # round 2, no notes yet
    fake_clock.advance(240)
    second = window.store.round_at(2)
    qtbot.keyClick(window.entry, Qt.Key.Key_Delete, CTRL | SHIFT)  # by mistake
    assert window.statusBar().currentMessage() == (
        f"Removed round 2, “{second.title}”, from the agenda and stopped its clock"
        " (Ctrl+Z puts it back)."
    )
    # The clock waits on the round that took its place; it showed round 1, ended long
    # before, as "Paused: round 1 … Resume".
    third = window.store.round_at(2)
    assert window.timer_round.text() == f"▶ Timer: round 2, {third.title}"
    assert window.start_btn.text() == "Start"
    fake_clock.advance(20)
    qtbot.keyClick(window.entry, Qt.Key.Key_Z, CTRL)
    minutes = second.timebox_s // 60
    assert window.timer_round.text() == f"▶ Timer: round 2, {second.title}"
    assert window.timer_label.text() == f"{minutes - 5:02d}:40"  # 4:20 gone: it ran on
    window.close()
    with Store.open(session_file, clock=fake_clock) as store:
        back = store.round_at(2)
        assert (back.title, back.is_running) == (second.title, True)
        assert store.session().current_round_id == back.id
