"""Edit > Move notes to next/previous round (Ctrl+Shift+Right/Left) says where the notes went
and how to bring them back: the cards left the board without a word. Pressed with no note
selected, or with no round on that side, it says why nothing moved (it did nothing)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from roundtable.store import Store
from tests.ui.test_sensemaking_themes import add_notes, click_card

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def _active(qtbot, win) -> None:
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)


def test_moved_notes_are_said_with_their_new_round(qtbot, window, session_file):
    _active(qtbot, window)
    a, b, _c = add_notes(qtbot, window, "s: Leads go cold", "m: Nobody owns the list", "Ok")
    click_card(qtbot, window, a)
    click_card(qtbot, window, b, CTRL)
    qtbot.keyClick(window.board, Qt.Key.Key_Right, CTRL | SHIFT)
    second = window.store.round_at(2)
    assert window.statusBar().currentMessage() == (
        f"Moved 2 notes to round 2, “{second.title}” (Ctrl+Z brings them back)."
    )
    window.close()
    with Store.open(session_file) as store:
        assert [n.text for n in store.notes(store.round_at(2).id)] == [
            "Leads go cold",
            "Nobody owns the list",
        ]


def test_nothing_selected_or_no_round_before_says_why_nothing_moved(qtbot, window):
    _active(qtbot, window)
    (a,) = add_notes(qtbot, window, "Leads go cold")
    window.board.setFocus()  # on the board, no card selected
    window.board.clearSelection()
    qtbot.keyClick(window.board, Qt.Key.Key_Right, CTRL | SHIFT)
    assert window.statusBar().currentMessage() == (
        "Select notes on the board first, then Ctrl+Shift+Right moves them to the next round."
    )
    click_card(qtbot, window, a)
    qtbot.keyClick(window.board, Qt.Key.Key_Left, CTRL | SHIFT)
    first = window.store.round_at(1)
    assert window.statusBar().currentMessage() == (
        f"“{first.title}” is the first round: there is no round before it to move notes to."
    )
    assert window.store.note(a).round_id == first.id
