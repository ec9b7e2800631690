"""Kill a writing process at a random moment and check no reported note was lost.

Shared by the durability test (20 runs) and tests/benchmarks/stress_durability.py (1,000).
The child adds notes as fast as it can and prints each id once `add_note` has returned;
the parent kills it with SIGKILL after a random delay, reopens the file, and checks that
every id the child reported is there and that SQLite's integrity check passes.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

CHILD = r"""
import sys
from roundtable.store import Store
from roundtable.templates import get_template
path = sys.argv[1]
try:
    store = Store.open(path)
except Exception:
    store = Store.create(path, title="Durability", template=get_template(
        "sales-marketing-roundtable"))
rnd = store.round_at(2)
print("ready", flush=True)
i = 0
while True:
    i += 1
    note = store.add_note(rnd.id, f"note {i} from the crash test ✓", function="sales")
    print(note.id, flush=True)
"""


def kill_once(path: Path, rng: random.Random, max_delay: float = 0.4) -> tuple[int, int]:
    """Run one child, kill it, verify the file. Returns (reported ids, notes in file)."""
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    ready = proc.stdout.readline()
    if ready.strip() != "ready":
        proc.kill()
        raise AssertionError(f"child did not start: {ready!r} {proc.stderr.read()}")
    time.sleep(rng.uniform(0.0, max_delay))
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    reported = [int(line) for line in proc.stdout.read().split() if line.isdigit()]
    proc.stdout.close()
    proc.stderr.close()  # type: ignore[union-attr]

    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {row[0] for row in conn.execute("SELECT id FROM notes")}
    finally:
        conn.close()
    lost = [i for i in reported if i not in stored]
    assert not lost, f"{len(lost)} reported notes missing after SIGKILL, e.g. {lost[:5]}"
    return len(reported), len(stored)
