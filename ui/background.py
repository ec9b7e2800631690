"""The one way the app runs long work off the UI thread.

`run_off_ui(fn, *args)` is awaited from an `@asyncSlot` method (the Qt loop is the asyncio
loop, through qasync): `fn` runs in a worker thread with plain data (never the store), and
the awaiting slot resumes on the UI thread to update the store and the view. Progress from
the worker reaches the UI thread through a queued Qt signal.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import gc
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from roundtable.jobs import Job

T = TypeVar("T")

# Two workers: one long job (clustering, export) can run while note embedding keeps up.
_EXECUTOR = concurrent.futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix="roundtable")


class ProgressRelay(QObject):
    """Carries a worker's progress reports to the UI thread as a signal."""

    progressed = Signal(int, int)

    def job(self) -> Job:
        """A Job whose progress() emits `progressed` (queued to the UI thread)."""
        return Job(on_progress=lambda done, total: self.progressed.emit(done, total))


async def run_off_ui(fn: Callable[..., T], *args: Any) -> T:
    """Run `fn(*args)` in a worker thread and return its result on the calling loop."""
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(_EXECUTOR, lambda: fn(*args))


def run_blocking(fn: Callable[..., T], *args: Any) -> concurrent.futures.Future[T]:
    """Start `fn(*args)` in a worker thread without an event loop (tests, scripts)."""
    return _EXECUTOR.submit(fn, *args)


class MainThreadGarbageCollector(QObject):
    """Python's cycle collector, run only on the UI thread.

    Left to itself, the collector runs in whichever thread happens to allocate when its
    threshold is reached: a worker writing the minutes or grouping notes. If the cycles it
    frees hold Qt objects (a closed dialog, a finished window), they are destroyed on the
    wrong thread and the app crashes (seen as aborts in the UI tests once the export made
    more garbage in its worker). So automatic collection is switched off and this timer
    collects, generation by generation, on the UI thread whenever the thresholds are passed.
    """

    INTERVAL_MS = 500

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.timer = QTimer(self, interval=self.INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        gc.disable()
        self.timer.start()

    def check(self) -> None:
        """Collect the oldest generation whose threshold is passed (as Python would)."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.thresholds[generation]:
                gc.collect(generation)
                return

    def stop(self) -> None:
        """Back to Python's own collection."""
        self.timer.stop()
        gc.enable()
