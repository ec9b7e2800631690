"""A round added after End session (Round > Add round) is a round still to run, and the
round that ended the session stays ended: the agenda's ▶ came back on it, as if its clock
ran again, and it lost its ✓ and the minutes it ran."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from tests.ui.test_agenda_after_end_session import marked
from tests.ui.test_agenda_steps_named import with_dialog
from tests.ui.test_undo_shows_groupings import CTRL, SHIFT, active, press


def run_every_round_and_end(qtbot, window, fake_clock) -> int:
    """Every round run five minutes by keys, the last Ctrl+Right ending the session; the
    number of rounds."""
    active(qtbot, window)
    count = len(window.store.rounds())
    press(qtbot, window, Qt.Key.Key_Space)
    for _ in range(count):
        fake_clock.advance(5 * 60)
        press(qtbot, window, Qt.Key.Key_Right)  # the last press ends the session
    return count


def test_a_round_added_after_the_end_leaves_the_last_round_ended(qtbot, window, fake_clock):
    count = run_every_round_and_end(qtbot, window, fake_clock)
    assert marked(window) == []
    last = window.store.rounds()[-1]

    def parking_lot(dialog: QDialog) -> None:
        dialog.title.setText("Parking lot")
        dialog.accept()

    with_dialog(qtbot, window, Qt.Key.Key_N, CTRL | SHIFT, parking_lot)
    assert [r.title for r in window.store.rounds()][-1] == "Parking lot"
    assert marked(window) == []
    ended = window.agenda.item(count - 1).text()
    assert ended.startswith(f"✓ {count}. {last.title} ({last.timebox_s // 60} min, ran 5 min)")
    assert window.agenda.item(count).text().startswith(f"{count + 1}. Parking lot (10 min)")
