"""CSV import on a full disk says the disk is full and that nothing was imported.

It reached the app's last-resort box ("Not saved ... The last change was not saved; the
changes before it are in the file"), which did not say that the import was the change, nor
that none of the file's notes came in."""

from __future__ import annotations

import sqlite3

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from roundtable.store import Store
from tests.ui.test_import_csv import GOOD
from tests.ui.test_main_window import card_texts


def test_an_import_on_a_full_disk_says_so_and_imports_nothing(
    qtbot, window, session_file, tmp_path, monkeypatch
):
    csv_file = tmp_path / "paper.csv"
    csv_file.write_text(GOOD, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(csv_file), ""))
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, title, text, *a: said.append((title, text))
    )
    action = window.findChild(QAction, "importCsvAction")
    with monkeypatch.context() as full:

        def disk_full(*_args: object, **_kwargs: object) -> None:
            raise sqlite3.OperationalError("database or disk is full")

        full.setattr(window.store, "_insert", disk_full)
        action.trigger()
    assert said == [
        (
            "Notes not imported",
            f"Nothing was imported from paper.csv: the disk the session is on"
            f" ({session_file.parent}) is full. Make room on that disk (empty its trash, move"
            " files off it) and import the file again.",
        )
    ]
    assert window.statusBar().currentMessage() == (
        "Nothing imported from paper.csv: the disk is full."
    )
    assert card_texts(window) == []
    assert window.undo_stack.count() == 0  # no step for notes that are not there
    # Room made: the same file comes in whole.
    action.trigger()
    assert "Imported 3 notes into 2 rounds" in window.statusBar().currentMessage()
    window.close()
    with Store.open(session_file, read_only=True) as store:
        assert store.note_count() == 3


def test_an_import_on_a_disk_gone_read_only_says_nothing_was_imported_and_why(
    qtbot, window, tmp_path, monkeypatch
):
    csv_file = tmp_path / "paper.csv"
    csv_file.write_text(GOOD, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(csv_file), ""))
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, title, text, *a: said.append((title, text))
    )

    def protected(*_args: object, **_kwargs: object) -> None:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(window.store, "_insert", protected)
    window.findChild(QAction, "importCsvAction").trigger()
    assert len(said) == 1 and said[0][0] == "Notes not imported"
    assert said[0][1].startswith("Nothing was imported from paper.csv. Could not save to ")
    assert "write-protected" in said[0][1]
    assert "The last change was not saved" not in said[0][1]
    assert card_texts(window) == []
