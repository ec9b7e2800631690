"""Ctrl+Z of Next round pressed before any round was started puts the board back on the
round it left, with the clock on it, also after the battery died: the board stayed on the
next round, "Not started", while the agenda's clock had gone back. Driven with real keys."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import battery_dies, shown_window
from tests.ui.test_undo_shows_groupings import CTRL, active, undo
from tests.ui.test_undo_shows_rounds import chosen_in_agenda


def test_undo_of_next_round_before_any_start_shows_the_round_it_left(
    qtbot, session_file, fake_clock
):
    window = shown_window(qtbot, session_file, fake_clock)
    active(qtbot, window)
    first, second = (r.id for r in window.store.rounds()[:2])
    qtbot.keyClicks(window.entry, "Hoping to steal one idea")
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    assert window.store.session().current_round_id is None  # nothing started yet
    qtbot.keyClick(window.entry, Qt.Key.Key_Right, CTRL)  # Next round: round 2 runs
    qtbot.waitUntil(lambda: chosen_in_agenda(window, second))
    undo(qtbot, window)
    qtbot.waitUntil(lambda: chosen_in_agenda(window, first))
    assert window.shown_round_id() == first
    assert window.board.card(window.store.notes(first)[0].id) is not None
    assert window.store.session().current_round_id is None

    qtbot.keyClick(window.entry, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: chosen_in_agenda(window, second))
    battery_dies(window)
    again = shown_window(qtbot, session_file, fake_clock)
    active(qtbot, again)
    assert again.shown_round_id() == second
    undo(qtbot, again)
    qtbot.waitUntil(lambda: chosen_in_agenda(again, first))
    assert again.shown_round_id() == first
    again.close()
