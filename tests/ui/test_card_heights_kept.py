"""A card's height follows its text after the board redraws, though the board remembers
each text's height between redraws (card_heights.py): a card edited to a long note grows,
is short again after Ctrl+Z, and long again after Ctrl+Shift+Z."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.test_edit_and_read_only import _editor, _select_first_card
from tests.ui.test_main_window import type_note

LONG = "Leads from the spring fair sat in a spreadsheet for two weeks and nobody owned them"


def test_an_edited_card_takes_its_new_texts_height_and_ctrl_z_its_old(qtbot, window):
    type_note(qtbot, window, "Leads wait")
    type_note(qtbot, window, "Nobody calls")
    board = window.board
    nid = _select_first_card(window)
    full = board.card_size.height()
    qtbot.waitUntil(lambda: board.card(nid).sizeHint().height() < full)  # sized
    short = board.card(nid).sizeHint().height()
    qtbot.keyClick(window, Qt.Key.Key_F2)
    editor = _editor(window)
    editor.selectAll()
    editor.insertPlainText(LONG)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.store.note(nid).text == LONG)
    qtbot.waitUntil(lambda: board.card(nid).sizeHint().height() > short)
    long = board.card(nid).sizeHint().height()
    window.entry.setFocus()
    qtbot.keyClick(window.entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.store.note(nid).text == "Leads wait")
    qtbot.waitUntil(lambda: board.card(nid).sizeHint().height() == short)
    window.entry.setFocus()
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.entry, Qt.Key.Key_Z, redo)
    qtbot.waitUntil(lambda: window.store.note(nid).text == LONG)
    qtbot.waitUntil(lambda: board.card(nid).sizeHint().height() == long)
