"""One wrongly sorted note can be refused on its own in the preview (helper's walkthrough:
only a whole theme could be unticked, so one bad note meant placing it or none)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.test_sensemaking_suggest import broken_round, shown_preview, sort_the_rest


def test_untick_one_sorted_note_and_accept_the_rest_of_its_theme(qtbot, window):
    rid, ids, preview = sort_the_rest(qtbot, window)
    store = window.store
    group = max(preview.groups, key=lambda g: len(g.new_note_ids))
    assert len(group.new_note_ids) >= 2, [g.new_note_ids for g in preview.groups]
    wrong, *right = group.new_note_ids
    row = preview.note_item(wrong)
    assert row.checkState(0) == Qt.CheckState.Checked
    preview.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is preview)
    preview.tree.setCurrentItem(row)
    qtbot.keyClick(preview.tree, Qt.Key.Key_Space)  # untick that note only
    assert row.checkState(0) == Qt.CheckState.Unchecked
    top = preview.group_item(group.label)
    assert top.checkState(0) == Qt.CheckState.PartiallyChecked
    total = sum(len(g.new_note_ids) for g in preview.groups)
    assert preview.accept_some.text() == f"Accept the {total - 1} &ticked"
    qtbot.mouseClick(preview.accept_some, Qt.MouseButton.LeftButton)
    assert store.note(wrong).theme_id is None
    assert {store.note(n).theme_id for n in right} == {group.existing_theme_id}
    others = [n for g in preview.groups if g is not group for n in g.new_note_ids]
    assert all(store.note(n).theme_id is not None for n in others)


def test_unticking_a_theme_unticks_its_notes_and_ticking_one_brings_it_back(qtbot, window):
    rid, ids = broken_round(qtbot, window)
    window.store.add_theme(rid, "Compensation and incentives", note_ids=ids[0:2])
    qtbot.keyClick(
        window.entry,
        Qt.Key.Key_T,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    preview = shown_preview(qtbot, window)
    group = preview.groups[0]
    top = preview.group_item(group.label)
    top.setCheckState(0, Qt.CheckState.Unchecked)
    rows = [preview.note_item(n) for n in group.new_note_ids]
    assert {r.checkState(0) for r in rows} == {Qt.CheckState.Unchecked}
    rows[0].setCheckState(0, Qt.CheckState.Checked)
    expected = Qt.CheckState.Checked if len(rows) == 1 else Qt.CheckState.PartiallyChecked
    assert top.checkState(0) == expected
    assert [g.new_note_ids for g in preview.checked_groups() if g.label == group.label] == [
        [group.new_note_ids[0]]
    ]
