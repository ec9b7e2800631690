"""A round added after End session and moved above the rounds that ran (Round > Add round,
then Alt+Up to position 2) is a round still to run, like one added at the end: the clock
panel said "Session over: round 6, ... was the last" over Resume, which reopened the last
round, Next round was greyed out, and the new round could be begun only by clicking it in
the agenda. Now Start and Next round begin it where it sits, and the rounds that ran keep
their ✓ and times."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.test_agenda_after_end_session import marked
from tests.ui.test_clock_after_a_round_added_at_the_end import ended_then_added, panel
from tests.ui.test_undo_shows_groupings import press, undo

ALT = Qt.KeyboardModifier.AltModifier


def moved_to_two(qtbot, window, fake_clock):
    last, added = ended_then_added(qtbot, window, fake_clock)
    before = {r.id: r for r in window.store.rounds() if r.id != added.id}
    qtbot.mouseClick(
        window.agenda.viewport(),
        Qt.MouseButton.LeftButton,
        pos=window.agenda.visualItemRect(window.agenda.item(added.position - 1)).center(),
    )
    assert window.shown_round_id() == added.id
    while window.store.round(added.id).position > 2:
        press(qtbot, window, Qt.Key.Key_Up, ALT)
    window.show_round(window.store.rounds()[0].id)  # the facilitator looks at round 1
    return window.store.round(last.id), window.store.round(added.id), before


def test_start_begins_a_round_added_above_the_ended_ones(qtbot, window, fake_clock):
    last, added, before = moved_to_two(qtbot, window, fake_clock)
    assert added.position == 2
    ended = f"Session ended at {last.ended_at.astimezone():%H:%M}"
    assert panel(window) == [
        "Round 2, Parking lot, not started: Start or Ctrl+Space begins it",
        "Done",
        ended,
        "Start round 2",
        "Next round",
    ]
    assert window.next_btn.isEnabled()
    # The agenda agrees: no ▶, the rounds that ran muted with their ✓ and minutes.
    assert marked(window) == []
    rows = [window.agenda.item(i).text() for i in range(window.agenda.count())]
    assert rows[1].startswith("2. Parking lot (10 min)")
    assert all(row.startswith("✓ ") for i, row in enumerate(rows) if i != 1)
    fake_clock.advance(60)
    press(qtbot, window, Qt.Key.Key_Space)  # Start, not Resume of the last round
    assert window.store.round(added.id).is_running
    assert window.store.round(last.id) == last  # still ended, when it ended
    for rid, was in before.items():  # every round that ran: as it ended (moved down one)
        now = window.store.round(rid)
        assert (now.ended_at, now.elapsed_s) == (was.ended_at, was.elapsed_s)
    assert window.timer_round.text() == "▶ Timer: round 2, Parking lot"
    assert window.shown_round_id() == added.id
    assert marked(window) == [2]
    # When it is done, the session ends again: the rounds below it have run.
    fake_clock.advance(5 * 60)
    assert window.next_btn.text() == "End session"
    press(qtbot, window, Qt.Key.Key_Right)
    assert window.store.round(added.id).ended_at is not None
    assert window.timer_round.text() == "Session over: round 2, Parking lot was the last"


def test_next_round_begins_a_round_added_above_the_ended_ones(qtbot, window, fake_clock):
    last, added, _before = moved_to_two(qtbot, window, fake_clock)
    fake_clock.advance(60)
    press(qtbot, window, Qt.Key.Key_Right)  # Next round
    assert window.store.round(added.id).is_running
    assert window.store.round(last.id) == last  # not ended again, a minute later
    assert window.undo_stack.undoText() == "Start round 2"
    undo(qtbot, window)
    assert not window.store.round(added.id).is_running
    qtbot.waitUntil(lambda: window.start_btn.text() == "Start round 2")
    assert window.timer_label.text() == "Done"
