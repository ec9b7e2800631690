"""Work off the UI thread, and garbage collected only on it."""

from __future__ import annotations

import gc
import threading

from ui.background import MainThreadGarbageCollector, run_blocking


def test_cycles_made_in_a_worker_are_collected_on_the_ui_thread(qtbot, qapp):
    collector = qapp.findChild(MainThreadGarbageCollector)
    assert collector is not None and not gc.isenabled()
    seen: list[str] = []

    def note_thread(phase: str, _info: dict) -> None:
        if phase == "start":
            seen.append(threading.current_thread().name)

    def make_cycles() -> int:
        # Well past the threshold: objects freed meanwhile (other tests' leftovers) lower
        # the count, and at 5x it sometimes fell back under it on a loaded machine.
        for _ in range(40 * collector.thresholds[0]):
            loop: list = []
            loop.append(loop)  # garbage only the cycle collector can free
        return len(threading.current_thread().name)

    gc.callbacks.append(note_thread)
    try:
        run_blocking(make_cycles).result(timeout=30)
        assert seen == []  # the worker passed the threshold, yet nothing ran there
        qtbot.waitUntil(lambda: bool(seen))  # a check every 0.5 s; patient when loaded
    finally:
        gc.callbacks.remove(note_thread)
    assert set(seen) == {threading.main_thread().name}
