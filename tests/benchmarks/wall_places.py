"""Where the themed wall puts everything after each typed note (run by hand, to compare
two versions of the wall's layout code): each shown item's place, the scroll position and
the "N more notes" lines, after every Enter, written as JSON lines.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/wall_places.py OUT.jsonl
    diff OLD.jsonl NEW.jsonl   # nothing: the wall shows the same after every note

The session is the UI benchmark's (bench_ui.py: 2,000 notes, the current round in four
themes), the wall at 1024x768, 1366x768 and 1920x1080, with 200 notes typed at each size:
short and long ones, from sales, marketing and others.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

SIZES = ((1024, 768), (1366, 768), (1920, 1080))
LONG = (
    "Our reps re-qualify every lead marketing sends because the scoring model was never "
    "agreed, so the first call happens days later and the lead has gone cold by then."
)


def typed(i: int) -> str:
    """The i-th note typed: a function prefix, mostly short, every seventh one long."""
    who = "smo"[i % 3]
    return f"{who}: {LONG} ({i})" if i % 7 == 3 else f"{who}: typed note {i} on pricing"


def wall_state(view) -> dict:
    """What the room sees of the wall: every shown item's place in the view, the scroll
    position, and the lines at the wall's edges."""
    from PySide6.QtCore import Qt

    wall = view.wall
    places = []
    for row in range(wall.count()):
        item = wall.item(row)
        if item.isHidden():
            continue
        rect = wall.visualItemRect(item)
        own = item.data(Qt.ItemDataRole.FontRole)  # a card's own type size, if it has one
        size = own.pointSize() if own is not None else 0
        places.append([item.text()[:24], rect.x(), rect.y(), rect.width(), rect.height(), size])
    bar = wall.verticalScrollBar()
    cues = [
        line.text() if line.isVisible() else None for line in (view.cues.above, view.cues.below)
    ]
    return {
        "places": places,
        "scroll": [bar.value(), bar.maximum()],
        "cues": cues,
        "points": view.wall.font().pointSize(),
    }


def record(out: Path, notes: int = 200) -> None:
    from bench_ui import make_session, theme_the_current_round
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from ui.app import open_window

    app = QApplication.instance() or QApplication([])
    with out.open("w", encoding="utf-8") as lines:
        for size in SIZES:
            folder = Path(tempfile.mkdtemp())
            path = folder / "wall.roundtable"
            make_session(path, 2000)
            theme_the_current_round(path)
            win = open_window(path)
            win.show()
            rnd = win.store.round(win.store.session().current_round_id)
            win.presenter.show_round(rnd.id, rnd.prompt)
            win.presenter.show()
            win.presenter.resize(*size)
            app.processEvents()
            for i in range(notes):
                win.entry.setText(typed(i))
                QTest.keyClick(win.entry, Qt.Key.Key_Return)
                app.processEvents()
                state = {"size": list(size), "note": i, **wall_state(win.presenter)}
                lines.write(json.dumps(state) + "\n")
            win.close()
            app.processEvents()
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    record(Path(sys.argv[1]))
    sys.stdout.flush()
    os._exit(0)  # PySide6 can abort while tearing down at exit; the lines are written
