"""A value refused in an Action items cell is never lost: Enter, Tab or a click in the table
opens the cell again on what was typed; a click into another field keeps the keyboard there
and the cell opens on the typed value next time. The message says what would be taken and
how to leave the cell as it was. (In the walkthrough "someday" in a Due cell, then a click on
the note line, left only "“someday” is not a date" and nothing to correct.)"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from roundtable.store.actions import MAX_ACTION_CHARS
from tests.ui.test_sensemaking_actions import add_action, open_editor, panel_of, table
from ui.sensemaking.action_delegates import DueDateEdit
from ui.sensemaking.action_model import DUE, STATUS, WHAT


def editor_open_on(qtbot, window, column: int):
    """The editor open on the first item's cell, once the view has settled."""
    index = panel_of(window).proxy.index(0, column)
    qtbot.waitUntil(lambda: table(window).indexWidget(index) is not None, timeout=3000)
    return table(window).indexWidget(index)


def test_a_refused_due_date_is_kept_when_the_facilitator_clicks_elsewhere(qtbot, window):
    add_action(qtbot, window, "Shared dashboard on the wall")
    editor = open_editor(qtbot, window, 0, DUE)
    assert isinstance(editor, DueDateEdit)
    qtbot.keyClicks(editor, "someday")
    qtbot.mouseClick(window.entry, Qt.MouseButton.LeftButton)  # a click on the note line
    QApplication.processEvents()
    assert window.entry.hasFocus()  # a note typed now goes to the note line
    assert window.store.actions()[0].due is None
    message = window.statusBar().currentMessage()
    assert "“someday” is not a date" in message and "in 2 weeks" in message, message
    assert "What you typed is kept: double-click the due date" in message, message
    again = open_editor(qtbot, window, 0, DUE)
    assert isinstance(again, DueDateEdit)
    assert again.text() == "someday"  # as typed, to correct
    qtbot.keyClicks(again, "2026-12-31")  # over the selected "someday"
    qtbot.keyClick(again, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert str(window.store.actions()[0].due) == "2026-12-31"


def test_a_refused_due_date_opens_again_after_a_click_in_the_table(qtbot, window):
    add_action(qtbot, window, "Shared dashboard on the wall")
    editor = open_editor(qtbot, window, 0, DUE)
    qtbot.keyClicks(editor, "someday")
    view = table(window)
    done = view.visualRect(panel_of(window).proxy.index(0, STATUS)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=done)
    again = editor_open_on(qtbot, window, DUE)
    assert isinstance(again, DueDateEdit) and again.text() == "someday"
    assert "Esc keeps the date it had" in window.statusBar().currentMessage()
    qtbot.keyClick(again, Qt.Key.Key_Escape)
    QApplication.processEvents()
    assert window.store.actions()[0].due is None
    # Esc kept the date it had: the refusal is not left standing in red.
    assert panel_of(window).message.isHidden()
    assert "not a date" not in window.statusBar().currentMessage()


def test_a_refused_due_date_is_kept_after_tab(qtbot, window):
    add_action(qtbot, window, "Shared dashboard on the wall")
    editor = open_editor(qtbot, window, 0, DUE)
    qtbot.keyClicks(editor, "someday")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    QApplication.processEvents()
    again = editor_open_on(qtbot, window, DUE)
    assert again is not editor and again.hasFocus()
    assert again.text() == "someday"


def test_an_item_too_long_is_kept_in_its_editor(qtbot, window):
    add_action(qtbot, window, "Shared dashboard on the wall")
    editor = open_editor(qtbot, window, 0, WHAT)
    assert isinstance(editor, QLineEdit)
    long_text = "word " * (MAX_ACTION_CHARS // 5 + 10)
    editor.selectAll()
    qtbot.keyClicks(editor, long_text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the view commits on its next turn
    again = editor_open_on(qtbot, window, WHAT)
    assert again is not editor
    assert isinstance(again, QLineEdit)
    assert again.text() == long_text
    assert window.store.actions()[0].text == "Shared dashboard on the wall"
    assert f"at most {MAX_ACTION_CHARS} characters" in window.statusBar().currentMessage()


def test_a_theme_name_too_long_is_kept_in_its_editor(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox, QTreeWidget

    from roundtable.store.board import MAX_LABEL_CHARS
    from tests.ui.test_themes_in_the_room import rename_first_theme, three_themes

    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: boxes.append(args[2]))
    three_themes(window)
    tree = window.findChild(QTreeWidget, "themeList")
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 3, timeout=3000)
    long_name = "Lead quality " * (MAX_LABEL_CHARS // 13 + 2)
    rename_first_theme(qtbot, tree, long_name)
    QApplication.processEvents()
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit), timeout=3000)
    editor = QApplication.focusWidget()
    assert editor.objectName() == "themeNameEditor" and editor.text() == long_name.strip()
    assert not boxes  # said in the status bar, with the name still there to shorten
    message = window.statusBar().currentMessage()
    assert f"at most {MAX_LABEL_CHARS} characters" in message and "Esc" in message, message
    assert window.store.themes()[0].label == "Lead quality"


def test_a_theme_name_too_long_comes_back_with_f2_after_a_click_elsewhere(
    qtbot, window, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox, QTreeWidget

    from tests.ui.test_themes_in_the_room import three_themes

    monkeypatch.setattr(QMessageBox, "warning", lambda *args: None)
    three_themes(window)
    tree = window.findChild(QTreeWidget, "themeList")
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 3, timeout=3000)
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0))
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor.objectName() == "themeNameEditor"
    long_name = "Nobody agrees what a qualified lead is " * 3
    editor.selectAll()
    qtbot.keyClicks(editor, long_name)
    qtbot.mouseClick(window.entry, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert window.entry.hasFocus()  # the keyboard stays where the facilitator clicked
    message = window.statusBar().currentMessage()
    assert "What you typed is kept: F2 on “Lead quality”" in message, message
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0))
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor.objectName() == "themeNameEditor"
    assert editor.text() == long_name.strip()


def test_at_800_a_refused_due_date_opens_again_on_the_line_under_the_item(qtbot, window):
    from tests.ui.test_action_items_small_window import actions_in_front

    view = actions_in_front(qtbot, window, (800, 600))
    add_action(qtbot, window, "Share the win-loss notes @Ben Okafor")
    assert view.isColumnHidden(DUE)  # owner and due date on the line under the text
    qtbot.keyClick(window.findChild(QLineEdit, "actionText"), Qt.Key.Key_Tab)
    due = QApplication.focusWidget()
    assert isinstance(due, DueDateEdit)
    qtbot.keyClicks(due, "someday")
    qtbot.keyClick(due, Qt.Key.Key_Return)
    QApplication.processEvents()
    again = editor_open_on(qtbot, window, DUE)
    assert again is not due and again.hasFocus() and again.text() == "someday"
    assert again.isVisible() and view.viewport().rect().intersects(again.geometry())
