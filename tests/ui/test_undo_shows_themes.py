"""Ctrl+Z and Ctrl+Shift+Z after a change to a theme (renamed, merged, deleted, moved) select
that theme in the Themes panel and put it in view on the board; after moving notes to
another round, Ctrl+Shift+Z shows the round they went to with them selected. The selection
stayed where it was, so the facilitator could not see what the step had changed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget

from roundtable.store import Store
from tests.ui.test_sensemaking_themes import add_notes, make_themes, select_rows, type_into_editor
from tests.ui.test_undo_shows_groupings import CTRL, SHIFT, active, redo, shows, undo
from ui.windows.cards import ID, KIND


def panel(window) -> QTreeWidget:
    return window.findChild(QTreeWidget, "themeList")


def header_in_view(window, theme_id: int) -> bool:
    board = window.board
    items = (board.item(row) for row in range(board.count()))
    header = next(i for i in items if i.data(KIND) == "theme" and i.data(ID) == theme_id)
    return board.viewport().rect().intersects(board.visualItemRect(header))


def test_undo_and_redo_of_a_rename_select_the_theme(qtbot, window, session_file):
    active(qtbot, window)
    add_notes(qtbot, window, *[f"Leads wait {k} days" for k in range(40)])  # a long board
    _culture, money, _tools = make_themes(qtbot, window, ["Culture", "Money", "Tools"])
    tree = panel(window)
    select_rows(qtbot, tree, 1)
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    type_into_editor(qtbot, window, "Pay and bonus")
    select_rows(qtbot, tree, 0)  # on to another theme
    window.board.scrollToTop()
    assert not header_in_view(window, money)
    undo(qtbot, window)
    assert window.store.theme(money).label == "Money"
    qtbot.waitUntil(lambda: tree.selected_theme_ids() == [money])
    assert tree.current_theme_id() == money and header_in_view(window, money)
    select_rows(qtbot, tree, 0)
    window.board.scrollToTop()
    redo(qtbot, window)
    qtbot.waitUntil(lambda: tree.selected_theme_ids() == [money])
    assert header_in_view(window, money)
    window.close()
    with Store.open(session_file) as store:
        assert store.theme(money).label == "Pay and bonus"


def test_undo_and_redo_of_a_merge_select_the_themes_and_the_cards_that_moved(qtbot, window):
    active(qtbot, window)
    culture, silos, tools = make_themes(qtbot, window, ["Culture", "Silos", "Tools"])
    moved = [n.id for n in window.store.notes(window.shown_round_id()) if n.theme_id == silos]
    tree = panel(window)
    select_rows(qtbot, tree, 0, 1)
    qtbot.keyClick(tree, Qt.Key.Key_M, CTRL)
    assert [t.id for t in window.store.themes(window.shown_round_id())] == [culture, tools]
    select_rows(qtbot, tree, 1)  # on to "Tools"
    undo(qtbot, window)
    qtbot.waitUntil(lambda: tree.selected_theme_ids() == [culture, silos])
    assert shows(window, moved) and window.store.note(moved[0]).theme_id == silos
    select_rows(qtbot, tree, 2)
    redo(qtbot, window)
    qtbot.waitUntil(lambda: tree.selected_theme_ids() == [culture])
    assert shows(window, moved) and window.store.note(moved[0]).theme_id == culture


def test_undo_of_a_deleted_theme_selects_it_and_its_cards(qtbot, window):
    active(qtbot, window)
    _culture, money = make_themes(qtbot, window, ["Culture", "Money"])
    members = [n.id for n in window.store.notes(window.shown_round_id()) if n.theme_id == money]
    tree = panel(window)
    select_rows(qtbot, tree, 1)
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    select_rows(qtbot, tree, 0)
    undo(qtbot, window)
    qtbot.waitUntil(lambda: tree.selected_theme_ids() == [money])
    assert shows(window, members)
    redo(qtbot, window)  # the notes ungrouped again, still selected
    qtbot.waitUntil(lambda: shows(window, members))
    assert window.store.note(members[0]).theme_id is None


def test_undo_of_moving_a_theme_selects_it(qtbot, window):
    active(qtbot, window)
    culture, _money, tools = make_themes(qtbot, window, ["Culture", "Money", "Tools"])
    tree = panel(window)
    select_rows(qtbot, tree, 2)
    qtbot.keyClick(tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier | SHIFT)
    select_rows(qtbot, tree, 0)
    assert tree.selected_theme_ids() == [culture]
    undo(qtbot, window)
    qtbot.waitUntil(lambda: tree.selected_theme_ids() == [tools])
    assert tree.theme_ids()[-1] == tools


def test_redo_of_a_move_to_the_next_round_shows_that_round_with_the_cards(qtbot, window):
    active(qtbot, window)
    ids = add_notes(qtbot, window, "Pay on bookings", "Bonus on leads", "MQL counts")
    first_round = window.shown_round_id()
    board = window.board
    qtbot.keyClick(window.entry, Qt.Key.Key_Down)
    qtbot.keyClick(board, Qt.Key.Key_Home)
    qtbot.keyClick(board, Qt.Key.Key_Right, SHIFT)
    qtbot.keyClick(board, Qt.Key.Key_Right, CTRL | SHIFT)  # Move notes to next round
    assert window.shown_round_id() == first_round
    undo(qtbot, window)
    qtbot.waitUntil(lambda: shows(window, ids[:2]))
    redo(qtbot, window)
    qtbot.waitUntil(lambda: window.shown_round_id() != first_round)
    qtbot.waitUntil(lambda: shows(window, ids[:2]))
    assert window.store.note(ids[0]).round_id == window.shown_round_id()
