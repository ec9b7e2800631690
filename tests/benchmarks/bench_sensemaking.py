"""Themes benchmark (run by hand): Suggest themes on a 150-note round in the real window.

Measures, while the engine runs in its worker thread, the longest gap between ticks of a
5 ms QTimer on the UI thread (target: no gap over 50 ms), the time from the click to the
preview on screen, and the time Accept all takes on the UI thread. Runs twice: cold (notes
just opened, vectors being computed) and warm (every note already embedded in the
background). Prints numbers; never fails.

With --mixed the round is 150 notes of the mixed-language files, embedded in an earlier
sitting, and the first click comes 5 s after the file opened, as a facilitator's would: the
first Suggest themes of a round written in two languages, which needs the second model
(roundtable/clustering/second.py), then warm ones.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_sensemaking.py [--mixed]
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))
DATA = Path(__file__).parent / "data" / "roundtable_notes.jsonl"
NOTES = 150


def make_mixed_session(path: Path) -> None:
    from bench_clustering_timing import _mixed_texts

    from roundtable.clustering import MODEL_NAME, embed_texts, vector_to_bytes
    from roundtable.store import NewNote, Store
    from roundtable.templates import get_template

    texts = _mixed_texts(NOTES, 1)
    with Store.create(
        path, title="Bench", template=get_template("sales-marketing-roundtable")
    ) as store:
        rid = next(r.id for r in store.rounds() if r.title == "Why it's broken")
        ids = store.add_notes([NewNote(rid, t) for t in texts])
        vectors = embed_texts(texts)
        store.set_note_vectors(
            MODEL_NAME, {i: vector_to_bytes(v) for i, v in zip(ids, vectors, strict=True)}
        )


def make_session(path: Path) -> None:
    from roundtable.store import NewNote, Store
    from roundtable.templates import get_template

    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line]
    broken = [r for r in rows if r["question"] == "Why it's broken"]
    picked = (broken + [r for r in rows if r not in broken])[:NOTES]
    with Store.create(
        path, title="Bench", template=get_template("sales-marketing-roundtable")
    ) as store:
        rid = next(r.id for r in store.rounds() if r.title == "Why it's broken")
        store.add_notes(
            [NewNote(rid, r["text"], function=r.get("function", "other")) for r in picked]
        )


class Ticks:
    """Timestamps of a 5 ms timer on the UI thread: the gaps are how long the UI stalled."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.stamps: list[float] = []
        self.timer = QTimer(interval=5)
        self.timer.timeout.connect(lambda: self.stamps.append(time.perf_counter()))

    def start(self) -> None:
        self.stamps = [time.perf_counter()]
        self.timer.start()

    def stop(self) -> list[float]:
        self.timer.stop()
        self.stamps.append(time.perf_counter())
        return [1000 * (b - a) for a, b in zip(self.stamps, self.stamps[1:], strict=False)]


def run_until(app, condition, timeout: float = 120.0) -> None:
    """Run the Qt event loop until `condition()` holds.

    An event loop, not a processEvents() loop: PySide6 6.12 on Python 3.11 drops a
    reference to None on every processEvents() call and aborts after a few thousand.
    """
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    end = time.perf_counter() + timeout
    check = QTimer(interval=2)
    check.timeout.connect(lambda: loop.quit() if condition() or time.perf_counter() > end else None)
    check.start()
    if not condition():
        loop.exec()
    check.stop()


def measure(app, win, ticks: Ticks, name: str) -> None:
    from PySide6.QtCore import QObject

    suggester = win.findChild(QObject, "themeSuggester")
    ticks.start()
    t0 = time.perf_counter()
    suggester.button.click()
    run_until(app, lambda: suggester.preview is not None and suggester.preview.isVisible())
    to_preview = time.perf_counter() - t0
    gaps = ticks.stop()
    preview = suggester.preview
    themes = len(preview.groups)
    ticks.start()
    t1 = time.perf_counter()
    preview.accept_all.click()
    accept = time.perf_counter() - t1
    run_until(app, lambda: len(ticks.stamps) > 3)
    accept_gaps = ticks.stop()
    print(
        f"{name:5}  click->preview {to_preview * 1000:6.0f} ms  themes {themes:2}  "
        f"longest UI gap while suggesting {max(gaps):5.1f} ms (median "
        f"{statistics.median(gaps):4.1f} ms, {len(gaps)} ticks)  "
        f"accept all {accept * 1000:4.0f} ms on the UI thread"
        f" (longest gap {max(accept_gaps):5.1f} ms)"
    )
    win.undo_stack.undo()
    # A moment for what the undo left to the event loop (the hidden wall is redrawn in a
    # turn of its own), as between a facilitator's clicks.
    pause = time.perf_counter() + 0.2
    run_until(app, lambda: time.perf_counter() > pause)


def main() -> None:
    from PySide6.QtCore import QObject, QSettings
    from PySide6.QtWidgets import QApplication

    tmp = Path(tempfile.mkdtemp())
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp))
    app = QApplication.instance() or QApplication([])
    from roundtable.clustering import MODEL_NAME
    from ui.app import open_window

    path = tmp / "bench.roundtable"
    mixed = sys.argv[1:] == ["--mixed"]
    (make_mixed_session if mixed else make_session)(path)
    win = open_window(path)
    win.resize(1400, 860)
    win.show()
    rid = next(r.id for r in win.store.rounds() if r.title == "Why it's broken")
    win.show_round(rid)
    print(f"{win.store.note_count(rid)} notes in the round; 2 cores: {os.cpu_count()} CPUs seen")
    ticks = Ticks()
    if mixed:
        opened = time.perf_counter()
        ticks.start()
        run_until(app, lambda: time.perf_counter() > opened + 5)
        gaps = ticks.stop()
        print(
            f"the 5 s after opening (the second model loads in the background): longest UI gap"
            f" {max(gaps):.1f} ms, {sum(g > 50 for g in gaps)} gaps over 50 ms"
        )
        measure(app, win, ticks, "first")
        for run in range(3):
            measure(app, win, ticks, f"warm{run + 1}")
        win.close()
        return
    measure(app, win, ticks, "cold")
    embedder = win.findChild(QObject, "noteEmbedder")
    t0 = time.perf_counter()
    run_until(app, lambda: embedder.idle)
    stored = len(win.store.note_vectors(MODEL_NAME))
    print(
        f"background embedding idle after {time.perf_counter() - t0:.1f} s more: {stored} vectors"
    )
    for run in range(3):
        measure(app, win, ticks, f"warm{run + 1}")
    win.close()


if __name__ == "__main__":
    main()
    sys.stdout.flush()
    os._exit(0)  # PySide6 can abort while tearing down at exit; the numbers are printed
