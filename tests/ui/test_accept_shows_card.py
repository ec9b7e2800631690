"""Ctrl+Return puts a note into its suggested theme and shows it there, as Ctrl+G does: the
board stayed where it was, and with the theme far below the card simply left the view."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.test_sensemaking_suggest import broken_round

CRM_TALK = (
    "Account owners in the CRM are wrong for a third of the accounts",
    "Nobody logs the calls, so the history is empty",
    "We keep two spreadsheets beside the CRM",
    "Opportunity stages mean different things per region",
    "Campaign source is overwritten when a rep converts the lead",
    "Duplicate contacts for every big customer",
    "Reps update the CRM on Friday afternoon from memory",
    "Close dates move every week and nobody asks why",
    "Our CRM and the marketing tool disagree on the lead status",
    "Half the phone numbers in the CRM are switchboards",
)


def _in_view(board, note_id: int) -> bool:
    rect = board.visualItemRect(board.card(note_id))
    return board.viewport().rect().contains(rect.center())


def test_ctrl_return_shows_the_note_in_the_theme_it_went_into(qtbot, window):
    window.resize(1024, 640)
    rid, ids = broken_round(qtbot, window)
    store, board = window.store, window.board
    # CRM talk fills a theme standing between the loose notes and the lead theme.
    crm = [store.add_note(rid, text, function="marketing").id for text in CRM_TALK]
    store.add_theme(rid, "CRM data and tools", note_ids=[*ids[6:9], *crm])
    store.add_theme(rid, "Lead definition and quality", note_ids=ids[3:6])
    qtbot.keyClicks(window.entry, "s: What counts as a qualified lead differs per team")
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    new = store.notes(rid)[-1].id
    qtbot.waitUntil(lambda: "Suggested theme: Lead definition" in board.card(new).text())
    board.scrollToTop()
    assert _in_view(board, new)
    qtbot.keyClick(window.entry, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    lead = store.theme(store.note(new).theme_id)
    assert lead.label == "Lead definition and quality"
    qtbot.waitUntil(lambda: _in_view(board, new))
    assert board.verticalScrollBar().value() > 0  # it went far down the board
