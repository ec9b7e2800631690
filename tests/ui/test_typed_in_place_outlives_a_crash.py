"""What is typed in an editor open in place outlives a crash: a note edited on its card, a
theme being renamed, an action item's Text, Owner or Due cell. Each was saved only when the
editor was left (a normal close saved it), so a crash or a flat battery lost it. Now the
session opens with the same editor open on what was typed, and the status bar says so;
nothing is saved before Enter, and Esc keeps what the file has."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QTreeWidget, QWidget

from tests.ui.conftest import dies_mid_edit, shown_window
from tests.ui.test_acceptance_story import activate
from tests.ui.test_sensemaking_actions import add_action, open_editor, panel_of
from tests.ui.test_sensemaking_themes import make_themes, select_rows
from ui.sensemaking.action_model import DUE, OWNER, WHAT


def kept(text: str) -> bool:
    return any(text in str(QSettings().value(k)) for k in QSettings().allKeys())


def open_editor_named(window, name: str):
    editor = window.findChild(QWidget, name)
    return editor if editor is not None and editor.isVisible() else None


def reopened_after_a_crash(qtbot, window, session_file, fake_clock):
    """The battery dies with an editor open; the session opened again, in front. Returns
    the new window and what its status bar says."""
    dies_mid_edit(window)
    again = shown_window(qtbot, session_file, fake_clock)
    activate(qtbot, again)
    return again, again.statusBar().currentMessage()


def reopened_editor(qtbot, window, name: str):
    """The editor `name` the reopened window puts back open."""
    qtbot.waitUntil(lambda: open_editor_named(window, name) is not None, timeout=3000)
    return open_editor_named(window, name)


def card_being_edited(qtbot, window, typed: str):
    qtbot.keyClicks(window.entry, "Leads go cold")
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    qtbot.keyClick(window.entry, Qt.Key.Key_Down)  # the card
    qtbot.keyClick(window.board, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor.objectName() == "cardEditor"
    qtbot.keyClicks(editor, typed)
    qtbot.waitUntil(lambda: kept(typed), timeout=3000)
    return editor


def test_a_note_edited_on_its_card_is_open_again_after_a_crash(
    qtbot, window, session_file, fake_clock
):
    card_being_edited(qtbot, window, " over the weekend")
    again, said = reopened_after_a_crash(qtbot, window, session_file, fake_clock)
    assert "The note you were editing on its card" in said and "Esc keeps" in said
    editor = reopened_editor(qtbot, again, "cardEditor")
    assert editor.toPlainText() == "Leads go cold over the weekend"
    assert [n.text for n in again.store.notes()] == ["Leads go cold"]  # not saved: not Enter
    qtbot.keyClicks(editor, "!")  # goes on the end of what was typed
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert [n.text for n in again.store.notes()] == ["Leads go cold over the weekend!"]
    again.close()


def test_a_theme_half_renamed_comes_back_as_an_open_rename(qtbot, window, session_file, fake_clock):
    tree = window.findChild(QTreeWidget, "themeList")
    make_themes(qtbot, window, ["Culture", "Money"])
    select_rows(qtbot, tree, 1)
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor.objectName() == "themeNameEditor"
    editor.selectAll()
    qtbot.keyClicks(editor, "Pay and bon")
    qtbot.waitUntil(lambda: kept("Pay and bon"), timeout=3000)
    again, said = reopened_after_a_crash(qtbot, window, session_file, fake_clock)
    assert "The theme name you were typing" in said and "Esc keeps that name" in said
    editor = reopened_editor(qtbot, again, "themeNameEditor")
    assert editor.text() == "Pay and bon"
    assert [t.label for t in again.store.themes()] == ["Culture", "Money"]  # not renamed yet
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # Esc: the theme keeps its name
    QApplication.processEvents()
    assert [t.label for t in again.store.themes()] == ["Culture", "Money"]
    assert open_editor_named(again, "themeNameEditor") is None
    again.close()
    third = shown_window(qtbot, session_file, fake_clock)  # and it does not come back again
    QApplication.processEvents()
    assert open_editor_named(third, "themeNameEditor") is None
    assert "you were typing" not in third.statusBar().currentMessage()
    third.close()


@pytest.mark.parametrize(
    ("column", "name", "typed", "saved"),
    [
        (
            WHAT,
            None,
            "Shared dashboard for both teams",
            ("text", "Shared dashboard for both teams"),
        ),
        (OWNER, "ownerEditor", "Ben Okafor", ("owner", "Ben Okafor")),
        (DUE, "dueDateEditor", "2026-12-31", ("due", "2026-12-31")),
    ],
)
def test_an_action_items_cell_is_open_again_after_a_crash(
    qtbot, window, session_file, fake_clock, column, name, typed, saved
):
    add_action(qtbot, window, "Shared dashboard")
    editor = open_editor(qtbot, window, 0, column)
    line = editor.lineEdit() if isinstance(editor, QComboBox) else editor
    assert isinstance(line, QLineEdit)
    line.selectAll()
    qtbot.keyClicks(line, typed)
    qtbot.waitUntil(lambda: kept(typed), timeout=3000)
    again, said = reopened_after_a_crash(qtbot, window, session_file, fake_clock)
    assert f"The {saved[0].replace('due', 'due date')} you were typing for the action item" in said
    table = panel_of(again).table
    index = panel_of(again).proxy.index(0, column)
    qtbot.waitUntil(lambda: table.indexWidget(index) is not None, timeout=3000)
    editor = table.indexWidget(index)
    assert name is None or editor.objectName() == name
    line = editor.lineEdit() if isinstance(editor, QComboBox) else editor
    assert line.text() == typed and line.hasFocus()
    assert str(getattr(again.store.actions()[0], saved[0]) or "") != saved[1]  # not yet
    qtbot.keyClick(line, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert str(getattr(again.store.actions()[0], saved[0])) == saved[1]
    again.close()


def test_esc_in_a_card_leaves_nothing_to_come_back(qtbot, window, session_file, fake_clock):
    # Esc keeps the note as it was, as before: a crash right after brings back no editor.
    editor = card_being_edited(qtbot, window, " over the weekend")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    QApplication.processEvents()
    assert not kept(" over the weekend")
    dies_mid_edit(window)
    again = shown_window(qtbot, session_file, fake_clock)
    QApplication.processEvents()
    assert open_editor_named(again, "cardEditor") is None
    assert [n.text for n in again.store.notes()] == ["Leads go cold"]
    again.close()


def test_a_normal_close_saves_the_open_card_as_before(qtbot, window, session_file, fake_clock):
    card_being_edited(qtbot, window, " over the weekend")
    window.close()
    again = shown_window(qtbot, session_file, fake_clock)
    QApplication.processEvents()
    assert [n.text for n in again.store.notes()] == ["Leads go cold over the weekend"]
    assert open_editor_named(again, "cardEditor") is None
    again.close()
