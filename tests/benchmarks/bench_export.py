"""Minutes export of a 2,000-note session in each format.

Usage: python tests/benchmarks/bench_export.py [FOLDER] [REPEATS]
(FOLDER "" or left out: a new temporary folder; the benchmark says which.)
Target (DESIGN.md): Word export <= 2 s. Prints the best and the first (cold: matplotlib and
python-docx imported on first use) time per format; never fails on speed.
"""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from roundtable.export import export_minutes
from roundtable.store import NewNote, Store
from roundtable.templates import get_template

NOTES = 2_000
THEMES_PER_ROUND = 12
WORDS = [
    "pipeline",
    "lead",
    "scoring",
    "campaign",
    "follow-up",
    "forecast",
    "budget",
    "content",
    "webinar",
    "account",
    "handover",
    "bonus",
    "target",
    "CRM",
    "dashboard",
    "meeting",
    "event",
    "SLA",
    "persona",
    "message",
    "pricing",
]


def build(path: Path) -> None:
    rng = random.Random(7)
    with Store.create(
        path, title="Benchmark roundtable", template=get_template("sales-marketing-roundtable")
    ) as store:
        people = [
            store.add_participant(f"Person {i}", ("sales", "marketing", "other")[i % 3])
            for i in range(30)
        ]
        rounds = store.rounds()
        per_round = NOTES // len(rounds)
        for rnd in rounds:
            batch = []
            for _ in range(per_round):
                p = rng.choice(people)
                text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 16)))
                batch.append(NewNote(rnd.id, text.capitalize(), p.function, p.id, "facilitator"))
            ids = store.add_notes(batch)
            chunk = len(ids) // THEMES_PER_ROUND
            for t in range(THEMES_PER_ROUND):
                theme = store.add_theme(
                    rnd.id,
                    f"Theme {t + 1} of {rnd.title}",
                    note_ids=ids[t * chunk : (t + 1) * chunk - 2],
                )
                store.set_votes(theme.id, "sales", rng.randint(0, 9))
                store.set_votes(theme.id, "marketing", rng.randint(0, 9))
        for i in range(8):
            store.add_action(f"Commitment {i + 1}", owner=people[i].name, owner_function="joint")


def output_folder(given: str | None) -> Path:
    """Where the session and its minutes are written: the folder given, else (nothing, or
    "" to give REPEATS alone, which Path("") read as the current folder) a new temporary
    folder. Says which."""
    folder = Path(given) if given else Path(tempfile.mkdtemp(prefix="bench-export-"))
    print(f"Writing to {folder}")
    return folder


def main() -> None:
    folder = output_folder(sys.argv[1] if len(sys.argv) > 1 else None)
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    path = folder / "bench-export.roundtable"
    path.unlink(missing_ok=True)
    build(path)
    with Store.open(path, read_only=True) as store:
        t0 = time.perf_counter()
        snap = store.snapshot()
        snap_s = time.perf_counter() - t0
    print(f"session: {len(snap.notes)} notes, {len(snap.themes)} themes; snapshot {snap_s:.3f} s")
    for fmt in ("docx", "md", "csv"):
        times = []
        for _ in range(repeats):
            t0 = time.perf_counter()
            out = export_minutes(snap, fmt, folder / f"bench-minutes.{fmt}")
            times.append(time.perf_counter() - t0)
        size = out.stat().st_size // 1024
        print(f"{fmt:>4}: first {times[0]:.3f} s, best {min(times):.3f} s ({size} KiB)")
    # The app loads the Word export's libraries in the background once its window shows
    # (prepare_word_export), so its first export is measured in fresh processes both ways.
    for prepared in (False, True):
        code = (
            "import sys, time\n"
            "from pathlib import Path\n"
            "from roundtable.export import export_minutes, prepare_word_export\n"
            "from roundtable.store import Store\n"
            "with Store.open(Path(sys.argv[1]), read_only=True) as s: snap = s.snapshot()\n"
            f"if {prepared}: prepare_word_export()\n"
            "t = time.perf_counter()\n"
            "export_minutes(snap, 'docx', Path(sys.argv[2]))\n"
            "print(f'{time.perf_counter() - t:.3f}')\n"
        )
        run = subprocess.run(
            [sys.executable, "-c", code, str(path), str(folder / "fresh-minutes.docx")],
            capture_output=True,
            text=True,
            check=True,
        )
        how = "after prepare_word_export" if prepared else "cold"
        print(f"docx, first export in a fresh process, {how}: {float(run.stdout):.3f} s")


if __name__ == "__main__":
    main()
