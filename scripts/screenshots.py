"""Take the README's screenshots offscreen: start screen, main window on the example
session, presenter view, votes and actions panels, notes from phones. Writes
docs/screenshots/*.png.

    .venv/bin/python scripts/screenshots.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"


def main() -> None:
    from offscreen import offscreen_app

    app, tmp = offscreen_app("RoundtableScreenshots")
    from ui.focus_ring import install_focus_ring

    install_focus_ring(app)  # as the app shows the text box with the keyboard
    from roundtable.demo import write_demo
    from ui.app import open_window
    from ui.windows.start_screen import StartScreen

    OUT.mkdir(parents=True, exist_ok=True)
    start = StartScreen()
    start.title.setText("Q4 sales and marketing roundtable")
    start.roster.setPlainText("Ana Lopez, sales\nBen Okafor, marketing\nCarla Nunes, sales")
    start.show()
    app.processEvents()
    start.grab().save(str(OUT / "start-screen.png"))

    path = write_demo(tmp / "example.roundtable")
    # The shots show round 3 running, 14 of its 25 minutes gone, at 14:52 on the example's
    # day: fixed times, so a shot taken in the evening does not say "128 min late".
    from dataclasses import replace
    from datetime import date, datetime, time

    moment = datetime.combine(date.today(), time(14, 52)).astimezone().timestamp()
    win = open_window(path, clock=lambda: moment)
    rounds = win.store.rounds()
    third = rounds[2]  # the round with themes and the most notes
    win.store.restore_round_timer(replace(third, elapsed_s=14 * 60, ended_at=None))
    for later in rounds[3:]:  # not run yet, so the shot reads as one moment of a session
        win.store.restore_round_timer(
            replace(later, elapsed_s=0, running_since=None, started_at=None, ended_at=None)
        )
    win.store.set_current_round(third.id)
    win.store.start_round(third.id)
    win.resize(1400, 860)
    win.show()
    win.show_round(rounds[2].id)
    app.processEvents()
    win.grab().save(str(OUT / "main-window.png"))
    win.presenter.resize(1600, 900)
    win.toggle_presenter()
    win.show_round(rounds[2].id)
    for _ in range(20):  # the wall fits its cards a turn later, and lays them out after
        app.processEvents()
    win.presenter.grab().save(str(OUT / "presenter-view.png"))
    sensemaking_panels(app, win)
    themes_shot(app, win)
    phones_shot(app, win)
    win.close()
    print("\n".join(str(p.relative_to(ROOT)) for p in sorted(OUT.glob("*.png"))))


def phones_shot(app, win) -> None:
    """Session > Notes from phones… as it looks once started. The address is this
    laptop's on the room's network, so the shot shows a typical one and a fixed code
    instead of the machine's own (nothing listens while the shot is taken)."""
    import ui.phones_action
    from roundtable.server import Served

    ui.phones_action.join_addresses = lambda: ["192.168.1.23"]
    phones = win.phones
    phones.server.code = "k7Rq2xWm"
    phones.server.served = Served(8765, phones.server.code)
    phones.server.received, phones.server.devices = 14, {str(i) for i in range(6)}
    phones.count.show()
    phones.open_dialog()
    phones.dialog.on_wall.setChecked(True)  # as Start leaves it
    app.processEvents()
    phones.dialog.grab().save(str(OUT / "phones.png"))
    phones.dialog.close()
    phones.server.served = None


def settle(app, turns: int = 5) -> None:
    """Let work queued for the next turns of the event loop (zero-delay timers) run."""
    import time

    for _ in range(turns):
        app.processEvents()
        time.sleep(0.02)


def sensemaking_panels(app, win) -> None:
    """The votes panel (table, comparison chart, budget check) and the actions panel, each
    floated at a readable size, on the round the main-window shot shows."""
    from PySide6.QtWidgets import QDockWidget

    for name, width, height, png in (
        ("votesDock", 660, 900, "votes.png"),
        ("actionsDock", 900, 360, "actions.png"),
    ):
        dock = win.findChild(QDockWidget, name)
        dock.setFloating(True)
        dock.resize(width, height)
        dock.show()
        settle(app)  # the table fits its rows a turn of the loop after a resize
        dock.grab().save(str(OUT / png))
        dock.setFloating(False)


def themes_shot(app, win) -> None:
    """The main window with the Themes panel in front: the board in theme sections, and a
    live proposal on the ungrouped notes once the engine (in its worker thread) answered."""
    import time

    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QDockWidget

    win.resize(1600, 900)
    win.findChild(QDockWidget, "themesDock").raise_()
    placer = win.findChild(QObject, "livePlacer")
    placer.schedule()
    end = time.monotonic() + 20
    while (placer.running or placer.stale) and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)
    app.processEvents()
    win.grab().save(str(OUT / "themes.png"))


if __name__ == "__main__":
    main()
    sys.stdout.flush()
    os._exit(0)  # PySide6 can abort while tearing down at exit; the files are written
