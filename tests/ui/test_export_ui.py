"""File > Export minutes…: the dialog, the export off the UI thread, and its messages."""

from __future__ import annotations

import asyncio
import tempfile
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
import qasync
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QToolBar,
)

from roundtable.store import Store
from roundtable.templates import get_template
from ui import export_action
from ui.export_action import ExportDialog, install


class ContractWindow(QMainWindow):
    """The parts of the main-window contract the export action uses."""

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.toolbar = QToolBar(objectName="mainToolbar")
        self.addToolBar(self.toolbar)
        self._menus: dict[str, QMenu] = {}
        self.statuses: list[str] = []

    def menu(self, name: str) -> QMenu:
        if name not in self._menus:
            self._menus[name] = self.menuBar().addMenu(name)
        return self._menus[name]

    def show_status(self, text: str) -> None:
        self.statuses.append(text)


@pytest.fixture
def loop(qapp) -> Iterator[asyncio.AbstractEventLoop]:
    """A qasync loop over the test's QApplication, as the app runs."""
    event_loop = qasync.QEventLoop(qapp, already_running=False)
    asyncio.set_event_loop(event_loop)
    yield event_loop
    asyncio.set_event_loop(None)
    event_loop.close()  # while its Qt objects still exist, not at garbage collection


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[ContractWindow]:
    store = Store.create(
        tmp_path / "q4.roundtable",
        title="Q4 roundtable",
        template=get_template("sales-marketing-roundtable"),
        anonymous=True,
    )
    rnd = store.round_at(2)
    note = store.add_note(rnd.id, "Weekly pipeline call 🙂", function="sales")
    store.add_theme(rnd.id, "Shared pipeline reviews", note_ids=[note.id])
    win = ContractWindow(store)
    qtbot.addWidget(win)
    yield win
    store.close()


@pytest.fixture
def answers(monkeypatch) -> dict[str, object]:
    """Records the message boxes shown, answering them without blocking."""
    seen: dict[str, object] = {"warnings": [], "offered": [], "opened": [], "replaced": []}
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text: seen["warnings"].append(text)
    )
    monkeypatch.setattr(
        export_action,
        "ask_to_open",
        lambda parent, path, replaced=False: (
            seen["replaced"].append(replaced) or seen["offered"].append(path) or "folder"
        ),
    )
    monkeypatch.setattr(
        export_action.QDesktopServices, "openUrl", lambda url: seen["opened"].append(url)
    )
    return seen


def test_menu_shortcut_and_toolbar(window: ContractWindow) -> None:
    exporter = install(window)
    assert exporter.action in window.menu("File").actions()
    assert exporter.action in window.toolbar.actions()
    assert exporter.action.shortcut().toString() == "Ctrl+E"
    assert exporter.action.objectName() == "exportMinutesAction"


def test_dialog_defaults_and_format_switch(qtbot, window: ContractWindow, tmp_path: Path) -> None:
    dialog = ExportDialog(Path(window.store.path), window)
    qtbot.addWidget(dialog)
    assert dialog.out_path() == tmp_path / "q4-minutes.docx"
    assert dialog.template_edit.isEnabled()
    dialog.format_box.setFocus()
    qtbot.keyClick(dialog.format_box, Qt.Key.Key_Down)  # Word -> Markdown
    assert dialog.fmt() == "md"
    assert dialog.out_path() == tmp_path / "q4-minutes.md"
    assert not dialog.template_edit.isEnabled()


def test_browse_uses_the_chosen_name_with_the_right_suffix(
    qtbot, window: ContractWindow, tmp_path: Path, monkeypatch
) -> None:
    dialog = ExportDialog(Path(window.store.path), window)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(
        export_action.QFileDialog,
        "getSaveFileName",
        lambda *a, **k: (str(tmp_path / "for the board"), ""),
    )
    qtbot.mouseClick(
        dialog.findChild(export_action.QPushButton, "exportBrowse"), Qt.MouseButton.LeftButton
    )
    assert dialog.out_path() == tmp_path / "for the board.docx"


def test_action_exports_word_and_offers_the_folder(
    qtbot, loop, window: ContractWindow, tmp_path: Path, monkeypatch, answers
) -> None:
    exporter = install(window)
    monkeypatch.setattr(ExportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    exporter.action.trigger()
    loop.run_until_complete(_until(lambda: answers["offered"]))
    out = tmp_path / "q4-minutes.docx"
    assert answers["offered"] == [out]
    assert answers["opened"][0].toLocalFile() == str(tmp_path)
    text = [p.text for p in docx.Document(str(out)).paragraphs]
    assert "Weekly pipeline call 🙂" in text  # anonymous: no "(sales)" after it
    assert window.statuses[-1] == f"Minutes written to {out}."
    assert exporter.action.isEnabled()


def test_error_shows_a_message_and_writes_nothing(
    qtbot, loop, window: ContractWindow, tmp_path: Path, answers
) -> None:
    exporter = install(window)
    out = tmp_path / "gone" / "m.docx"
    result = loop.run_until_complete(exporter.export("docx", out))
    assert result is None
    assert answers["warnings"] == [f"The folder {out.parent} does not exist; choose another place."]
    assert answers["offered"] == []
    assert not out.parent.exists()
    assert exporter.action.isEnabled()


async def _until(condition, timeout: float = 10.0) -> None:
    """Let the loop run until `condition()` holds (polls; fails after `timeout`)."""
    waited = 0.0
    while not condition():
        await asyncio.sleep(0.02)
        waited += 0.02
        assert waited < timeout, "the export did not finish"


def test_real_main_window_exports_from_the_file_menu(
    qtbot, loop, tmp_path: Path, monkeypatch, answers
) -> None:
    from roundtable.demo import write_demo
    from ui.app import open_window

    session = write_demo(tmp_path / "demo.roundtable")
    window = open_window(session)
    qtbot.addWidget(window)
    file_menu = window.menu("File")
    action = next(a for a in file_menu.actions() if a.objectName() == "exportMinutesAction")
    assert action in window.toolbar.actions()
    monkeypatch.setattr(ExportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    action.trigger()
    loop.run_until_complete(_until(lambda: answers["offered"]))
    out = tmp_path / "demo-minutes.docx"
    headings = [p.text for p in docx.Document(str(out)).paragraphs if p.style.name == "Heading 1"]
    assert headings[0] == "Summary" and headings[-1] == "Appendix: all notes in order of entry"
    window.close()


def test_the_next_export_starts_where_the_last_went_with_its_letterhead(
    qtbot, loop, window: ContractWindow, tmp_path: Path, answers
) -> None:
    exporter = install(window)
    sent = tmp_path / "sent"
    sent.mkdir()
    letterhead = tmp_path / "letterhead.docx"
    docx.Document().save(str(letterhead))
    loop.run_until_complete(exporter.export("docx", sent / "minutes.docx", letterhead))
    assert (sent / "minutes.docx").exists()
    dialog = ExportDialog(Path(window.store.path), window)
    qtbot.addWidget(dialog)
    assert dialog.out_path() == sent / "q4-minutes.docx"  # the folder of the last minutes
    assert dialog.template() == letterhead


def test_exporting_while_a_round_runs_says_the_times_are_not_final(
    qtbot, loop, window: ContractWindow, tmp_path: Path, monkeypatch, answers
) -> None:
    window.store.start_round(window.store.round_at(2).id)
    exporter = install(window)
    monkeypatch.setattr(ExportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    exporter.action.trigger()
    loop.run_until_complete(_until(lambda: answers["offered"]))
    out = tmp_path / "q4-minutes.docx"
    assert window.statuses[-1].startswith(f"Minutes written to {out}. The session is still")
    assert "export again after End session" in window.statuses[-1]


def test_a_failed_export_takes_its_progress_box_away_before_saying_why(
    qtbot, loop, window: ContractWindow, tmp_path: Path, monkeypatch
) -> None:
    # The "Writing the minutes…" box stayed over the error message and took its clicks.
    from PySide6.QtWidgets import QApplication, QProgressDialog

    shown_with: list[list[str]] = []

    def warning(parent, title, text):
        shown_with.append(
            [
                w.labelText()
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QProgressDialog) and w.isVisible()
            ]
        )

    monkeypatch.setattr(QMessageBox, "warning", warning)
    original = QProgressDialog.setMinimumDuration
    # As on a slow disk: the progress box is up before the error comes.
    monkeypatch.setattr(
        QProgressDialog,
        "setMinimumDuration",
        lambda self, ms: (original(self, 0), self.show()),
    )
    exporter = install(window)
    result = loop.run_until_complete(exporter.export("docx", tmp_path / "gone" / "m.docx"))
    assert result is None
    assert shown_with == [[]]


def test_after_a_place_that_cannot_be_written_the_dialog_comes_back_as_it_was(
    qtbot, loop, window: ContractWindow, tmp_path: Path, monkeypatch, answers
) -> None:
    # "... choose another place", and the dialog was gone: everything was asked again.
    exporter = install(window)
    shown: list[str] = []
    places = iter([tmp_path / "gone" / "m.md", tmp_path / "m.md"])

    def exec_(self) -> QDialog.DialogCode:
        if shown:  # the second time: the format chosen the first time is still chosen
            assert self.fmt() == "md"
        self.format_box.setCurrentIndex(self.format_box.findData("md"))
        self.path_edit.setText(str(next(places)))
        shown.append(self.path_edit.text())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", exec_)
    exporter.action.trigger()
    loop.run_until_complete(_until(lambda: answers["offered"]))
    assert len(shown) == 2 and len(answers["warnings"]) == 1
    assert (tmp_path / "m.md").read_text("utf-8").startswith("# Q4 roundtable")


def test_a_session_in_a_folder_that_cannot_be_written_offers_home(
    qtbot, window: ContractWindow, tmp_path: Path, monkeypatch
) -> None:
    import os

    from PySide6.QtCore import QSettings

    QSettings().remove(export_action.LAST_FOLDER)  # no earlier export to start from
    monkeypatch.setattr(os, "access", lambda path, mode: Path(path) != tmp_path)
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: tmp_path / "home"))
    (tmp_path / "home").mkdir()
    dialog = ExportDialog(tmp_path / "q4.roundtable", window)
    qtbot.addWidget(dialog)
    assert dialog.out_path() == tmp_path / "home" / "q4-minutes.docx"


def test_the_dialog_says_who_stands_alone_in_an_anonymous_session(
    qtbot, loop, window: ContractWindow, monkeypatch
) -> None:
    store = window.store
    for name, function in (
        ("Ana Lopez", "sales"),
        ("Ben Okafor", "sales"),
        ("Dana Reyes", "marketing"),
    ):
        store.add_participant(name, function)
    # Dana's notes are marked marketing (a side with no note gives nobody away).
    store.add_note(store.rounds()[0].id, "Nurture emails", function="marketing")
    said: list[str] = []

    def look(dialog: ExportDialog) -> QDialog.DialogCode:
        # Word minutes of an anonymous session mark no note: nothing to warn of there.
        note = dialog.findChild(QLabel, "exportAnonymityNote")
        assert note.isHidden()
        fmt = dialog.findChild(QComboBox, "exportFormat")
        fmt.setFocus()
        qtbot.keyClick(fmt, Qt.Key.Key_End)  # CSV, the last format: it keeps each function
        assert dialog.fmt() == "csv"
        said.append(note.text() if not note.isHidden() else "")
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ExportDialog, "exec", look)
    exporter = install(window)
    exporter.action.trigger()
    loop.run_until_complete(_until(lambda: said))
    assert said == [
        "Anonymous, but Dana Reyes is the only marketing participant:"
        " every note marked “marketing” on the wall and in a CSV export is theirs."
    ]
    store.add_participant("Lee Chen", "marketing")
    exporter.action.trigger()
    loop.run_until_complete(_until(lambda: len(said) == 2))
    assert said[1] == ""


def test_the_progress_box_shows_soon_while_the_worker_has_not_reported_yet(
    qtbot, loop, window: ContractWindow, tmp_path: Path, monkeypatch, answers
) -> None:
    # Until the worker's first report the box waited Qt's own 4 s, not its 300 ms: an export
    # queued behind other background work (or slow to start on a share) showed nothing.
    import threading
    import time

    from PySide6.QtWidgets import QProgressDialog

    go = threading.Event()
    real = export_action.export_minutes

    def queued(*args, **kwargs):
        go.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(export_action, "export_minutes", queued)
    monkeypatch.setattr(ExportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    exporter = install(window)

    def box() -> QProgressDialog | None:
        found = window.findChild(QProgressDialog, "exportProgress")
        return found if found is not None and found.isVisible() else None

    async def shown_within(seconds: float) -> float | None:
        start = time.monotonic()
        while time.monotonic() - start < seconds:
            if box() is not None:
                return time.monotonic() - start
            await asyncio.sleep(0.02)
        return None

    exporter.action.trigger()
    try:
        shown_after = loop.run_until_complete(shown_within(2.5))
    finally:
        go.set()
    assert shown_after is not None, "no progress box within 2.5 s"
    loop.run_until_complete(_until(lambda: answers["offered"]))
    assert box() is None
    assert (tmp_path / "q4-minutes.docx").exists()


def test_exporting_again_says_the_earlier_minutes_were_replaced(
    qtbot, loop, window: ContractWindow, tmp_path: Path, monkeypatch, answers
) -> None:
    """The organizer exports, reads, fixes a typo and exports again: the second file takes
    the first one's name, which the command line said and the app did not (a paragraph
    added to the first in Word is not in the second)."""
    exporter = install(window)
    monkeypatch.setattr(ExportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    out = tmp_path / "q4-minutes.docx"
    exporter.action.trigger()
    loop.run_until_complete(_until(lambda: answers["offered"]))
    assert answers["replaced"] == [False]
    assert window.statuses[-1] == f"Minutes written to {out}."
    exporter.action.trigger()
    loop.run_until_complete(_until(lambda: len(answers["offered"]) == 2))
    assert answers["replaced"] == [False, True]
    assert window.statuses[-1] == (
        f"Minutes written to {out}. They replaced the earlier q4-minutes.docx."
    )


def _answer_the_question(qtbot, key: Qt.Key, seen: list[str]) -> None:
    """When the question about a changed file shows, record its text and press `key`."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != "exportChangedBox":
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        box.grab().save(str(Path(tempfile.gettempdir()) / "changed-question.png"))
        qtbot.keyClick(box, key)

    QTimer.singleShot(20, answer)


def _edit_by_hand(path: Path) -> bytes:
    """The organizer adds a greeting in Word and saves."""
    doc = docx.Document(str(path))
    doc.add_paragraph("Thank you all for coming!")
    doc.save(str(path))
    return path.read_bytes()


def test_exporting_over_minutes_changed_by_hand_asks_and_keeps_them(
    qtbot, loop, window: ContractWindow, tmp_path: Path, monkeypatch, answers
) -> None:
    """Exported, edited in Word, then Ctrl+E, Enter again for a late change: the question
    comes first, and Enter keeps the edited file and writes the new minutes beside it."""
    exporter = install(window)
    monkeypatch.setattr(ExportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    out = tmp_path / "q4-minutes.docx"
    exporter.action.trigger()
    loop.run_until_complete(_until(lambda: answers["offered"]))
    edited = _edit_by_hand(out)
    asked: list[str] = []
    _answer_the_question(qtbot, Qt.Key.Key_Return, asked)
    exporter.action.trigger()
    loop.run_until_complete(_until(lambda: len(answers["offered"]) == 2))
    assert asked and asked[0].startswith("q4-minutes.docx was changed after Roundtable wrote it.")
    assert out.read_bytes() == edited  # the greeting is still there
    beside = tmp_path / "q4-minutes (2).docx"
    assert answers["offered"][-1] == beside
    assert "Thank you all for coming!" not in [p.text for p in docx.Document(beside).paragraphs]
    assert window.statuses[-1] == f"Minutes written to {beside}."


def test_cancel_at_the_question_writes_nothing(
    qtbot, loop, window: ContractWindow, tmp_path: Path, monkeypatch, answers
) -> None:
    """A file Roundtable never wrote counts as changed; Escape leaves it and writes nothing."""
    out = tmp_path / "q4-minutes.docx"
    out.write_bytes(b"minutes typed by hand")
    exporter = install(window)
    monkeypatch.setattr(ExportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    asked: list[str] = []
    _answer_the_question(qtbot, Qt.Key.Key_Escape, asked)
    exporter.action.trigger()
    loop.run_until_complete(_until(lambda: window.statuses))
    assert asked
    assert out.read_bytes() == b"minutes typed by hand"
    assert not (tmp_path / "q4-minutes (2).docx").exists()
    assert answers["offered"] == []
    assert window.statuses[-1] == "Export cancelled; nothing was written."
