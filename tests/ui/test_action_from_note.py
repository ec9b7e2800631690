"""Ctrl+Alt+N: a commitment typed as a note becomes an action item without typing it again."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from roundtable.dates import typed_as_date
from tests.ui.conftest import shown_window
from tests.ui.test_note_line_drafts import click_round
from tests.ui.test_sensemaking_themes import add_notes, click_card

CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_a_selected_note_becomes_an_action_item_with_its_author_and_theme(qtbot, window):
    # Ana Lopez (sales) is on the roster; the commitment was said in the room as a note.
    (note_id,) = add_notes(qtbot, window, "@Ana Lopez Run a joint pipeline review every Monday")
    theme = window.store.add_theme(window.shown_round_id(), "Pipeline rhythm", note_ids=[note_id])
    click_card(qtbot, window, note_id)
    qtbot.keyClick(window.board, Qt.Key.Key_N, CTRL_ALT)
    entry = window.findChild(QLineEdit, "actionText")
    assert entry.hasFocus()
    assert entry.text() == "Run a joint pipeline review every Monday @Ana Lopez"
    qtbot.keyClicks(entry, " ")  # a key typed now goes before the name (see below)
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    (action,) = window.store.actions()
    assert (action.text, action.owner, action.owner_function, action.theme_id) == (
        "Run a joint pipeline review every Monday",
        "Ana Lopez",
        "sales",
        theme.id,
    )


def test_a_note_without_an_author_gives_its_words_only_and_nothing_selected_says_so(qtbot, window):
    qtbot.keyClick(window.entry, Qt.Key.Key_N, CTRL_ALT)
    assert "Select a note on the board first" in window.statusBar().currentMessage()
    assert window.store.actions() == []
    (note_id,) = add_notes(qtbot, window, "Share the event lead list within a day")
    click_card(qtbot, window, note_id)
    qtbot.keyClick(window.board, Qt.Key.Key_N, CTRL_ALT)
    entry = window.findChild(QLineEdit, "actionText")
    assert entry.text() == "Share the event lead list within a day"
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    (action,) = window.store.actions()
    assert (action.text, action.owner, action.round_id) == (
        "Share the event lead list within a day",
        "",
        window.shown_round_id(),
    )


def test_an_author_with_a_three_word_name_is_the_owner(qtbot, window):
    # "@Ana María López" was read as "@Ana María" at best: @name took two words at most.
    window.store.add_participant("Ana María López", function="marketing")
    qtbot.keyClicks(window.entry, "Write the partner playbook ")
    window.entry.insert("@Ana María López")  # (QTest types no accented letters)
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    (note,) = window.store.notes(window.shown_round_id())
    assert note.text == "Write the partner playbook"
    note_id = note.id
    click_card(qtbot, window, note_id)
    qtbot.keyClick(window.board, Qt.Key.Key_N, CTRL_ALT)
    qtbot.keyClick(window.findChild(QLineEdit, "actionText"), Qt.Key.Key_Return)
    (action,) = window.store.actions()
    assert (action.text, action.owner, action.owner_function) == (
        "Write the partner playbook",
        "Ana María López",
        "marketing",
    )


def test_a_read_only_window_says_no_action_item_comes_from_a_note(qtbot, session_file, fake_clock):
    # Ctrl+Alt+N filled the greyed-out line and said "edit it if need be, then Enter",
    # which nothing there could do; Ctrl+Alt+A said the window was read-only.
    from roundtable.store import Store
    from tests.ui.conftest import read_only_window

    with Store.open(session_file, clock=fake_clock) as store:
        ana = store.participants()[0]
        note = store.add_note(store.rounds()[0].id, "Book the review", participant_id=ana.id)
    win = read_only_window(qtbot, session_file, fake_clock)
    click_card(qtbot, win, note.id)
    qtbot.keyClick(win.board, Qt.Key.Key_N, CTRL_ALT)
    assert win.findChild(QLineEdit, "actionText").text() == ""
    assert "not in a read-only window" in win.statusBar().currentMessage()
    win.close()


def test_words_typed_after_ctrl_alt_n_go_before_the_authors_name(qtbot, window):
    # "by Friday" typed at once went after "@Ana Lopez": the item had no owner and the
    # name stayed in its text.
    (note_id,) = add_notes(qtbot, window, "@Ana Lopez Book the pipeline review")
    click_card(qtbot, window, note_id)
    qtbot.keyClick(window.board, Qt.Key.Key_N, CTRL_ALT)
    entry = window.findChild(QLineEdit, "actionText")
    qtbot.keyClicks(entry, " by Friday")
    assert entry.text() == "Book the pipeline review by Friday @Ana Lopez"
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    (action,) = window.store.actions()
    # ... and "by Friday" is its due date (it stayed in the words, with Due empty).
    friday = typed_as_date("friday", today=date.today())
    assert (action.text, action.owner, action.due) == (
        "Book the pipeline review",
        "Ana Lopez",
        friday,
    )


def test_ctrl_alt_n_keeps_an_item_typed_in_the_line(qtbot, window):
    # An item half typed in the line was replaced by the note's words, and lost.
    first, second = add_notes(qtbot, window, "@Ana Lopez Book the review", "@Ben Share lists")
    qtbot.keyClick(window.entry, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | SHIFT)
    entry = window.findChild(QLineEdit, "actionText")
    qtbot.keyClicks(entry, "Ben books the offsite")
    click_card(qtbot, window, first)
    qtbot.keyClick(window.board, Qt.Key.Key_N, CTRL_ALT)
    assert entry.text() == "Ben books the offsite"
    assert "holds “Ben books the offsite”" in window.statusBar().currentMessage()
    qtbot.keyClick(entry, Qt.Key.Key_Escape)  # cleared, as the message says
    click_card(qtbot, window, first)
    qtbot.keyClick(window.board, Qt.Key.Key_N, CTRL_ALT)
    # The wrong card's words, untouched, give way to the right card's.
    click_card(qtbot, window, second)
    qtbot.keyClick(window.board, Qt.Key.Key_N, CTRL_ALT)
    assert entry.text() == "Share lists @Ben Okafor"


def test_an_item_from_a_note_in_a_theme_keeps_the_theme_after_a_restart(
    qtbot, window, session_file, fake_clock
):
    # The words came back after a restart, the theme did not: Enter added the item to
    # the round the window opened on (round 1), not to the commitments' theme.
    closing = window.store.rounds()[-1]
    click_round(qtbot, window, closing.position)
    (note_id,) = add_notes(qtbot, window, "@Ana Lopez Run the pipeline review")
    theme = window.store.add_theme(closing.id, "Pipeline rhythm", note_ids=[note_id])
    click_card(qtbot, window, note_id)
    qtbot.keyClick(window.board, Qt.Key.Key_N, CTRL_ALT)
    window.close()
    again = shown_window(qtbot, session_file, fake_clock)
    again.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is again)
    qtbot.keyClick(again.entry, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | SHIFT)
    line = again.findChild(QLineEdit, "actionText")
    assert line.hasFocus() and line.text() == "Run the pipeline review @Ana Lopez"
    label = again.findChild(QLabel, "actionSourceTheme")
    assert label.isVisible() and label.text().startswith("From theme: Pipeline")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    (action,) = again.store.actions()
    assert (action.owner, action.theme_id, action.round_id) == ("Ana Lopez", theme.id, closing.id)
    again.close()


def test_with_several_notes_selected_the_status_says_one_at_a_time(qtbot, window):
    first, second = add_notes(qtbot, window, "Share the lead list", "Book the offsite")
    click_card(qtbot, window, first)
    click_card(qtbot, window, second, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.board, Qt.Key.Key_N, CTRL_ALT)
    assert window.findChild(QLineEdit, "actionText").text() == "Book the offsite"
    assert "One note at a time: 1 other selected note" in window.statusBar().currentMessage()


def test_an_item_whose_theme_goes_while_it_waits_is_added_to_the_round(qtbot, window):
    (note_id,) = add_notes(qtbot, window, "Share the lead list weekly")
    theme = window.store.add_theme(window.shown_round_id(), "Lead list", note_ids=[note_id])
    click_card(qtbot, window, note_id)
    qtbot.keyClick(window.board, Qt.Key.Key_N, CTRL_ALT)
    window.store.delete_theme(theme.id)
    entry = window.findChild(QLineEdit, "actionText")
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    (action,) = window.store.actions()
    assert (action.theme_id, action.round_id) == (None, window.shown_round_id())


def test_ctrl_alt_a_keeps_an_item_typed_in_the_line(qtbot, window):
    # Ctrl+Alt+A replaced "Ben books the offsite" with the theme's name, beyond recall.
    from PySide6.QtWidgets import QTableView

    store, rid = window.store, window.shown_round_id()
    note = store.add_note(rid, "Nobody agrees what sales-ready means", function="sales")
    store.add_theme(rid, "Lead definition", note_ids=[note.id])
    qtbot.keyClick(window.entry, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | SHIFT)
    entry = window.findChild(QLineEdit, "actionText")
    qtbot.keyClicks(entry, "Ben books the offsite")
    votes = window.findChild(QTableView, "voteTable")
    rect = votes.visualRect(votes.model().index(0, 0))
    qtbot.mouseClick(votes.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(votes, Qt.Key.Key_A, CTRL_ALT)
    assert entry.text() == "Ben books the offsite"
    assert "holds “Ben books the offsite”" in window.statusBar().currentMessage()


def test_escape_in_the_action_line_takes_back_the_note_and_its_status_message(qtbot, window):
    # After Esc the status bar still said the note was in the line, to edit and Enter.
    (note_id,) = add_notes(qtbot, window, "Send the win/loss notes to marketing each Friday")
    click_card(qtbot, window, note_id)
    qtbot.keyClick(window.board, Qt.Key.Key_N, CTRL_ALT)
    entry = window.findChild(QLineEdit, "actionText")
    assert "in the action item line" in window.statusBar().currentMessage()
    qtbot.keyClick(entry, Qt.Key.Key_Escape)
    assert entry.text() == ""
    assert "in the action item line" not in window.statusBar().currentMessage()
    assert window.store.actions() == []


def test_an_author_with_a_four_word_name_is_named_whole_in_the_action_line(qtbot, window):
    # @name now takes names of up to six words, but the action line still read such an
    # author back by first name only ("@María"): not the name the room knows.
    maria = window.store.add_participant("María José García López", function="sales")
    note_id = window.store.add_note(
        window.shown_round_id(),
        "Bring a claims handler to the big pitches",
        participant_id=maria.id,
    ).id
    click_card(qtbot, window, note_id)
    qtbot.keyClick(window.board, Qt.Key.Key_N, CTRL_ALT)
    entry = window.findChild(QLineEdit, "actionText")
    assert entry.text().endswith("@María José García López"), entry.text()
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    (action,) = window.store.actions()
    assert (action.owner, action.owner_function) == ("María José García López", "sales")
