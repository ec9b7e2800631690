"""A theme started by hand (cards selected, Ctrl+G, its name typed) is one undo step,
"Start theme “…”": Ctrl+Z took the name back first and left the theme, so taking back a
theme started by mistake took two, the first of which seemed to do little."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTreeWidget

from roundtable.store import Store
from tests.ui.conftest import shown_window
from tests.ui.test_sensemaking_themes import add_notes, click_card, theme_rows, type_into_editor

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def _start_theme(qtbot, window, name: str) -> list[int]:
    a, b, c = add_notes(qtbot, window, "s: Leads sit for days", "m: No owner for handover", "Ok")
    click_card(qtbot, window, a)
    click_card(qtbot, window, b, CTRL)
    qtbot.keyClick(window.board, Qt.Key.Key_G, CTRL)
    type_into_editor(qtbot, window, name)
    assert theme_rows(window) == [[name, "2", "1", "1", "0"]]
    return [a, b, c]


def test_one_ctrl_z_takes_back_a_theme_started_and_named(qtbot, window, session_file, fake_clock):
    ids = _start_theme(qtbot, window, "Slow handover")
    assert window.undo_stack.undoText() == "Start theme “Slow handover”"
    assert "Start theme “Slow handover”" in window.findChild(QAction, "undoAction").text()
    qtbot.keyClick(window.entry, Qt.Key.Key_Z, CTRL)
    assert theme_rows(window) == []
    rid = window.shown_round_id()
    assert all(window.store.note(n).theme_id is None for n in ids)
    assert window.statusBar().currentMessage() == "Undone: Start theme “Slow handover”."
    # Redo brings the theme back with its name, in one step too.
    qtbot.keyClick(window.entry, Qt.Key.Key_Z, CTRL | SHIFT)
    assert theme_rows(window) == [["Slow handover", "2", "1", "1", "0"]]
    window.close()

    # The step is kept in the file as one: reopened, one Ctrl+Z takes the theme back.
    again = shown_window(qtbot, session_file, fake_clock)
    assert again.undo_stack.undoText() == "Start theme “Slow handover”"
    again.undo_stack.undo()
    assert [t.label for t in again.store.themes(rid)] == []
    assert again.undo_stack.undoText().startswith("Add note")
    again.close()
    with Store.open(session_file) as store:
        assert store.themes(rid) == []
        assert [n.theme_id for n in store.notes(rid)] == [None, None, None]


def test_renaming_the_theme_later_is_a_step_of_its_own(qtbot, window):
    _start_theme(qtbot, window, "Slow handover")
    tree = window.findChild(QTreeWidget, "themeList")
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0))
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    type_into_editor(qtbot, window, "Handover gaps")
    assert window.undo_stack.undoText() == "Rename “Slow handover” to “Handover gaps”"
    qtbot.keyClick(window.entry, Qt.Key.Key_Z, CTRL)
    assert theme_rows(window)[0][0] == "Slow handover"
