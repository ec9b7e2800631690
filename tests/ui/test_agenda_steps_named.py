"""What Edit > Undo calls the steps of editing the agenda, reordering themes, editing a note
and moving it to another round: which round, theme or note, and what changed. It said "Undo
Edit round", "Undo Add round", "Undo Remove round", "Undo Move round", "Undo Move theme",
"Undo Add 5 min", "Undo Edit note" and "Undo Move note", naming neither, also after the
battery died and the file was opened again. Driven with the app's own keys."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QTreeWidget

from tests.ui.conftest import battery_dies, shown_window
from tests.ui.test_sensemaking_themes import make_themes, select_rows
from tests.ui.test_undo_shows_groupings import CTRL, SHIFT, active

ALT = Qt.KeyboardModifier.AltModifier


def edit_undo(window) -> str:
    """The Edit menu's Undo item, as the facilitator reads it."""
    return window.findChild(QAction, "undoAction").text().replace("&", "")


def with_dialog(qtbot, window, key, mods, answer) -> None:
    """Press `key` on the note line and run `answer(dialog)` on the dialog it opens."""
    failed: list[BaseException] = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            answer(dialog)
        except BaseException as err:  # noqa: BLE001 (handed back to the test below)
            failed.append(err)
            dialog.reject()

    QTimer.singleShot(0, run)
    qtbot.keyClick(window.entry, key, mods)
    if failed:
        raise failed[0]
    active(qtbot, window)  # the dialog is gone: the window has the keyboard again


def test_agenda_steps_name_the_round_in_edit_undo_also_after_a_crash(
    qtbot, session_file, fake_clock
):
    window = shown_window(qtbot, session_file, fake_clock)
    active(qtbot, window)
    window.agenda.setCurrentRow(1)  # round 2, "What works"

    def new_question(dialog: QDialog) -> None:
        dialog.prompt.selectAll()
        dialog.prompt.insertPlainText("What already works in your company?")
        dialog.accept()

    with_dialog(qtbot, window, Qt.Key.Key_E, CTRL | SHIFT, new_question)
    assert edit_undo(window) == "Undo Edit round 2, “What works” (question)"

    qtbot.keyClick(window.entry, Qt.Key.Key_Down, ALT)
    assert window.store.rounds()[2].title == "What works"
    assert edit_undo(window) == "Undo Move round “What works” down"

    def parking_lot(dialog: QDialog) -> None:
        dialog.title.setText("Parking lot")
        dialog.accept()

    with_dialog(qtbot, window, Qt.Key.Key_N, CTRL | SHIFT, parking_lot)
    assert edit_undo(window) == "Undo Add round “Parking lot”"
    window.agenda.setCurrentRow(len(window.store.rounds()) - 1)
    last = window.store.rounds()[-1]
    number = len(window.store.rounds())
    qtbot.keyClick(window.entry, Qt.Key.Key_Delete, CTRL | SHIFT)  # an empty round: no question
    assert last.id not in [r.id for r in window.store.rounds()]
    assert edit_undo(window) == f"Undo Remove round {number}, “{last.title}”"

    tree = window.findChild(QTreeWidget, "themeList")
    make_themes(qtbot, window, ["Pay plans", "Lead rules"])
    select_rows(qtbot, tree, 1)
    qtbot.keyClick(tree, Qt.Key.Key_Up, ALT | SHIFT)
    assert [t.label for t in window.store.themes(window.shown_round_id())] == [
        "Lead rules",
        "Pay plans",
    ]
    assert edit_undo(window) == "Undo Move theme “Lead rules” up"

    battery_dies(window)
    again = shown_window(qtbot, session_file, fake_clock)
    active(qtbot, again)
    assert edit_undo(again) == "Undo Move theme “Lead rules” up"
    steps = [again.undo_stack.text(i) for i in range(again.undo_stack.count())]
    assert steps[:3] == [
        "Edit round 2, “What works” (question)",
        "Move round “What works” down",
        "Add round “Parking lot”",
    ]
    assert f"Remove round {number}, “{last.title}”" in steps
    again.close()


def test_minutes_given_to_a_round_name_it_in_edit_undo(qtbot, window, fake_clock):
    active(qtbot, window)
    qtbot.keyClick(window.entry, Qt.Key.Key_Space, CTRL)  # round 1 runs
    qtbot.keyClick(window.entry, Qt.Key.Key_Right, CTRL)  # on to round 2
    title = window.store.rounds()[1].title
    qtbot.keyClick(window.entry, Qt.Key.Key_Up, CTRL | SHIFT)  # 5 minutes more
    assert edit_undo(window) == f"Undo Add 5 min to round 2, “{title}”"
    minutes = window.store.rounds()[1].timebox_s // 60
    qtbot.keyClick(window.entry, Qt.Key.Key_Z, CTRL)
    assert window.store.rounds()[1].timebox_s // 60 == minutes - 5
    assert (
        window.statusBar().currentMessage().startswith(f"Undone: Add 5 min to round 2, “{title}”.")
    )


def test_an_edited_note_is_named_in_edit_undo_also_after_a_crash(qtbot, session_file, fake_clock):
    from tests.ui.test_sensemaking_themes import add_notes, click_card

    window = shown_window(qtbot, session_file, fake_clock)
    active(qtbot, window)
    first, _second = add_notes(qtbot, window, "Leads wait four days", "Mails go unread")
    click_card(qtbot, window, first)
    qtbot.keyClick(window.board, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    qtbot.keyClick(editor, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(editor, "Leads wait five days")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.store.note(first).text == "Leads wait five days")
    assert edit_undo(window) == "Undo Edit note “Leads wait four days”"
    battery_dies(window)
    again = shown_window(qtbot, session_file, fake_clock)
    assert edit_undo(again) == "Undo Edit note “Leads wait four days”"
    active(qtbot, again)
    qtbot.keyClick(again.entry, Qt.Key.Key_Z, CTRL)
    assert again.store.note(first).text == "Leads wait four days"
    again.close()


def test_a_note_moved_to_the_next_round_is_named_with_the_round(qtbot, window):
    from tests.ui.test_sensemaking_themes import add_notes, click_card

    active(qtbot, window)
    first, _second = add_notes(qtbot, window, "Leads wait four days", "Mails go unread")
    click_card(qtbot, window, first)
    qtbot.keyClick(window.board, Qt.Key.Key_Right, CTRL | SHIFT)  # to the next round
    title = window.store.rounds()[1].title
    assert window.store.note(first).round_id == window.store.rounds()[1].id
    assert edit_undo(window) == f"Undo Move “Leads wait four days” to round 2, “{title}”"
