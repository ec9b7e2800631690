"""The note board uses its width: cards widen so their rows reach the right edge, and a
row of short notes is shorter than a full card."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics

from tests.ui.test_main_window import type_note
from ui.windows.note_board import KIND

SMALLEST = (200, 55)  # the old card's width, and half its height


def shown_rects(board) -> list[tuple[str, QRect]]:
    """(kind, rectangle in the viewport) of every item on the board, in order."""
    out = []
    for row in range(board.count()):
        item = board.item(row)
        if not item.isHidden():
            out.append((item.data(KIND), board.visualItemRect(item)))
    return out


def rows_of_cards(board) -> list[list[QRect]]:
    """The cards grouped into the rows the user sees, top to bottom."""
    rows: dict[int, list[QRect]] = {}
    for kind, rect in shown_rects(board):
        if kind == "note":
            rows.setdefault(rect.top(), []).append(rect)
    return [sorted(rows[top], key=QRect.left) for top in sorted(rows)]


def assert_nothing_overlaps(board) -> None:
    rects = [rect for _kind, rect in shown_rects(board)]
    for i, a in enumerate(rects):
        for b in rects[i + 1 :]:
            assert not a.intersects(b), (a, b)


def fits_text(board, row: int) -> bool:
    item, rect = board.item(row), board.visualItemRect(board.item(row))
    flags = int(Qt.TextFlag.TextWordWrap)
    needed = QFontMetrics(board.font()).boundingRect(
        0, 0, rect.width() - 12, 10_000, flags, item.text()
    )
    return needed.height() + 6 <= rect.height()


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1920, 1080)])
def test_cards_fill_the_boards_width_and_short_notes_take_short_cards(
    qtbot, demo_window, width, height
):
    window, board = demo_window, demo_window.board
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width)
    window.show_round(window.store.rounds()[2].id)  # the example's round with five themes
    qtbot.wait(50)  # the side panels give way on a later turn of the event loop
    rows = rows_of_cards(board)
    widest = max(len(r) for r in rows)
    assert widest >= 2
    first = next(r for r in rows if len(r) == widest)
    gap = first[1].left() - first[0].right() - 1
    # Qt keeps the scroll bar's room free whether the bar is shown or not.
    bar = board.verticalScrollBar()
    room = board.viewport().width() - (0 if bar.isVisible() else bar.sizeHint().width())
    for row in rows:
        if len(row) == widest:  # a full row ends one gap (and a pixel per card) from the edge
            assert room - (row[-1].right() + 1) <= gap + widest
        assert len({rect.size().toTuple() for rect in row}) == 1  # a tidy grid
        for rect in row:
            assert rect.width() >= SMALLEST[0] and rect.height() >= SMALLEST[1]
            assert rect.height() < 110  # the example's notes are short: none a full card
    for row in range(board.count()):
        if board.item(row).data(KIND) == "note":
            assert fits_text(board, row), board.item(row).text()
    assert_nothing_overlaps(board)


def test_a_suggested_theme_makes_its_row_taller_and_pushes_the_next_rows_down(qtbot, demo_window):
    board = demo_window.board
    demo_window.show_round(demo_window.store.rounds()[2].id)
    qtbot.wait(20)
    ungrouped = [
        board.item(r).data(Qt.ItemDataRole.UserRole + 1)
        for r in range(board.count())
        if board.item(r).data(KIND) == "note"
    ][:2]
    before = board.visualItemRect(board.card(ungrouped[0])).height()
    board.set_proposals({ungrouped[0]: "CRM data nobody trusts"})
    tagged = board.visualItemRect(board.card(ungrouped[0]))
    assert tagged.height() > before
    assert board.visualItemRect(board.card(ungrouped[1])).height() == tagged.height()
    assert_nothing_overlaps(board)
    board.set_proposals({})
    assert board.visualItemRect(board.card(ungrouped[0])).height() == before
    assert_nothing_overlaps(board)


def test_typed_notes_share_their_rows_height_and_a_filter_closes_the_rows_up(qtbot, window):
    board, store = window.board, window.store
    type_note(qtbot, window, "s: short")
    type_note(
        qtbot,
        window,
        "m: Marketing runs campaigns for a segment we stopped selling to last year, and "
        "nobody told them because the decision was taken in a sales offsite",
    )
    type_note(qtbot, window, "s: also short")
    qtbot.wait(1)  # a burst of new cards is sized once it is over (one event-loop turn)
    short = store.notes(window.shown_round_id())[0].id
    rows = rows_of_cards(board)
    assert rows[0][0].size() == rows[0][1].size()  # the short note beside the long one
    assert all(rect.width() >= SMALLEST[0] for row in rows for rect in row)
    tall = board.visualItemRect(board.card(short)).height()
    assert_nothing_overlaps(board)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)  # sales only
    [row] = rows_of_cards(board)
    assert len(row) == 2 and row[0].height() < tall
    assert_nothing_overlaps(board)
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.AltModifier)  # all again
    assert board.visualItemRect(board.card(short)).height() == tall
