"""Ctrl+Z after deleting or moving a card brings the card back selected, in view and with
the keyboard, so the facilitator sees what came back (and the next Del or F2 reaches it);
Ctrl+Shift+Z does the same for a note the deleted notes dialog restored. Driven with real
keys; the file is reopened to check."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from roundtable.store import Store
from ui.windows.cards import ID

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def typed_notes(qtbot, window, count: int) -> list[int]:
    for i in range(count):
        qtbot.keyClicks(window.entry, f"Pipeline note {i}")
        qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    ids = [n.id for n in window.store.notes(window.shown_round_id())]
    qtbot.waitUntil(lambda: all(window.board.card(nid) for nid in ids))
    return ids


def shown_with_keyboard(window, note_id: int) -> bool:
    board = window.board
    card = board.card(note_id)
    return (
        card is not None
        and board.hasFocus()
        and board.currentItem() is card
        and [c.data(ID) for c in board.selectedItems()] == [note_id]
        and board.viewport().rect().intersects(board.visualItemRect(card))
    )


def test_undoing_a_delete_selects_the_card_that_came_back(qtbot, window, session_file):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    ids = typed_notes(qtbot, window, 30)
    board = window.board
    qtbot.keyClick(window.entry, Qt.Key.Key_Down)  # onto the cards
    qtbot.keyClick(board, Qt.Key.Key_Home)
    qtbot.keyClick(board, Qt.Key.Key_Right)
    assert board.currentItem().data(ID) == ids[1]
    qtbot.keyClick(board, Qt.Key.Key_Delete)
    assert board.card(ids[1]) is None
    qtbot.keyClick(board, Qt.Key.Key_End)  # away to the last card: the first rows out of view
    assert not board.viewport().rect().intersects(board.visualItemRect(board.card(ids[0])))
    window.entry.setFocus()  # the keyboard back in the note line, as while typing
    qtbot.keyClick(window.entry, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: shown_with_keyboard(window, ids[1]))
    # Redo deletes it again; undo brings it back selected again.
    qtbot.keyClick(board, Qt.Key.Key_Z, CTRL | SHIFT)
    assert board.card(ids[1]) is None
    qtbot.keyClick(board, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: shown_with_keyboard(window, ids[1]))
    # The keyboard is on it: F2 edits the card that came back.
    qtbot.keyClick(board, Qt.Key.Key_F2)
    assert board.state() == board.State.EditingState
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    window.close()
    with Store.open(session_file) as store:
        assert store.note(ids[1]).deleted_at is None


def test_undoing_a_move_to_the_next_round_selects_the_card_back(qtbot, window, session_file):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    ids = typed_notes(qtbot, window, 3)
    board, first_round = window.board, window.shown_round_id()
    qtbot.keyClick(window.entry, Qt.Key.Key_Down)
    qtbot.keyClick(board, Qt.Key.Key_Home)
    assert board.currentItem().data(ID) == ids[0]
    qtbot.keyClick(board, Qt.Key.Key_Right, CTRL | SHIFT)  # Move notes to next round
    assert board.card(ids[0]) is None
    window.entry.setFocus()
    qtbot.keyClick(window.entry, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: shown_with_keyboard(window, ids[0]))
    assert window.shown_round_id() == first_round
    window.close()
    with Store.open(session_file) as store:
        assert store.note(ids[0]).round_id == first_round


def test_redoing_a_restore_selects_the_restored_card(qtbot, window, monkeypatch):
    from ui.windows.deleted_notes import RestoreNotes

    ids = typed_notes(qtbot, window, 3)
    window.store.delete_notes([ids[2]])
    window.undo_stack.push(RestoreNotes(window.store, [ids[2]], window.signals.batch))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.entry.setFocus()
    qtbot.keyClick(window.entry, Qt.Key.Key_Z, CTRL)  # deleted again
    assert window.board.card(ids[2]) is None
    qtbot.keyClick(window.entry, Qt.Key.Key_Z, CTRL | SHIFT)
    qtbot.waitUntil(lambda: shown_with_keyboard(window, ids[2]))


def test_several_notes_moved_to_the_next_round_come_back_with_one_undo(qtbot, window, session_file):
    # Five notes moved together took five Ctrl+Z to bring back, one note at a time.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    ids = typed_notes(qtbot, window, 4)
    board, first_round = window.board, window.shown_round_id()
    qtbot.keyClick(window.entry, Qt.Key.Key_Down)
    qtbot.keyClick(board, Qt.Key.Key_Home)
    qtbot.keyClick(board, Qt.Key.Key_Right, SHIFT)
    qtbot.keyClick(board, Qt.Key.Key_Right, SHIFT)  # three cards selected
    qtbot.keyClick(board, Qt.Key.Key_Right, CTRL | SHIFT)  # Move notes to next round
    assert [board.card(nid) for nid in ids[:3]] == [None, None, None]
    second = window.store.rounds()[1].title
    assert window.undo_stack.undoText() == f"Move 3 notes to round 2, “{second}”"
    # A move is no redo: the status bar said "Redone: Move 3 notes." right after it.
    assert "Redone" not in window.statusBar().currentMessage()
    window.entry.setFocus()
    qtbot.keyClick(window.entry, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: window.shown_round_id() == first_round)
    qtbot.waitUntil(lambda: all(board.card(nid) for nid in ids))
    assert sorted(c.data(ID) for c in board.selectedItems()) == ids[:3]
    window.close()
    with Store.open(session_file) as store:
        assert {store.note(nid).round_id for nid in ids} == {first_round}
