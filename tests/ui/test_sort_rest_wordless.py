"""Sort the rest says why a note without words stays ungrouped: an emoji or a "+1" has
nothing to sort by, and was listed as "not sure", as if the app had weighed it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.ui.test_sensemaking_suggest import NOTES, broken_round, shown_preview


def _sort_the_rest(qtbot, window):
    qtbot.keyClick(
        window.entry,
        Qt.Key.Key_T,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )


def _tops(preview) -> list[str]:
    tree = preview.tree
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def test_an_emoji_and_a_plus_one_stay_ungrouped_for_want_of_words(qtbot, window):
    rid, ids = broken_round(qtbot, window)
    window.entry.insert("👍")  # as an emoji picker puts it (key clicks cannot)
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    qtbot.keyClicks(window.entry, "+1")
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    store = window.store
    store.add_theme(rid, "Compensation and incentives", note_ids=ids[0:2])
    store.add_theme(rid, "CRM data and tools", note_ids=ids[6:8])
    _sort_the_rest(qtbot, window)
    preview = shown_preview(qtbot, window)
    tops = _tops(preview)
    assert "Stays ungrouped (2 notes, no words to sort by)" in tops, tops
    intro = preview.findChild(QLabel, "suggestionSummary").text()
    assert "2 without words to sort by (emoji, “+1”) stay for you to place" in intro, intro
    tree = preview.tree
    unsure = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    unsure = [item for item in unsure if item.text(0).endswith("not sure)")]
    said = [item.child(k).text(0) for item in unsure for k in range(item.childCount())]
    assert not {"👍", "+1"} & set(said), said


def test_sort_the_rest_with_only_an_emoji_left_says_so(qtbot, window):
    rid, ids = broken_round(qtbot, window, NOTES[:4])
    window.entry.insert("🚀")
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    window.store.add_theme(rid, "Compensation and incentives", note_ids=ids)
    _sort_the_rest(qtbot, window)
    qtbot.waitUntil(lambda: "no words" in window.statusBar().currentMessage())
    assert window.statusBar().currentMessage() == (
        "The ungrouped note has no words to sort by (emoji, “+1”): place it by hand"
        " (Ctrl+G) or leave it."
    )
