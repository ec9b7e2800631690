"""Ctrl+Z of End session pressed long after (the session ended, the laptop closed, an hour
on) brings the last round back with the time it had left when the session ended, as
Ctrl+Space (Resume) does: its clock showed an hour's overrun, as if the round had run all
along. The status line says so. Also after the battery died in between."""

from __future__ import annotations

from PySide6.QtCore import Qt

from roundtable.store import Store
from tests.ui.conftest import battery_dies, shown_window
from tests.ui.test_undo_shows_groupings import active, press, undo


def end_the_session(qtbot, window, fake_clock, last_ran: int) -> None:
    """Every round run in turn, the last for `last_ran` seconds, then End session."""
    press(qtbot, window, Qt.Key.Key_Space)
    for _ in window.store.rounds()[:-1]:
        fake_clock.advance(5 * 60)
        press(qtbot, window, Qt.Key.Key_Right)
    fake_clock.advance(last_ran)
    press(qtbot, window, Qt.Key.Key_Right)  # End session
    assert window.timer_label.text() == "Done"


def test_undo_of_end_session_an_hour_later_gives_back_the_time_left(
    qtbot, window, session_file, fake_clock
):
    active(qtbot, window)
    last = window.store.rounds()[-1]
    end_the_session(qtbot, window, fake_clock, last.timebox_s - 4 * 60)  # 4 min left
    fake_clock.advance(3600)  # the laptop closed, opened an hour later
    undo(qtbot, window)
    assert window.timer_label.text() == "04:00"
    assert window.statusBar().currentMessage() == (
        f"Undone: End session. Round {last.position}, “{last.title}” runs again with 04:00"
        " left, as when the session ended 1 h ago: the time since is not counted."
    )
    fake_clock.advance(60)
    window.refresh_timer()
    assert window.timer_label.text() == "03:00"
    window.close()
    with Store.open(session_file) as store:
        back = store.round(last.id)
        assert back.is_running and back.ended_at is None
        assert back.elapsed_at(fake_clock()) == last.timebox_s - 3 * 60


def test_undo_of_end_session_after_the_battery_died_gives_back_the_time_left(
    qtbot, session_file, fake_clock
):
    window = shown_window(qtbot, session_file, fake_clock)
    active(qtbot, window)
    last = window.store.rounds()[-1]
    end_the_session(qtbot, window, fake_clock, last.timebox_s - 2 * 60)
    battery_dies(window)
    fake_clock.advance(2 * 3600)
    again = shown_window(qtbot, session_file, fake_clock)
    active(qtbot, again)
    undo(qtbot, again)
    assert again.timer_label.text() == "02:00"
    assert (
        "as when the session ended 2 h ago: the time since is not counted."
        in again.statusBar().currentMessage()
    )
    again.close()
