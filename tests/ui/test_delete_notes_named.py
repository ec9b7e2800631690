"""Deleting notes names them in the status line as Edit > Undo does: "Deleted note “Leads
wait four days”", cut short when long, and for several how many and the first on the board
(it said "Deleted 1 note", which of forty cards not). Driven with Del on the board."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.test_main_window import type_note
from tests.ui.test_undo_shows_groupings import active, undo

LONG = "Webinar leads go cold before anyone from sales calls them back"


def delete_from(qtbot, window, text: str, shift_left: bool = False) -> str:
    """Del on the card of `text` (and the card before it, with Shift+Left); what is said."""
    board = window.board
    card = next(n for n in window.store.notes(window.shown_round_id()) if n.text == text)
    board.setFocus()
    board.setCurrentItem(board.card(card.id))
    if shift_left:
        qtbot.keyClick(board, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(board, Qt.Key.Key_Delete)
    return window.statusBar().currentMessage()


def test_deleted_notes_are_named_in_the_status_line(qtbot, window):
    active(qtbot, window)
    for text in ("Leads wait four days", "Pricing page confuses buyers", LONG):
        type_note(qtbot, window, text)
    back = "Ctrl+Z, or Edit > Deleted notes (Ctrl+Shift+D), brings"
    assert delete_from(qtbot, window, "Leads wait four days") == (
        f"Deleted note “Leads wait four days”: {back} it back."
    )
    assert delete_from(qtbot, window, LONG) == (
        f"Deleted note “Webinar leads go cold before…”: {back} it back."
    )
    undo(qtbot, window)
    assert delete_from(qtbot, window, LONG, shift_left=True) == (
        f"Deleted 2 notes (“Pricing page confuses buyers” and 1 more): {back} them back."
    )
    assert window.store.notes(window.shown_round_id()) == []
