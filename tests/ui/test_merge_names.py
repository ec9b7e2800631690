"""Merging themes keeps the name the facilitator chose (helper's walkthrough)."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_merge_into_keeps_the_theme_named_in_the_dialog(qtbot, window, monkeypatch):
    # "Merge “Feedback loop” into: Slow follow-up" kept "Feedback loop" (a typed name won).
    from PySide6.QtWidgets import QInputDialog, QTreeWidget

    from tests.ui.test_sensemaking_themes import add_notes, make_themes, select_rows, theme_rows

    (late,) = add_notes(qtbot, window, "leads wait for days")
    window.store.apply_suggestions(window.shown_round_id(), [("Slow follow-up", [late], None)])
    make_themes(qtbot, window, ["Feedback loop"])  # Ctrl+G, then a typed name
    asked: list[str] = []

    def choose(_parent, _title, label, items, *_args):
        asked.append(label)
        return next(i for i in items if i.startswith("Slow follow-up")), True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    tree = window.findChild(QTreeWidget, "themeList")
    select_rows(qtbot, tree, 1)
    qtbot.keyClick(tree, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["Merge “Feedback loop” into:"]
    assert [r[:2] for r in theme_rows(window)] == [["Slow follow-up", "2"]]
    assert (
        window.statusBar()
        .currentMessage()
        .startswith("Merged “Feedback loop” into “Slow follow-up”")
    )


def test_an_undone_rename_does_not_make_a_name_the_facilitators(qtbot, window):
    # Renamed, then Ctrl+Z: the theme still counted as named by hand and its old name won a
    # merge over the top-voted theme's.
    from tests.ui.test_sensemaking_themes import add_notes

    a, b = add_notes(qtbot, window, "GDPR question", "data residency")
    rid = window.shown_round_id()
    first, second = window.store.apply_suggestions(
        rid, [("Data stored GDPR", [a], None), ("Residency", [b], None)]
    )
    window.store.rename_theme(second, "Pay")
    assert window.store.renamed_themes([first, second]) == {second}
    window.store.rename_theme(second, "Residency")  # what Ctrl+Z journals
    assert window.store.renamed_themes([first, second]) == set()


def test_merge_into_one_of_two_themes_of_the_same_name_merges_the_one_picked(
    qtbot, window, monkeypatch
):
    # Picked by name alone, the first of two themes called "Pay plans" was always merged.
    from PySide6.QtWidgets import QInputDialog, QTreeWidget

    from tests.ui.test_sensemaking_themes import add_notes, select_rows

    a, b, c, d = add_notes(qtbot, window, "bonus on MQLs", "quota split", "SPIFs", "accelerators")
    rid = (
        window.store.rounds()[0].id if window.shown_round_id() is None else window.shown_round_id()
    )
    first, second, third = window.store.apply_suggestions(
        rid, [("Pay plans", [a], None), ("Pay plans", [b, c], None), ("Accelerators", [d], None)]
    )
    offered: list[list[str]] = []

    def choose(_parent, _title, _label, items, *_args):
        offered.append(list(items))
        return items[1], True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    tree = window.findChild(QTreeWidget, "themeList")
    select_rows(qtbot, tree, 2)
    qtbot.keyClick(tree, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert offered == [["Pay plans (1) · 1 note", "Pay plans (2) · 2 notes"]]
    assert window.store.note(d).theme_id == second
    assert {window.store.note(n).theme_id for n in (b, c)} == {second}
    assert window.store.note(a).theme_id == first
    assert third not in {t.id for t in window.store.themes(rid)}
