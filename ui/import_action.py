"""File > Import notes from CSV…: notes collected on paper or in a form, added in one step.

The CSV is read and checked completely before anything changes (`read_csv_file`): one bad
row means a message naming its line, and the session stays as it was. A good file becomes
one undoable change; undo removes the imported notes (softly), redo brings them back.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from roundtable.csv_import import CsvImportError, already_in, read_csv_file
from roundtable.model import Participant, counted
from roundtable.store import NewNote, Store


class ImportNotes(QUndoCommand):
    """Add checked notes in one transaction; undo deletes them softly and takes the people
    the import added back off the roster (they counted in attendance); redo restores both."""

    def __init__(self, store: Store, notes: list[NewNote], source: str) -> None:
        super().__init__(f"Import {counted(len(notes), 'note')} from {source}")
        self.store, self.notes = store, notes
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

    def choose(self) -> None:
        # Beside the session (it opened in the folder the app was started from).
        folder = str(Path(self.window.store.path).parent)  # type: ignore[attr-defined]
        name, _ = QFileDialog.getOpenFileName(
            self.window, "Import notes", folder, "CSV files (*.csv *.txt);;All files (*)"
        )
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> bool:
        """Check and import `path`; a problem is shown and nothing changes."""
        store: Store = self.window.store  # type: ignore[attr-defined]
        try:
            notes, encoding = read_csv_file(store, path)
        except (CsvImportError, OSError) as err:
            text = str(err)
            if "nothing" not in text.lower():  # said once, not twice
                text += "\n\nNothing was imported; fix the file and import it again."
            QMessageBox.warning(self.window, "Notes not imported", text)
            return False
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
        pushed = self.window.undo_stack.push(command)  # type: ignore[attr-defined]
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
        self.window.show_status(  # type: ignore[attr-defined]
            f"Imported {counted(len(notes), 'note')} into {counted(rounds, 'round')} "
            f"from {path.name}.{added}{read_as} Ctrl+Z takes them out again."
        )
        return True


def install(window: QMainWindow) -> CsvImporter:
    """Add File > Import notes from CSV… (Ctrl+I) to `window`."""
    importer = CsvImporter(window)
    window.menu("File").addAction(importer.action)  # type: ignore[attr-defined]
    window.addAction(importer.action)
    return importer
