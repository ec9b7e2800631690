"""The export dialog's "Minutes language": the notes' language by default, the choice kept."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from test_export_ui import ContractWindow, _until, answers, loop  # noqa: F401 (fixtures)

from roundtable.store import Store
from roundtable.templates import get_template
from ui.export_action import ExportDialog, install

GERMAN = [
    "Wir haben jeden Montag ein gemeinsames Pipeline-Meeting",
    "Das Marketing sitzt bei den Deal-Reviews mit am Tisch",
    "Die Leads sind oft nicht reif für den Vertrieb",
]


@pytest.fixture
def german_window(qtbot, tmp_path: Path) -> Iterator[ContractWindow]:
    store = Store.create(
        tmp_path / "runde.roundtable",
        title="Roundtable München",
        template=get_template("sales-marketing-roundtable"),
    )
    rnd = store.round_at(2)
    for text in GERMAN:
        store.add_note(rnd.id, text, function="sales")
    win = ContractWindow(store)
    qtbot.addWidget(win)
    yield win
    store.close()


def _export_with(qtbot, loop, window, monkeypatch, answers, drive) -> list[str]:  # noqa: F811
    """Open File > Export minutes, let `drive(dialog)` work the real dialog, press Export;
    return the Word minutes' paragraphs."""
    exporter = install(window)

    def run(dialog: ExportDialog) -> QDialog.DialogCode:
        drive(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", run)
    exporter.action.trigger()
    loop.run_until_complete(_until(lambda: answers["offered"]))
    return [p.text for p in docx.Document(str(answers["offered"][0])).paragraphs]


def test_the_dialog_offers_the_notes_language_and_writes_in_it(
    qtbot,
    loop,  # noqa: F811
    german_window: ContractWindow,
    monkeypatch,
    answers,  # noqa: F811
) -> None:
    seen: list[str] = []

    def look(dialog: ExportDialog) -> None:
        seen.append(dialog.language_box.currentText())

    text = _export_with(qtbot, loop, german_window, monkeypatch, answers, look)
    assert seen == ["German (Deutsch), as most notes are"]
    assert text[1] == "Protokoll"
    assert GERMAN[0] in text


def test_the_language_chosen_in_the_dialog_is_the_minutes_language(
    qtbot,
    loop,  # noqa: F811
    german_window: ContractWindow,
    monkeypatch,
    answers,  # noqa: F811
) -> None:
    def choose_french(dialog: ExportDialog) -> None:
        box = dialog.language_box
        assert box.objectName() == "exportLanguage" and box.isEnabled()
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_Down)  # German -> French
        assert box.currentText() == "French (français)"

    text = _export_with(qtbot, loop, german_window, monkeypatch, answers, choose_french)
    assert text[1] == "Compte rendu"
    assert "Synthèse" in text
    assert GERMAN[0] in text  # the notes as written


def test_csv_keeps_english_columns_so_the_language_is_not_asked(
    qtbot, german_window: ContractWindow
) -> None:
    dialog = ExportDialog(Path(german_window.store.path), german_window, detected="de")
    qtbot.addWidget(dialog)
    assert dialog.language() == "de"
    dialog.format_box.setFocus()
    qtbot.keyClick(dialog.format_box, Qt.Key.Key_End)  # Word -> CSV
    assert dialog.fmt() == "csv"
    assert not dialog.language_box.isEnabled()


def test_a_german_agenda_offers_german_minutes_though_its_notes_read_as_english(
    qtbot,
    loop,  # noqa: F811
    tmp_path: Path,
    monkeypatch,
    answers,  # noqa: F811
) -> None:
    from tests.core.test_minutes_follow_the_agenda import JARGON, session

    store = Store.open(session(tmp_path / "q4.roundtable", "de", JARGON))
    window = ContractWindow(store)
    qtbot.addWidget(window)
    seen: list[str] = []
    text = _export_with(
        qtbot,
        loop,
        window,
        monkeypatch,
        answers,
        lambda dialog: seen.append(dialog.language_box.currentText()),
    )
    assert seen == ["German (Deutsch), as the agenda is"]
    assert text[1] == "Protokoll"
    store.close()
