"""Typing on a card is kept while notes arrive: a card resized as a note came to the board
(from a phone, say) set the note's text back into its open editor, and what the facilitator
was typing there was gone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def test_a_note_arriving_keeps_what_is_typed_on_a_card(qtbot, window):
    qtbot.keyClicks(window.entry, "Leads go cold")
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    qtbot.keyClick(window.entry, Qt.Key.Key_Down)
    qtbot.keyClick(window.board, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, " over the weekend")
    window.store.add_note(window.shown_round_id(), "Nobody owns the website forms")
    qtbot.waitUntil(lambda: window.board.count() >= 2, timeout=3000)
    qtbot.wait(300)  # the board settles the new card's size
    assert editor.isVisible()
    assert editor.toPlainText() == "Leads go cold over the weekend"
