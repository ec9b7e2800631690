"""Notes from phones come in all through a round while the facilitator reads or groups
the board: each one scrolled the board to its new card (as a typed note rightly does),
away from the theme being read. The board now stays where it is for them, unless it was
following the end of the round; a note typed here still shows its card."""

from __future__ import annotations

from tests.ui.test_board_keeps_its_scroll import _demo_round_scrolled_down, _same_top, _top_of_view
from tests.ui.test_board_place_after_reopen import settled
from tests.ui.test_main_window import type_note


def _scrolled_into_the_themes(qtbot, window):
    """The example's "Why it's broken" at 1024x640, settled, scrolled well into its themes
    and not to the end (where the board follows new notes)."""
    board, _loose = _demo_round_scrolled_down(qtbot, window)
    settled(qtbot, window)
    bar = board.verticalScrollBar()
    bar.setValue(bar.maximum() - 150)
    assert 0 < bar.value() < bar.maximum()
    return board


def test_a_note_from_a_phone_leaves_the_board_where_it_was_scrolled(qtbot, demo_window):
    board = _scrolled_into_the_themes(qtbot, demo_window)
    before = _top_of_view(board)
    rid = demo_window.shown_round_id()
    for text in ("Quotes take a week to approve", "Nobody reads the persona deck"):
        note = demo_window.store.add_note(rid, text, source="device")
        qtbot.waitUntil(lambda note=note: board.card(note.id) is not None)
    settled(qtbot, demo_window)  # the burst placed, and its live proposals shown
    assert _same_top(board, before)


def test_at_the_end_of_the_round_the_board_follows_the_phones_notes(qtbot, demo_window):
    board, _loose = _demo_round_scrolled_down(qtbot, demo_window)
    bar = board.verticalScrollBar()
    bar.setValue(bar.maximum())
    rid = demo_window.shown_round_id()
    note = demo_window.store.add_note(rid, "Trade show leads never reach a rep", source="device")
    qtbot.waitUntil(
        lambda: board.viewport().rect().intersects(board.visualItemRect(board.card(note.id)))
    )


def test_a_note_typed_here_still_shows_its_card(qtbot, demo_window):
    board = _scrolled_into_the_themes(qtbot, demo_window)
    type_note(qtbot, demo_window, "Field marketing budget arrives too late")
    note = demo_window.store.notes(demo_window.shown_round_id())[-1]
    qtbot.waitUntil(
        lambda: board.viewport().rect().contains(board.visualItemRect(board.card(note.id)))
    )
