"""File > Import notes from CSV: all rows or none, shown on the board, undoable, on disk."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from roundtable.store import Store
from tests.ui.test_main_window import card_texts

GOOD = (
    "round,text,function,participant\n"
    "1,Hoping to steal one idea for our QBRs,sales,Carla Diaz\n"
    '1,"Leads, quotes and forecasts: one view",marketing,\n'
    "2,Joint pipeline call every Monday,sales,Ana Lopez\n"
)


def _importer_action(window) -> QAction:
    action = window.findChild(QAction, "importCsvAction")
    assert action is not None and action.shortcut().toString() == "Ctrl+I"
    return action


def test_import_shows_notes_and_undo_takes_them_out(
    qtbot, window, session_file, tmp_path, monkeypatch
):
    csv_file = tmp_path / "paper.csv"
    csv_file.write_text(GOOD, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(csv_file), ""))
    _importer_action(window).trigger()
    first = window.store.round_at(1).id
    window.show_round(first)
    assert sorted(card_texts(window)) == [
        "Hoping to steal one idea for our QBRs\n— Carla Diaz",
        "Leads, quotes and forecasts: one view",
    ]
    status = window.statusBar().currentMessage()
    assert "Imported 3 notes into 2 rounds" in status
    # Carla was not on the roster: she joins it (and the attendance), and the status says so.
    assert "Added to the roster: Carla Diaz." in status
    assert window.store.find_participant("Carla Diaz").function == "sales"
    window.undo_stack.undo()
    assert card_texts(window) == []
    # Carla goes with her notes: she stayed on the roster and counted as an attendee.
    assert [p.name for p in window.store.participants()] == ["Ana Lopez", "Ben Okafor"]
    window.undo_stack.redo()
    assert len(card_texts(window)) == 2
    assert sorted(card_texts(window))[0].endswith("— Carla Diaz")
    window.close()
    with Store.open(session_file, read_only=True) as store:
        assert store.note_count() == 3
        assert store.find_participant("Carla Diaz") is not None


def test_importing_the_same_file_twice_asks_first(qtbot, window, tmp_path, monkeypatch):
    csv_file = tmp_path / "paper.csv"
    csv_file.write_text(GOOD, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(csv_file), ""))
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda _parent, _title, text, *a, **k: asked.append(text) or answer[0]),
    )
    _importer_action(window).trigger()
    assert asked == [] and window.store.note_count() == 3
    _importer_action(window).trigger()  # again, by mistake
    assert asked[0].startswith("3 of the 3 notes in paper.csv are already in this session")
    assert window.store.note_count() == 3
    assert window.statusBar().currentMessage() == "Nothing imported from paper.csv."
    answer[0] = QMessageBox.StandardButton.Yes  # a second batch on purpose
    _importer_action(window).trigger()
    assert window.store.note_count() == 6


def test_bad_csv_names_the_line_and_changes_nothing(qtbot, window, tmp_path, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    csv_file = tmp_path / "bad.csv"
    csv_file.write_text(GOOD + "9,A round that does not exist,sales,\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(csv_file), ""))
    _importer_action(window).trigger()
    assert shown and "line 5" in shown[0] and "nothing changed" in shown[0]
    assert window.store.note_count() == 0
    assert window.undo_stack.count() == 0


def test_a_file_that_cannot_be_read_says_nothing_was_imported(qtbot, window, tmp_path, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    csv_file = tmp_path / "binary.csv"
    csv_file.write_bytes(b"round,text\n2,\x81\x8d\x90 meeting with the reps\n")  # no text
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(csv_file), ""))
    _importer_action(window).trigger()
    assert len(shown) == 1 and "nothing" in shown[0].lower(), shown
    assert window.store.note_count() == 0


def test_the_file_dialog_starts_beside_the_session_and_a_bad_encoding_says_it_once(
    qtbot, window, session_file, tmp_path, monkeypatch
):
    # The dialog opened in the folder the app was started from, and a Cyrillic file not in
    # UTF-8 was told "... and import again." and then "Nothing was imported; fix the file
    # and import it again."
    asked: list[str] = []
    shown: list[str] = []
    csv_file = tmp_path / "paper.csv"
    csv_file.write_bytes("round,text\n1,Кофе для продавцов\n".encode("cp1251"))

    def choose(_parent, _title, folder, _filter):
        asked.append(folder)
        return str(csv_file), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    _importer_action(window).trigger()
    assert asked == [str(session_file.parent)]
    (text,) = shown
    assert text.count("again") == 1 and text.lower().count("nothing was imported") == 1, text
    assert window.store.notes() == []


def test_a_western_windows_csv_is_imported_and_the_status_says_how_it_was_read(
    qtbot, window, tmp_path, monkeypatch
):
    csv_file = tmp_path / "excel.csv"
    csv_file.write_bytes("round,text\n1,Café for the reps – 5 €\n".encode("cp1252"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(csv_file), ""))
    _importer_action(window).trigger()
    assert [n.text for n in window.store.notes()] == ["Café for the reps – 5 €"]
    assert "Read as Windows-1252 text" in window.statusBar().currentMessage()


def test_excel_unicode_text_is_imported_without_a_warning_about_letters(
    qtbot, window, tmp_path, monkeypatch
):
    # The file was refused with "missing column round, text" while its header said so.
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    csv_file = tmp_path / "unicode.txt"
    csv_file.write_bytes("round\ttext\n1\tCafé with the reps ☕\n".encode("utf-16"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(csv_file), ""))
    _importer_action(window).trigger()
    assert shown == []
    assert card_texts(window) == ["Café with the reps ☕"]
    status = window.statusBar().currentMessage()
    assert "Imported 1 note" in status and "check accented letters" not in status


def test_a_huge_file_is_refused_at_once_and_typing_goes_on(qtbot, window, tmp_path, monkeypatch):
    from tests.ui.test_main_window import type_note

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    csv_file = tmp_path / "export-all.csv"
    with csv_file.open("wb") as f:
        f.write(b"round,text\n1,Leads wait days\n")
        f.truncate(50_000_000)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(csv_file), ""))
    _importer_action(window).trigger()
    (text,) = shown
    assert "50.0 MB" in text and text.lower().count("nothing was imported") == 1, text
    type_note(qtbot, window, "Still typing after the refusal")
    assert card_texts(window) == ["Still typing after the refusal"]
