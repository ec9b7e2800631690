"""Time of the idle clear (Store.idle_clear, on the UI thread) on a 2,000-note session, fsync
included, and of the first note after it (which marks the file again and folds it in).

Usage: python tests/benchmarks/bench_idle_clear.py [FOLDER] [SAMPLES]
Prints p50/max in ms; never fails on speed. Three cases:
  usual   the window's pause checkpoint (1.5 s after the last change) has run, as it has by
          the time the session has sat idle: only the mark's page is left to fold in;
  worst   2,000 notes added since the file was last folded in (an import, and the pause
          checkpoint held back by a reader), all folded in by the idle clear;
  next    the first note after an idle clear, beside a note typed in the middle of a round.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from roundtable.store import NewNote, Store
from roundtable.templates import get_template

TEMPLATE = get_template("sales-marketing-roundtable")


def many(store: Store, count: int, start: int = 0) -> list[NewNote]:
    rounds = store.rounds()
    return [
        NewNote(
            rounds[i % 3 + 1].id,
            f"existing note {i} about pipeline and the handover of leads",
            "sales" if i % 2 else "marketing",
        )
        for i in range(start, start + count)
    ]


def fresh(folder: Path, name: str) -> Path:
    path = folder / name
    for side in ("", "-wal", "-shm"):
        Path(f"{path}{side}").unlink(missing_ok=True)
    with Store.create(path, title="Benchmark", template=TEMPLATE):
        pass
    return path


def ms(since: float) -> float:
    return (time.perf_counter() - since) * 1000


def said(name: str, times: list[float]) -> str:
    return (
        f"  {name:<34} p50 {statistics.median(times):7.2f} ms   max {max(times):7.2f} ms"
        f"   ({len(times)} samples)"
    )


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp())
    samples = int(sys.argv[2]) if len(sys.argv) > 2 else 50
    path = fresh(folder, "idle.roundtable")
    usual, first, middle = [], [], []
    with Store.open(path) as store:
        store.add_notes(many(store, 2000))
        rid = store.rounds()[2].id
        for i in range(samples):
            store.add_note(rid, f"Typed note {i}: leads wait four days", function="sales")
            t0 = time.perf_counter()
            store.add_note(rid, f"Typed note {i}: nobody owns the handover", function="sales")
            middle.append(ms(t0))
            store.checkpoint()  # the pause, 1.5 s after the last change
            t0 = time.perf_counter()
            assert store.idle_clear()
            usual.append(ms(t0))
            t0 = time.perf_counter()
            store.add_note(rid, f"Typed note {i}: back from lunch", function="marketing")
            first.append(ms(t0))
        notes = store.note_count()

    worst, log_kb = [], []
    for i in range(max(3, samples // 10)):
        path = fresh(folder, f"worst-{i}.roundtable")
        with Store.open(path) as store:
            store.add_note(store.rounds()[0].id, "first", function="sales")  # marked, folded
            store.add_notes(many(store, 2000))
            log_kb.append(Path(f"{path}-wal").stat().st_size / 1024)
            t0 = time.perf_counter()
            assert store.idle_clear()
            worst.append(ms(t0))

    print(f"Idle clear on a session of {notes} notes, files in {folder}")
    print(said("usual (pause checkpoint has run)", usual))
    print(said(f"worst (2,000 notes in a {log_kb[0]:.0f} KB log)", worst))
    print(said("next: first note after the clear", first))
    print(said("next: a note in the middle of a round", middle))


if __name__ == "__main__":
    main()
