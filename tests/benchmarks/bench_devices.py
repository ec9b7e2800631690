"""100 phones each sending 10 notes to the laptop at once, over a real local socket.

Usage: python tests/benchmarks/bench_devices.py [PHONES] [NOTES_EACH] [RESEND_SHARE] [one-address]
Target (DESIGN.md): 100 devices x 10 notes all stored, none lost, in <= 5 s.

Each phone connects from its own address (127.0.x.y: the loopback network is all of
127/8), as phones on the venue's Wi-Fi or the laptop's hotspot do. The laptop takes at most
64 connections from one address (roundtable/server/connections.py), so 100 phones from one
address had their connections closed under them and the run stopped at the first. With
`one-address` they share one, as behind a venue's router, and a phone whose connection
was closed sends the note again, as the page does; the count of those is printed.

Every phone sends its notes one after another, as the page does, all phones at the same
time. A share of the notes (RESEND_SHARE, 0.1 by default) is sent a second time, as a phone
does when it lost the answer: each must still be stored once. The phones and the server
share one process and one event loop here (the app's server shares the Qt thread with the
window), so the time is if anything longer than with real phones. Prints the time, the
notes stored, duplicates and losses, and the slowest answer; then the same into the app
(a main window and the wall on the round, as in the room), with the longest time the UI
was held. Each is run twice: notes on the board at once, then held for the facilitator to
let in ("Hold phone notes until I let them in": into the tray above the board instead).
Never fails on speed.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
import time
from pathlib import Path

from aiohttp import ClientConnectionError, ClientSession, TCPConnector

from roundtable.server import PhoneNotes
from roundtable.store import Store
from roundtable.templates import get_template

ONE_ADDRESS = False  # all phones from 127.0.0.1, as behind a venue's router
RETRIED: list[int] = []  # notes sent again as the laptop closed their connection


def address(n: int) -> str:
    """Phone `n`'s own address on the loopback network."""
    return f"127.0.{1 + n // 250}.{1 + n % 250}"


def phone_session(n: int) -> ClientSession:
    """Phone `n`'s browser: its own connections, from its own address (or the shared one)."""
    local = None if ONE_ADDRESS else (address(n), 0)
    return ClientSession(connector=TCPConnector(limit=0, local_addr=local))


async def phone(
    http: ClientSession | None, url: str, n: int, notes: int, resend: float, slowest: list[float]
) -> int:
    """One phone's notes, one after another; how many were answered as stored."""
    if http is None:
        async with phone_session(n) as own:
            return await phone(own, url, n, notes, resend, slowest)
    stored = 0
    every = round(1 / resend) if resend else 0  # every so many notes, one is sent twice
    for i in range(notes):
        note = {
            "text": f"Phone {n} note {i}: leads wait too long for a first call",
            "function": ("sales", "marketing", "other")[(n + i) % 3],
            "key": f"phone-{n}-note-{i}",
            "device": f"phone-{n}",
        }
        sends = 2 if every and (n * notes + i) % every == 0 else 1
        for _ in range(sends):
            t0 = time.perf_counter()
            while True:
                try:
                    async with http.post(f"{url}/notes", json=note) as answer:
                        await answer.read()
                        ok = answer.status in (200, 201)
                    break
                except ClientConnectionError:  # closed by the laptop: sent again, as the page
                    RETRIED.append(n)
                    await asyncio.sleep(0.05)
            slowest.append(time.perf_counter() - t0)
        stored += ok
    return stored


async def run(phones: int, notes: int, resend: float, hold: bool = False) -> None:
    folder = Path(tempfile.mkdtemp())
    with Store.create(
        folder / "phones.roundtable",
        title="Benchmark",
        template=get_template("sales-marketing-roundtable"),
    ) as store:
        rid = store.rounds()[1].id
        store.start_round(rid)
        server = PhoneNotes(store)
        server.hold = hold
        served = await server.start("127.0.0.1", 0)
        url = served.url("127.0.0.1")
        slowest: list[float] = []
        t0 = time.perf_counter()
        RETRIED.clear()
        answered = await asyncio.gather(
            *(phone(None, url, n, notes, resend, slowest) for n in range(phones))
        )
        took = time.perf_counter() - t0
        await server.stop()
        texts = [n.text for n in store.notes(rid, include_held=True)]
        held = store.held_count()
    expected = phones * notes
    print(
        f"{'Held: ' if hold else ''}{phones} phones x {notes} notes"
        f" ({len(slowest) - expected} sent twice): {took:.2f} s"
        f" (target <= 5 s); stored {len(texts)} of {expected}, duplicates"
        f" {len(texts) - len(set(texts))}, answered as stored {sum(answered)};"
        f" slowest answer {max(slowest) * 1000:.0f} ms"
        + (f"; held {held}" if hold else "")
        + (f"; one address, sent again {len(RETRIED)}" if ONE_ADDRESS else "")
    )


def main() -> None:
    phones = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    notes = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    resend = float(sys.argv[3]) if len(sys.argv) > 3 else 0.1
    global ONE_ADDRESS
    ONE_ADDRESS = sys.argv[4:5] == ["one-address"]
    asyncio.run(run(phones, notes, resend))
    asyncio.run(run(phones, notes, resend, hold=True))
    in_the_app(phones, notes)
    in_the_app(phones, notes, hold=True)


def in_the_app(phones: int, notes: int, hold: bool = False) -> None:
    """The same, into the app: a main window on the session, the wall up on the round, the
    server in the window's qasync loop as Session > Notes from phones… runs it."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    loop = qasync.QEventLoop(app, already_running=False)  # (a new one each time: run once)
    asyncio.set_event_loop(loop)
    from ui.app import open_window
    from ui.held_tray import waiting_said

    path = Path(tempfile.mkdtemp()) / "phones.roundtable"
    with Store.create(
        path, title="Benchmark", template=get_template("sales-marketing-roundtable")
    ) as store:
        store.start_round(store.rounds()[1].id)
    win = open_window(path)
    win.resize(1366, 768)
    win.show()
    win.presenter.show_round(win.store.session().current_round_id, "")
    win.presenter.show()
    stalls: list[float] = []

    async def run() -> None:
        win.phones.server.hold = hold
        served = await win.phones.server.start("127.0.0.1", 0)
        url = served.url("127.0.0.1")
        beat = asyncio.get_running_loop().time

        async def heartbeat() -> None:  # how long the loop (the UI) was held, at worst
            while True:
                t = beat()
                await asyncio.sleep(0.005)
                stalls.append(beat() - t - 0.005)

        watch = asyncio.ensure_future(heartbeat())
        slowest: list[float] = []
        t0 = time.perf_counter()
        await asyncio.gather(*(phone(None, url, n, notes, 0.1, slowest) for n in range(phones)))
        took = time.perf_counter() - t0
        if hold:  # every note counted in the tray above the board (which lists 100)
            while win.held.count.text() != waiting_said(phones * notes):
                await asyncio.sleep(0.01)
        else:
            while win.board.count() < phones * notes + 1:  # Ungrouped's header and every card
                await asyncio.sleep(0.01)
        shown = time.perf_counter() - t0
        watch.cancel()
        await win.phones.server.stop()
        print(
            f"In the app, wall up: {phones} phones x {notes} notes answered in {took:.2f} s,"
            f" all {'in the tray' if hold else 'on the board'} after {shown:.2f} s; stored"
            f" {win.store.note_count() + win.store.held_count()}"
            f" (held {win.store.held_count()}); UI held at most {max(stalls) * 1000:.0f} ms"
        )

    loop.run_until_complete(run())
    win.close()
    loop.close()


if __name__ == "__main__":
    main()
