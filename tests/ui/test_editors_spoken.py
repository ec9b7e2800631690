"""Every field the keyboard lands in says what it is to a screen reader: the in-place
editors (a card's text, a theme's name, a vote count, an action item's owner and due date),
the shortcut list's search box and the suggested themes. They had no name, so a screen
reader said only "edit text" or "spin box" (keyboard audit finding)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.test_sensemaking_actions import add_action
from tests.ui.test_sensemaking_suggest import broken_round, shown_preview
from tests.ui.test_sensemaking_themes import add_notes

CTRL = Qt.KeyboardModifier.ControlModifier


def spoken() -> str:
    """What a screen reader says the widget with the keyboard is."""
    widget = QApplication.focusWidget()
    assert widget is not None
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def test_a_card_and_a_theme_name_being_edited_say_what_they_are(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    add_notes(qtbot, window, "Leads from events go nowhere", "Comp plan rewards closed deals")
    qtbot.keyClick(window.entry, Qt.Key.Key_Down)
    qtbot.keyClick(window.board, Qt.Key.Key_F2)
    assert spoken() == "Note text"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.keyClick(window.board, Qt.Key.Key_G, CTRL)  # a new theme, its name open
    assert spoken().startswith("Theme name")


def test_a_vote_count_being_typed_says_whose_dots_for_which_theme(qtbot, themed):
    window = themed
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.entry, Qt.Key.Key_V, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_3)  # opens the count's editor
    assert spoken() == "Dots from sales for Lead definition"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert spoken() == "Dots from marketing for Lead definition"


def test_an_action_items_owner_and_due_date_say_whose_they_are(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    add_action(qtbot, window, "Share the lead sheet")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # the item's owner
    assert spoken() == "Owner of “Share the lead sheet”"
    qtbot.keyClicks(QApplication.focusWidget(), "Ana Lopez")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # then its due date
    assert spoken() == "Due date of “Share the lead sheet”"


def test_the_shortcut_search_and_the_suggestions_say_what_they_are(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.entry, Qt.Key.Key_F1)
    dialog = window.findChild(QWidget, "shortcutsDialog")
    qtbot.waitUntil(lambda: dialog is not None and QApplication.activeWindow() is dialog)
    assert spoken() == "Search the shortcuts"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert spoken() == "Keyboard shortcuts"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    broken_round(qtbot, window)
    qtbot.keyClick(window.entry, Qt.Key.Key_T, CTRL)
    preview = shown_preview(qtbot, window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is preview)
    assert spoken() == "Suggested themes"
