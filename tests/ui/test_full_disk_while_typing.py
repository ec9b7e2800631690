"""A full disk while typing or pasting notes: the window says the note was not saved and
where it still is, and nothing typed is lost."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from roundtable.store import Store
from tests.ui.test_main_window import card_texts, type_note


def _fill_the_disk(monkeypatch, store) -> None:
    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(store, "_insert", disk_full)


def test_a_note_typed_on_a_full_disk_stays_in_the_line_and_the_message_says_so(
    qtbot, window, session_file, monkeypatch
):
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, title, text, *a: said.append((title, text))
    )
    type_note(qtbot, window, "Leads wait four days")
    with monkeypatch.context() as full:
        _fill_the_disk(full, window.store)
        type_note(qtbot, window, "Nobody owns the handover")
        assert said and said[0][0] == "Note not saved"
        assert "disk is full" in said[0][1]
        assert "still in the note line" in said[0][1]
        assert window.entry.text() == "Nobody owns the handover"
        assert "still in the note line" in window.statusBar().currentMessage()
        assert card_texts(window) == ["Leads wait four days"]
        assert window.undo_stack.count() == 1  # no step for a note that is not there
    # Space freed: Enter saves the same note, and the message goes.
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    assert card_texts(window) == ["Leads wait four days", "Nobody owns the handover"]
    assert window.entry.text() == ""
    assert "still in the note line" not in window.statusBar().currentMessage()
    rid = window.shown_round_id()
    window.close()
    with Store.open(session_file) as reopened:
        assert [n.text for n in reopened.notes(rid)] == [
            "Leads wait four days",
            "Nobody owns the handover",
        ]


def test_lines_pasted_on_a_full_disk_stay_on_the_clipboard_and_the_message_says_so(
    qtbot, window, session_file, monkeypatch
):
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, title, text, *a: said.append((title, text))
    )
    pasted = "Leads wait four days\nNobody owns the handover"
    QApplication.clipboard().setText(pasted)
    with monkeypatch.context() as full:
        _fill_the_disk(full, window.store)
        qtbot.keyClick(window.entry, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        assert said and said[0][0] == "Notes not saved"
        assert "disk is full" in said[0][1] and "clipboard" in said[0][1]
        assert QApplication.clipboard().text() == pasted
        assert card_texts(window) == []
    qtbot.keyClick(window.entry, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert card_texts(window) == ["Leads wait four days", "Nobody owns the handover"]
    rid = window.shown_round_id()
    window.close()
    with Store.open(session_file) as reopened:
        assert len(reopened.notes(rid)) == 2
