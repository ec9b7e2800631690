"""Tab leaves the Action items table for the next control (it went cell by cell: 15 presses
past the example session's three items); the arrows still go from cell to cell, and in an
open cell Tab still saves it and opens the next one. (The Votes table keeps Tab from count to
count on purpose, the room's dots typed cell after cell: test_sensemaking_votes.)"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QLineEdit, QPushButton, QTableView

from roundtable.store import Store
from tests.ui.test_sensemaking_actions import add_action
from ui.sensemaking.action_model import ACTION_ID_ROLE, OWNER, WHAT

CTRL = Qt.KeyboardModifier.ControlModifier


def test_tab_leaves_the_action_items_table_and_arrows_move_in_it(qtbot, window, session_file):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    for text in ("Share the win-loss notes", "Joint pipeline review", "One lead definition"):
        add_action(qtbot, window, text)
    dock = window.findChild(QDockWidget, "actionsDock")
    window.resizeDocks([dock], [760], Qt.Orientation.Horizontal)
    view = window.findChild(QTableView, "actionsTable")
    add = window.findChild(QPushButton, "addActionButton")
    add.setFocus()
    qtbot.keyClick(add, Qt.Key.Key_Tab)
    assert view.hasFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)  # one press and out, to the Delete button
    assert QApplication.focusWidget() is window.findChild(QPushButton, "deleteActionButton")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert view.hasFocus()
    # The arrows still go from cell to cell.
    qtbot.keyClick(view, Qt.Key.Key_Home, CTRL)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert (view.currentIndex().row(), view.currentIndex().column()) == (1, WHAT)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.currentIndex().column() == OWNER
    qtbot.keyClick(view, Qt.Key.Key_Left)
    action_id = view.currentIndex().data(ACTION_ID_ROLE)
    # Editing is as before: F2 opens the cell, Tab saves it and opens the next one.
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and view.isAncestorOf(editor)
    editor.selectAll()
    qtbot.keyClicks(editor, "Joint pipeline review every month")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert view.state() == QTableView.State.EditingState
    assert view.currentIndex().column() == OWNER
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert view.hasFocus()
    window.close()
    with Store.open(session_file) as store:
        assert store.action(action_id).text == "Joint pipeline review every month"
