"""The Find count follows a note edited or deleted while searching.

Walking the demo: "forecast" found 1 of 17 notes in round 2; the card's text was fixed
(F2) to no longer say it, and the count still said "1 of 17 notes" under "forecast" until
the search was typed again. The edited card stays in view (it vanishing mid-fix was worse),
but the count now says no note holds the words and why that card is still there.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from tests.ui.test_find_notes import find
from tests.ui.test_walkthrough_facilitator import visible_cards as shown_cards

FORECAST = "One forecast meeting instead of a sales one and a marketing one"


def edit_current_card(qtbot, win, text: str) -> None:
    qtbot.keyClick(win.board, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(n.text == text for n in win.store.notes(win.shown_round_id())))


def test_the_count_follows_a_card_edited_off_the_search_and_one_deleted(qtbot, demo_window):
    win = demo_window
    win.show_round(win.store.rounds()[1].id)  # round 2, What works
    line = find(qtbot, win, "forecast")
    count = win.findChild(QLabel, "findCount")
    assert shown_cards(win) == [FORECAST]
    assert count.text().startswith("1 of 17 notes")
    qtbot.keyClick(line, Qt.Key.Key_Return)  # to the card found

    edit_current_card(qtbot, win, "One pipeline meeting instead of two")
    # The card stays in view while the typo is fixed, and the count says why.
    assert shown_cards(win) == ["One pipeline meeting instead of two"]
    assert count.text().startswith("No note in this round has “forecast”")
    assert "1 card you edited stays shown until the search changes" in count.text()

    # Edited back to hold the word: counted as found again.
    win.board.setFocus()
    edit_current_card(qtbot, win, "One forecast meeting for both teams")
    assert count.text().startswith("1 of 17 notes")
    assert "you edited" not in count.text()

    # Deleted: it leaves the results and the count.
    win.board.setFocus()
    qtbot.keyClick(win.board, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: shown_cards(win) == [])
    assert count.text().startswith("No note in this round has “forecast”")
    assert "you edited" not in count.text()
