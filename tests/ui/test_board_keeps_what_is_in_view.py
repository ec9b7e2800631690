"""A redraw keeps what the facilitator was reading where it was in the view, not the scroll
bar's value: a header above it grown by a line (a theme renamed to a long name), or Ungrouped
emptied into a theme (its cards gone, its header now the quiet one-line drop line), moved the
card being read by 14 pixels or more."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget

from tests.ui.test_sensemaking_themes import click_card, drop_on
from tests.ui.test_themes_in_the_room import rename_first_theme
from ui.windows.board_headers import DROP_HERE

CTRL = Qt.KeyboardModifier.ControlModifier
LONG_NAME = "What counts as a qualified lead, and who decides when sales and marketing differ"


def _broken_round(window) -> int:
    """The example session's "Why it's broken" round shown in a 1280x640 window (longer
    than the board)."""
    window.resize(1280, 640)
    titles = [r.title for r in window.store.rounds()]
    window.agenda.setCurrentRow(titles.index("Why it's broken"))
    return window.shown_round_id()


def _first_card_of(window, theme_index: int) -> int:
    rid = window.shown_round_id()
    theme = window.store.themes(rid)[theme_index]
    return next(n.id for n in window.store.notes(rid) if n.theme_id == theme.id)


def _scroll_to(board, note_id: int) -> None:
    """Drag the scroll bar until the card's top is 40 pixels below the board's top."""
    bar = board.verticalScrollBar()
    bar.setValue(bar.value() + _top(board, note_id) - 40)
    assert _top(board, note_id) == 40  # room above and below to scroll


def _top(board, note_id: int) -> int:
    """Where the card's top is in the board's view, in pixels."""
    return board.visualItemRect(board.card(note_id)).top()


def _header_height(board, text: str) -> int:
    rows = (board.item(r) for r in range(board.count()))
    return next(board.visualItemRect(i).height() for i in rows if i.text().startswith(text))


def test_a_theme_above_renamed_to_a_longer_name_leaves_the_card_read_in_place(qtbot, demo_window):
    window = demo_window
    rid = _broken_round(window)
    board, card = window.board, _first_card_of(window, 2)
    _scroll_to(board, card)
    before = _header_height(board, window.store.themes(rid)[0].label)
    rename_first_theme(qtbot, window.findChild(QTreeWidget, "themeList"), LONG_NAME)
    qtbot.waitUntil(lambda: window.store.themes(rid)[0].label == LONG_NAME)
    assert _header_height(board, LONG_NAME) > before  # it wraps onto one more line
    assert abs(_top(board, card) - 40) <= 2


def test_ungrouped_emptied_into_a_theme_leaves_the_card_read_in_place(qtbot, demo_window):
    window = demo_window
    rid = _broken_round(window)
    board = window.board
    loose = [n.id for n in window.store.notes(rid) if n.theme_id is None]
    click_card(qtbot, window, loose[0])
    click_card(qtbot, window, loose[1], CTRL)
    assert sorted(board.selected_note_ids()) == sorted(loose)
    card = _first_card_of(window, 2)
    _scroll_to(board, card)
    # The two loose cards dropped on the card being read: into its theme, after it.
    drop_on(qtbot, board, board.card(card))
    theme = window.store.note(card).theme_id
    qtbot.waitUntil(lambda: all(window.store.note(n).theme_id == theme for n in loose))
    assert board.item(0).text() == DROP_HERE
    assert abs(_top(board, card) - 40) <= 2


def test_a_narrower_window_leaves_the_card_read_in_place(qtbot, demo_window):
    """The board made narrower (the window resized, or a panel beside it widened): the cards
    and headers above rewrap onto more lines, and the card at the top of the view was pushed
    hundreds of pixels down, out of sight."""
    window = demo_window
    _broken_round(window)
    board, card = window.board, _first_card_of(window, 2)
    bar = board.verticalScrollBar()
    bar.setValue(bar.value() + _top(board, card) - 4)  # its theme's header just above the view
    assert _top(board, card) == 4
    above = board.row(board.card(card))
    heights = sum(board.visualItemRect(board.item(r)).height() for r in range(above))
    window.resize(1040, 640)
    qtbot.waitUntil(lambda: board.viewport().width() < 500)
    board.executeDelayedItemsLayout()
    assert sum(board.visualItemRect(board.item(r)).height() for r in range(above)) > heights
    assert abs(_top(board, card) - 4) <= 2
