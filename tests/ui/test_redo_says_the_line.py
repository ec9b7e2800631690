"""Ctrl+Shift+Z of a note typed with "m:", and Ctrl+Z / Ctrl+Shift+Z of pasted lines with
prefixes, say what the next notes count as, and the note line goes on counting them so. Only
Ctrl+Z of one typed note said it; a redone note, or pasted lines undone or redone, said
only "Redone: Add note …" / "Undone: Add 2 pasted notes." while the line stayed on marketing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.ui.test_main_window import card_texts, type_note
from tests.ui.test_paste_lines import paste
from tests.ui.test_undo_shows_groupings import active, press, redo, undo


def said(window) -> str:
    return window.statusBar().currentMessage()


def next_note_counts_as(qtbot, window) -> str:
    """What the line shows beside it, and what a plain note typed next is stored as."""
    shown = window.findChild(QLabel, "captureFunction").text()
    type_note(qtbot, window, "Webinar leads go cold")
    stored = window.store.notes(window.shown_round_id())[-1].function
    assert shown.lower() == stored
    return stored


def test_redo_of_an_m_note_says_the_next_notes_still_count_as_marketing(qtbot, window):
    active(qtbot, window)
    type_note(qtbot, window, "m: Bonus plans reward no one")
    undo(qtbot, window)
    qtbot.waitUntil(lambda: card_texts(window) == [])
    redo(qtbot, window)
    qtbot.waitUntil(lambda: card_texts(window) == ["Bonus plans reward no one"])
    assert said(window) == (
        "Redone: Add note “Bonus plans reward no one”."
        " The next notes still count as marketing (s: or Ctrl+1 switches back to sales)."
    )
    assert next_note_counts_as(qtbot, window) == "marketing"


def test_redo_after_switching_back_says_the_line_counts_as_sales(qtbot, window):
    active(qtbot, window)
    type_note(qtbot, window, "m: Bonus plans reward no one")
    undo(qtbot, window)
    press(qtbot, window, Qt.Key.Key_1)  # Ctrl+1: back to sales
    redo(qtbot, window)
    qtbot.waitUntil(lambda: card_texts(window) == ["Bonus plans reward no one"])
    assert said(window) == (
        "Redone: Add note “Bonus plans reward no one”. The next notes still count as sales."
    )
    assert window.store.notes(window.shown_round_id())[0].function == "marketing"
    assert next_note_counts_as(qtbot, window) == "sales"


def test_undo_and_redo_of_pasted_lines_with_a_prefix_say_what_the_next_notes_count_as(
    qtbot, window
):
    active(qtbot, window)
    paste(qtbot, window.entry, "Leads wait four days\nm: Briefs come late\nNobody reads them")
    assert [n.function for n in window.store.notes(window.shown_round_id())] == [
        "sales",
        "marketing",
        "marketing",
    ]
    undo(qtbot, window)
    qtbot.waitUntil(lambda: card_texts(window) == [])
    assert said(window) == (
        "Undone: Add 3 pasted notes."
        " The next notes still count as marketing (s: or Ctrl+1 switches back to sales)."
    )
    redo(qtbot, window)
    qtbot.waitUntil(lambda: len(card_texts(window)) == 3)
    assert said(window) == (
        "Redone: Add 3 pasted notes."
        " The next notes still count as marketing (s: or Ctrl+1 switches back to sales)."
    )
    assert next_note_counts_as(qtbot, window) == "marketing"


def test_undo_of_pasted_lines_without_a_prefix_says_nothing_of_the_line(qtbot, window):
    active(qtbot, window)
    paste(qtbot, window.entry, "Leads wait four days\nBriefs come late")
    undo(qtbot, window)
    qtbot.waitUntil(lambda: card_texts(window) == [])
    assert said(window) == "Undone: Add 2 pasted notes."
