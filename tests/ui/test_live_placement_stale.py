"""Accepting a live proposal (Ctrl+Return) only ever places the note it was meant for.

Proposals are worked out off the UI thread, a moment behind the board: the note just typed
may have none yet, and a note may have been placed by hand since its proposal was made.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt

from tests.ui.test_sensemaking_suggest import broken_round, note_with_a_live_proposal
from tests.ui.test_sensemaking_themes import drop_on


def settled(qtbot, window) -> None:
    placer = window.findChild(QObject, "livePlacer")
    qtbot.waitUntil(lambda: not placer.running and not placer.stale, timeout=15000)


def test_ctrl_return_after_an_agreeing_note_does_not_place_the_note_before_it(qtbot, window):
    # "+1" typed after a note with a proposal, then Ctrl+Return: the older note went into
    # the proposed theme ("“What counts as …” placed in …") instead of nothing happening.
    rid, older = note_with_a_live_proposal(qtbot, window)
    qtbot.keyClicks(window.entry, "+1")
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    newest = window.store.notes(rid)[-1].id
    qtbot.keyClick(window.entry, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.store.note(older).theme_id is None
    assert window.store.note(newest).theme_id is None
    assert window.statusBar().currentMessage() == "No suggested theme for the note just typed."
    settled(qtbot, window)  # and not once the proposals are up to date either
    qtbot.keyClick(window.entry, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.store.note(older).theme_id is None
    assert "Suggested theme: Lead definition" in window.board.card(older).text()


def test_a_note_dropped_into_a_theme_by_hand_stays_there_on_ctrl_return(qtbot, window):
    # Dropped into "CRM data and tools" by hand and Ctrl+Return pressed before the next
    # proposals came: the note moved to the theme proposed earlier, as an "auto" placement.
    rid, ids = broken_round(qtbot, window)
    store, board = window.store, window.board
    store.add_theme(rid, "Lead definition and quality", note_ids=ids[3:6])
    crm = store.add_theme(rid, "CRM data and tools", note_ids=ids[6:8]).id
    qtbot.keyClicks(window.entry, "s: What counts as a qualified lead differs per team")
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    new = store.notes(rid)[-1].id
    qtbot.waitUntil(lambda: "Suggested theme: Lead definition" in board.card(new).text())
    pos = board.visualItemRect(board.card(new)).center()
    qtbot.mouseClick(board.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    drop_on(qtbot, board, board.card(ids[6]))
    assert store.note(new).theme_id == crm
    qtbot.keyClick(board, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert store.note(new).theme_id == crm and store.note(new).placement == "manual"
    assert window.statusBar().currentMessage() == (
        "No suggested theme to accept: the note is in a theme."
    )
