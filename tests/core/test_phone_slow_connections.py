"""Phones that open a connection and never finish what they send (a phone that walked out of
the Wi-Fi mid-request, or someone holding connections open on purpose): Stop still stops at
once, and no note comes in after it."""

from __future__ import annotations

import asyncio
from typing import Any

from aiohttp import ClientSession

from roundtable.server import PhoneNotes
from roundtable.server.connections import PER_ADDRESS, QUIET_S

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


async def opened(phones: PhoneNotes, port: int, sent: bytes) -> tuple[asyncio.StreamReader, Any]:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(sent)
    await writer.drain()
    return reader, writer


async def closed_by_the_laptop(reader: asyncio.StreamReader) -> bool:
    try:
        return await asyncio.wait_for(reader.read(), ANSWERED_WITHIN_S) == b""
    except (TimeoutError, ConnectionError):
        return False


async def a_phone_sends(url: str, text: str) -> int:
    async with ClientSession() as http:
        note = {"text": text, "function": "sales", "key": text}
        async with http.post(f"{url}/notes", json=note) as answer:
            return answer.status


def test_a_connection_quiet_for_half_a_minute_is_closed_and_phones_still_send(store):
    rid = started(store)
    now = [1000.0]

    async def run() -> tuple[bool, int]:
        phones = PhoneNotes(store)
        phones.connections.clock = lambda: now[0]
        served = await phones.start("127.0.0.1", 0)
        # Headers begun and never finished: a phone gone from the Wi-Fi mid-request.
        reader, writer = await opened(phones, served.port, b"POST /x/notes HTTP/1.1\r\nHost: l")
        assert await a_phone_sends(served.url("127.0.0.1"), "Before the half-minute") == 201
        now[0] += QUIET_S + 1
        phones.connections.sweep()
        closed = await closed_by_the_laptop(reader)
        writer.close()
        status = await a_phone_sends(served.url("127.0.0.1"), "After the half-minute")
        await phones.stop()
        return closed, status

    closed, status = asyncio.run(run())
    assert closed and status == 201
    assert [n.text for n in store.notes(rid)] == ["Before the half-minute", "After the half-minute"]


def test_one_address_holding_connections_open_cannot_use_up_the_laptops_files(store):
    rid = started(store)

    async def run() -> tuple[list[bool], int]:
        phones = PhoneNotes(store)
        served = await phones.start("127.0.0.1", 0)
        held = [
            await opened(phones, served.port, b"GET /x HTTP/1.1\r\n")
            for _ in range(PER_ADDRESS + 5)
        ]
        status = await a_phone_sends(served.url("127.0.0.1"), "Still heard")
        closed = [await closed_by_the_laptop(reader) for reader, _w in held[:6]]
        for _reader, writer in held:
            writer.close()
        await phones.stop()
        return closed, status

    closed, status = asyncio.run(run())
    # The oldest quiet ones made room: the address holds PER_ADDRESS at most.
    assert closed == [True] * 6 and status == 201
    assert [n.text for n in store.notes(rid)] == ["Still heard"]


async def looked_and_kept_open(port: int, code: str) -> tuple[asyncio.StreamReader, Any]:
    """A phone's look at what is on, answered, its connection kept open for the next look."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"GET /{code}/state HTTP/1.1\r\nHost: laptop\r\n\r\n".encode())
    await writer.drain()
    head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), ANSWERED_WITHIN_S)
    length = next(
        int(line.split(b":")[1])
        for line in head.split(b"\r\n")
        if line.lower().startswith(b"content-length:")
    )
    await reader.readexactly(length)
    return reader, writer


def test_a_note_under_way_is_not_cut_off_for_phones_behind_the_same_address(store):
    # A venue's network puts a room's phones behind one address. A phone on weak Wi-Fi
    # is sending a note when more phones look at the page: the address is over PER_ADDRESS,
    # and the connection to close is one that waits for its next look, not the note under way.
    rid = started(store)
    now = [1000.0]

    async def run() -> bytes:
        phones = PhoneNotes(store)
        phones.connections.clock = lambda: now[0]
        served = await phones.start("127.0.0.1", 0)
        rest = '", "function": "sales", "key": "weak-wifi"}'
        note = '{"text": "Leads wait a week for a call' + rest
        reader, writer = await asyncio.open_connection("127.0.0.1", served.port)
        writer.write(
            f"POST /{phones.code}/notes HTTP/1.1\r\nHost: laptop\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(note.encode())}\r\n\r\n"
            f"{note[: -len(rest)]}".encode()
        )
        await writer.drain()
        for _turn in range(50):  # the server reads its headers and waits for the rest
            await asyncio.sleep(0.01)
        others = []
        for _phone in range(PER_ADDRESS):
            now[0] += 0.1
            others.append(await looked_and_kept_open(served.port, phones.code))
        writer.write(rest.encode())
        await writer.drain()
        try:
            answer = await asyncio.wait_for(reader.readline(), ANSWERED_WITHIN_S)
        except ConnectionError:
            answer = b""
        for _reader, other in [*others, (reader, writer)]:
            other.close()
        await phones.stop()
        return answer

    answer = asyncio.run(run())
    assert answer.startswith(b"HTTP/1.1 201")
    assert [n.text for n in store.notes(rid)] == ["Leads wait a week for a call"]
