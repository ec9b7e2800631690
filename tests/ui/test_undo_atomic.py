"""An undo step of several writes is saved whole or not at all (a full disk, a crash)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget

from roundtable.store import Store
from tests.ui.conftest import shown_window
from tests.ui.test_sensemaking_themes import make_themes, select_rows, theme_rows
from ui.sensemaking.theme_commands import GroupNotes


def test_an_undo_cut_short_by_a_full_disk_leaves_the_merge_whole(
    qtbot, window, session_file, monkeypatch
):
    tree = window.findChild(QTreeWidget, "themeList")
    culture, silos, _tools = make_themes(qtbot, window, ["Culture", "Silos", "Tools"])
    window.store.set_votes(culture, "sales", 2)
    window.store.set_votes(silos, "sales", 3)
    select_rows(qtbot, tree, 0, 1)
    qtbot.keyClick(tree, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert [r[:2] for r in theme_rows(window)] == [["Culture", "2"], ["Tools", "1"]]

    # Undoing the merge brings Silos back, moves its note back, then splits the votes: the
    # disk fills up at the votes.
    def disk_full(*_args: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(window.store, "_upsert_vote", disk_full)
    qtbot.keyClick(window.board, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Could not undo" in window.statusBar().currentMessage())
    assert "free some disk space" in window.statusBar().currentMessage()
    rid = window.shown_round_id()
    # Not half undone: Silos is not back without its votes, on screen or in the file.
    assert [t.label for t in window.store.themes(rid)] == ["Culture", "Tools"]
    assert window.store.theme_votes(culture)["sales"] == 5
    assert [r[:2] for r in theme_rows(window)] == [["Culture", "2"], ["Tools", "1"]]

    stack = window.undo_stack
    qtbot.waitUntil(lambda: stack.index() == stack.count())  # the merge is still to undo
    monkeypatch.undo()  # space freed: the same undo now works
    qtbot.keyClick(window.board, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [r[:2] for r in theme_rows(window)] == [["Culture", "1"], ["Silos", "1"], ["Tools", "1"]]
    window.close()
    with Store.open(session_file) as reopened:
        assert [t.label for t in reopened.themes(rid)] == ["Culture", "Silos", "Tools"]
        assert reopened.theme_votes(culture)["sales"] == 2
        assert reopened.theme_votes(silos)["sales"] == 3


def test_a_crash_right_after_a_change_keeps_the_undo_history(qtbot, window, tmp_path, fake_clock):
    # The history was saved a moment after the change it describes; a kill in between left
    # a file whose history no longer matched it, and reopened nothing could be undone.
    rid = window.shown_round_id()
    for text in ("Leads wait three days", "Nobody calls trade show leads back"):
        qtbot.keyClicks(window.entry, text)
        qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    crashed = tmp_path / "crashed.roundtable"

    def copy_at_commit(change) -> None:
        # What a kill leaves the instant the change is on disk: the file and its log.
        if change.kind == "theme_added" and not crashed.exists():
            for suffix in ("", "-wal"):
                source = Path(f"{window.store.path}{suffix}")
                if source.exists():
                    shutil.copyfile(source, f"{crashed}{suffix}")

    window.store.subscribe(copy_at_commit)
    notes = [n.id for n in window.store.notes(rid)]
    assert window._run(GroupNotes(window.store, rid, notes, label="Slow follow-up"))
    assert crashed.exists()
    window.close()

    again = shown_window(qtbot, crashed, fake_clock)
    assert again.undo_stack.count() == 3
    again.undo_stack.undo()  # Edit > Undo (the reopened window is not the active one here)
    assert again.statusBar().currentMessage() == "Undone: Start theme “Slow follow-up”."
    assert [t.label for t in again.store.themes(rid)] == []
    again.undo_stack.undo()
    assert [n.text for n in again.store.notes(rid)] == ["Leads wait three days"]
    again.close()


def test_an_undo_in_another_round_shows_that_round_and_says_so(qtbot, window):
    # Undo took round 4's themes away while round 5 stayed on screen, and the status bar
    # said only "Undone: Accept suggested themes."
    rounds = window.store.rounds()
    window.agenda.setCurrentRow(2)
    qtbot.keyClicks(window.entry, "Leads wait three days for a call")
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    window.agenda.setCurrentRow(1)
    assert window.shown_round_id() == rounds[1].id
    qtbot.keyClick(window.entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.shown_round_id() == rounds[2].id
    assert window.store.notes(rounds[2].id) == []
    assert window.statusBar().currentMessage().endswith(f"in round 3, “{rounds[2].title}”.")
    assert window.agenda.currentRow() == 2


def test_the_edit_menu_names_what_undo_would_take_back(qtbot, window):
    # "Undo Rename theme", "Undo start round" and "Undo Edit people" did not say which.
    from ui.sensemaking.theme_commands import RenameTheme
    from ui.windows.people import EditRoster, RosterChanges

    qtbot.keyClick(window.entry, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    rnd = window.store.round(window.store.session().current_round_id)
    assert window.undo_stack.undoText() == f"Start round {rnd.position}"
    (culture,) = make_themes(qtbot, window, ["Culture"])
    assert window._run(RenameTheme(window.store, culture, "Us versus them"))
    assert window.undo_stack.undoText() == "Rename “Culture” to “Us versus them”"
    changes = RosterChanges(adds=[{"name": "Lena Park", "function": "marketing"}])
    assert window._run(EditRoster(window.store, changes))
    assert window.undo_stack.undoText() == "Edit people (1 added)"


def test_merging_three_themes_is_one_step_saved_whole_or_not_at_all(qtbot, window, monkeypatch):
    # Merged as one command per theme, a full disk at the second left a half-done merge.
    from roundtable.store import SessionFileError

    tree = window.findChild(QTreeWidget, "themeList")
    make_themes(qtbot, window, ["Culture", "Silos", "Blame"])
    real = window.store.merge_themes
    calls: list[int] = []

    def fills_the_disk_at_the_second(keep: int, other: int) -> list[int]:
        calls.append(other)
        if len(calls) == 2:
            raise sqlite3.OperationalError("database or disk is full")
        return real(keep, other)

    monkeypatch.setattr(window.store, "merge_themes", fills_the_disk_at_the_second)
    select_rows(qtbot, tree, 0, 1, 2)
    with qtbot.capture_exceptions() as raised:
        qtbot.keyClick(tree, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert [type(e[1]) for e in raised] == [SessionFileError]  # the app's message box says it
    rid = window.shown_round_id()
    assert [t.label for t in window.store.themes(rid)] == ["Culture", "Silos", "Blame"]
    assert [r[:2] for r in theme_rows(window)] == [["Culture", "1"], ["Silos", "1"], ["Blame", "1"]]
    assert not window.undo_stack.undoText().startswith("Merge")

    monkeypatch.undo()
    select_rows(qtbot, tree, 0, 1, 2)
    qtbot.keyClick(tree, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert [r[:2] for r in theme_rows(window)] == [["Culture", "3"]]
    assert window.undo_stack.undoText() == "Merge “Silos”, “Blame” into “Culture”"
    window.undo_stack.undo()  # one step back to all three
    assert [r[:2] for r in theme_rows(window)] == [["Culture", "1"], ["Silos", "1"], ["Blame", "1"]]
