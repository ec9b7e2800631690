"""File > Import notes from CSV…: notes collected on paper or in a form, added in one step.

The CSV is read and checked completely before anything changes (`read_csv_file`): one bad
row means a message naming its line, and the session stays as it was. A good file becomes
one undoable change; undo removes the imported notes (softly), redo brings them back. A big
file is read in a worker thread while a progress dialog shows; Cancel there imports nothing.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QProgressDialog

from roundtable.csv_import import (
    CheckedNotes,
    CsvImportError,
    already_in,
    read_csv_file,
    read_csv_rows,
)
from roundtable.csv_text import MAX_CSV_BYTES
from roundtable.jobs import Cancelled
from roundtable.model import Participant, counted
from roundtable.store import NewNote, SessionFileError, Store
from roundtable.store.save_errors import nothing_imported
from ui.background import ProgressRelay, run_off_ui

# A file bigger than this is read off the UI thread, with progress and Cancel: the 3,000
# notes of bench_ui are 150 KB; a few dozen transcribed notes are read in a blink.
BACKGROUND_BYTES = 64_000


class ImportNotes(QUndoCommand):
    """Add checked notes in one transaction; undo deletes them softly and takes the people
    the import added back off the roster (they counted in attendance); redo restores both."""

    def __init__(self, store: Store, notes: list[NewNote], source: str) -> None:
        super().__init__(f"Import {counted(len(notes), 'note')} from {source}")
        # A plain list: the command is kept in the undo history, which writes lists.
        self.store, self.notes = store, list(notes)
        self.ids: list[int] = []
        self.added: list[tuple[Participant, list[int]]] = []  # newcomers and their notes

    def redo(self) -> None:
        if not self.ids:
            before = {p.id for p in self.store.participants()}
            self.ids = self.store.add_notes(self.notes)
            self.added = [(p, []) for p in self.store.participants() if p.id not in before]
            return
        for person, note_ids in self.added:
            self.store.restore_participant(person, note_ids)
        self.store.restore_notes(self.ids)

    def undo(self) -> None:
        self.store.delete_notes(self.ids)  # one transaction: all of them or none
        self.added = [
            (person, self.store.remove_participant(person.id)) for person, _ in self.added
        ]


class CsvImporter(QObject):
    """The import action of one main window."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction("&Import notes from CSV…", window, objectName="importCsvAction")
        self.action.setShortcut(QKeySequence("Ctrl+I"))
        self.action.setStatusTip("Add notes from a CSV file with columns round,text[,function]")
        self.action.triggered.connect(lambda: self.choose())
        self._running: asyncio.Task | None = None  # a big file being read

    def choose(self) -> None:
        # Beside the session (it opened in the folder the app was started from).
        folder = str(Path(self.window.store.path).parent)  # type: ignore[attr-defined]
        name, _ = QFileDialog.getOpenFileName(
            self.window, "Import notes", folder, "CSV files (*.csv *.txt);;All files (*)"
        )
        if not name:
            return
        path = Path(name)
        try:
            # (Too big to be one session's notes is refused at once, by import_file.)
            big = BACKGROUND_BYTES < path.stat().st_size <= MAX_CSV_BYTES
        except OSError:
            big = False  # import_file says what is wrong with it
        if big:
            self._running = asyncio.ensure_future(self.import_in_background(path))
            self._running.add_done_callback(_unexpected)
        else:
            self.import_file(path)

    def import_file(self, path: Path) -> bool:
        """Check and import `path`; a problem is shown and nothing changes."""
        store: Store = self.window.store  # type: ignore[attr-defined]
        try:
            checked = read_csv_file(store, path)
        except (CsvImportError, OSError) as err:
            self._refuse(err)
            return False
        return self._add(path, checked)

    async def import_in_background(self, path: Path) -> bool:
        """Like import_file, reading and checking the file in a worker thread while a
        progress dialog shows; its Cancel imports nothing."""
        store: Store = self.window.store  # type: ignore[attr-defined]
        rounds, people = store.rounds(), store.participants()  # the store stays here
        relay = ProgressRelay(self)
        job = relay.job()
        progress = QProgressDialog(f"Reading {path.name}…", "Cancel", 0, 100, self.window)
        progress.setObjectName("importProgress")
        progress.setWindowTitle("Import notes")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)  # a quick read should not flash a dialog
        progress.setValue(0)  # timed from now: else it waited 4 s for the first report
        progress.canceled.connect(job.cancel)
        relay.progressed.connect(
            lambda done, total: progress.setValue(int(100 * done / max(1, total)))
        )
        self.action.setEnabled(False)
        checked: CheckedNotes | None = None
        try:
            checked = await run_off_ui(read_csv_rows, path, rounds, people, job)
        except Cancelled:
            pass
        except (CsvImportError, OSError) as err:
            # The progress box goes first: left over the message, it took its clicks.
            progress.reset()
            progress.hide()
            self._refuse(err)
            return False
        finally:
            progress.reset()
            progress.deleteLater()
            self.action.setEnabled(True)
        if getattr(self.window, "_closed", False):
            return False
        if job.cancelled or checked is None:  # (Cancel after the last row: still nothing)
            self.window.show_status(  # type: ignore[attr-defined]
                f"Import cancelled: nothing was imported from {path.name}."
            )
            return False
        if (store.rounds(), store.participants()) != (rounds, people):
            # The agenda or the roster changed while the file was read: checked again.
            return self.import_file(path)
        return self._add(path, checked)

    def _refuse(self, err: Exception) -> None:
        text = str(err)
        if "nothing" not in text.lower():  # said once, not twice
            text += "\n\nNothing was imported; fix the file and import it again."
        QMessageBox.warning(self.window, "Notes not imported", text)

    def _add(self, path: Path, checked: CheckedNotes) -> bool:
        """Add the checked notes of `path` as one step, and say so."""
        store: Store = self.window.store  # type: ignore[attr-defined]
        notes, encoding = checked.notes, checked.encoding
        # The same notes imported twice (the file was imported before) is asked about.
        again = already_in(store, notes)
        if again and (
            QMessageBox.question(
                self.window,
                "Import these notes again?",
                f"{again} of the {counted(len(notes), 'note')} in {path.name} are already"
                " in this session, word for word: the file may have been imported before."
                f"\n\nImport all {len(notes)} anyway?",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            != QMessageBox.StandardButton.Yes
        ):
            self.window.show_status(  # type: ignore[attr-defined]
                f"Nothing imported from {path.name}."
            )
            return False
        command = ImportNotes(store, notes, path.name)
        try:
            pushed = self.window.undo_stack.push(command)  # type: ignore[attr-defined]
        except SessionFileError as err:
            self._not_saved(path, err)
            return False
        if pushed is False:
            return False
        rounds = len({n.round_id for n in notes})
        # Names the roster did not have join it (they count in attendance and dots): say so.
        # Who the store added, not a guess beside it ("ana lópez" is Ana Lopez).
        newcomers = [person.name for person, _ in command.added]
        added = f" Added to the roster: {', '.join(newcomers)}." if newcomers else ""
        # Not UTF-8 but Western text (Excel's plain "CSV" on Windows): a guess, so said.
        # UTF-16 carries its own marker: nothing to check.
        read_as = (
            f" Read as {encoding} text, not UTF-8: check accented letters."
            if encoding not in ("UTF-8", "UTF-16")
            else ""
        )
        shown = self._show_what_came_in(store, {n.round_id for n in notes})
        # A function column saying "Sales & Marketing" made its notes other: said, not silent.
        sides = f" {checked.said()}" if checked.both_sides else ""
        self.window.show_status(  # type: ignore[attr-defined]
            f"Imported {counted(len(notes), 'note')} into {counted(rounds, 'round')} "
            f"from {path.name}.{added}{sides}{read_as}{shown} Ctrl+Z takes them out again."
        )
        return True

    def _not_saved(self, path: Path, err: SessionFileError) -> None:
        """The file refused the import (one transaction: none of its notes came in). The
        app's last-resort box said "The last change was not saved", naming no import."""
        why = "the disk is full" if err.full else "the session file did not take it"
        self.window.show_status(  # type: ignore[attr-defined]
            f"Nothing imported from {path.name}: {why}."
        )
        QMessageBox.warning(self.window, "Notes not imported", nothing_imported(err, path.name))

    def _show_what_came_in(self, store: Store, filled: set[int]) -> str:
        """Bring the imported notes' round to the board when none of them went into the
        shown round (150 notes came in, and the board stayed on a round without one of
        them); returns what to say about it."""
        if self.window.shown_round_id() in filled:  # type: ignore[attr-defined]
            return ""
        first = min((store.round(rid) for rid in filled), key=lambda r: r.position)
        self.window.show_round(first.id)  # type: ignore[attr-defined]
        return f" The board shows round {first.position}, {first.title}."


def _unexpected(task: asyncio.Task) -> None:
    """An error nobody expected reaches the app's error dialog (as from an asyncSlot)."""
    error = None if task.cancelled() else task.exception()
    if error is not None:
        sys.excepthook(type(error), error, error.__traceback__)


def install(window: QMainWindow) -> CsvImporter:
    """Add File > Import notes from CSV… (Ctrl+I) to `window`."""
    importer = CsvImporter(window)
    window.menu("File").addAction(importer.action)  # type: ignore[attr-defined]
    window.addAction(importer.action)
    return importer
