"""Find notes (Ctrl+F) with nothing in this round but notes found in another: Enter shows that
round with the notes found and puts the keyboard on the first. The line said "No note in
this round has “lead”; 3 in round 3 (Why it's broken)", and Enter did nothing: an organizer
after a typo had to find the round in the agenda and type the words again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

CTRL = Qt.KeyboardModifier.ControlModifier


def test_enter_goes_to_the_first_round_with_notes_found(qtbot, window):
    store = window.store
    third, fourth = store.round_at(3), store.round_at(4)
    store.add_note(third.id, "Nobody agrees what a qualified lead is", function="sales")
    store.add_note(third.id, "CRM data is a mess", function="sales")
    store.add_note(third.id, "Half the leads are students", function="marketing")
    store.add_note(fourth.id, "One shared lead definiton", function="sales")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.entry, Qt.Key.Key_F, CTRL)
    line = QApplication.focusWidget()
    qtbot.keyClicks(line, "lead")
    count = window.findChild(QLabel, "findCount")
    assert count.text() == (
        f"No note in this round has “lead”; 2 in round 3 ({third.title}), 1 in round 4"
        f" ({fourth.title}). Enter: to round 3."
    )
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert window.shown_round_id() == third.id
    assert count.text() == "2 of 3 notes. Enter: to the first, Esc: close."
    (found,) = [n for n in store.notes(third.id) if "qualified lead" in n.text]
    assert window.selected_note_ids() == [found.id] and window.board.hasFocus()
    qtbot.keyClick(window.board, Qt.Key.Key_F2)  # and the typo is one key away
    assert window.statusBar().currentMessage() == ""  # (no "select a note first")
