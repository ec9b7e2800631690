"""A round of a hundred notes or more: after a command that moves them all, the store is
written at once and the board redrawn a moment later, in a turn of its own, so the UI does
not stall; the facilitator still sees every card where it now is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QTreeWidget

from roundtable.store import NewNote, Store
from tests.ui.conftest import shown_window
from ui.windows.cards import KIND


def _opened(qtbot, session_file: Path, fake_clock, rid: int):
    window = shown_window(qtbot, session_file, fake_clock)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.show_round(rid)
    return window


def group_all(qtbot, window, name: str) -> None:
    board = window.board
    first = board.card(window.store.notes(window.shown_round_id())[0].id)
    qtbot.mouseClick(
        board.viewport(), Qt.MouseButton.LeftButton, pos=board.visualItemRect(first).center()
    )
    qtbot.keyClick(board, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(board, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    editor = window.findChild(QTreeWidget, "themeList").viewport().findChildren(QLineEdit)[0]
    assert editor.objectName() == "themeNameEditor"
    editor.selectAll()
    qtbot.keyClicks(editor, name)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def _session(session_file: Path, count: int) -> int:
    with Store.open(session_file) as store:
        rid = next(r.id for r in store.rounds() if r.title == "Why it's broken")
        store.add_notes(
            [NewNote(rid, f"Leads from event {k} wait days for a call") for k in range(count)]
        )
    return rid


def _headers(board) -> list[str]:
    return [
        board.item(row).text()
        for row in range(board.count())
        if board.item(row).data(KIND) != "note"
    ]


def _undo_the_grouping(qtbot, window) -> None:
    """Ctrl+Z: the theme started and named, one step (its board redraw may wait)."""
    qtbot.waitUntil(lambda: not window.redraws.board_later.isActive())
    window.undo_stack.undo()


def test_grouping_a_hundred_and_twenty_notes_redraws_the_board_a_moment_later(
    qtbot, session_file, fake_clock
) -> None:
    rid = _session(session_file, 120)
    window = _opened(qtbot, session_file, fake_clock, rid)
    group_all(qtbot, window, "Slow follow-up")
    qtbot.waitUntil(lambda: all(n.theme_id for n in window.store.notes(rid)))
    # Written at once; the board follows in a turn of its own, with every card in the theme.
    qtbot.waitUntil(lambda: any("Slow follow-up" in h for h in _headers(window.board)))
    assert any(h.startswith("Slow follow-up — 120 notes") for h in _headers(window.board))
    assert any(h.startswith("Ungrouped — drop a card here") for h in _headers(window.board))
    assert window.board.card(window.store.notes(rid)[-1].id) is not None
    _undo_the_grouping(qtbot, window)  # of 120 notes
    assert window.redraws.board_later.isActive()  # its redraw, a moment later
    qtbot.waitUntil(lambda: any(h.startswith("Ungrouped — 120") for h in _headers(window.board)))
    assert len(_headers(window.board)) == 1
    window.close()


def test_a_small_round_is_redrawn_at_once(qtbot, session_file, fake_clock) -> None:
    rid = _session(session_file, 12)
    window = _opened(qtbot, session_file, fake_clock, rid)
    group_all(qtbot, window, "Slow follow-up")
    qtbot.waitUntil(lambda: any("Slow follow-up" in h for h in _headers(window.board)))
    _undo_the_grouping(qtbot, window)
    assert not window.redraws.board_later.isActive()
    assert _headers(window.board)[0].startswith("Ungrouped — 12 notes")
    window.close()


def test_ctrl_z_after_a_delete_on_a_big_board_brings_the_card_back_selected(
    qtbot, session_file, fake_clock
) -> None:
    # On a board of a hundred cards the redraw after Ctrl+Z waits a turn; the card it
    # brought back was looked for before that, not found, and left unselected.
    rid = _session(session_file, 120)
    window = _opened(qtbot, session_file, fake_clock, rid)
    board = window.board
    gone, following = (n.id for n in window.store.notes(rid)[5:7])
    qtbot.mouseClick(
        board.viewport(),
        Qt.MouseButton.LeftButton,
        pos=board.visualItemRect(board.card(gone)).center(),
    )
    qtbot.keyClick(board, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: board.card(gone) is None)
    assert board.selected_note_ids() == [following]
    qtbot.keyClick(board, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: board.card(gone) is not None)
    assert board.selected_note_ids() == [gone]
    assert board.currentItem() is board.card(gone) and board.hasFocus()
    qtbot.keyClick(board, Qt.Key.Key_Delete)  # Del reaches the card that came back
    assert gone not in [n.id for n in window.store.notes(rid)]
    window.close()
    with Store.open(session_file) as reopened:
        assert gone not in [n.id for n in reopened.notes(rid)]


def test_a_key_on_the_board_while_its_redraw_waits_redraws_it_first(
    qtbot, session_file, fake_clock
) -> None:
    # Del pressed right after a big command acted on the board as it was before it.
    rid = _session(session_file, 120)
    window = _opened(qtbot, session_file, fake_clock, rid)
    group_all(qtbot, window, "Slow follow-up")
    qtbot.waitUntil(lambda: any("Slow follow-up" in h for h in _headers(window.board)))
    _undo_the_grouping(qtbot, window)  # the board's redraw waits a moment
    assert window.redraws.board_later.isActive()
    qtbot.keyClick(window.board, Qt.Key.Key_Home)
    assert not window.redraws.board_later.isActive()
    assert _headers(window.board)[0].startswith("Ungrouped — 120")
    window.close()
