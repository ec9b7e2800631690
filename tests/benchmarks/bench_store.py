"""add_note latency, fsync included, with 2,000 notes already in the session.

Usage: python tests/benchmarks/bench_store.py [FOLDER] [SAMPLES]
Target (DESIGN.md): p95 <= 10 ms. Prints p50/p95/p99/max; never fails on speed.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from roundtable.store import NewNote, Store
from roundtable.templates import get_template


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp())
    samples = int(sys.argv[2]) if len(sys.argv) > 2 else 500
    path = folder / "bench.roundtable"
    path.unlink(missing_ok=True)
    with Store.create(
        path, title="Benchmark", template=get_template("sales-marketing-roundtable")
    ) as store:
        rounds = store.rounds()
        store.add_notes(
            [
                NewNote(
                    rounds[i % 3 + 1].id,
                    f"existing note {i} about pipeline",
                    "sales" if i % 2 else "marketing",
                )
                for i in range(2000)
            ]
        )
        rnd = rounds[2]
        times = []
        for i in range(samples):
            t0 = time.perf_counter()
            store.add_note(
                rnd.id, f"Typed note {i}: leads wait four days for a call", function="marketing"
            )
            times.append((time.perf_counter() - t0) * 1000)
        notes = store.note_count()
    print(f"add_note with {2000} notes already stored, {samples} samples, file in {folder}")
    print(
        f"  p50 {percentile(times, 50):.2f} ms   p95 {percentile(times, 95):.2f} ms   "
        f"p99 {percentile(times, 99):.2f} ms   max {max(times):.2f} ms   "
        f"mean {statistics.mean(times):.2f} ms   (notes in file: {notes})"
    )
    print("  target: p95 <= 10 ms")


if __name__ == "__main__":
    main()
