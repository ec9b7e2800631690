"""File > Import notes from CSV: all rows or none, shown on the board, undoable, on disk."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from roundtable.store import Store
from tests.ui.test_main_window import card_texts, writer_names_on

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
    writer_names_on(qtbot, window)  # an anonymous session hides them
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


def _big_csv(tmp_path, rows: int = 2000):
    csv_file = tmp_path / "big.csv"
    lines = ["round,text,function"]
    lines += [
        f"1,Transcribed paper note number {i} on the lead handover,sales" for i in range(rows)
    ]
    csv_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return csv_file


def _held_reading(monkeypatch):
    """Hold the worker reading the file until the test lets it go (the window must stay
    usable meanwhile, so the progress dialog can show)."""
    import threading

    import ui.import_action as import_action

    go = threading.Event()
    read = getattr(import_action, "read_csv_rows", None)

    def held(*args):
        go.wait(10)
        return read(*args)

    monkeypatch.setattr(import_action, "read_csv_rows", held, raising=False)
    return go


def _until(loop, condition, timeout: float = 10.0) -> None:
    import asyncio

    async def wait() -> None:
        waited = 0.0
        while not condition():
            await asyncio.sleep(0.02)
            waited += 0.02
            assert waited < timeout, "not reached in time"

    loop.run_until_complete(wait())


def _progress(window):
    from PySide6.QtWidgets import QProgressDialog

    dialog = window.findChild(QProgressDialog, "importProgress")
    return dialog if dialog is not None and dialog.isVisible() else None


def _big_import_started(qloop, window, tmp_path, monkeypatch):
    """File > Import notes from CSV… on a 2,000-row file whose reading is held until the
    returned event is set, once the progress dialog shows."""
    csv_file = _big_csv(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(csv_file), ""))
    go = _held_reading(monkeypatch)
    _importer_action(window).trigger()
    _until(qloop, lambda: _progress(window) is not None)
    return go


def test_a_big_file_is_read_with_progress_and_added_in_one_undoable_step(
    qtbot, qloop, window, session_file, tmp_path, monkeypatch
):
    # 2,000 rows froze the window until every card was on the board, with nothing shown.
    go = _big_import_started(qloop, window, tmp_path, monkeypatch)
    assert _progress(window).labelText() == "Reading big.csv…"
    go.set()
    _until(qloop, lambda: "Imported" in window.statusBar().currentMessage())
    assert _progress(window) is None
    window.show_round(window.store.round_at(1).id)
    texts = card_texts(window)
    assert len(texts) == 2000 and "Transcribed paper note number 1999" in texts[-1]
    assert window.statusBar().currentMessage() == (
        "Imported 2000 notes into 1 round from big.csv. Ctrl+Z takes them out again."
    )
    window.undo_stack.undo()  # one step takes them all out (a big board redraws a turn later)
    qtbot.waitUntil(lambda: card_texts(window) == [])
    window.close()
    with Store.open(session_file, read_only=True) as store:
        assert store.note_count() == 0


def test_cancel_while_a_big_file_is_read_imports_nothing_and_says_so(
    qtbot, qloop, window, session_file, tmp_path, monkeypatch
):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    go = _big_import_started(qloop, window, tmp_path, monkeypatch)
    (cancel,) = _progress(window).findChildren(QPushButton)
    assert cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    go.set()
    _until(qloop, lambda: "cancelled" in window.statusBar().currentMessage())
    assert window.statusBar().currentMessage() == (
        "Import cancelled: nothing was imported from big.csv."
    )
    assert _progress(window) is None
    assert window.store.note_count() == 0 and window.undo_stack.count() == 0
    assert _importer_action(window).isEnabled()  # and it can be imported again
    window.close()
    with Store.open(session_file, read_only=True) as store:
        assert store.note_count() == 0


def test_notes_imported_many_at_once_get_their_sentence_vectors(
    qtbot, window, tmp_path, monkeypatch
):
    # Many new notes are announced as one change (one board redraw): the embedder must still
    # find them, or Suggest themes would have to embed the whole import while the room waits.
    from roundtable.clustering import MODEL_NAME, semantic_available

    if not semantic_available():
        return  # without the sentence model there is nothing to embed
    csv_file = _big_csv(tmp_path, rows=60)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(csv_file), ""))
    _importer_action(window).trigger()
    ids = [n.id for n in window.store.notes()]
    assert len(ids) == 60
    qtbot.waitUntil(lambda: set(window.store.note_vectors(MODEL_NAME)) >= set(ids), timeout=30000)


def test_notes_imported_into_another_round_are_shown_on_the_board(
    qtbot, window, tmp_path, monkeypatch
):
    # 150 paper notes for "Game changers" imported while round 1 was on the board: the
    # status said "Imported 150 notes into 1 round" and the board stayed empty, with no word
    # of where they went (found walking through a session).
    paper = tmp_path / "paper.csv"
    paper.write_text(
        "round,text\nGame changers,One shared revenue target\nGame changers,Joint QBRs\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(paper), ""))
    qtbot.keyClick(window.entry, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    game = next(r for r in window.store.rounds() if r.title == "Game changers")
    assert window.shown_round_id() == game.id
    assert sorted(card_texts(window)) == ["Joint QBRs", "One shared revenue target"]
    assert window.statusBar().currentMessage() == (
        "Imported 2 notes into 1 round from paper.csv."
        f" The board shows round {game.position}, Game changers. Ctrl+Z takes them out again."
    )
