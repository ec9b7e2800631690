"""Space ticks an action item done from any of its cells, as the panel's hint says: from
the items reached with Down, it opened the item's text with a space in it instead."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from roundtable.store import Store
from tests.ui.test_sensemaking_actions import add_action, rows, status_of, table
from ui.sensemaking.action_model import WHAT


def test_space_on_an_items_text_ticks_it_done_and_again_opens_it(qtbot, window, session_file):
    add_action(qtbot, window, "Share the win/loss survey")
    add_action(qtbot, window, "Invite marketing to the QBR")
    entry = window.findChild(QLineEdit, "actionText")
    qtbot.keyClick(entry, Qt.Key.Key_Down)  # down to the items
    view = table(window)
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)  # first text
    assert view.hasFocus() and view.currentIndex().column() == WHAT
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert QApplication.focusWidget() is view  # no editor opened on the text
    assert [status_of(window, r) for r in range(2)] == ["done", "open"]
    assert rows(window)[0][WHAT] == "Share the win/loss survey"
    said = window.statusBar().currentMessage()
    assert said == "“Share the win/loss survey” is done (Ctrl+Z undoes)."
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert [status_of(window, r) for r in range(2)] == ["done", "done"]
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert [status_of(window, r) for r in range(2)] == ["done", "open"]
    window.store.checkpoint()
    with Store.open(session_file, read_only=True) as store:
        assert [a.status for a in store.actions()] == ["done", "open"]


def test_other_keys_on_an_items_text_still_edit_it(qtbot, window):
    add_action(qtbot, window, "Share the survey")
    qtbot.keyClick(window.findChild(QLineEdit, "actionText"), Qt.Key.Key_Down)
    view = table(window)
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.currentIndex().column() == WHAT
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not view and view.isAncestorOf(editor)
    qtbot.keyClick(editor, Qt.Key.Key_End)
    qtbot.keyClicks(editor, " results")  # a space inside the editor is a space
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert rows(window)[0][WHAT] == "Share the survey results"
