"""A note typed into a round longer than the board scrolls the board to show the new card
whole, and stops where no section header is cut through by the view's edge: the board
scrolled by less than a header's height, and "Ungrouped — 15 notes" sat half cut off at the
top of the view, its words sliced, note after note (seen at 1366x768 under Xvfb).

Where the board stops depends on the font's sizes, so each test sets the board's height
from what it measures: tall enough for the rows typed so far, and short enough that the
next row's card is shown by scrolling half a header's height."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.ui.test_main_window import type_note
from ui.windows.cards import KIND


def _typed(qtbot, window, text: str) -> None:
    """Type a note and let the board size its card and scroll (in the turn after)."""
    type_note(qtbot, window, text)
    QApplication.processEvents()


def _cut_headers(board) -> list[str]:
    """The headers the view shows only part of (cut by its top or bottom edge)."""
    view = board.viewport().rect()
    cut = []
    for row in range(board.count()):
        item = board.item(row)
        rect = board.visualItemRect(item)
        if item.data(KIND) == "note" or item.isHidden() or not rect.intersects(view):
            continue
        if not view.contains(rect):
            cut.append(item.text())
    return cut


def _newest_whole(window) -> bool:
    board = window.board
    newest = window.store.notes(window.shown_round_id())[-1]
    return board.viewport().rect().contains(board.visualItemRect(board.card(newest.id)))


def _settled(window) -> None:
    """The panels beside the board take their widths in the turns after a resize."""
    width = None
    while window.board.width() != width:
        width = window.board.width()
        QApplication.processEvents()


def _board_height(qtbot, window, height: int) -> None:
    board = window.board
    window.resize(window.width(), window.height() + height - board.viewport().height())
    qtbot.waitUntil(lambda: board.viewport().height() == height)
    _settled(window)


def _rows(board) -> list[int]:
    """The tops (in the view) of the Ungrouped rows of cards, from the top."""
    tops = []
    for row in range(1, board.count()):
        item = board.item(row)
        if item.data(KIND) != "note":
            break
        top = board.visualItemRect(item).top()
        if top not in tops:
            tops.append(top)
    return tops


def _height_cutting_ungrouped(window) -> int:
    """A board height at which the next card, starting a new row of Ungrouped, is brought
    into view by scrolling the board to half of the Ungrouped header's height."""
    board = window.board
    assert board.verticalScrollBar().value() == 0
    tops = _rows(board)
    pitch = tops[1] - tops[0]
    last = board.visualItemRect(board.item(board.count() - 1))
    bottom_of_next = tops[-1] + pitch + last.height() - 1  # one line of text, as typed
    header = board.visualItemRect(board.item(0))
    # Qt scrolls a card below the view to its bottom edge, with the board's spacing under it.
    return bottom_of_next + board.spacing() + 1 - (header.top() + header.height() // 2)


def test_notes_typed_past_the_boards_end_leave_no_header_cut(qtbot, window):
    window.resize(1100, 640)
    _settled(window)
    board = window.board
    for i in range(6):
        _typed(qtbot, window, f"Leads wait {i + 1}")
    per_row = board._row_of_cards()[0]
    while (board.count() - 1) % per_row:  # the last row full: the next note starts one
        _typed(qtbot, window, f"Leads wait {board.count()}")
    _board_height(qtbot, window, _height_cutting_ungrouped(window))
    assert board.verticalScrollBar().maximum() == 0  # all of it in view, as yet
    for i in range(2 * per_row + 1):
        _typed(qtbot, window, f"Follow-up slow {i + 1}")
        assert board.verticalScrollBar().value() > 0
        assert _newest_whole(window)
        assert _cut_headers(board) == []
    # Ungrouped's header scrolled out of view whole, not left with its words cut in half.
    assert board.visualItemRect(board.item(0)).bottom() < 0


def test_a_note_typed_above_a_theme_leaves_neither_header_cut(qtbot, window):
    rid = window.shown_round_id()
    store = window.store
    ids = [store.add_note(rid, f"Pricing unclear {i + 1}").id for i in range(3)]
    store.add_theme(rid, "Pricing", note_ids=ids)
    window.resize(1100, 640)
    _settled(window)
    board = window.board
    for i in range(4):
        _typed(qtbot, window, f"Leads wait {i + 1}")
    per_row = board._row_of_cards()[0]
    while (len(store.notes(rid)) - 3) % per_row:
        _typed(qtbot, window, f"Leads wait {len(store.notes(rid))}")
    ungrouped = len(store.notes(rid)) - 3
    # Ungrouped's rows with the theme under them, all in view: the next row is scrolled to.
    tops = _rows(board)
    pitch = tops[1] - tops[0]
    first_card = board.visualItemRect(board.item(1))
    bottom_of_next = tops[-1] + pitch + first_card.height() - 1
    header = board.visualItemRect(board.item(0))
    height = bottom_of_next + board.spacing() + 1 - (header.top() + header.height() // 2)
    _board_height(qtbot, window, height)
    assert board.verticalScrollBar().value() == 0
    _typed(qtbot, window, "Follow-up slow")
    assert board.verticalScrollBar().value() > 0
    assert _newest_whole(window)
    assert _cut_headers(board) == []
    assert board.item(ungrouped + 2).data(KIND) == "theme"  # the theme's header, under it
