"""A session opened after its round's clock ran past the timebox while it was closed (a
flat battery, a long lunch) says how far over the round is and what to do: it said
"+12:00 left" and offered a minute more."""

from __future__ import annotations

from PySide6.QtCore import Qt

from roundtable.store import Store
from tests.ui.conftest import battery_dies, shown_window


def _closed_with_round_running(path, clock, position: int) -> str:
    """Round `position` started (the one before it ended), then the file closed: its title."""
    with Store.open(path, clock=clock) as store:
        rnd = store.round_at(position)
        store.set_current_round(rnd.id)
        store.start_round(rnd.id)
        return rnd.title


def test_a_round_that_ran_over_while_closed_says_how_far_over_and_goes_on(
    qtbot, session_file, fake_clock
):
    _closed_with_round_running(session_file, fake_clock, 2)
    with Store.open(session_file, read_only=True) as store:
        minutes = store.round_at(2).timebox_s // 60
        after = store.round_at(3).title
    fake_clock.advance(minutes * 60 + 12 * 60)  # back twelve minutes after its end
    win = shown_window(qtbot, session_file, fake_clock)
    qtbot.wait(20)
    assert win.statusBar().currentMessage().split("\n")[0] == (
        "Round 2's clock ran on while the app was closed. At the last change saved, 32 min"
        f" ago, the round had {minutes}:00 left; now it is 12:00 over its {minutes} min."
        f" Ctrl+Space pauses it; Ctrl+Right goes on to round 3, {after}."
    )
    win.close()


def test_the_last_round_over_time_says_ctrl_right_ends_the_session(qtbot, session_file, fake_clock):
    with Store.open(session_file, read_only=True) as store:
        last = len(store.rounds())
    _closed_with_round_running(session_file, fake_clock, last)
    with Store.open(session_file, read_only=True) as store:
        minutes = store.round_at(last).timebox_s // 60
    fake_clock.advance(minutes * 60 + 95)
    win = shown_window(qtbot, session_file, fake_clock)
    qtbot.wait(20)
    assert win.statusBar().currentMessage().split("\n")[0] == (
        f"Round {last}'s clock ran on while the app was closed. At the last change saved,"
        f" {minutes + 1} min ago, the round had {minutes}:00 left; now it is 01:35 over its"
        f" {minutes} min. Ctrl+Space pauses it; Ctrl+Right ends the session."
    )
    win.close()


def test_after_a_crash_it_says_how_far_over_the_round_was_and_now_is(
    qtbot, window, session_file, fake_clock
):
    # The round ran five minutes over with the app open, a note was typed, and the battery
    # died; back 1 min 43 s later, "ran on while closed: 06:43 over" read as if all of
    # the overrun had happened while the app was down.
    qtbot.keyClick(window.entry, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    rnd = window.store.rounds()[0]
    assert window.store.round(rnd.id).is_running
    fake_clock.advance(rnd.timebox_s + 5 * 60)
    qtbot.keyClicks(window.entry, "Intros ran long")
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    battery_dies(window)
    fake_clock.advance(103)
    win = shown_window(qtbot, session_file, fake_clock)
    qtbot.wait(20)
    after = win.store.rounds()[1]
    assert win.statusBar().currentMessage().split("\n")[0] == (
        "Round 1's clock ran on while the app was closed. At the last change saved, 1 min"
        f" ago, the round was 05:00 over; now it is 06:43 over its {rnd.timebox_s // 60} min."
        f" Ctrl+Space pauses it; Ctrl+Right goes on to round 2, {after.title}."
    )
    win.close()
