"""What Edit > Undo and the status bar call the steps of grouping a round into themes
(helper's walk through the theme flow with a round of sales and marketing notes)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QTreeWidget

from tests.ui.test_sensemaking_themes import make_themes, select_rows, theme_rows


def test_merging_themes_names_them_in_edit_undo_and_the_status_bar(qtbot, window):
    # Both were "Merge 2 themes": which two, once the board has a dozen?
    tree = window.findChild(QTreeWidget, "themeList")
    make_themes(qtbot, window, ["Pay plans", "Bonus on lead volume", "CRM"])
    select_rows(qtbot, tree, 0, 1)
    qtbot.keyClick(tree, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert [r[:2] for r in theme_rows(window)] == [["Pay plans", "2"], ["CRM", "1"]]
    undo = window.findChild(QAction, "undoAction")
    assert undo.text() == "&Undo Merge “Bonus on lead volume” into “Pay plans”"
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [r[0] for r in theme_rows(window)] == ["Pay plans", "Bonus on lead volume", "CRM"]
    said = window.statusBar().currentMessage()
    assert said == "Undone: Merge “Bonus on lead volume” into “Pay plans”."


def test_merging_three_themes_names_the_two_that_go(qtbot, window):
    tree = window.findChild(QTreeWidget, "themeList")
    make_themes(qtbot, window, ["Pay plans", "Bonus on lead volume", "Commission"])
    select_rows(qtbot, tree, 0, 1, 2)
    qtbot.keyClick(tree, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert [r[:2] for r in theme_rows(window)] == [["Pay plans", "3"]]
    assert window.undo_stack.undoText() == (
        "Merge “Bonus on lead volume”, “Commission” into “Pay plans”"
    )


def test_accepting_a_new_notes_suggested_theme_names_the_note_and_the_theme(qtbot, window):
    # It was "Accept suggested theme Lead definition and quality" in Edit > Undo, the theme's
    # name run into the words around it, and no word of which note would go back.
    from tests.ui.test_sensemaking_suggest import note_with_a_live_proposal

    rid, new = note_with_a_live_proposal(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.entry.setFocus()
    qtbot.keyClick(window.entry, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.store.theme(window.store.note(new).theme_id).label.startswith("Lead definition")
    step = "Put “What counts as a qualified…” into “Lead definition and quality”"
    assert window.findChild(QAction, "undoAction").text() == f"&Undo {step}"
    assert window.statusBar().currentMessage() == (
        "“What counts as a qualified lead differs per team” placed in"
        " “Lead definition and quality” (Ctrl+Z undoes)."
    )
    qtbot.keyClick(window.entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.store.note(new).theme_id is None
    assert window.statusBar().currentMessage() == f"Undone: {step}."


def test_sort_the_rest_says_where_the_notes_went_and_how_many_stay_ungrouped(qtbot, window):
    # "2 notes placed: 2 themes already there." read as if two themes were placed, and left
    # the facilitator to count the cards Sort the rest was not sure of.
    from tests.ui.test_sensemaking_suggest import sort_the_rest

    rid, _ids, preview = sort_the_rest(qtbot, window)
    ticked = preview.checked_groups()
    placed = sum(len(g.new_note_ids) for g in ticked)
    preview.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is preview)
    qtbot.keyClick(preview.tree, Qt.Key.Key_Return)  # accepts the ticked (the sure) places
    qtbot.waitUntil(lambda: not preview.isVisible())
    left = [n for n in window.store.notes(rid) if n.theme_id is None]
    assert placed and left
    themes = f"{len(ticked)} theme{'s' if len(ticked) != 1 else ''}"
    notes = f"{placed} note{'s' if placed != 1 else ''}"
    stay = f"{len(left)} note stays" if len(left) == 1 else f"{len(left)} notes stay"
    assert window.statusBar().currentMessage() == (
        f"{notes} placed in {themes} already there; {stay} ungrouped."
    )


def test_accepting_every_suggested_theme_says_nothing_stays_behind(qtbot, window):
    from tests.ui.test_sensemaking_suggest import broken_round, open_preview

    rid, ids = broken_round(qtbot, window)
    preview = open_preview(qtbot, window)
    made = len(preview.groups)
    qtbot.mouseClick(preview.accept_all, Qt.MouseButton.LeftButton)
    assert all(n.theme_id is not None for n in window.store.notes(rid))
    assert window.statusBar().currentMessage() == (f"{len(ids)} notes placed in {made} new themes.")
