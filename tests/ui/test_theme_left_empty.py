"""A note dragged out of a theme that had no other: the status bar says the theme has no notes
left and how to delete it. It stayed on the board and in the votes as "— 0 notes", without a
word (found in the walkthrough: the room voted on an empty theme)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.test_acceptance_story import header
from tests.ui.test_sensemaking_themes import add_notes, click_card, drop_on
from tests.ui.test_undo_shows_groupings import active


def said(window) -> str:
    return window.statusBar().currentMessage()


def two_themes(qtbot, window) -> tuple[list[int], int, int]:
    active(qtbot, window)
    notes = add_notes(qtbot, window, "Reps paid on bookings", "Bonus on lead volume", "Briefs")
    rid = window.shown_round_id()
    pay = window.store.add_theme(rid, "Pay plans", note_ids=notes[:2]).id
    content = window.store.add_theme(rid, "Content", note_ids=notes[2:]).id
    return notes, pay, content


def test_dragging_a_themes_last_note_out_says_it_is_empty(qtbot, window):
    notes, pay, content = two_themes(qtbot, window)
    click_card(qtbot, window, notes[2])
    drop_on(qtbot, window.board, header(window.board, "Pay plans"))
    assert window.store.note(notes[2]).theme_id == pay
    assert said(window) == (
        "1 note moved into “Pay plans” (Ctrl+Z undoes). “Content” has no notes left: select"
        " it in the Themes panel and press Del to delete it."
    )
    # A theme that keeps notes says nothing of it.
    click_card(qtbot, window, notes[0])
    drop_on(qtbot, window.board, header(window.board, "Content"))
    assert said(window) == "1 note moved into “Content” (Ctrl+Z undoes)."


def test_taking_a_themes_last_note_out_says_it_is_empty(qtbot, window):
    notes, _pay, _content = two_themes(qtbot, window)
    click_card(qtbot, window, notes[2])
    qtbot.keyClick(
        window.board,
        Qt.Key.Key_G,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.store.note(notes[2]).theme_id is None
    assert said(window) == (
        "1 note back in Ungrouped (Ctrl+Z undoes). “Content” has no notes left: select it in"
        " the Themes panel and press Del to delete it."
    )
