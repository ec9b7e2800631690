"""Alt+Up on the round on the clock, above a round that has ended: the projected end stays
as it was. It said "(15 min late)" at once: the round on the clock, now above the round the
session started with, was taken for a round skipped, and its 20 minutes left the plan."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.test_undo_shows_groupings import active, press

ALT = Qt.KeyboardModifier.AltModifier


def test_moving_the_running_round_above_an_ended_one_makes_nothing_late(qtbot, window, fake_clock):
    active(qtbot, window)
    welcome, works = window.store.rounds()[:2]
    press(qtbot, window, Qt.Key.Key_Space)  # Welcome starts (10 min)
    fake_clock.advance(5 * 60)
    press(qtbot, window, Qt.Key.Key_Right)  # ended after 5 min: What works runs
    fake_clock.advance(60)
    window.refresh_timer()
    before = window.projected.text()
    assert "late" not in before
    press(qtbot, window, Qt.Key.Key_Up, ALT)  # What works above Welcome
    assert [r.id for r in window.store.rounds()[:2]] == [works.id, welcome.id]
    window.refresh_timer()
    assert window.projected.text() == before
    assert window.timer_round.text() == f"▶ Timer: round 1, {works.title}"
    assert not window.replan_btn.isEnabled()


def test_next_round_then_goes_on_below_not_back_to_the_ended_round(qtbot, window, fake_clock):
    active(qtbot, window)
    welcome, works, broken = window.store.rounds()[:3]
    press(qtbot, window, Qt.Key.Key_Space)
    fake_clock.advance(5 * 60)
    press(qtbot, window, Qt.Key.Key_Right)
    press(qtbot, window, Qt.Key.Key_Up, ALT)  # What works, Welcome (ended), Why it's broken
    press(qtbot, window, Qt.Key.Key_Right)  # it reopened Welcome, its clock running again
    assert window.store.session().current_round_id == broken.id
    assert window.store.round(welcome.id).ended_at is not None
    assert not window.store.round(welcome.id).is_running
    assert window.timer_round.text() == f"▶ Timer: round 3, {broken.title}"


def test_with_only_ended_rounds_below_the_button_ends_the_session(qtbot, window, fake_clock):
    active(qtbot, window)
    rounds = window.store.rounds()
    press(qtbot, window, Qt.Key.Key_Space)
    for _ in rounds[1:]:
        fake_clock.advance(5 * 60)
        press(qtbot, window, Qt.Key.Key_Right)
    last = rounds[-1]
    for _ in rounds[1:]:
        press(qtbot, window, Qt.Key.Key_Up, ALT)  # the last round, on the clock, to the top
    assert window.store.rounds()[0].id == last.id
    assert window.next_btn.text() == "End session"
