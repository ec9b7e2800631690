"""In the app (its Qt event loop, qasync), a connection from the room's network that never
finishes its request is closed once quiet for QUIET_S, while the phones run
(roundtable/server/connections.py): the look for quiet connections keeps coming round,
whichever way the Qt loop is run at the time."""

from __future__ import annotations

import asyncio

import roundtable.server.connections as connections
from roundtable.server.connections import QUIET_S
from tests.ui.test_phones import on_a_network, started  # noqa: F401 (fixture)


def test_quiet_connections_are_closed_while_the_app_takes_notes(
    qtbot,
    qloop,
    window,
    on_a_network,  # noqa: F811 (the fixture)
    monkeypatch,
):
    monkeypatch.setattr(connections, "SWEEP_S", 0.05)  # looked for often, not every 5 s
    started(qtbot, qloop, window).close()
    server = window.phones.server
    now = [1000.0]
    server.connections.clock = lambda: now[0]
    looks = [0]
    sweep = server.connections.sweep

    def counted_sweep() -> int:
        looks[0] += 1
        return sweep()

    monkeypatch.setattr(server.connections, "sweep", counted_sweep)

    async def half_sent() -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        reader, writer = await asyncio.open_connection("127.0.0.1", server.served.port)
        writer.write(b"POST /x/notes HTTP/1.1\r\nHost: l")  # and nothing more
        await writer.drain()
        return reader, writer

    reader, writer = qloop.run_until_complete(half_sent())
    qtbot.waitUntil(lambda: looks[0] >= 5)  # the looks go on as Qt runs its events
    assert not reader.at_eof()  # not quiet for long yet: left open
    now[0] += QUIET_S + 1
    qtbot.waitUntil(reader.at_eof)  # closed by the laptop
    writer.close()
