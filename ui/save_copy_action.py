"""File > Save a copy… (Ctrl+Shift+S): the open session, whole, written to another file.

For mailing the session to a colleague, keeping a copy before a risky change, getting a
file one can change out of a read-only window, or going on when the file's disk became
write-protected mid-session. The window stays on its own file; where it cannot write to
that file, it offers to open the copy in a new window. The store writes the copy
(`Store.save_copy`), all or nothing; a refusal (a full disk, a folder one cannot write to)
is shown with the choice of another place.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox

from roundtable.store import SUFFIX, SessionFileError
from ui.export_action import writable_folder
from ui.windows.dialogs import ask_session_name, free_name
from ui.windows.drafts import carry_typed
from ui.windows.read_only import copy_hint


def default_copy(session: Path) -> Path:
    """ "<name> copy.roundtable" beside the session (or in a folder that can be written to,
    for a session on a read-only share), with a number added when that name is taken."""
    folder = writable_folder(session.parent)
    return free_name(folder / f"{session.stem} copy{SUFFIX}")


def copy_can_go_on(store) -> bool:
    """Whether a copy is where this window's work can go on: it is read-only, or its file,
    folder or disk became write-protected after it was opened. (Not a file from a newer
    version of the app: its copy opens read-only too.)"""
    if store.read_only:
        return bool(copy_hint(store.read_only_reason or ""))
    path = Path(store.path)
    return not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


class CopySaver(QObject):
    """Owns the Save a copy action of one main window."""

    NAME = "copySaver"
    TEXT = "Save &a copy…"
    ACTION = "saveCopyAction"
    KEYS = "Ctrl+Shift+S"
    TIP = "Write the whole session to another file; this window stays on"
    CAPTION = "Save a copy of the session"

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName(self.NAME)
        self.window = window
        self.action = QAction(self.TEXT, window)
        self.action.setObjectName(self.ACTION)
        self.action.setShortcut(QKeySequence(self.KEYS))
        self.action.setStatusTip(self.TIP)
        self.action.triggered.connect(self.start)
        self.opened: QMainWindow | None = None  # the copy's window, when one was opened

    def _go_ahead(self) -> bool:
        """Whether to go on to choosing the file (a subclass first says what it writes)."""
        return True

    def _suggested(self, session: Path) -> Path:
        return default_copy(session)

    def _write(self, store, path: Path) -> Path:
        return store.save_copy(path)

    def start(self) -> Path | None:
        """Ask where, write the copy, say so; returns the copy, or None when none was made."""
        store = self.window.store  # type: ignore[attr-defined]
        if not self._go_ahead():
            return None
        suggested = self._suggested(Path(store.path))
        while True:
            chosen = self._ask(suggested)
            if chosen is None:
                return None
            try:
                written = self._write(store, chosen)
            except SessionFileError as exc:
                self._status("Copy not saved; nothing was written.")
                if not self._another_place(str(exc)):
                    return None
                suggested = chosen
                continue
            break
        self._saved(written, Path(store.path))
        if copy_can_go_on(store):
            self._offer_to_open(written)
        return written

    def _saved(self, written: Path, session: Path) -> None:
        self._status(f"Saved a copy as {written} (this window still shows {session.name}).")

    def _ask(self, suggested: Path) -> Path | None:
        """The file dialog; the chosen file (with .roundtable added), or None."""
        while True:
            path = ask_session_name(self.window, self.CAPTION, suggested)
            if path is None:
                return None
            if not path.is_file() or self._replace(path):
                return path
            suggested = free_name(path)

    def _box(self, icon: QMessageBox.Icon, title: str, text: str, name: str) -> QMessageBox:
        """A message box over this window, its text shown as written (never as HTML)."""
        box = QMessageBox(icon, title, text, parent=self.window)
        box.setObjectName(name)
        box.setTextFormat(Qt.TextFormat.PlainText)
        return box

    def _replace(self, path: Path) -> bool:
        """Whether an existing file of the chosen name is to be replaced by the copy."""
        box = self._box(
            QMessageBox.Icon.Warning,
            "File already exists",
            f"A file named {path.name} already exists in {path.parent}.\n\nReplace it with"
            " the copy? It is replaced only once the copy is complete.",
            "copyExistsBox",
        )
        replace = box.addButton("Replace", QMessageBox.ButtonRole.DestructiveRole)
        other = box.addButton("Choose another name…", QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(other)
        box.exec()
        return box.clickedButton() is replace

    def _another_place(self, why: str) -> bool:
        """Say why the copy was not written; whether the user chose to pick another place."""
        box = self._box(QMessageBox.Icon.Warning, "Copy not saved", why, "copyNotSavedBox")
        other = box.addButton("Choose another place…", QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(other)
        box.exec()
        return box.clickedButton() is other

    def _offer_to_open(self, copy: Path) -> None:
        """This window cannot change its file: offer the copy, which can be, in a new one."""
        name = Path(self.window.store.path).name  # type: ignore[attr-defined]
        box = self._box(
            QMessageBox.Icon.Question,
            "Copy saved",
            f"The copy was saved as\n{copy}\n\nThis window cannot change {name}; the copy"
            " can be changed. Open it in a new window?",
            "copySavedBox",
        )
        open_it = box.addButton("Open the copy", QMessageBox.ButtonRole.AcceptRole)
        box.addButton("Not now", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(open_it)
        box.exec()
        if box.clickedButton() is not open_it:
            return
        from ui.windows.dialogs import open_session

        win = open_session(copy, self.window, clock=self.window.clock)  # type: ignore[attr-defined]
        if win is not None:
            win.show()
            self.opened = win
            others = getattr(self.window, "_others", [])
            self.window._others = [*others, win]  # type: ignore[attr-defined]
            carried = carry_typed(self.window, win)
            if carried:
                win.show_status(carried)
                self._status(
                    f"Opened the copy {copy.name} in a new window; what you had typed and not"
                    " added went with it."
                )

    def _status(self, text: str) -> None:
        self.window.show_status(text)  # type: ignore[attr-defined]


def install(window: QMainWindow) -> CopySaver:
    """Add File > Save a copy… (Ctrl+Shift+S) to `window` (installed before the export, so
    it comes next to the window's own Open and Start screen)."""
    saver = CopySaver(window)
    window.menu("File").addAction(saver.action)  # type: ignore[attr-defined]
    window.addAction(saver.action)
    return saver
