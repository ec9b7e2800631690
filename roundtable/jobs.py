"""Cancellation and progress for long work (clustering, export) that runs off the UI thread.

The core stays free of threads and Qt: long functions take an optional `Job`, call
`job.progress(done, total)` now and then, and stop with `Cancelled` when asked to.
"""

from __future__ import annotations

import threading
from collections.abc import Callable


class Cancelled(Exception):
    """The user cancelled the work; nothing was written."""


class Job:
    """A handle a long function reports progress to and checks for cancellation."""

    def __init__(self, on_progress: Callable[[int, int], None] | None = None) -> None:
        self._cancel = threading.Event()
        self._on_progress = on_progress

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def progress(self, done: int, total: int) -> None:
        """Report progress; raises Cancelled if cancel() was called meanwhile."""
        if self._cancel.is_set():
            raise Cancelled()
        if self._on_progress is not None:
            self._on_progress(done, total)
