"""Before the first round starts, the line over the clock says no round has started and how to
start one; it said "▶ Timer: round 1, …" as if the clock already ran (the clock falls back to
the round on screen)."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_before_the_first_round_the_clock_says_how_to_start(qtbot, window):
    first = window.store.round_at(1)
    said = window.timer_round.text()
    assert said == f"No round started yet: Start or Ctrl+Space begins round 1, {first.title}"
    assert "▶" not in said
    window.agenda.setCurrentRow(2)  # looking ahead at round 3 before the start
    third = window.store.round_at(3)
    window.refresh_timer()
    assert window.timer_round.text().endswith(f"begins round 3, {third.title}")
    window.agenda.setCurrentRow(0)
    qtbot.keyClick(window.entry, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    window.refresh_timer()
    assert window.timer_round.text() == f"▶ Timer: round 1, {first.title}"


def test_the_start_button_names_a_round_out_of_turn(qtbot, window):
    """Round 3, shown to edit its prompt, is the round Start begins: the button says so."""
    assert window.start_btn.text() == "Start"
    window.agenda.setCurrentRow(2)
    assert window.start_btn.text() == "Start round 3"
    assert "next in the agenda is round 1" in window.start_btn.toolTip()
    window.agenda.setCurrentRow(0)
    assert window.start_btn.text() == "Start"
    window.agenda.setCurrentRow(2)
    qtbot.mouseClick(window.start_btn, Qt.MouseButton.LeftButton)
    assert window.store.round_at(3).is_running
    assert not window.store.round_at(1).is_running
    assert window.start_btn.text() == "Pause"
