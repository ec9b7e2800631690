"""Phones that open a connection and never finish what they send (a phone that walked out of
the Wi-Fi mid-request, or someone holding connections open on purpose): Stop still stops at
once, and no note comes in after it."""

from __future__ import annotations

import asyncio

from roundtable.server import PhoneNotes

ANSWERED_WITHIN_S = 10  # a generous bound for a test machine; Stop takes about a second


def started(store) -> int:
    rid = store.rounds()[1].id
    store.start_round(rid)
    return rid


async def half_sent(phones: PhoneNotes, port: int) -> asyncio.StreamWriter:
    """A note whose body stops half-way, its headers read by the server."""
    _reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(
        f"POST /{phones.code}/notes HTTP/1.1\r\nHost: laptop\r\n"
        "Content-Type: application/json\r\nContent-Length: 60\r\n\r\n"
        '{"text": "Half a note'.encode()
    )
    await writer.drain()
    runner = phones._runner
    assert runner is not None and runner.server is not None
    for _turn in range(500):  # until the server has the connection (a few turns on this laptop)
        if runner.server.connections:
            break
        await asyncio.sleep(0.01)
    for _turn in range(20):  # and has read its headers
        await asyncio.sleep(0)
    return writer


def test_stop_does_not_wait_for_a_phone_that_never_finishes_its_note(store):
    rid = started(store)

    async def run() -> tuple[float, bool]:
        phones = PhoneNotes(store)
        served = await phones.start("127.0.0.1", 0)
        writer = await half_sent(phones, served.port)
        loop = asyncio.get_running_loop()
        began = loop.time()
        await asyncio.wait_for(phones.stop(), ANSWERED_WITHIN_S)
        took = loop.time() - began
        writer.write(b'", "function": "sales"}          ')  # the rest, after Stop
        await writer.drain()
        for _turn in range(20):
            await asyncio.sleep(0)
        writer.close()
        return took, phones.served is None

    took, stopped = asyncio.run(run())
    assert stopped and took < 3
    assert store.notes(rid) == []  # nothing arrives after the facilitator pressed Stop
