"""Session > Anonymous notes, switched back to names, asks first and says how many notes have
a writer recorded. It counted only the notes on the board: a note from a phone still waiting
on the tray, and a deleted note, have their writers too, and both show them again (the tray
and Edit > Deleted notes at once, the board once let in or restored). With only those, the
box said no note had a writer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from roundtable.store import Store
from tests.ui.conftest import shown_window
from tests.ui.test_anonymous_switch import SWITCH, active, named_session, tray_rows


def a_session(tmp_path: Path, clock, *, on_board: bool) -> Path:
    """An anonymous session whose notes have writers: Ben's note waits on the phone tray,
    one of Ana's was deleted, and (with `on_board`) one of Ana's is on the board."""
    path = named_session(tmp_path / "named.roundtable", clock)
    with Store.open(path) as store:
        rid = store.round_at(2).id
        ana, ben = store.find_participant("Ana Lopez"), store.find_participant("Ben Okafor")
        if on_board:
            store.add_note(rid, "Budget confirmed by the buyer", participant_id=ana.id)
        gone = store.add_note(rid, "Typed by mistake", participant_id=ana.id)
        store.delete_note(gone.id)
        held = store.add_note(
            rid,
            "Leads wait four days",
            function="marketing",
            participant_id=ben.id,
            source="device",
        )
        store.hold_again([held.id])
        store.update_session(anonymous=True)
    return path


def switch_asking(qtbot, win, monkeypatch, reply) -> list[str]:
    asked: list[str] = []

    def ask(parent, title, text, *args, **kwargs):
        asked.append(text)
        return reply

    monkeypatch.setattr(QMessageBox, "question", ask)
    active(qtbot, win)
    qtbot.keyClick(win.entry, Qt.Key.Key_W, SWITCH)
    return asked


def test_the_question_counts_the_writers_on_the_tray_and_of_deleted_notes(
    qtbot, tmp_path, fake_clock, monkeypatch
):
    path = a_session(tmp_path, fake_clock, on_board=True)
    win = shown_window(qtbot, path, fake_clock)
    try:
        qtbot.waitUntil(lambda: tray_rows(win) == ["Leads wait four days  (Marketing)"])
        asked = switch_asking(qtbot, win, monkeypatch, QMessageBox.StandardButton.Yes)
        text = asked[0]
        assert "Showing names would say who wrote:" in text
        assert "• 1 note on the board: on the wall, the cards and in the minutes" in text
        assert "• 1 note waiting on the phone tray: in the tray now" in text
        assert "• 1 deleted note: in Edit > Deleted notes now" in text
        # And so it is: the tray says whose the waiting note is at once.
        qtbot.waitUntil(lambda: tray_rows(win) == ["Leads wait four days  (Marketing, Ben Okafor)"])
    finally:
        win.close()


def test_writers_only_off_the_board_are_not_called_none(qtbot, tmp_path, fake_clock, monkeypatch):
    path = a_session(tmp_path, fake_clock, on_board=False)
    win = shown_window(qtbot, path, fake_clock)
    try:
        asked = switch_asking(qtbot, win, monkeypatch, QMessageBox.StandardButton.No)
        text = asked[0]
        assert "No note has a writer recorded" not in text
        assert "on the board:" not in text  # no line for the board: none of its notes has one
        assert "• 1 note waiting on the phone tray: in the tray now" in text
        assert "• 1 deleted note: in Edit > Deleted notes now" in text
        assert win.store.session().anonymous  # No: it stays anonymous
    finally:
        win.close()


def test_going_anonymous_says_the_file_keeps_writers_of_notes_off_the_board(
    qtbot, tmp_path, fake_clock, monkeypatch
):
    # The file records the waiting note's and the deleted note's writers: the status line
    # said nothing of it, and of the copy without writers, when no note on the board had one.
    path = a_session(tmp_path, fake_clock, on_board=False)
    with Store.open(path) as store:
        store.update_session(anonymous=False)
    win = shown_window(qtbot, path, fake_clock)
    try:
        active(qtbot, win)
        qtbot.keyClick(win.entry, Qt.Key.Key_W, SWITCH)
        assert win.store.session().anonymous
        said = win.statusBar().currentMessage()
        assert "file still records who wrote which note" in said
        assert "File > Save a copy without writers…" in said
    finally:
        win.close()
