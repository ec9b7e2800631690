"""Ctrl+G and Ctrl+M on notes from the board: notes of two themes, and all of a theme's."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTreeWidget

from tests.ui.test_sensemaking_themes import (
    add_notes,
    click_card,
    ctrl_g_new_theme,
    type_into_editor,
)


def notes_in_two_themes_selected(qtbot, window, texts, names) -> tuple[int, int]:
    """Two notes, each made its own theme with Ctrl+G and named, then both selected."""
    a, b = add_notes(qtbot, window, *texts)
    for note, name in zip((a, b), names, strict=True):
        click_card(qtbot, window, note)
        ctrl_g_new_theme(qtbot, window)
        type_into_editor(qtbot, window, name)
    click_card(qtbot, window, a)
    click_card(qtbot, window, b, Qt.KeyboardModifier.ControlModifier)
    return a, b


def test_ctrl_g_on_notes_from_two_themes_offers_a_new_theme(qtbot, window):
    a, b = notes_in_two_themes_selected(
        qtbot, window, ("webinar leads", "case studies"), ("Events", "Content")
    )
    ctrl_g_new_theme(qtbot, window)  # a menu; Enter: New theme (it used to join "Events")
    type_into_editor(qtbot, window, "Campaign proof")
    themes = {t.id: t.label for t in window.store.themes(window.shown_round_id())}
    assert themes[window.store.note(a).theme_id] == "Campaign proof"
    assert window.store.note(b).theme_id == window.store.note(a).theme_id


def test_f2_right_after_merging_from_the_board_renames_the_merged_theme(qtbot, window):
    notes_in_two_themes_selected(
        qtbot, window, ("webinar leads", "trade fair leads"), ("Webinars", "Fairs")
    )
    qtbot.keyClick(window.board, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    tree = window.findChild(QTreeWidget, "themeList")
    assert tree.topLevelItemCount() == 1
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F2)
    type_into_editor(qtbot, window, "Events")
    assert [t.label for t in window.store.themes(window.shown_round_id())] == ["Events"]
    # The status said "Merged ..." still, after the rename.
    assert window.statusBar().currentMessage().startswith("Theme renamed “Events”")


def test_ctrl_g_on_all_of_the_only_themes_notes_changes_nothing_and_says_so(qtbot, window):
    # It made a second theme of them and left "Lead follow-up — 0 notes", votes and all.
    ids = add_notes(qtbot, window, "Leads wait days", "Nobody calls back")
    theme = window.store.add_theme(window.shown_round_id(), "Lead follow-up", note_ids=ids)
    click_card(qtbot, window, ids[0])
    click_card(qtbot, window, ids[1], Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.board, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert [t.id for t in window.store.themes(window.shown_round_id())] == [theme.id]
    assert {window.store.note(n).theme_id for n in ids} == {theme.id}
    assert "all the notes of “Lead follow-up” already" in window.statusBar().currentMessage()


def test_merging_themes_whose_votes_pass_the_cap_says_where_they_stop(qtbot, window):
    notes_in_two_themes_selected(
        qtbot, window, ("webinar leads", "trade fair leads"), ("Webinars", "Fairs")
    )
    themes = window.store.themes(window.shown_round_id())
    for theme in themes:
        window.store.set_votes(theme.id, "sales", 6_000)
    qtbot.keyClick(window.board, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    (merged,) = window.store.themes(window.shown_round_id())
    assert window.store.theme_votes(merged.id)["sales"] == 10_000
    assert "Sales votes added up past 10,000 and stop there." in (
        window.statusBar().currentMessage()
    )
