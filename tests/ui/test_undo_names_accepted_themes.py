"""Accepting suggested themes (or sorted places) is one undo step named with its numbers:
"Accept 6 suggested themes", "Accept 2 of 6 suggested themes", "Sort 4 of 5 notes into
themes". Both kinds of accept were "Accept suggested themes" in Edit > Undo and in the status
bar after Ctrl+Z, whatever was taken. Driven through the real preview; the file is reopened."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from roundtable.store import Store
from tests.ui.test_sensemaking_suggest import broken_round, open_preview, sort_the_rest
from tests.ui.test_undo_shows_groupings import active, redo, undo


def undo_entry(window) -> str:
    """What Edit > Undo says, without its "&"."""
    return window.findChild(QAction, "undoAction").text().replace("&", "")


def status(window) -> str:
    return window.statusBar().currentMessage()


def undo_named(qtbot, window, name: str) -> None:
    """The step is named `name` in Edit > Undo, and Ctrl+Z says it undid that."""
    assert undo_entry(window) == f"Undo {name}"
    undo(qtbot, window)
    assert status(window).startswith(f"Undone: {name}.")


def untick(qtbot, preview, item) -> None:
    """Untick a row of the preview with the keyboard, as the facilitator would."""
    preview.tree.setCurrentItem(item)
    qtbot.keyClick(preview.tree, Qt.Key.Key_Space)
    assert item.checkState(0) == Qt.CheckState.Unchecked


def test_accept_all_is_named_with_the_number_of_themes(qtbot, window, session_file):
    active(qtbot, window)
    rid, _ids = broken_round(qtbot, window)
    preview = open_preview(qtbot, window)
    offered = len(preview.groups)
    assert offered >= 2
    qtbot.mouseClick(preview.accept_all, Qt.MouseButton.LeftButton)
    active(qtbot, window)  # offscreen, the window stays inactive after the preview
    name = f"Accept {offered} suggested themes"
    undo_named(qtbot, window, name)
    assert all(n.theme_id is None for n in window.store.notes(rid))
    redo(qtbot, window)
    assert status(window).startswith(f"Redone: {name}. ")
    assert undo_entry(window) == f"Undo {name}"
    window.close()
    with Store.open(session_file) as store:
        assert len(store.themes(rid)) == offered


def test_accepting_the_ticked_themes_says_how_many_of_how_many(qtbot, window, session_file):
    active(qtbot, window)
    rid, _ids = broken_round(qtbot, window)
    preview = open_preview(qtbot, window)
    offered = len(preview.groups)
    left = preview.groups[-1]
    untick(qtbot, preview, preview.group_item(left.label))
    qtbot.mouseClick(preview.accept_some, Qt.MouseButton.LeftButton)
    active(qtbot, window)
    name = f"Accept {offered - 1} of {offered} suggested themes"
    undo_named(qtbot, window, name)
    assert window.findChild(QAction, "redoAction").text().replace("&", "") == f"Redo {name}"
    redo(qtbot, window)
    window.close()
    with Store.open(session_file) as store:
        assert sorted(t.label for t in store.themes(rid)) == sorted(
            g.label for g in preview.groups[:-1]
        )
        assert all(store.note(nid).theme_id is None for nid in left.new_note_ids)


def test_sorting_the_rest_is_named_with_the_number_of_notes_placed(qtbot, window):
    active(qtbot, window)
    rid, _ids, preview = sort_the_rest(qtbot, window)
    ticked = [n for g in preview.checked_groups() for n in g.new_note_ids]
    proposed = sum(len(g.new_note_ids) for g in preview.groups)
    # Less sure places come unticked: accepting the ticked places only some of them.
    assert 0 < len(ticked) < proposed
    qtbot.mouseClick(preview.accept_some, Qt.MouseButton.LeftButton)
    active(qtbot, window)
    name = f"Sort {len(ticked)} of {proposed} notes into themes"
    undo_named(qtbot, window, name)
    assert all(window.store.note(nid).theme_id is None for nid in ticked)
