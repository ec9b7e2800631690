"""File > Export minutes...: choose a format, a place and the minutes' language, write the
minutes off the UI thread.

`install(window)` adds the action (Ctrl+E) to the File menu and the toolbar. The export
takes a snapshot on the UI thread (the store belongs to it), writes in a worker through
`run_off_ui` while a progress dialog shows and can cancel, then offers to open the file or
its folder. The minutes' language is offered as the one most notes are written in
(roundtable/export/languages), and can be changed for Word and Markdown. Problems (folder
not writable, disk full, file open in Word) come back as `ExportError` and are shown in a
message box; the core never leaves a half-written file.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, QSettings, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)
from qasync import asyncSlot

from roundtable.anonymity import lone_side_warnings
from roundtable.export import FORMATS, ExportError, default_output, export_minutes
from roundtable.export.languages import LANGUAGES
from roundtable.export.session_times import still_running
from roundtable.jobs import Cancelled
from roundtable.room_language import written_language
from ui.background import ProgressRelay, run_off_ui
from ui.windows.contrast import ink

LAST_FOLDER, LAST_TEMPLATE = "export/lastFolder", "export/lastTemplate"
WRITTEN = "export/written"  # per file: the SHA-256 of what Roundtable last wrote there
FILTERS = {
    "docx": "Word document (*.docx)",
    "md": "Markdown for mail and wikis (*.md)",
    "csv": "CSV for spreadsheets, one row per note (*.csv)",
}


def writable_folder(*choices: Path) -> Path:
    """The first of the folders that exists and can be written to, else the home folder (a
    session opened from a read-only share offered to write its minutes beside it)."""
    for folder in choices:
        if folder.is_dir() and os.access(folder, os.W_OK):
            return folder
    return Path.home()


class ExportDialog(QDialog):
    """Asks for the format, the file to write and (for Word) an optional template."""

    def __init__(
        self,
        session_path: Path,
        parent: QWidget | None = None,
        warnings: Sequence[str] = (),
        detected: str = "en",
        as_agenda: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle("Export minutes")
        self._session_path = session_path
        self.format_box = _named(QComboBox(), "exportFormat")
        for fmt in FORMATS:
            self.format_box.addItem(FILTERS[fmt].replace("*", ""), fmt)
        # Where the last minutes went, and their letterhead, are asked for only once.
        settings = QSettings()
        default = default_output(session_path, "docx")
        folder = Path(str(settings.value(LAST_FOLDER, "") or default.parent))
        self.path_edit = QLineEdit(str(writable_folder(folder, default.parent) / default.name))
        self.path_edit.setObjectName("exportPath")
        browse = _named(QPushButton("Browse…"), "exportBrowse")
        browse.clicked.connect(self._browse)
        self.template_edit = _named(QLineEdit(), "exportTemplate")
        self.template_edit.setPlaceholderText("Optional: a .docx with your styles and letterhead")
        letterhead = str(settings.value(LAST_TEMPLATE, "") or "")
        if letterhead and Path(letterhead).is_file():
            self.template_edit.setText(letterhead)
        self.template_browse = _named(QPushButton("Browse…"), "exportTemplateBrowse")
        self.template_browse.clicked.connect(self._browse_template)
        # The minutes' own words (headings, dates, columns); the notes stay as written.
        self.language_box = _named(QComboBox(), "exportLanguage")
        for code, name in LANGUAGES.items():
            why = "as the agenda is" if as_agenda else "as most notes are"
            said = f"{name}, {why}" if code == detected else name
            self.language_box.addItem(said, code)
        self.language_box.setCurrentIndex(list(LANGUAGES).index(detected))

        # Each line is its label's buddy (not the row holding it and its Browse button):
        # a screen reader gave the two lines no name, and Alt+S and Alt+W reached neither.
        self.format_box.setAccessibleName("Format")
        self.path_edit.setAccessibleName("Save as")
        self.template_edit.setAccessibleName("Word template")
        self.language_box.setAccessibleName("Minutes language")
        browse.setAccessibleName("Browse for where to save the minutes")
        self.template_browse.setAccessibleName("Browse for a Word template")
        form = QFormLayout(self)
        # Who an anonymous session's function marks point at, said before a CSV goes out
        # (roundtable.anonymity); the file itself does not say it. Word and Markdown
        # minutes of an anonymous session mark no note, so it shows for CSV only.
        self.warning = _named(QLabel("\n".join(warnings)), "exportAnonymityNote")
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(f"color: {ink('#8a5a00', self)};")  # and on a dark palette
        form.addRow(self.warning)
        self.warning.setVisible(False)
        form.addRow("&Format:", self.format_box)
        form.addRow(_label("&Save as:", self.path_edit), _row(self.path_edit, browse))
        template_row = _row(self.template_edit, self.template_browse)
        form.addRow(_label("&Word template:", self.template_edit), template_row)
        form.addRow(_label("Minutes &language:", self.language_box), self.language_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.setObjectName("exportButtons")
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Export")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.format_box.currentIndexChanged.connect(self._format_changed)
        self.resize(560, self.sizeHint().height())

    def fmt(self) -> str:
        return str(self.format_box.currentData())

    def out_path(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    def language(self) -> str:
        """The language of the minutes' own words: "en", "de", "fr" or "es"."""
        return str(self.language_box.currentData())

    def template(self) -> Path | None:
        text = self.template_edit.text().strip()
        return Path(text).expanduser() if text and self.fmt() == "docx" else None

    def _format_changed(self) -> None:
        fmt = self.fmt()
        current = self.out_path()
        if self.path_edit.text().strip():
            self.path_edit.setText(str(current.with_suffix(f".{fmt}")))
        is_word = fmt == "docx"
        self.template_edit.setEnabled(is_word)
        self.template_browse.setEnabled(is_word)
        # A CSV's column names are for programs and stay English.
        self.language_box.setEnabled(fmt != "csv")
        shown = bool(self.warning.text()) and fmt == "csv"
        if shown == self.warning.isHidden():
            self.warning.setVisible(shown)
            self.resize(self.width(), self.sizeHint().height())

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, "Export minutes", str(self.out_path()), FILTERS[self.fmt()]
        )
        if chosen:
            path = Path(chosen)
            if path.suffix.lower() != f".{self.fmt()}":
                path = path.with_name(path.name + f".{self.fmt()}")
            self.path_edit.setText(str(path))

    def _browse_template(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, "Word template", str(self._session_path.parent), "Word document (*.docx)"
        )
        if chosen:
            self.template_edit.setText(chosen)


W = TypeVar("W", bound=QWidget)


def _named(widget: W, name: str) -> W:
    widget.setObjectName(name)
    return widget


def _label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def _row(*widgets: QWidget) -> QWidget:
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        layout.addWidget(w)
    return box


class MinutesExporter(QObject):
    """Owns the Export minutes action of one main window."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("minutesExporter")
        self.window = window
        self.action = QAction("Export &minutes…", window)
        self.action.setObjectName("exportMinutesAction")
        self.action.setShortcut(QKeySequence("Ctrl+E"))
        self.action.setStatusTip("Write the minutes as Word, Markdown or CSV")
        self.action.triggered.connect(self.start)
        self.last_written: Path | None = None
        self.refused: str | None = None  # why the last export was refused

    @asyncSlot()
    async def start(self) -> None:
        """Ask where, then export; the action stays disabled while one export runs."""
        store = self.window.store  # type: ignore[attr-defined]
        anonymous = store.session().anonymous
        marked = {n.function for n in store.notes()}  # (a side with no note gives nobody away)
        warnings = lone_side_warnings(store.participants(), marked=marked) if anonymous else []
        # A German agenda's minutes are German, though short notes read as English.
        detected, agenda = written_language(store.rounds(), (n.text for n in store.notes()))
        dialog = ExportDialog(Path(store.path), self.window, warnings, detected, as_agenda=agenda)
        # After a place that cannot be written to ("a read-only disk; choose another place")
        # the dialog comes back with what was chosen: it closed, and everything was asked
        # again from the start.
        while dialog.exec() == QDialog.DialogCode.Accepted:
            self.refused = None
            await self.export(dialog.fmt(), dialog.out_path(), dialog.template(), dialog.language())
            if self.refused is None:
                return

    async def export(
        self, fmt: str, out: Path, template: Path | None = None, language: str | None = None
    ) -> Path | None:
        """Write the minutes to `out` (their own words in `language`, by default the notes'
        language); report the result to the user. Returns the file."""
        # Asked before the progress box is made: its timer ran behind the question.
        where = await self._where_to_write(out)
        if where is None:
            self._status("Export cancelled; nothing was written.")
            return None
        out = where
        store = self.window.store  # type: ignore[attr-defined]
        snapshot = store.snapshot()  # on the UI thread: the store's connection lives here
        relay = ProgressRelay(self)
        job = relay.job()
        progress = QProgressDialog("Writing the minutes…", "Cancel", 0, 100, self.window)
        progress.setObjectName("exportProgress")
        progress.setWindowTitle("Export minutes")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)  # a quick export should not flash a dialog
        progress.setValue(0)  # timed from now: else Qt waits 4 s for the worker's first report
        progress.canceled.connect(job.cancel)
        relay.progressed.connect(
            lambda done, total: progress.setValue(int(100 * done / max(1, total)))
        )
        self.action.setEnabled(False)
        # Exported again after a typo was fixed: the new file takes the old one's name, and
        # anything added to the old one in Word is not in it (the command line says so too).
        replaced = out.exists()
        try:
            written = await run_off_ui(
                lambda: export_minutes(
                    snapshot, fmt, out, docx_template=template, job=job, language=language
                )
            )
        except Cancelled:
            self._status("Export cancelled; nothing was written.")
            return None
        except ExportError as exc:
            # The progress box goes first: left over the message, it hid it and took the
            # clicks meant for its OK.
            progress.reset()
            progress.hide()
            QMessageBox.warning(self.window, "Minutes not exported", str(exc))
            self._status("Minutes not exported.")
            self.refused = str(exc)
            return None
        finally:
            progress.reset()
            progress.deleteLater()
            self.action.setEnabled(True)
        self.last_written = written
        remember_written(written)
        settings = QSettings()
        settings.setValue(LAST_FOLDER, str(written.parent))
        settings.setValue(LAST_TEMPLATE, str(template) if template else "")
        said = f"Minutes written to {written}."
        if replaced:
            said += f" They replaced the earlier {written.name}."
        if still_running(snapshot):
            # Not a mistake to export mid-session, but the times in them are not final yet.
            said += (
                " The session is still running, and the minutes say so: export again after"
                " End session for the final times."
            )
        self._status(said)
        choice = ask_to_open(self.window, written, replaced)
        if choice == "file":
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))
        elif choice == "folder":
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written.parent)))
        return written

    async def _where_to_write(self, out: Path) -> Path | None:
        """`out`, unless it holds something Roundtable did not write there (an organizer's
        greeting typed in Word): then ask whether to replace it, write beside it, or stop."""
        if not out.is_file() or written_unchanged(out):
            return out
        beside = free_name(out)
        choice = await ask_about_changed(self.window, out, beside)
        if choice == "replace":
            return out
        return beside if choice == "new" else None

    def _status(self, text: str) -> None:
        self.window.show_status(text)  # type: ignore[attr-defined]


def _key(path: Path) -> str:
    # A path holds slashes, which QSettings reads as groups: the key is its digest.
    return f"{WRITTEN}/" + hashlib.sha1(str(path.resolve()).encode("utf-8")).hexdigest()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def remember_written(path: Path) -> None:
    """Note what Roundtable has just written to `path`, to tell a later hand edit."""
    QSettings().setValue(_key(path), _digest(path))


def written_unchanged(path: Path) -> bool:
    """Whether `path` is byte for byte what Roundtable last wrote there (a file it never
    wrote counts as changed)."""
    known = QSettings().value(_key(path), "")
    try:
        return bool(known) and known == _digest(path)
    except OSError:
        return False


def free_name(path: Path) -> Path:
    """ "minutes (2).docx", "minutes (3).docx"…: the first such name not taken."""
    n = 2
    while (candidate := path.with_name(f"{path.stem} ({n}){path.suffix}")).exists():
        n += 1
    return candidate


async def ask_about_changed(parent: QWidget, path: Path, beside: Path) -> str | None:
    """Ask before writing over minutes changed since Roundtable wrote them: returns
    "replace", "new" (write to `beside`, the default) or None (cancel). The box is window
    modal and awaited, not run in a loop of its own inside the export's coroutine (there
    the export's own wait never ended)."""
    box = QMessageBox(parent)
    box.setObjectName("exportChangedBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("Export minutes")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        f"{path.name} was changed after Roundtable wrote it.\n\n"
        f"Keep it as it is and save the new minutes as {beside.name}, or replace it"
        " (what was changed in it is lost)?"
    )
    replace = box.addButton("Replace it", QMessageBox.ButtonRole.DestructiveRole)
    new = box.addButton(f"Save as {beside.name}", QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(new)
    answered: asyncio.Future[None] = asyncio.get_event_loop().create_future()
    box.finished.connect(lambda _result: answered.done() or answered.set_result(None))
    box.open()
    await answered
    box.deleteLater()
    if box.clickedButton() is replace:
        return "replace"
    if box.clickedButton() is new:
        return "new"
    return None


def ask_to_open(parent: QWidget, path: Path, replaced: bool = False) -> str | None:
    """Offer to open the new file or its folder: returns "file", "folder" or None."""
    box = QMessageBox(parent)
    box.setObjectName("exportDoneBox")
    box.setWindowTitle("Minutes exported")
    box.setTextFormat(Qt.TextFormat.PlainText)
    again = (
        f"\n\nThey replaced the earlier {path.name}: anything changed in it by hand is not"
        " in these."
        if replaced
        else ""
    )
    box.setText(f"The minutes were written to\n{path}{again}")
    open_file = box.addButton("Open", QMessageBox.ButtonRole.AcceptRole)
    open_folder = box.addButton("Show folder", QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is open_file:
        return "file"
    if box.clickedButton() is open_folder:
        return "folder"
    return None


def install(window: QMainWindow) -> MinutesExporter:
    """Add File > Export minutes… (Ctrl+E) and its toolbar button to `window`."""
    exporter = MinutesExporter(window)
    window.menu("File").addAction(exporter.action)  # type: ignore[attr-defined]
    window.toolbar.addAction(exporter.action)  # type: ignore[attr-defined]
    return exporter
