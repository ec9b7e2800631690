"""A note typed while the Themes panel has the keyboard is a note: after Accept all the
keyboard is on the panel's first theme (to review the names), and the facilitator who went
on typing what the room said lost the note to the list's jump-to-a-theme-by-letter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTreeWidget

from tests.ui.test_sensemaking_suggest import broken_round, open_preview


def _all_accepted(qtbot, window):
    """A round's suggested themes accepted with Accept all: the keyboard is on the Themes
    panel's list then. Returns the round, its note ids and the list."""
    rid, ids = broken_round(qtbot, window)
    preview = open_preview(qtbot, window)
    qtbot.mouseClick(preview.accept_all, Qt.MouseButton.LeftButton)
    tree = window.findChild(QTreeWidget, "themeList")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tree)
    return rid, ids, tree


def test_a_note_typed_after_accept_all_goes_on_the_board(qtbot, window):
    rid, ids, tree = _all_accepted(qtbot, window)
    themes = [(t.id, t.label) for t in window.store.themes(rid)]
    qtbot.keyClicks(QApplication.focusWidget(), "m: Nobody reads the lead notes")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    notes = window.store.notes(rid)
    assert len(notes) == len(ids) + 1
    assert (notes[-1].text, notes[-1].function) == ("Nobody reads the lead notes", "marketing")
    assert QApplication.focusWidget() is window.entry and window.entry.text() == ""
    assert [(t.id, t.label) for t in window.store.themes(rid)] == themes  # none renamed


def test_the_panel_keys_still_work_there(qtbot, window):
    rid, _ids, tree = _all_accepted(qtbot, window)
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    second = window.store.themes(rid)[1]
    assert tree.currentItem().text(0) == second.label
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "Leads go cold")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.store.theme(second.id).label == "Leads go cold")
    assert window.entry.text() == ""
