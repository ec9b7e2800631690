"""What Edit > Undo calls Next round, the re-plan and deleting notes: which rounds, which
note. It said "Undo Next round", "Undo Re-plan" and "Undo Delete 1 note", also after the
battery died and the file was opened again. And a step that cannot be undone is named once,
not quoted inside quotes ("Could not undo “Add round “Parking lot””: …"). Driven with the
app's own keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from tests.ui.conftest import battery_dies, shown_window
from tests.ui.test_agenda_steps_named import edit_undo, with_dialog
from tests.ui.test_sensemaking_themes import add_notes, click_card
from tests.ui.test_undo_shows_groupings import CTRL, SHIFT, active


def test_next_round_and_a_re_plan_name_their_rounds_also_after_a_crash(
    qtbot, session_file, fake_clock
):
    window = shown_window(qtbot, session_file, fake_clock)
    active(qtbot, window)
    rounds = window.store.rounds()
    qtbot.keyClick(window.entry, Qt.Key.Key_Space, CTRL)  # round 1 runs its time
    fake_clock.advance(rounds[0].timebox_s)
    qtbot.keyClick(window.entry, Qt.Key.Key_Right, CTRL)  # on to round 2
    assert edit_undo(window) == f"Undo Next round (round 1, “{rounds[0].title}” → round 2)"

    fake_clock.advance(rounds[1].timebox_s + 20 * 60)  # round 2 ran 20 minutes over
    window.refresh_timer()
    qtbot.keyClick(window.entry, Qt.Key.Key_R, CTRL)  # re-plan
    after = {r.id: r.timebox_s for r in window.store.rounds()}
    cut = [r for r in rounds if after[r.id] != r.timebox_s]
    assert [r.position for r in cut] == [3, 5]
    minutes = sum(r.timebox_s - after[r.id] for r in cut) // 60
    assert minutes >= 20
    assert edit_undo(window) == f"Undo Re-plan (rounds 3 and 5 shortened by {minutes} min)"

    battery_dies(window)
    again = shown_window(qtbot, session_file, fake_clock)
    active(qtbot, again)
    assert edit_undo(again) == f"Undo Re-plan (rounds 3 and 5 shortened by {minutes} min)"
    qtbot.keyClick(again.entry, Qt.Key.Key_Z, CTRL)
    assert edit_undo(again) == f"Undo Next round (round 1, “{rounds[0].title}” → round 2)"
    again.close()


def test_deleted_notes_are_named_also_after_a_crash(qtbot, session_file, fake_clock):
    window = shown_window(qtbot, session_file, fake_clock)
    active(qtbot, window)
    first, second, third, fourth = add_notes(
        qtbot,
        window,
        "Leads wait four days",
        "Mails go unread",
        "Nobody owns the webinar follow-up calls after the event",
        "Pricing page out of date",
    )
    click_card(qtbot, window, first)
    qtbot.keyClick(window.board, Qt.Key.Key_Delete)
    assert edit_undo(window) == "Undo Delete note “Leads wait four days”"
    click_card(qtbot, window, third)
    qtbot.keyClick(window.board, Qt.Key.Key_Delete)
    assert edit_undo(window) == "Undo Delete note “Nobody owns the webinar…”"
    click_card(qtbot, window, second)
    click_card(qtbot, window, fourth, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.board, Qt.Key.Key_Delete)
    assert edit_undo(window) == "Undo Delete 2 notes"

    battery_dies(window)
    again = shown_window(qtbot, session_file, fake_clock)
    active(qtbot, again)
    assert edit_undo(again) == "Undo Delete 2 notes"
    qtbot.keyClick(again.entry, Qt.Key.Key_Z, CTRL)
    assert edit_undo(again) == "Undo Delete note “Nobody owns the webinar…”"
    again.close()


def test_an_undo_that_fails_names_the_step_without_quotes_in_quotes(qtbot, window):
    active(qtbot, window)

    def parking_lot(dialog: QDialog) -> None:
        dialog.title.setText("Parking lot")
        dialog.accept()

    with_dialog(qtbot, window, Qt.Key.Key_N, CTRL | SHIFT, parking_lot)
    window.agenda.setCurrentRow(1)  # the round added, after round 1
    assert window.store.round(window.shown_round_id()).title == "Parking lot"
    active(qtbot, window)
    qtbot.keyClicks(window.entry, "Park this")
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    qtbot.keyClick(window.entry, Qt.Key.Key_Z, CTRL)  # the note
    qtbot.keyClick(window.entry, Qt.Key.Key_Z, CTRL)  # the round: it still has the note
    qtbot.waitUntil(lambda: "Could not undo" in window.statusBar().currentMessage())
    said = window.statusBar().currentMessage()
    assert said.startswith("Could not undo Add round “Parking lot”: "), said
    assert said.count("“") == 1


def agenda_lines(window) -> tuple[list[str], str]:
    """The agenda's lines and the one chosen (the round on the board), as the room reads them."""
    agenda = window.agenda
    return [agenda.item(i).text() for i in range(agenda.count())], agenda.currentItem().text()


def test_add_round_undone_and_redone_leaves_the_agenda_and_board_as_they_were(
    qtbot, window, fake_clock
):
    # The redo showed the new, empty round: another line was chosen in the agenda than
    # before the undo, and the next note typed went to the new round, not the running one.
    active(qtbot, window)
    qtbot.keyClick(window.entry, Qt.Key.Key_Space, CTRL)  # round 1 runs
    running = window.shown_round_id()

    def parking_lot(dialog: QDialog) -> None:
        dialog.title.setText("Parking lot")
        dialog.accept()

    with_dialog(qtbot, window, Qt.Key.Key_N, CTRL | SHIFT, parking_lot)
    before = agenda_lines(window)
    assert before[0][1].startswith("2. Parking lot") and before[1].startswith("▶ 1.")
    qtbot.keyClick(window.entry, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(window.entry, Qt.Key.Key_Z, CTRL | SHIFT)
    qtbot.wait(50)  # (the board's redraw after the step, which may show a round)
    assert agenda_lines(window) == before
    assert window.shown_round_id() == running
    added = window.agenda.item(1)
    assert added.font().bold() and added.toolTip() == "Added again with the last redo"
    qtbot.keyClicks(window.entry, "Leads wait four days")
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    assert [n.text for n in window.store.notes(running)] == ["Leads wait four days"]
    assert not window.agenda.item(1).font().bold()  # the next step: the mark goes
