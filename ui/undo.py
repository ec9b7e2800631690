"""The session's undo stack: one place that keeps failed and forbidden changes off it.

`QUndoStack.push` runs the command's `redo` and keeps the command even when `redo` raised,
so a refused note or a full disk would leave an entry that Ctrl+Z then "undoes". Here
`redo` runs first as a plain Python call: if it raises, the exception reaches the caller
unchanged and nothing is pushed; if it works, the command is pushed without running twice.
A session open read-only refuses every change with a message instead of an error dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from roundtable.store import Store


class SessionUndoStack(QUndoStack):
    """Undo stack bound to a store; `refused(message)` when the file is read-only."""

    refused = Signal(str)
    # "Undone: Group 2 notes" / "Redone: ..." after Ctrl+Z or Ctrl+Shift+Z (not after a push),
    # so the status bar does not go on describing a change that was just taken back.
    stepped = Signal(str)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._pushing = False
        self._index = self.index()
        self.indexChanged.connect(self._moved)

    def _moved(self, index: int) -> None:
        before, self._index = self._index, index
        if self._pushing or index == before:
            return
        what = self.text(index) if index < before else self.text(index - 1)
        if what:  # a cleared stack has nothing to tell
            self.stepped.emit(f"{'Undone' if index < before else 'Redone'}: {what}.")

    def push(self, cmd: QUndoCommand) -> bool:  # type: ignore[override]
        """Do the command and keep it for undo; False (and `refused`) when read-only."""
        if self.store.read_only:
            self.refused.emit(
                f"This session is open read-only, so nothing can be changed. "
                f"{self.store.read_only_reason}"
            )
            return False
        cmd.redo()  # raises before anything is kept
        self.keep_done(cmd)
        return True

    def keep_done(self, cmd: QUndoCommand) -> None:
        """Put a command whose change is already made on the stack without doing it again
        (after push() did it, and for the undo history kept across a restart)."""
        cmd.redo = _done  # type: ignore[method-assign]  # QUndoStack.push would do it twice
        self._pushing = True
        try:
            super().push(cmd)
        finally:
            self._pushing = False
            self._index = self.index()
            del cmd.redo


def _done() -> None:
    """Stands in for a command's redo while the stack records a change already made."""
