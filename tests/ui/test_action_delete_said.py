"""Deleting an action item says so in the status bar: after Del (or the Delete button) it
still read "Action item added. Type the next one, or press Tab...", for an item gone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from roundtable.store import Store
from tests.ui.test_sensemaking_actions import add_action, panel_of, rows, table
from ui.sensemaking.action_model import WHAT

SLA = "Send the SLA draft to both VPs by Friday"


def test_deleting_an_action_item_says_which_and_how_to_bring_it_back(qtbot, window, session_file):
    add_action(qtbot, window, SLA)
    add_action(qtbot, window, "Shared dashboard")
    assert window.statusBar().currentMessage().startswith("Action item added")
    view = table(window)
    view.setCurrentIndex(panel_of(window).proxy.index(0, WHAT))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert [r[WHAT] for r in rows(window)] == ["Shared dashboard"]
    assert window.statusBar().currentMessage() == (
        "Deleted action “Send the SLA draft to both VPs”: Ctrl+Z brings it back."
    )
    view.setCurrentIndex(panel_of(window).proxy.index(0, WHAT))
    button = next(b for b in panel_of(window).findChildren(QPushButton) if b.text() == "Delete")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert rows(window) == []
    assert window.statusBar().currentMessage() == (
        "Deleted action “Shared dashboard”: Ctrl+Z brings it back."
    )
    window.close()
    with Store.open(session_file) as store:
        assert store.actions() == []
