"""After Session > End session no round runs, and the agenda shows it: the ▶ stayed on the
last round, as if it still ran. Resume (Ctrl+Space) reopens that round and its ▶ comes back;
Ctrl+Z ends the session again."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.test_undo_shows_groupings import active, press, undo


def marked(window) -> list[int]:
    """The agenda lines (1-based) with the ▶ of the round on the clock."""
    agenda = window.agenda
    return [row + 1 for row in range(agenda.count()) if "▶" in agenda.item(row).text()]


def test_end_session_takes_the_marker_off_and_resume_brings_it_back(qtbot, window, fake_clock):
    active(qtbot, window)
    count = len(window.store.rounds())
    press(qtbot, window, Qt.Key.Key_Space)
    for _ in range(count - 1):
        fake_clock.advance(5 * 60)
        press(qtbot, window, Qt.Key.Key_Right)
    assert marked(window) == [count]
    fake_clock.advance(5 * 60)
    press(qtbot, window, Qt.Key.Key_Right)  # End session
    assert window.timer_round.text().startswith("Session over")
    assert marked(window) == []
    press(qtbot, window, Qt.Key.Key_Space)  # Resume: the last round runs again
    assert window.store.round(window.store.rounds()[-1].id).is_running
    assert marked(window) == [count]
    undo(qtbot, window)  # ended again
    qtbot.waitUntil(lambda: marked(window) == [])
