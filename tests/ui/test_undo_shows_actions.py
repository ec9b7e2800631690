"""Ctrl+Z and Ctrl+Shift+Z on an action item (added, edited, marked done, deleted) bring the
Action items panel to the front with the item's row selected at the field that changed, the
keyboard still in the note line; after an undone delete, the row that came back. Driven with
real keys; the file is reopened to check."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QTableView

from roundtable.store import Store
from tests.ui.test_sensemaking_actions import add_action, open_editor, press_enter
from tests.ui.test_undo_shows_groupings import active, redo, undo
from tests.ui.test_undo_shows_votes import in_front, shows_row, themes_in_front
from ui.sensemaking.action_model import ACTION_ID_ROLE, STATUS, WHAT


def actions(window) -> list[int]:
    return [a.id for a in window.store.actions()]


def test_undo_and_redo_of_action_items_show_their_rows(qtbot, window, session_file):
    active(qtbot, window)
    for text in ("Send the SLA draft", "Shared dashboard", "Monday pipeline review"):
        add_action(qtbot, window, text)
    first, second, third = actions(window)
    editor = open_editor(qtbot, window, 1, WHAT)
    qtbot.keyClick(editor, Qt.Key.Key_End)
    qtbot.keyClicks(editor, " on the wall")
    press_enter(qtbot, editor)
    assert window.store.action(second).text == "Shared dashboard on the wall"
    view = window.findChild(QTableView, "actionsTable")
    view.setCurrentIndex(view.model().index(0, STATUS))
    qtbot.keyClick(view, Qt.Key.Key_Space)  # the first one is done
    assert window.store.action(first).status == "done"
    view.setCurrentIndex(view.model().index(1, WHAT))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert actions(window) == [first, third]
    window.entry.setFocus()

    themes_in_front(qtbot, window)
    undo(qtbot, window)  # the delete: the item back, its row selected
    qtbot.waitUntil(lambda: shows_row(window, "actionsTable", ACTION_ID_ROLE, second, WHAT))
    assert actions(window) == [first, second, third]
    themes_in_front(qtbot, window)
    undo(qtbot, window)  # done again open: at its status
    qtbot.waitUntil(lambda: shows_row(window, "actionsTable", ACTION_ID_ROLE, first, STATUS))
    assert window.store.action(first).status == "open"
    themes_in_front(qtbot, window)
    undo(qtbot, window)  # the words typed taken back
    qtbot.waitUntil(lambda: shows_row(window, "actionsTable", ACTION_ID_ROLE, second, WHAT))
    assert window.store.action(second).text == "Shared dashboard"
    themes_in_front(qtbot, window)
    undo(qtbot, window)  # the third item's add: the panel in front, the item gone
    qtbot.waitUntil(lambda: in_front(view))
    assert actions(window) == [first, second]
    themes_in_front(qtbot, window)
    redo(qtbot, window)
    qtbot.waitUntil(lambda: shows_row(window, "actionsTable", ACTION_ID_ROLE, third, WHAT))
    themes_in_front(qtbot, window)
    redo(qtbot, window)
    qtbot.waitUntil(lambda: shows_row(window, "actionsTable", ACTION_ID_ROLE, second, WHAT))
    assert window.store.action(second).text == "Shared dashboard on the wall"
    assert window.findChild(QLineEdit, "actionText").text() == ""
    window.close()
    with Store.open(session_file) as store:
        assert [a.text for a in store.actions()] == [
            "Send the SLA draft",
            "Shared dashboard on the wall",
            "Monday pipeline review",
        ]
