"""Accept all on a round of a hundred notes or more with the wall open: the wall is redrawn in
a turn of its own after the board's (batch_redraws.py), and its new card size is taken without
a second rebuild (WallBoard.retype). The room still sees the accepted themes on the wall once
the window has had its turns, in the type and columns they fit in, and Ctrl+Z and
Ctrl+Shift+Z still take them off and put them back."""

from __future__ import annotations

from PySide6.QtCore import Qt

from roundtable.store import NewNote
from tests.ui.test_hidden_wall_redraw import wall_headers
from tests.ui.test_undo_shows_groupings import active, redo, undo
from tests.ui.test_wall_on_a_projector import on_the_projector
from tests.ui.test_wall_themed_card_type import settle
from tests.ui.test_wall_themed_scrolls_readable import themed_round
from ui.sensemaking.suggestion_commands import ApplySuggestions
from ui.windows.note_board import KIND
from ui.windows.wall import COLUMN_HEADER_POINTS

LABELS = [f"Events {g}" for g in range(5)]


def _wall_open_on_big_round(qtbot, window):
    rid = window.shown_round_id()
    texts = [f"Leads from event {k} wait days for a call" for k in range(150)]
    ids = window.store.add_notes([NewNote(rid, text) for text in texts])
    window.show_round(rid)
    presenter = window.presenter
    presenter.show_round(rid, window.store.round(rid).prompt)
    presenter.show()
    presenter.resize(1024, 768)
    qtbot.waitUntil(lambda: presenter.wall.count() == 151 and not presenter._fit_pending)
    return rid, ids


def _accept_all(window, rid, ids) -> None:
    groups = [(label, ids[g * 30 : (g + 1) * 30], None) for g, label in enumerate(LABELS)]
    command = ApplySuggestions(window.store, rid, groups, "Accept suggested themes")
    command.batch = window.signals.batch
    window.undo_stack.push(command)  # as Accept all does


def _settled(window) -> bool:
    redraws = window.redraws
    waiting = (redraws.board_later, redraws.panels_later, redraws.wall_later)
    return not any(timer.isActive() for timer in waiting) and not window.presenter._fit_pending


def test_accept_all_with_the_wall_open_shows_the_themes_after_the_boards_turn(qtbot, window):
    active(qtbot, window)
    rid, ids = _wall_open_on_big_round(qtbot, window)
    wall = window.presenter.wall
    _accept_all(window, rid, ids)
    # Not in the click's turn: the wall waits for a turn of its own.
    assert wall_headers(window) == []
    qtbot.waitUntil(lambda: wall_headers(window) == LABELS)
    qtbot.waitUntil(lambda: _settled(window))
    assert wall.columns
    assert sum(wall.item(r).data(KIND) == "note" for r in range(wall.count())) == 150

    undo(qtbot, window)
    qtbot.waitUntil(lambda: wall_headers(window) == [] and not wall.columns)
    assert not wall.item(0).isHidden()  # the 150 notes stand ungrouped again
    redo(qtbot, window)
    qtbot.waitUntil(lambda: wall_headers(window) == LABELS)


def test_the_themes_on_the_wall_take_the_size_they_fit_at(qtbot, window):
    active(qtbot, window)
    rid, ids = _wall_open_on_big_round(qtbot, window)
    wall = window.presenter.wall
    rows_points = wall.font().pointSize()
    _accept_all(window, rid, ids)
    qtbot.waitUntil(lambda: wall_headers(window) == LABELS)
    qtbot.waitUntil(lambda: _settled(window))
    # The themed round fits at another size than its ungrouped notes did: the headers are in
    # the wall's new type, bold, as a rebuild at that size would set them.
    points = wall.font().pointSize()
    assert points != rows_points
    heads = [r for r in range(wall.count()) if wall.item(r).data(KIND) == "theme"]
    assert {wall.item(r).font().pointSize() for r in heads} == {min(points, COLUMN_HEADER_POINTS)}
    assert all(wall.item(r).font().bold() for r in heads)
    assert [len(cards) for _head, cards in wall.sections()] == [30] * 5
    assert in_columns(wall)


def in_columns(wall) -> bool:
    """Each section's cards stand in its columns, under its header (not flowed in rows)."""
    for head, cards in wall.sections():
        top = wall.rectForIndex(wall.indexFromItem(wall.item(head)))
        for row in cards:
            card = wall.rectForIndex(wall.indexFromItem(wall.item(row)))
            if card.top() < top.bottom() or not top.left() <= card.left() <= top.right():
                return False
    return True


def test_notes_typed_until_the_themed_wall_scrolls_stay_in_their_columns(qtbot, window):
    # A new size for the themed round is taken without a rebuild (WallBoard.retype). Without
    # a fit after it, the note that first made the wall scroll left the cards flowed in rows
    # across the columns' headers until the next note.
    active(qtbot, window)
    rid = themed_round(window, 40)
    view = on_the_projector(qtbot, window, rid, "Why it's broken", (1024, 768))
    wall = view.wall
    assert wall.columns and wall.verticalScrollBar().maximum() == 0
    sizes = {view._scale}
    # (The six themes share the wall's width band by band, wall_bands.py: the wall first
    # scrolls a little at the size it fitted at, and takes another size a few notes later.)
    for k in range(80):
        qtbot.keyClicks(window.entry, f"s: leads typed late {k}")
        qtbot.keyClick(window.entry, Qt.Key.Key_Return)
        settle(qtbot, view)
        sizes.add(view._scale)
        assert in_columns(wall), f"note {k}"
        if wall.verticalScrollBar().maximum() > 0 and len(sizes) > 1:
            break
    assert wall.verticalScrollBar().maximum() > 0  # it came to scroll
    assert len(sizes) > 1  # at another size than it fitted at


def _layout(wall) -> list[tuple[int, int, int, int]]:
    """Where each item of the wall stands on it (whatever part of the wall is scrolled into
    view)."""
    return [
        wall.rectForIndex(wall.indexFromItem(wall.item(r))).getRect() for r in range(wall.count())
    ]


def test_the_themed_wall_keeps_its_columns_on_a_later_redraw_wherever_it_is_scrolled(qtbot, window):
    # The 150 notes scroll at 1024x768. The columns were laid out in the wall as tall as the
    # strips ("more above", "more below") shown at that moment left it: after Accept all the
    # first theme stood in four columns, and the next redraw of the wall (a vote, a note
    # moved) put it in five, as the room read on.
    active(qtbot, window)
    rid, ids = _wall_open_on_big_round(qtbot, window)
    view = window.presenter
    wall = view.wall
    _accept_all(window, rid, ids)
    qtbot.waitUntil(lambda: wall_headers(window) == LABELS)
    qtbot.waitUntil(lambda: _settled(window))
    assert wall.verticalScrollBar().maximum() > 0
    accepted = _layout(wall)
    window.redraws.redraw_wall()  # what a later change of the round does
    qtbot.waitUntil(lambda: _settled(window))
    assert _layout(wall) == accepted
    for key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_PageDown):
        qtbot.keyClick(view, key)
        window.redraws.redraw_wall()
        qtbot.waitUntil(lambda: _settled(window))
        assert _layout(wall) == accepted, key
