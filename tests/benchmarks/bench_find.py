"""Edit > Find notes: the time from a key typed in the find line to the board showing only
the cards that hold the words, in rounds of 150 and 2,000 notes. Prints numbers; run on
demand:

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_find.py
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# What a facilitator types, letter by letter, then takes back and types again.
KEYS = ("c", "cr", "crm", "cr", "c", "", "p", "pr", "pri", "pric", "")


def bench(notes: int) -> list[float]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from roundtable.store import NewNote, Store
    from roundtable.templates import get_template
    from ui.app import open_window

    app = QApplication.instance() or QApplication([])
    path = Path(tempfile.mkdtemp()) / "find.roundtable"
    template = get_template("sales-marketing-roundtable")
    with Store.create(path, title="Bench", template=template) as s:
        rid = s.rounds()[2].id
        s.set_current_round(rid)
        s.add_notes(
            [
                NewNote(rid, f"Note {i} on the lead handover{' and the CRM' if i % 7 == 0 else ''}")
                for i in range(notes)
            ]
        )
    win = open_window(path)
    win.resize(1366, 768)
    win.show()
    app.processEvents()
    QTest.keyClick(win.entry, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    times = []
    for text in KEYS * 3:
        t0 = time.perf_counter()
        win.find_bar.line.setText(text)
        app.processEvents()
        times.append((time.perf_counter() - t0) * 1000)
    win.close()
    return times


def main() -> None:
    for notes in (150, 2000):
        times = sorted(bench(notes))
        print(
            f"Find, {notes:,} notes in the round: per key p50 {statistics.median(times):.0f} ms,"
            f" p95 {times[int(len(times) * 0.95)]:.0f} ms"
        )


if __name__ == "__main__":
    main()
