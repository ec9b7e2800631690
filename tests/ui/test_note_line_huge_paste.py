"""A paste bigger than the note line can hold is refused whole, with a word, not cut.

The note line holds at most 32,767 characters (QLineEdit's own limit). A facilitator who
pasted a whole document got its first 32,767 characters and a warning about those alone:
the rest was gone without a word, and splitting the line as the warning said split a text
already cut. A note may have 500 characters (MAX_NOTE_CHARS), so nothing that big is a
note: the paste is refused, the line stays as it was, the text stays on the clipboard, and
the status bar says so and how to paste it as notes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from roundtable.model import MAX_NOTE_CHARS
from tests.ui.test_main_window import card_texts

CTRL = Qt.KeyboardModifier.ControlModifier
DOCUMENT = ("Our renewals slip in the last week of the quarter. " * 800).strip()  # 40,799


def test_a_paste_too_big_for_the_line_is_refused_whole_and_said(qtbot, window):
    entry = window.entry
    qtbot.keyClicks(entry, "Leads ")
    QApplication.clipboard().setText(DOCUMENT)
    qtbot.keyClick(entry, Qt.Key.Key_V, CTRL)
    assert entry.text() == "Leads "  # nothing half pasted
    assert QApplication.clipboard().text() == DOCUMENT
    assert window.statusBar().currentMessage() == (
        f"Not pasted: the clipboard holds {len(DOCUMENT):,} characters, more than the note"
        f" line takes ({entry.maxLength():,}); a note may have at most {MAX_NOTE_CHARS}. It is"
        " still on the clipboard: break it into lines of a note each, then paste it again"
        " (each line becomes a note)."
    )
    assert card_texts(window) == []
    qtbot.keyClicks(entry, "wait")  # typing again: the message has done its job
    assert window.statusBar().currentMessage() == ""
    assert entry.text() == "Leads wait"


def test_the_context_menus_paste_is_refused_the_same_way(qtbot, window):
    QApplication.clipboard().setText(DOCUMENT)
    window.entry.paste_from_menu()
    assert window.entry.text() == ""
    assert window.statusBar().currentMessage().startswith("Not pasted: the clipboard holds")


def test_a_paste_that_fits_the_line_goes_in_whole(qtbot, window):
    entry = window.entry
    text = DOCUMENT[:20_000]
    QApplication.clipboard().setText(text)
    qtbot.keyClick(entry, Qt.Key.Key_V, CTRL)
    assert entry.text() == text  # too long for a note: the warning under the line says so


def test_a_huge_pasted_line_among_others_goes_to_the_clipboard_whole(qtbot, window):
    QApplication.clipboard().setText(f"Leads wait\n{DOCUMENT}")
    qtbot.keyClick(window.entry, Qt.Key.Key_V, CTRL)
    assert card_texts(window) == ["Leads wait"]
    assert window.entry.text() == ""  # not a cut copy of it in the line
    assert QApplication.clipboard().text() == DOCUMENT
    assert "line 2 is on the clipboard (Ctrl+V)" in window.statusBar().currentMessage()
