"""One phone cannot flood the board: past a burst no one typing meets (notes queued while the
Wi-Fi was down all go at once), its notes are taken a few seconds apart. A note held back is
not lost: the phone is told in how many seconds it goes, and it is taken then. Phones are
told apart by the id the page keeps, not by their address: a venue's router puts a room's
phones behind one."""

from __future__ import annotations

import asyncio

from test_phone_notes import over_http, started  # rootdir-relative: tests/core has no __init__

from roundtable.server import PhoneNotes
from roundtable.server.pace import BURST, EVERY_S


def note(phone: str, i: int, **more) -> dict:
    return {"text": f"{phone}: idea {i}", "function": "sales", "key": f"{phone}-{i}",
            "device": phone, "kept": True, **more}  # fmt: skip


def test_ten_notes_queued_offline_all_go_through_at_once(store):
    rid = started(store)
    phones = PhoneNotes(store)

    async def talk(client, base):
        # The page sends them one after another; a page open twice, at the same time.
        sent = [await client.post(f"{base}/notes", json=note("ana", i)) for i in range(10)]
        sent += await asyncio.gather(
            *(client.post(f"{base}/notes", json=note("ana", i)) for i in range(10, 20))
        )
        return [s.status for s in sent]

    assert over_http(phones, talk) == [201] * 20
    assert len(store.notes(rid)) == 20 <= BURST


def test_a_flooding_phone_is_held_back_told_when_and_its_note_taken_then(store, clock):
    rid = started(store)
    phones = PhoneNotes(store)

    async def flood(client, base):
        sent = [await client.post(f"{base}/notes", json=note("bot", i)) for i in range(BURST + 5)]
        late = sent[BURST]
        return [s.status for s in sent], await late.json(), late.headers.get("Retry-After")

    statuses, body, retry = over_http(phones, flood)
    assert statuses == [201] * BURST + [429] * 5
    wait = round(EVERY_S)
    assert body["wait"] == wait and retry == str(wait)
    assert body["error"] == (
        f"This phone has sent many notes in a short time. This one waits here and is sent"
        f" in {wait} seconds."
    )
    assert len(store.notes(rid)) == BURST  # the board got no more

    async def again(client, base):
        return (await client.post(f"{base}/notes", json=note("bot", BURST))).status

    assert over_http(phones, again) == 429  # not yet
    clock.advance(EVERY_S)
    assert over_http(phones, again) == 201  # when the phone was told
    assert over_http(phones, again) == 200  # and once: sent again, it is answered as stored
    assert len(store.notes(rid)) == BURST + 1


def test_phones_behind_one_address_are_held_back_one_by_one(store):
    """Every phone here posts from 127.0.0.1, as a room's phones behind a venue's router.
    A phone whose storage is off sends an id that lasts while its page is open."""
    rid = started(store)
    phones = PhoneNotes(store)

    async def talk(client, base):
        for i in range(BURST + 3):
            await client.post(f"{base}/notes", json=note("bot", i))
        others = [note("ana", 0), note("ben", 0, kept=False), note("cleo", 0, kept=False)]
        return [(await client.post(f"{base}/notes", json=n)).status for n in others]

    assert over_http(phones, talk) == [201, 201, 201]
    assert len(store.notes(rid)) == BURST + 3


def test_a_note_sent_again_after_a_lost_answer_is_answered_as_stored_while_held_back(store):
    started(store)
    phones = PhoneNotes(store)

    async def talk(client, base):
        for i in range(BURST + 1):
            await client.post(f"{base}/notes", json=note("ana", i))
        return (await client.post(f"{base}/notes", json=note("ana", 0))).status

    assert over_http(phones, talk) == 200
