"""The Action items table keeps a current row through a delete and an undo: the reset of its
rows left none, and a second Del said "Select an action item to delete."."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.test_sensemaking_actions import add_action, panel_of, rows, table, undo
from ui.sensemaking.action_model import WHAT


def current_what(win) -> str:
    index = table(win).currentIndex()
    assert index.isValid(), "the table has no current row"
    return str(panel_of(win).proxy.index(index.row(), WHAT).data())


def test_del_twice_deletes_two_items_and_the_cursor_stays_on_the_next(qtbot, window):
    messages: list[str] = []
    panel_of(window).refuse = messages.append  # type: ignore[method-assign]
    for text in ("First", "Second", "Third", "Fourth"):
        add_action(qtbot, window, text)
    view = table(window)
    view.setFocus()
    view.setCurrentIndex(panel_of(window).proxy.index(1, WHAT))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert [r[WHAT] for r in rows(window)] == ["First", "Third", "Fourth"]
    assert current_what(window) == "Third"  # the neighbour below, in the same column
    assert table(window).currentIndex().column() == WHAT
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert messages == []
    assert [r[WHAT] for r in rows(window)] == ["First", "Fourth"]
    qtbot.keyClick(view, Qt.Key.Key_Delete)  # the last row: the one above takes its place
    assert [r[WHAT] for r in rows(window)] == ["First"] and current_what(window) == "First"
    assert [a.text for a in window.store.actions()] == ["First"]


def test_undoing_an_add_leaves_the_cursor_on_the_item_before_it(qtbot, window):
    messages: list[str] = []
    panel_of(window).refuse = messages.append  # type: ignore[method-assign]
    add_action(qtbot, window, "First")
    add_action(qtbot, window, "Second")
    undo(qtbot, window)
    assert [r[WHAT] for r in rows(window)] == ["First"]
    assert current_what(window) == "First"
    qtbot.keyClick(table(window), Qt.Key.Key_Delete)
    assert messages == [] and window.store.actions() == []
    undo(qtbot, window)  # the delete undone: the item is back and current
    assert current_what(window) == "First"
