"""Ctrl+Alt+N from the note line: the commitment just typed there becomes the action item.

The closing round's guidance says "a commitment typed as a note becomes one with
Ctrl+Alt+N"; typed, Enter, Ctrl+Alt+N said "Select a note on the board first", in front
of the room (walkthrough finding)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from tests.ui.test_acceptance_story import activate
from tests.ui.test_sensemaking_themes import add_notes, click_card

CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def test_the_note_just_typed_becomes_the_action_item(qtbot, window):
    activate(qtbot, window)
    add_notes(qtbot, window, "Share the event lead list @Ben Okafor")
    qtbot.keyClick(window.entry, Qt.Key.Key_N, CTRL_ALT)
    entry = window.findChild(QLineEdit, "actionText")
    assert entry.hasFocus()
    assert entry.text() == "Share the event lead list @Ben Okafor"
    qtbot.keyClicks(entry, " by 20 Dec 2030")
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    (action,) = window.store.actions()
    assert (action.text, action.owner, action.due.isoformat()) == (
        "Share the event lead list",
        "Ben Okafor",
        "2030-12-20",
    )


def test_a_commitment_still_in_the_note_line_is_added_as_a_note_first(qtbot, window):
    # Typed, and Ctrl+Alt+N before Enter: the note is kept (the minutes have it) and the
    # item is begun from it, as Ctrl+Shift+O does for a question left in the line.
    activate(qtbot, window)
    qtbot.keyClicks(window.entry, "@Ana Lopez Run the pipeline review")
    qtbot.keyClick(window.entry, Qt.Key.Key_N, CTRL_ALT)
    assert window.entry.text() == ""
    (note,) = window.store.notes(window.shown_round_id())
    assert note.text == "Run the pipeline review"
    entry = window.findChild(QLineEdit, "actionText")
    assert entry.text() == "Run the pipeline review @Ana Lopez"


def test_on_the_board_the_selected_card_still_wins(qtbot, window):
    activate(qtbot, window)
    first, _second = add_notes(qtbot, window, "Book the review", "Share the lists")
    click_card(qtbot, window, first)
    qtbot.keyClick(window.board, Qt.Key.Key_N, CTRL_ALT)
    assert window.findChild(QLineEdit, "actionText").text() == "Book the review"


def test_a_note_typed_then_undone_is_not_taken(qtbot, window):
    activate(qtbot, window)
    add_notes(qtbot, window, "Book the review")
    qtbot.keyClick(window.entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.entry, Qt.Key.Key_N, CTRL_ALT)
    assert window.findChild(QLineEdit, "actionText").text() == ""
    assert "Select a note on the board first" in window.statusBar().currentMessage()
