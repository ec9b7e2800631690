"""Themes stored from the command line (`roundtable themes --apply`) are undone in the app."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QTreeWidget

from roundtable.cli import main
from roundtable.store import Store
from tests.ui.conftest import shown_window

NOTES = (
    "Reps are paid on bookings, marketing on MQL volume",
    "Commission plans reward closing, never pipeline",
    "Marketing bonus counts leads instead of revenue",
    "Nobody agrees what a qualified lead is",
    "The MQL definition changes every quarter",
    "CRM data is a mess with duplicates everywhere",
    "Salesforce fields are never filled in by reps",
)


def theme_names(window) -> list[str]:
    tree = window.findChild(QTreeWidget, "themeList")
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def test_themes_stored_from_the_command_line_are_undone_with_ctrl_z(
    qtbot, session_file, fake_clock, capsys
):
    with Store.open(session_file) as store:
        rid = store.rounds()[2].id
        ids = [store.add_note(rid, text).id for text in NOTES]
        store.add_theme(rid, "Pay plans", note_ids=[ids[0]])  # one placed by hand before
    assert main(["themes", str(session_file), "--round", "3", "--apply"]) == 0
    said = capsys.readouterr().out
    assert "Stored in round 3" in said
    assert "Opened in Roundtable, Edit > Undo (Ctrl+Z) takes them back." in said
    with Store.open(session_file) as store:
        stored = {n.id: n.theme_id for n in store.notes(rid)}
        labels = [t.label for t in store.themes(rid)]
    assert len(labels) > 1 and sum(t is not None for t in stored.values()) > 1

    window = shown_window(qtbot, session_file, fake_clock)
    window.agenda.setCurrentRow(2)
    assert theme_names(window) == labels
    undo = window.findChild(QAction, "undoAction")
    assert undo is not None and undo.isEnabled()
    assert undo.text().startswith("&Undo Store suggested themes (from the command line)")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: theme_names(window) == ["Pay plans"])
    assert [n.id for n in window.store.notes(rid) if n.theme_id is not None] == [ids[0]]
    window.close()

    # Undone for good, and the command line's change is not offered a second time.
    with Store.open(session_file) as store:
        assert [t.label for t in store.themes(rid)] == ["Pay plans"]
        assert {n.id: n.theme_id for n in store.notes(rid)}[ids[1]] is None
    window = shown_window(qtbot, session_file, fake_clock)
    assert not window.undo_stack.canUndo() or "command line" not in window.undo_stack.undoText()
    window.close()
