"""A round without themes that fits the projector keeps no room for a scroll bar beside its
cards: its rows stopped about 30 pixels short of the wall's right edge, the wall's left
margin a few pixels, so the cards stood off-centre in front of the room."""

from __future__ import annotations

from tests.ui.test_undo_shows_groupings import active
from tests.ui.test_wall_card_type import add_said
from tests.ui.test_wall_on_a_projector import on_the_projector
from tests.ui.test_wall_themed_card_type import settle
from ui.windows.note_board import KIND


def _margins(wall) -> tuple[int, int, int]:
    """The room left of the cards and right of them, in the wall's view, and how many cards
    a row holds (equal cards leave up to a pixel a card over, on the right)."""
    cards = [
        wall.visualItemRect(wall.item(row))
        for row in range(wall.count())
        if wall.item(row).data(KIND) == "note"
    ]
    left = min(rect.left() for rect in cards)
    right = wall.viewport().width() - 1 - max(rect.right() for rect in cards)
    per_row = sum(1 for rect in cards if rect.top() == cards[0].top())
    return left, right, per_row


def test_rows_that_fit_reach_the_walls_right_edge_and_rows_that_scroll_keep_the_bars_room(
    qtbot, window
):
    active(qtbot, window)
    rid = window.shown_round_id()
    add_said(window.store, rid, 23)
    view = on_the_projector(qtbot, window, rid, "What works", (1366, 768))
    settle(qtbot, view)
    wall = view.wall
    assert not wall.columns and wall.verticalScrollBar().maximum() == 0  # it fits
    left, right, per_row = _margins(wall)
    assert right <= left + per_row, (left, right)
    # Too many to fit: it scrolls, beside the scroll bar, and no card is under the bar.
    add_said(window.store, rid, 120)
    window.redraws.redraw_wall()
    settle(qtbot, view)
    assert wall.verticalScrollBar().maximum() > 0
    assert wall.verticalScrollBar().isVisible()
    left, right, per_row = _margins(wall)
    assert 0 <= right <= left + per_row, (left, right)
