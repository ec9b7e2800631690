"""Themes > Rename theme (Shift+F2): renaming a theme can be found in the menus.

The Themes menu had Group, Merge, Suggest and the rest, but no Rename: it was F2 in the
Themes panel only (its right-click menu and a tooltip said so), and F2 on the board edits
the note (walkthrough finding). From the board it renames the theme of the selected card."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QWidget

from tests.ui.test_acceptance_story import activate
from tests.ui.test_sensemaking_themes import add_notes, click_card

SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_the_themes_menu_renames_the_theme_of_the_selected_card(qtbot, window):
    activate(qtbot, window)
    first, second = add_notes(qtbot, window, "Leads go cold", "Bonus plans differ")
    window.store.add_theme(window.shown_round_id(), "Theme 1", note_ids=[first])
    window.store.add_theme(window.shown_round_id(), "Pay", note_ids=[second])
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Themes")
    entry = next(a for a in menu.actions() if a.text() == "Rename theme")
    assert entry.shortcut() == QKeySequence("Shift+F2")
    click_card(qtbot, window, first)
    qtbot.keyClick(window.board, Qt.Key.Key_F2, SHIFT)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "Theme 1"
    editor.selectAll()
    qtbot.keyClicks(editor, "Slow follow-up")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # (the delegate commits it right after)
    rid = window.shown_round_id()
    qtbot.waitUntil(lambda: window.store.themes(rid)[0].label == "Slow follow-up")
    assert [t.label for t in window.store.themes(rid)] == ["Slow follow-up", "Pay"]
    assert QApplication.focusWidget() is window.board  # back where the facilitator was
    qtbot.keyClick(window.entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [t.label for t in window.store.themes(window.shown_round_id())][0] == "Theme 1"


def test_with_nothing_to_rename_it_says_what_to_select(qtbot, window):
    activate(qtbot, window)
    add_notes(qtbot, window, "Leads go cold")
    action = window.findChild(QAction, "renameThemeMenuAction")
    action.trigger()
    assert "Select a theme" in window.statusBar().currentMessage()


def test_a_right_click_on_a_card_offers_to_rename_its_theme(qtbot, window):
    from tests.ui.test_card_menu import click_entry, right_click

    activate(qtbot, window)
    (note,) = add_notes(qtbot, window, "Leads go cold")
    window.store.add_theme(window.shown_round_id(), "Theme 1", note_ids=[note])
    seen = right_click(
        qtbot, window, note, lambda m: click_entry(qtbot, m, "renameThemeMenuAction")
    )
    assert ("Rename theme", "Shift+F2", True) in seen
    tree = window.findChild(QWidget, "themeList")
    qtbot.waitUntil(lambda: tree.state() == QAbstractItemView.State.EditingState)
    editors = [e for e in tree.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert [e.text() for e in editors] == ["Theme 1"]
