"""Stress the durability check: kill a writing process 1,000 times (or N) and verify.

Usage: python tests/benchmarks/stress_durability.py [RUNS] [FOLDER]
Prints progress every 50 runs and a summary; exits 1 at the first lost note.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from durability import kill_once  # noqa: E402


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    folder = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(tempfile.mkdtemp())
    path = folder / "stress.roundtable"
    rng = random.Random(7)
    reported_total = 0
    started = time.perf_counter()
    for run in range(1, runs + 1):
        try:
            reported, stored = kill_once(path, rng, max_delay=0.3)
        except AssertionError as exc:
            print(f"run {run}: FAILED: {exc}")
            return 1
        reported_total += reported
        if run % 50 == 0 or run == runs:
            print(
                f"{run}/{runs} kills, {reported_total} reported notes, {stored} in file, "
                f"0 lost ({time.perf_counter() - started:.0f} s)",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
