"""The projector wall stays where the room was reading when it is redrawn: a note moved out
of a theme higher up, a theme above renamed to a longer name, a vote typed, an undo. It kept
its scroll value in pixels, and what was read moved: the theme's header went out of view
above, or another band came up (wall_keep.py). A new note is still scrolled to, and another
round still starts from the top."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QTableView, QTreeWidget, QWidget

from tests.ui.test_sensemaking_themes import click_card, group_menu
from tests.ui.test_sensemaking_votes import type_votes
from tests.ui.test_themes_in_the_room import rename_first_theme
from tests.ui.test_undo_shows_groupings import active
from tests.ui.test_wall_card_type import add_said
from tests.ui.test_wall_on_a_projector import on_the_projector
from tests.ui.test_wall_themed_card_type import settle
from tests.ui.test_wall_themed_scrolls_readable import themed_round
from ui.commands import UpdateNote
from ui.sensemaking.vote_model import VOTE_COLS
from ui.windows.cards import ID
from ui.windows.note_board import KIND

CTRL = Qt.KeyboardModifier.ControlModifier
LONG_NAME = "Leads from the spring fair and the webinar list nobody follows up on in time"
LONG_TEXT = " ".join(["Nobody follows up the leads from the spring fair for weeks"] * 3)


def _top(wall) -> tuple[str, int, int]:
    """The highest theme's header whose top is in the wall's view (the leftmost of a line):
    its kind, its id and that top."""
    height = wall.viewport().height()
    shown = []
    for row in range(wall.count()):
        item = wall.item(row)
        rect = wall.visualItemRect(item)
        if item.data(KIND) != "note" and not item.isHidden() and 0 <= rect.top() < height:
            shown.append((rect.top(), rect.left(), item.data(KIND), item.data(ID)))
    top, _left, kind, item_id = min(shown)
    return kind, item_id, top


def _where(wall, key: tuple[str, int]) -> int | None:
    for row in range(wall.count()):
        item = wall.item(row)
        if (item.data(KIND), item.data(ID)) == key and not item.isHidden():
            return wall.visualItemRect(item).top()
    return None


def _scrolled_wall(qtbot, window, size):
    """150 notes in six themes on the projector, from the top one page down (Page Down)."""
    active(qtbot, window)
    rid = themed_round(window, 150)
    view = on_the_projector(qtbot, window, rid, "Why it's broken", size)
    view.wall.verticalScrollBar().setValue(0)
    settle(qtbot, view)
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    settle(qtbot, view)
    assert view.wall.verticalScrollBar().value() > 0
    return view, rid


def _assert_same_top(qtbot, view, before, step: str) -> None:
    settle(qtbot, view)
    now = _where(view.wall, before[:2])
    assert now is not None and abs(now - before[2]) <= 2, (step, before, now, _top(view.wall))


def _move(qtbot, window, rid: int) -> None:
    """A note of the first theme (above, scrolled past) moved into the last: Ctrl+G on the
    board, its menu's last line."""
    first, last = window.store.themes(rid)[0], window.store.themes(rid)[-1]
    moved = next(n.id for n in window.store.notes(rid) if n.theme_id == first.id)
    active(qtbot, window)
    window.board.scrollToItem(window.board.card(moved))
    click_card(qtbot, window, moved)
    qtbot.keyClick(window.board, Qt.Key.Key_G, CTRL)
    menu = group_menu(window)
    assert isinstance(menu, QMenu)
    menu.setActiveAction(menu.actions()[-1])  # "Into “<the last theme>”"
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.store.note(moved).theme_id == last.id)


def _rename(qtbot, window, rid: int) -> None:
    """The first theme renamed (F2 in the Themes panel), to a name of more lines."""
    first = window.store.themes(rid)[0]
    active(qtbot, window)
    rename_first_theme(qtbot, window.findChild(QTreeWidget, "themeList"), LONG_NAME)
    qtbot.waitUntil(lambda: window.store.theme(first.id).label == LONG_NAME)


def _vote(qtbot, window, rid: int) -> None:
    """Seven dots typed into the Votes panel's first row."""
    window.findChild(QWidget, "votesDock").raise_()
    qtbot.waitUntil(lambda: window.findChild(QTableView, "voteTable").isVisible())
    active(qtbot, window)
    type_votes(qtbot, window, 0, VOTE_COLS[0], "7")
    qtbot.waitUntil(
        lambda: any(
            sum(window.store.theme_votes(t.id).values()) == 7 for t in window.store.themes(rid)
        )
    )


def _edit(qtbot, window, rid: int) -> None:
    """A note of the first theme edited (as F2 on the board stores it) to a longer text."""
    first = window.store.themes(rid)[0]
    edited = next(n for n in window.store.notes(rid) if n.theme_id == first.id)
    window.undo_stack.push(UpdateNote(window.store, edited.id, "Edit note", text=LONG_TEXT))


CHANGES = {"moved": _move, "renamed": _rename, "voted": _vote, "edited": _edit}


@pytest.mark.parametrize("change", list(CHANGES))
@pytest.mark.parametrize("size", [(1366, 768), (800, 600)])
def test_the_scrolled_wall_keeps_its_theme_at_the_top(qtbot, window, size, change):
    view, rid = _scrolled_wall(qtbot, window, size)
    read = _top(view.wall)
    CHANGES[change](qtbot, window, rid)
    _assert_same_top(qtbot, view, read, change)


@pytest.mark.parametrize("size", [(1366, 768), (800, 600)])
def test_the_wall_keeps_its_place_through_all_four_undone_and_redone(qtbot, window, size):
    view, rid = _scrolled_wall(qtbot, window, size)
    read = _top(view.wall)
    first, last = window.store.themes(rid)[0], window.store.themes(rid)[-1]
    for change, do in CHANGES.items():
        do(qtbot, window, rid)
        _assert_same_top(qtbot, view, read, change)
    view.grab().save(f"/tmp/dev-wallkeep-shots/test-{size[0]}x{size[1]}-after-all.png")
    in_last = {n.id for n in window.store.notes(rid) if n.theme_id == last.id}
    # Ctrl+Z four times, and Ctrl+Shift+Z four times.
    for turn, step in enumerate(["undo"] * 4 + ["redo"] * 4):
        if turn == 4:  # all four undone
            assert window.store.theme(first.id).label == "Theme 0"
            assert all(sum(window.store.theme_votes(t.id).values()) == 0 for t in (first, last))
            assert len([n for n in window.store.notes(rid) if n.theme_id == last.id]) == 25
        active(qtbot, window)
        window.entry.setFocus()
        mods = CTRL if step == "undo" else CTRL | Qt.KeyboardModifier.ShiftModifier
        qtbot.keyClick(window.entry, Qt.Key.Key_Z, mods)
        _assert_same_top(qtbot, view, read, step)
    assert window.store.theme(first.id).label == LONG_NAME
    assert {n.id for n in window.store.notes(rid) if n.theme_id == last.id} == in_last
    assert any(n.text == LONG_TEXT for n in window.store.notes(rid))


def test_a_new_note_is_still_shown_on_the_scrolled_wall(qtbot, window):
    view, rid = _scrolled_wall(qtbot, window, (1366, 768))
    active(qtbot, window)
    window.entry.setFocus()
    qtbot.keyClicks(window.entry, "A brand new note for the wall")
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    note = window.store.notes(rid)[-1]
    assert note.text == "A brand new note for the wall"
    settle(qtbot, view)
    wall = view.wall
    qtbot.waitUntil(lambda: wall.card(note.id) is not None)
    rect = wall.visualItemRect(wall.card(note.id))
    assert wall.viewport().rect().contains(rect.center())


def test_another_round_on_the_wall_starts_at_its_top(qtbot, window):
    view, rid = _scrolled_wall(qtbot, window, (1366, 768))
    other = next(r for r in window.store.rounds() if r.id != rid)
    themed_round_ids = window.store.add_note(other.id, "A note of the other round").id
    view.show_round(other.id, other.title)
    settle(qtbot, view)
    assert view.wall.verticalScrollBar().value() == 0
    assert view.wall.card(themed_round_ids) is not None
    view.show_round(rid, "Why it's broken")  # and back: from the top too
    settle(qtbot, view)
    assert view.wall.verticalScrollBar().value() == 0


def test_a_wall_of_rows_keeps_its_top_row_when_a_note_above_grows(qtbot, window):
    """A round without themes: the wall's rows, one page down; a note above edited to a
    long text made its row taller, and the row the room read moved down by as much."""
    active(qtbot, window)
    rid = window.shown_round_id()
    add_said(window.store, rid, 150)
    view = on_the_projector(qtbot, window, rid, "Why it's broken", (1366, 768))
    wall = view.wall
    wall.verticalScrollBar().setValue(0)
    settle(qtbot, view)
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    settle(qtbot, view)
    assert not wall.columns and wall.verticalScrollBar().value() > 0
    height = wall.viewport().height()
    tops = []
    for row in range(wall.count()):
        rect = wall.visualItemRect(wall.item(row))
        if 0 <= rect.top() < height and not wall.item(row).isHidden():
            tops.append(
                (rect.top(), rect.left(), wall.item(row).data(KIND), wall.item(row).data(ID))
            )
    top, _left, kind, note_id = min(tops)
    above = window.store.notes(rid)[1]
    window.undo_stack.push(UpdateNote(window.store, above.id, "Edit note", text=LONG_TEXT))
    _assert_same_top(qtbot, view, (kind, note_id, top), "edited")
    window.undo_stack.undo()
    _assert_same_top(qtbot, view, (kind, note_id, top), "undone")
