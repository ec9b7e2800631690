"""Ctrl+Shift+O marks a note as a question the room could not answer: on its card, on the
wall, in the file after a restart, and undone with Ctrl+Z."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import shown_window
from tests.ui.test_sensemaking_themes import click_card

QUESTION = "How do other companies split the events budget?"
MARK = "? Open question"
SHIFT_CTRL = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def type_note(qtbot, window, text: str) -> int:
    qtbot.keyClicks(window.entry, text)
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    return max(n.id for n in window.store.notes(window.shown_round_id()))


def ctrl_shift_o(qtbot, widget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_O, SHIFT_CTRL)


def test_the_note_just_typed_is_marked_from_the_note_line(qtbot, window):
    nid = type_note(qtbot, window, f"s: {QUESTION}")
    ctrl_shift_o(qtbot, window.entry)
    assert window.store.note(nid).open_question
    assert window.board.card(nid).text() == f"{QUESTION}\n{MARK}"
    assert window.statusBar().currentMessage() == (
        "Marked “How do other companies split…” as an open question: the minutes list it,"
        " and a follow-up session starts with it (Ctrl+Z undoes)."
    )
    qtbot.keyClick(window.entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not window.store.note(nid).open_question
    assert window.board.card(nid).text() == QUESTION
    qtbot.keyClick(window.entry, Qt.Key.Key_Z, SHIFT_CTRL)
    assert window.board.card(nid).text() == f"{QUESTION}\n{MARK}"


def test_the_mark_shows_on_the_wall_and_after_a_restart(qtbot, window, fake_clock):
    nid = type_note(qtbot, window, f"m: {QUESTION}")
    window.toggle_presenter()
    wall = window.presenter.wall
    ctrl_shift_o(qtbot, window.entry)
    qtbot.waitUntil(lambda: wall.card(nid) is not None and MARK in wall.card(nid).text())
    path = window.store.path
    window.close()
    again = shown_window(qtbot, path, fake_clock)
    assert again.board.card(nid).text() == f"{QUESTION}\n{MARK}"
    again.activateWindow()  # its keys work (the wall had the keyboard before)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is again)
    qtbot.keyClick(again.entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not again.store.note(nid).open_question  # undo survives the restart
    assert again.board.card(nid).text() == QUESTION
    again.close()


def test_selected_cards_are_marked_together_and_unmarked_together(qtbot, window):
    first = type_note(qtbot, window, f"s: {QUESTION}")
    second = type_note(qtbot, window, "m: Who owns the webinar follow-up?")
    click_card(qtbot, window, first)
    click_card(qtbot, window, second, Qt.KeyboardModifier.ControlModifier)
    ctrl_shift_o(qtbot, window.board)
    store = window.store
    assert store.note(first).open_question and store.note(second).open_question
    assert window.statusBar().currentMessage().startswith("Marked 2 notes as open questions")
    ctrl_shift_o(qtbot, window.board)  # all marked: unmarked
    assert not store.note(first).open_question and not store.note(second).open_question
    qtbot.keyClick(window.board, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.note(first).open_question and store.note(second).open_question  # one step


def test_with_nothing_to_mark_it_says_how(qtbot, window):
    window.board.setFocus()
    ctrl_shift_o(qtbot, window.board)
    assert (
        window.statusBar()
        .currentMessage()
        .startswith("Type the question as a note or select its card, then press Ctrl+Shift+O")
    )


def test_a_read_only_window_offers_no_mark(qtbot, session_file, fake_clock):
    from ui.app import open_window

    win = open_window(session_file, read_only=True, clock=fake_clock)
    qtbot.addWidget(win)
    action = win.findChild(QAction, "openQuestionAction")
    assert action is not None and not action.isEnabled()
    win.close()


def test_the_note_just_typed_on_the_wall_is_marked_there(qtbot, window, presenter_up):
    view = presenter_up
    qtbot.keyClicks(view, f"m: {QUESTION}")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.keyClick(view, Qt.Key.Key_O, SHIFT_CTRL)
    (note,) = window.store.notes(window.shown_round_id())
    assert note.open_question
    qtbot.waitUntil(lambda: MARK in view.wall.card(note.id).text())
    # Short on the wall: the window's whole sentence ran to five lines at 800x600.
    assert view.hint.text() == "Marked as an open question (Ctrl+Z undoes)."


def test_find_open_question_keeps_the_marked_cards(qtbot, window):
    from tests.ui.test_find_notes import find
    from tests.ui.test_walkthrough_facilitator import visible_cards

    type_note(qtbot, window, f"s: {QUESTION}")
    ctrl_shift_o(qtbot, window.entry)
    type_note(qtbot, window, "m: Pricing page confuses buyers")
    find(qtbot, window, "open question")
    assert visible_cards(window) == [f"{QUESTION}\n{MARK}"]


def test_a_question_still_in_the_note_line_is_added_and_marked(qtbot, window):
    before = type_note(qtbot, window, "s: Leads wait four days for a call")
    qtbot.keyClicks(window.entry, f"m: {QUESTION}")
    ctrl_shift_o(qtbot, window.entry)  # before Enter: the question meant, not the note before
    assert window.entry.text() == ""
    store = window.store
    (asked,) = [n for n in store.notes(window.shown_round_id()) if n.id != before]
    assert (asked.text, asked.function, asked.open_question) == (QUESTION, "marketing", True)
    assert not store.note(before).open_question
    assert window.board.card(asked.id).text() == f"{QUESTION}\n{MARK}"
    assert (
        window.statusBar()
        .currentMessage()
        .startswith("Added “How do other companies split…” as an open question")
    )
    qtbot.keyClick(window.entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not store.note(asked.id).open_question  # first the mark
    qtbot.keyClick(window.entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [n.id for n in store.notes(window.shown_round_id())] == [before]  # then the note


def test_a_question_typed_on_the_wall_is_added_and_marked(qtbot, window, presenter_up):
    view = presenter_up
    qtbot.keyClicks(view, f"m: {QUESTION}")
    qtbot.keyClick(view, Qt.Key.Key_O, SHIFT_CTRL)  # Enter not pressed
    (note,) = window.store.notes(window.shown_round_id())
    assert (note.text, note.open_question) == (QUESTION, True)
    assert QUESTION not in view.hint.text()  # no longer shown as being typed
    assert view.hint.text() == (
        "Added as an open question (Ctrl+Z unmarks it, Ctrl+Z again takes it out)."
    )


def test_a_question_that_cannot_be_added_marks_nothing(qtbot, window):
    before = type_note(qtbot, window, "s: Leads wait four days for a call")
    qtbot.keyClicks(window.entry, "x" * 2000)
    ctrl_shift_o(qtbot, window.entry)
    assert [n.id for n in window.store.notes(window.shown_round_id())] == [before]
    assert not window.store.note(before).open_question
    assert window.entry.text() == "x" * 2000  # kept, with why it was not added


def test_the_note_typed_is_marked_not_a_phone_note_that_came_in_since(qtbot, window):
    asked = type_note(qtbot, window, f"s: {QUESTION}")
    rid = window.shown_round_id()
    phone = window.store.add_note(rid, "We need one CRM", function="marketing", source="device")
    qtbot.waitUntil(lambda: window.board.card(phone.id) is not None)
    ctrl_shift_o(qtbot, window.entry)
    assert window.store.note(asked).open_question
    assert not window.store.note(phone.id).open_question
    assert window.board.card(phone.id).text() == "We need one CRM"


def test_a_pasted_question_is_the_one_marked(qtbot, window):
    type_note(qtbot, window, "s: Leads wait four days for a call")
    QApplication.clipboard().setText(f"{QUESTION}\nWho owns the webinar follow-up?")
    qtbot.keyClick(window.entry, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    phone = window.store.add_note(window.shown_round_id(), "One CRM", source="device")
    ctrl_shift_o(qtbot, window.entry)
    marked = [n.text for n in window.store.notes(window.shown_round_id()) if n.open_question]
    assert marked == ["Who owns the webinar follow-up?"]
    assert not window.store.note(phone.id).open_question


def test_after_the_note_typed_is_taken_out_no_older_note_takes_the_mark(qtbot, window):
    older = type_note(qtbot, window, "s: Weekly pipeline call together")
    typed = type_note(qtbot, window, f"m: {QUESTION}")
    qtbot.keyClick(window.entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.store.note(typed).deleted
    ctrl_shift_o(qtbot, window.entry)
    assert not window.store.note(older).open_question
    assert window.statusBar().currentMessage().startswith("Type the question as a note")
