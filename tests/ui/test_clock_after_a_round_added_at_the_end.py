"""A round added after End session (Round > Add round) is a round still to run, and the
clock panel says so: it said "Paused: round 5, Commitments" and "Paused 05:00" over a
Resume button, though round 5 had ended, and Resume ran round 5's clock again without a
word. Now it says the session ended and that Start begins the added round; Start and Next
round both begin it, and round 5 stays as it ended."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from tests.ui.test_agenda_round_added_after_the_end import run_every_round_and_end
from tests.ui.test_agenda_steps_named import with_dialog
from tests.ui.test_undo_shows_groupings import CTRL, SHIFT, press, undo


def ended_then_added(qtbot, window, fake_clock):
    """Every round run five minutes, End session, then "Parking lot" added at the end."""
    run_every_round_and_end(qtbot, window, fake_clock)
    last = window.store.rounds()[-1]
    assert last.ended_at is not None

    def parking_lot(dialog: QDialog) -> None:
        dialog.title.setText("Parking lot")
        dialog.accept()

    fake_clock.advance(60)
    with_dialog(qtbot, window, Qt.Key.Key_N, CTRL | SHIFT, parking_lot)
    added = window.store.rounds()[-1]
    assert added.title == "Parking lot"
    return last, added


def panel(window) -> list[str]:
    return [
        window.timer_round.text(),
        window.timer_label.text(),
        window.projected.text(),
        window.start_btn.text(),
        window.next_btn.text(),
    ]


def test_the_clock_says_the_session_ended_and_start_begins_the_added_round(
    qtbot, window, fake_clock
):
    last, added = ended_then_added(qtbot, window, fake_clock)
    n = added.position
    ended = f"Session ended at {last.ended_at.astimezone():%H:%M}"
    assert panel(window) == [
        f"Round {n}, Parking lot, not started: Start or Ctrl+Space begins it",
        "Done",
        ended,
        f"Start round {n}",
        "Next round",
    ]
    assert window.presenter.timer.text() == "Done"  # not "Paused 05:00" on the wall
    assert window.next_btn.toolTip() == (
        f"Start round {n}, Parking lot: round {last.position} has ended"
    )
    press(qtbot, window, Qt.Key.Key_Up)  # +1 min: round 5 ended, and round 6 has not begun
    assert window.statusBar().currentMessage() == (
        f"“{last.title}” has ended: start round {n} (Parking lot, added since) first, then"
        " give it more time."
    )
    assert window.store.round(last.id) == last
    qtbot.mouseClick(window.start_btn, Qt.MouseButton.LeftButton)
    assert window.store.round(added.id).is_running
    assert window.store.round(last.id) == last  # still ended, when it ended
    assert window.timer_round.text() == f"▶ Timer: round {n}, Parking lot"
    assert window.shown_round_id() == added.id  # notes typed now go to the round that runs


def test_next_round_after_the_end_begins_the_added_round_and_undo_takes_it_back(
    qtbot, window, fake_clock
):
    last, added = ended_then_added(qtbot, window, fake_clock)
    fake_clock.advance(60)
    press(qtbot, window, Qt.Key.Key_Right)  # Next round
    assert window.store.round(added.id).is_running
    assert window.store.round(last.id) == last  # not ended again, a minute later
    assert window.undo_stack.undoText() == f"Start round {added.position}"
    assert window.shown_round_id() == added.id
    undo(qtbot, window)
    assert not window.store.round(added.id).is_running
    qtbot.waitUntil(lambda: window.start_btn.text() == f"Start round {added.position}")
    assert window.timer_label.text() == "Done"
