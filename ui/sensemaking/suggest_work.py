"""Running theme work off the UI thread, and the plain data it needs from the store.

`OffUiWork.start(fn, *args, then=callback)` runs `fn` through `ui.background.run_blocking`
and calls `then(future)` back on the UI thread through a queued signal. It works whether or
not a coroutine is waiting, which suits work the store's change events start (embedding a
new note, proposing its theme) as well as the Suggest themes button. The store itself is
only read on the UI thread: workers get tuples and strings.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import queue
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

from roundtable.model import Note
from roundtable.round_themes import round_hints as core_round_hints
from roundtable.store import Store
from ui.background import run_blocking

Done = Callable[[concurrent.futures.Future], None]


class OffUiWork(QObject):
    """Starts work in a worker thread and hands its future back on the UI thread."""

    # Carries no Python objects across threads: finished work waits in a queue and the
    # signal only says "look" (Python objects in cross-thread signals crashed PySide6 here).
    _ready = Signal()

    def __init__(self, parent: QObject | None, alive: Callable[[], bool] = lambda: True) -> None:
        super().__init__(parent)
        self._done: queue.SimpleQueue[tuple[Done, concurrent.futures.Future]] = queue.SimpleQueue()
        self._ready.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self.alive = alive  # False once the window closed: results are dropped
        self.closed = False

    def start(self, fn: Callable[..., Any], *args: Any, then: Done) -> None:
        future = run_blocking(fn, *args)
        future.add_done_callback(lambda f: self._emit(then, f))

    def _emit(self, then: Done, future: concurrent.futures.Future) -> None:
        self._done.put((then, future))
        # The window (and this object) may have closed while the work ran.
        with contextlib.suppress(RuntimeError):
            self._ready.emit()

    @Slot()
    def _deliver(self) -> None:
        while True:
            try:
                then, future = self._done.get_nowait()
            except queue.Empty:
                return
            if not self.closed and self.alive():
                then(future)


def round_hints(store: Store, round_id: int) -> tuple[Any, ...]:
    """The session template's theme hints for this round (matched by title, then position)."""
    rnd = store.round(round_id)
    return core_round_hints(store.session().template, rnd, len(store.rounds()))


def members(notes: list[Note]) -> dict[int, list[Note]]:
    """Notes of each theme, by theme id."""
    out: dict[int, list[Note]] = {}
    for n in notes:
        if n.theme_id is not None:
            out.setdefault(n.theme_id, []).append(n)
    return out
