"""Typing with an item of the Action items table selected starts the next item in the
panel's line: the first letter opened the item's text for editing and replaced it, so the
next commitment typed (or a note) took the place of the one already agreed, without a word."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.ui.test_sensemaking_actions import add_action, panel_of, rows, table, wide_panel
from ui.sensemaking.action_model import OWNER, WHAT


def _click(qtbot, window, row: int, col: int) -> None:
    view = table(window)
    rect = view.visualRect(panel_of(window).proxy.index(row, col))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_typing_on_an_items_text_starts_the_next_item(qtbot, window):
    wide_panel(qtbot, window)
    add_action(qtbot, window, "Send the SLA draft to both teams @ana")
    _click(qtbot, window, 0, WHAT)
    assert QApplication.focusWidget() is table(window)
    qtbot.keyClick(table(window), "B")  # then the keys go where the keyboard went
    line = window.findChild(QLineEdit, "actionText")
    assert QApplication.focusWidget() is line
    qtbot.keyClicks(line, "ook the follow-up call @ben")
    assert line.text() == "Book the follow-up call @ben"
    qtbot.keyClick(line, Qt.Key.Key_Return)
    texts = [a.text for a in window.store.actions()]
    assert texts == ["Send the SLA draft to both teams", "Book the follow-up call"]
    assert [r[WHAT] for r in rows(window)] == texts


def test_space_still_ticks_and_f2_still_edits_the_text(qtbot, window):
    wide_panel(qtbot, window)
    add_action(qtbot, window, "Send the SLA draft to both teams")
    _click(qtbot, window, 0, WHAT)
    qtbot.keyClick(table(window), Qt.Key.Key_Space)
    assert window.store.actions()[0].status == "done"
    qtbot.keyClick(table(window), Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.objectName() != "actionText"
    editor.selectAll()
    qtbot.keyClicks(editor, "Send the SLA draft")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.store.actions()[0].text == "Send the SLA draft")


def test_typing_on_the_owner_still_edits_the_owner(qtbot, window):
    wide_panel(qtbot, window)
    add_action(qtbot, window, "Send the SLA draft to both teams")
    _click(qtbot, window, 0, OWNER)
    qtbot.keyClick(table(window), "B")
    editor = QApplication.focusWidget()
    assert editor.objectName() == "ownerEditor"
