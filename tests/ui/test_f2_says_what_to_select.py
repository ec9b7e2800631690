"""F2 (Edit note) with no card selected says how to pick one: from the note line it did
nothing, and a facilitator fixing a typo just typed did not know why."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.test_edit_and_read_only import _editor
from tests.ui.test_sensemaking_themes import add_notes


def test_f2_from_the_note_line_says_to_select_a_card_and_down_then_f2_edits(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    add_notes(qtbot, window, "Leads go clod")
    window.entry.setFocus()
    qtbot.keyClick(window.entry, Qt.Key.Key_F2)
    assert window.statusBar().currentMessage() == (
        "Select a note on the board first (click it, or Down from the note line), then F2 edits it."
    )
    qtbot.keyClick(window.entry, Qt.Key.Key_Down)  # as the message says
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F2)
    assert _editor(window).toPlainText() == "Leads go clod"
