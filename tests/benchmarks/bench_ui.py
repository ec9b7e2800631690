"""UI benchmarks (run by hand): Enter in the capture line to the note stored and shown,
with 2,000 notes in the session; a CSV import of 3,000 notes into the shown round, to the
window usable again; and cold start to a usable window.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_ui.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

COLD = """
import time, sys
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication
app = QApplication([])
from ui.app import open_window
w = open_window(sys.argv[1])
w.show()
app.processEvents()
print(time.perf_counter() - t0, flush=True)
w.close()
import os
os._exit(0)  # skip interpreter teardown of Qt objects: not part of the measurement
"""


def make_session(path: Path, notes: int) -> None:
    from roundtable.store import NewNote, Store
    from roundtable.templates import get_template

    with Store.create(
        path, title="Bench", template=get_template("sales-marketing-roundtable")
    ) as s:
        rounds = [r.id for r in s.rounds()]
        s.set_current_round(rounds[2])
        s.add_notes(
            [
                NewNote(
                    rounds[i % len(rounds)],
                    f"Note {i} about lead handover and pricing",
                    function=("sales", "marketing", "other")[i % 3],
                )
                for i in range(notes)
            ]
        )


def theme_the_current_round(path: Path, notes: int = 24) -> None:
    """Make the current round one the room has sorted: only `notes` notes (one of them
    long) in four themes, the wall showing theme columns; the session keeps its other
    notes in the other rounds."""
    from roundtable.store import Store

    long = (
        "Marketing hands over leads scored on a model nobody in sales has seen, the reps "
        "ignore the score, call the ones they like, and then both sides argue at the QBR."
    )
    with Store.open(path) as s:
        rid = s.session().current_round_id
        assert rid is not None
        s.delete_notes([n.id for n in s.notes(rid)])
        texts = [f"Theme note {i} on the lead handover" for i in range(notes - 1)] + [long]
        ids = [s.add_note(rid, t).id for t in texts]
        for t in range(4):
            s.add_theme(rid, f"Theme {t}", note_ids=ids[t::4])


class PaintTimes:
    """When a widget was painted, to time a card's arrival on the wall to its paint."""

    def __init__(self, widget) -> None:
        from PySide6.QtCore import QEvent, QObject

        times: list[float] = []

        class Spy(QObject):
            def eventFilter(self, _watched, event) -> bool:  # noqa: N802 (Qt name)
                if event.type() == QEvent.Type.Paint:
                    times.append(time.perf_counter())
                return False

        self.times, self._spy = times, Spy()
        widget.installEventFilter(self._spy)

    def since(self, t: float) -> bool:
        return any(x > t for x in self.times)


def bench_enter(
    path: Path,
    samples: int = 200,
    wall: bool = False,
    cpu: list[float] | None = None,
    on_wall: list[float] | None = None,
) -> list[float]:
    """Milliseconds from Enter to the note stored and shown on the board, per note; `cpu`
    gets the UI thread's own time for each (what the app spent, however busy the machine
    was). With the wall up, the board shows the note first and the wall takes it in the
    turn after the board's paint (wall_follows.py): the board's time ends there, and
    `on_wall` gets the time from Enter to the card placed and painted on the wall."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from ui.app import open_window

    win = open_window(path)
    win.show()
    board_done: list[tuple[float, float]] = []
    if wall:  # the projector view shows the round being typed into, 1024x768
        rnd = win.store.round(win.store.session().current_round_id)
        win.presenter.show_round(rnd.id, rnd.prompt)
        win.presenter.show()
        win.presenter.resize(1024, 768)
        # On the projector the wall takes no focus: the facilitator types in the main window.
        win.activateWindow()
        while QApplication.activeWindow() is not win:
            app.processEvents()
        follows = win.redraws.follows
        catch_up = follows.catch_up

        def timed_catch_up() -> None:  # runs right after the board's paint
            board_done.append((time.perf_counter(), time.thread_time()))
            catch_up()

        follows.catch_up = timed_catch_up
        wall_paints = PaintTimes(win.presenter.wall.viewport())
    app.processEvents()
    times = []
    for i in range(samples):
        win.entry.setText(f"s: measured note {i}")
        board_done.clear()
        t0, c0 = time.perf_counter(), time.thread_time()
        QTest.keyClick(win.entry, Qt.Key.Key_Return)
        app.processEvents()
        nid = max(win.board._cards)
        while wall and not (
            win.presenter.wall.card(nid) is not None
            and board_done
            and wall_paints.since(board_done[0][0])
        ):
            app.processEvents()
            if time.perf_counter() - t0 > 5:
                raise AssertionError("the wall did not show the note")
        t1, c1 = time.perf_counter(), time.thread_time()
        if wall:
            (t1b, c1b), on_wall_ms = (board_done or [(t1, c1)])[0], (t1 - t0) * 1000
            if on_wall is not None:
                on_wall.append(on_wall_ms)
            t1, c1 = t1b, c1b
        times.append((t1 - t0) * 1000)
        if cpu is not None:
            cpu.append((c1 - c0) * 1000)
        assert win.store.note(nid).text == f"measured note {i}"
        # Untimed: what the note set going (the wall laying its cards out and painting them)
        # ends before the next is typed, as between notes typed by a person. Left queued, it
        # ran inside the next note's Enter and was counted to the board there.
        for _ in range(3):
            app.processEvents()
    win.close()
    return times


def ui_thread(cpu: list[float]) -> str:
    """The UI thread's own time per Enter: on a busy two-core machine the times from Enter
    to shown swing by half between runs of the same code; this does not."""
    cpu = sorted(cpu)
    return f"UI thread p50 {statistics.median(cpu):.1f} ms, p95 {cpu[int(len(cpu) * 0.95)]:.1f} ms"


def _import_window(folder: Path, notes: int):
    """A window on a new session showing round 2, and a CSV of `notes` notes for it."""
    from PySide6.QtWidgets import QApplication

    from roundtable.store import Store
    from roundtable.templates import get_template
    from ui.app import open_window

    app = QApplication.instance() or QApplication([])
    path = folder / "import.roundtable"
    with Store.create(path, title="Import", template=get_template("sales-marketing-roundtable")):
        pass
    csv = folder / "notes.csv"
    lines = ["round,text,function"]
    lines += [f"2,Imported note number {i} about lead handover,sales" for i in range(notes)]
    csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    win = open_window(path)
    win.show()
    win.show_round(win.store.rounds()[1].id)
    app.processEvents()
    return app, win, csv


def bench_import(folder: Path, notes: int = 3000) -> float:
    """Seconds from importing a CSV of `notes` notes into the shown round until the window
    has handled every change (the board's cards added and sized)."""
    from ui.import_action import CsvImporter

    app, win, csv = _import_window(folder, notes)
    t0 = time.perf_counter()
    assert win.findChild(CsvImporter).import_file(csv)
    app.processEvents()
    took = time.perf_counter() - t0
    assert len(win.board._cards) == notes
    win.close()
    return took


def bench_import_menu(folder: Path, notes: int = 3000) -> tuple[float, float]:
    """File > Import notes from CSV… as the facilitator uses it: seconds until the notes are
    on the board, and the longest the window did not answer meanwhile (ms: the longest gap
    between the ticks of a 5 ms timer)."""
    import asyncio

    import qasync
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QFileDialog

    from ui.import_action import CsvImporter

    app, win, csv = _import_window(folder, notes)
    loop = qasync.QEventLoop(app, already_running=False)
    asyncio.set_event_loop(loop)
    chosen = QFileDialog.getOpenFileName
    QFileDialog.getOpenFileName = staticmethod(lambda *a, **k: (str(csv), ""))  # type: ignore
    ticks: list[float] = []
    timer = QTimer(interval=5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))

    async def run() -> float:
        ticks.append(time.perf_counter())
        timer.start()
        win.findChild(CsvImporter).action.trigger()
        while len(win.board._cards) < notes:
            await asyncio.sleep(0.005)
        ticks.append(time.perf_counter())
        return ticks[-1] - ticks[0]

    try:
        took = loop.run_until_complete(run())
    finally:
        timer.stop()
        QFileDialog.getOpenFileName = chosen  # type: ignore[method-assign]
    win.close()
    return took, 1000 * max(b - a for a, b in zip(ticks, ticks[1:], strict=False))


def main() -> None:
    tmp = Path(tempfile.mkdtemp())
    path = tmp / "bench.roundtable"
    make_session(path, 2000)
    cpu: list[float] = []
    times = sorted(bench_enter(path, cpu=cpu))
    p50 = statistics.median(times)
    p95 = times[int(len(times) * 0.95)]
    print(
        f"Enter -> note stored and shown, 2,000 notes: p50 {p50:.1f} ms, p95 {p95:.1f} ms "
        f"(target p95 <= 10 ms); {ui_thread(cpu)}"
    )
    walled = tmp / "wall.roundtable"
    make_session(walled, 2000)
    theme_the_current_round(walled)
    cpu, on_wall = [], []
    times = sorted(bench_enter(walled, wall=True, cpu=cpu, on_wall=on_wall))
    on_wall.sort()
    print(
        f"Enter with the wall showing the round in four themes, to the card on the board:"
        f" p50 {statistics.median(times):.1f} ms, p95 {times[int(len(times) * 0.95)]:.1f} ms;"
        f" {ui_thread(cpu)}; to the card on the wall: p50 {statistics.median(on_wall):.1f} ms,"
        f" p95 {on_wall[int(len(on_wall) * 0.95)]:.1f} ms"
    )
    print(f"CSV import of 3,000 notes into the shown round: {bench_import(tmp):.1f} s")
    (tmp / "menu").mkdir()
    took, stall = bench_import_menu(tmp / "menu")
    print(
        f"CSV import of 3,000 notes from the File menu: {took:.2f} s, window not answering"
        f" for at most {stall:.0f} ms"
    )
    cold = []
    for _ in range(3):
        out = subprocess.run(
            [sys.executable, "-c", COLD, str(path)],
            capture_output=True,
            text=True,
            check=True,
            env=os.environ,
        )
        cold.append(float(out.stdout.strip().splitlines()[-1]))
    print(
        f"Cold start to usable window: best {min(cold):.2f} s, worst {max(cold):.2f} s "
        f"(target <= 1.5 s)"
    )


if __name__ == "__main__":
    main()
    sys.stdout.flush()
    os._exit(0)  # PySide6 can abort while tearing down at exit; the numbers are printed
