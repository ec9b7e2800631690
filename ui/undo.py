"""The session's undo stack: one place that keeps failed and forbidden changes off it.

`QUndoStack.push` runs the command's `redo` and keeps the command even when `redo` raised,
so a refused note or a full disk would leave an entry that Ctrl+Z then "undoes". Here
`redo` runs first as a plain Python call: if it raises, the exception reaches the caller
unchanged and nothing is pushed; if it works, the command is pushed without running twice.
A session open read-only refuses every change with a message instead of an error dialog.
Each do, undo and redo is one transaction of the store: a step of several writes (merging
themes back apart) is on disk whole or not at all, even after a crash or on a full disk.

An undo or redo that fails (the round to take away has notes by now, a step kept across a
restart that no longer fits the file) says so in the status bar and leaves the stack where
it was, instead of an "Unexpected error" dialog and a stack that moved anyway.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext, suppress

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from roundtable.store import BusyError, Store

# A change is tried this often when a reader made its save fail.
BUSY_TRIES = 3


class SessionUndoStack(QUndoStack):
    """Undo stack bound to a store; `refused(message)` when the file is read-only."""

    refused = Signal(str)
    # "Undone: Group 2 notes" / "Redone: ..." after Ctrl+Z or Ctrl+Shift+Z (not after a push),
    # so the status bar does not go on describing a change that was just taken back.
    stepped = Signal(str)
    # After a new step is done (not an undo or redo): what the status bar said Ctrl+Z would
    # take back is no longer the step Ctrl+Z takes back.
    pushed = Signal()

    def __init__(
        self,
        store: Store,
        parent: QObject | None = None,
        batch: Callable[[], AbstractContextManager[None]] = nullcontext,
    ) -> None:
        super().__init__(parent)
        self.store = store
        # The window's StoreSignals.batch: views hear of a step's changes after its commit,
        # once per kind, so it wraps the transaction.
        self.batch = batch
        # Called inside a step's transaction with the steps done once it is done, so the
        # kept undo history (UndoHistory) is saved with the change: a crash between the two
        # left a history that no longer matched the file, and all of it was dropped.
        self.record: Callable[[list[QUndoCommand]], None] | None = None
        self._macro_depth = 0
        # The rounds the last step changed (the window shows one an undo changed elsewhere).
        self.touched: set[int] = set()
        self._pushing = False
        self._failing = False  # a step failed: the stack goes back, nothing to announce
        self._index = self.index()
        # The step Ctrl+Z or Ctrl+Shift+Z just took, and whether it was undone.
        self.last_step: tuple[QUndoCommand, bool] | None = None
        # What an undo or redo marked, and the index it marked it at (until_moved).
        self._marks: list[tuple[int, Callable[[], None]]] = []
        self.indexChanged.connect(self._unmark)
        self.indexChanged.connect(self._moved)

    def _moved(self, index: int) -> None:
        before, self._index = self._index, index
        if self._pushing or self._failing or index == before:
            return
        undone = index < before
        step = self.command(index if undone else index - 1)
        self.last_step = (step, undone) if step is not None else None
        what = self.text(index) if undone else self.text(index - 1)
        if what:  # a cleared stack has nothing to tell
            self.stepped.emit(f"{'Undone' if index < before else 'Redone'}: {what}.")

    def until_moved(self, off: Callable[[], None]) -> None:
        """Call `off` once when the stack next moves (a step done, undone or redone): what
        an undo marked stays marked until the facilitator takes another step."""
        self._marks.append((self.index(), off))

    def _unmark(self, index: int | None = None) -> None:
        """Let go of what an undo or redo marked once the stack has moved from where it was
        marked (index None: a new step, even one merged into the last, which Qt announces
        without moving the index)."""
        # Before _moved (connected first): a redo marks anew what the undo had marked.
        kept = []
        for at, off in self._marks:
            if index is not None and at == index:
                kept.append((at, off))
                continue
            with suppress(RuntimeError):  # its widget went with the window
                off()
        self._marks = kept

    @contextmanager
    def quietly(self) -> Iterator[None]:
        """Move the stack without announcing it (the history put back when a file opens:
        its last step is no "Redone: Merge 2 themes" the facilitator just did)."""
        was, self._pushing = self._pushing, True
        try:
            yield
        finally:
            self._pushing = was
            self._index = self.index()

    def push(self, cmd: QUndoCommand) -> bool:  # type: ignore[override]
        """Do the command and keep it for undo; False (and `refused`) when read-only."""
        if self.store.read_only:
            self.refused.emit(
                f"This session is open read-only, so nothing can be changed. "
                f"{self.store.read_only_reason}"
            )
            return False

        def do() -> None:
            cmd.redo()
            self._record(self._done() + [cmd])

        for attempt in range(BUSY_TRIES):
            try:
                self._atomically(cmd, do)  # raises before anything is kept
                break
            except BusyError:
                # A reader opened the file at the instant of saving; nothing was kept.
                if attempt == BUSY_TRIES - 1:
                    raise
                time.sleep(0.2 * (attempt + 1))
        self.keep_done(cmd)
        self.pushed.emit()
        return True

    def beginMacro(self, text: str) -> None:  # noqa: N802 (Qt name)
        self._macro_depth += 1
        super().beginMacro(text)

    def endMacro(self) -> None:  # noqa: N802 (Qt name)
        # The finished macro is a step done, not one redone: "Redone: Move 3 notes" was said
        # after moving them, and the round they went to was shown as if Ctrl+Shift+Z.
        was, self._pushing = self._pushing, True
        try:
            super().endMacro()
        finally:
            self._pushing = was
            self._index = self.index()
            self._macro_depth -= 1

    def _done(self, upto: int | None = None) -> list[QUndoCommand]:
        return [self.command(i) for i in range(self.index() if upto is None else upto)]

    def _record(self, done: list[QUndoCommand]) -> None:
        if self.record is not None and not self._macro_depth:
            self.record(done)

    def _atomically(self, cmd: QUndoCommand, step: Callable[[], None]) -> None:
        """Run a command's step as one transaction; if it fails, the file and the command are
        as they were (the step may have noted ids it created that were then rolled back)."""
        state = dict(vars(cmd))
        touched: set[int] = set()
        unsubscribe = self.store.subscribe(
            lambda change: touched.add(change.round_id) if change.round_id is not None else None
        )
        try:
            with self.batch(), self.store.transaction():
                step()
        except BaseException:
            vars(cmd).clear()
            vars(cmd).update(state)
            raise
        finally:
            unsubscribe()
        self.touched = touched

    def keep_done(self, cmd: QUndoCommand) -> None:
        """Put a command whose change is already made on the stack without doing it again
        (after push() did it, and for the undo history kept across a restart)."""
        cmd.redo = _done  # type: ignore[method-assign]  # QUndoStack.push would do it twice
        self._unmark()  # a new step: what the last undo marked is no longer news
        was, self._pushing = self._pushing, True
        try:
            super().push(cmd)
        finally:
            self._pushing = was
            self._index = self.index()
            self._guard(cmd)

    def _guard(self, cmd: QUndoCommand) -> None:
        """Route the command's undo and redo through _guarded (once)."""
        if "_guard" in vars(cmd):
            cmd.redo = cmd._guard[1]  # type: ignore[attr-defined]
            return
        undo_it = type(cmd).undo.__get__(cmd)
        redo_it = type(cmd).redo.__get__(cmd)
        guarded = (
            lambda: self._guarded(cmd, undo_it, "undo"),
            lambda: self._guarded(cmd, redo_it, "redo"),
        )
        cmd._guard = guarded  # type: ignore[attr-defined]
        cmd.undo, cmd.redo = guarded  # type: ignore[method-assign]

    def _guarded(self, cmd: QUndoCommand, step: Callable[[], None], which: str) -> None:
        def step_and_record() -> None:
            step()
            # During QUndoStack.undo/redo the index has not moved yet; a part of a step put
            # back from the history (a macro's command) is recorded with its whole step.
            at = self.index()
            if which == "undo" and at > 0 and self.command(at - 1) is cmd:
                self._record(self._done(at - 1))
            elif which == "redo" and at < self.count() and self.command(at) is cmd:
                self._record(self._done(at + 1))

        try:
            self._atomically(cmd, step_and_record)
        except Exception as err:  # noqa: BLE001 (said in the status bar; the stack goes back)
            reason = str(err).strip() or "what it changed is no longer there"
            self._failing = True
            # "Could not undo Add round “Parking lot”: …": the step's name already quotes
            # what it names, and quoting it again read "“Add round “Parking lot””".
            self.refused.emit(f"Could not {which} {QUndoCommand.text(cmd)}: {reason}")
            QTimer.singleShot(0, self, lambda: self._step_back(which))

    def _step_back(self, which: str) -> None:
        """Move the index back over the step that failed, without running it again."""
        at = self.index() if which == "undo" else self.index() - 1
        step = self.command(at) if 0 <= at < self.count() else None
        if step is None:
            self._failing = False
            return
        parts = [step.child(i) for i in range(step.childCount())] or [step]
        skip = "redo" if which == "undo" else "undo"  # the move back must not run the step
        for part in parts:
            setattr(part, skip, _done)
        self._pushing = True
        try:
            (QUndoStack.redo if which == "undo" else QUndoStack.undo)(self)
        finally:
            self._pushing = self._failing = False
            self._index = self.index()
            for part in parts:
                if "_guard" in vars(part):
                    part.undo, part.redo = part._guard  # type: ignore[attr-defined]


def _done() -> None:
    """Stands in for a command's redo while the stack records a change already made."""
