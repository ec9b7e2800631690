"""Notes sent from participants' phones: stored in the round on the clock as device notes,
refused with a reason the phone shows, never stored twice, never outside the session."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from aiohttp import ClientSession
from aiohttp.test_utils import TestClient, TestServer

from roundtable.server import PhoneNotes
from roundtable.store import Store
from roundtable.templates import get_template

Talk = Callable[[TestClient, str], Awaitable[Any]]


def over_http(phones: PhoneNotes, talk: Talk) -> Any:
    """Run `talk(client, base)` against the server on a real local socket."""

    async def run() -> Any:
        async with TestClient(TestServer(phones.web_app())) as client:
            return await talk(client, f"/{phones.code}")

    return asyncio.run(run())


def started(store) -> int:
    """The session with its second round ("What works" in the template) on the clock."""
    rid = store.rounds()[1].id
    store.start_round(rid)
    return rid


def test_a_note_from_a_phone_is_in_the_round_on_the_clock_as_a_device_note(store):
    rid = started(store)
    phones = PhoneNotes(store)

    async def talk(client, base):
        page = await client.get(base)
        state = await (await client.get(f"{base}/state")).json()
        sent = await client.post(
            f"{base}/notes",
            json={
                "text": "  Joint pipeline review every Monday ",
                "function": "marketing",
                "key": "k1",
                "device": "phone-a",
            },
        )
        return page.status, await page.text(), state, sent.status, await sent.json()

    status, html, state, sent, body = over_http(phones, talk)
    assert status == 200 and "Your note" in html
    assert state["open"] and state["round"]["title"] == store.round(rid).title
    assert state["round"]["prompt"] == store.round(rid).prompt
    assert sent == 201 and body["ok"]
    [note] = store.notes(rid)
    assert (note.text, note.function, note.source) == (
        "Joint pipeline review every Monday",
        "marketing",
        "device",
    )
    assert phones.received == 1 and phones.devices == {"phone-a"}


def test_a_note_sent_again_after_a_lost_answer_is_stored_once(store):
    rid = started(store)
    phones = PhoneNotes(store)

    async def talk(client, base):
        note = {"text": "Shared lead definition", "function": "sales", "key": "same-key"}
        first = await client.post(f"{base}/notes", json=note)
        again = await client.post(f"{base}/notes", json=note)
        return first.status, again.status, await again.json()

    first, again, body = over_http(phones, talk)
    assert (first, again) == (201, 200) and body["again"]
    assert [n.text for n in store.notes(rid)] == ["Shared lead definition"]


@pytest.mark.parametrize(
    ("payload", "says"),
    [
        ({"text": "   "}, "A note cannot be empty."),
        ({"text": "x" * 501}, "at most 500 characters"),
        ({"text": "Fine", "function": "finance"}, "Pick sales, marketing or other."),
        ({"words": "no text field"}, "That was not a note."),
        (["a list"], "That was not a note."),
    ],
)
def test_bad_notes_are_refused_with_a_reason_and_nothing_is_stored(store, payload, says):
    rid = started(store)
    phones = PhoneNotes(store)

    async def talk(client, base):
        sent = await client.post(f"{base}/notes", json=payload)
        return sent.status, await sent.json()

    status, body = over_http(phones, talk)
    assert status == 400 and says in body["error"]
    assert store.notes(rid) == []


def test_odd_unicode_arrives_as_typed(store):
    rid = started(store)
    phones = PhoneNotes(store)
    text = "Équipe 営業 🤝 مبيعات: one pipeline"

    async def talk(client, base):
        return (await client.post(f"{base}/notes", json={"text": text})).status

    assert over_http(phones, talk) == 201
    assert store.notes(rid)[0].text == text


def test_before_a_round_starts_and_after_it_ends_phones_are_told_to_wait(store):
    phones = PhoneNotes(store)

    async def send(client, base):
        sent = await client.post(f"{base}/notes", json={"text": "Too early"})
        state = await (await client.get(f"{base}/state")).json()
        return sent.status, (await sent.json())["error"], state

    status, error, state = over_http(phones, send)
    assert status == 409 and "not started a round yet" in error
    assert not state["open"] and state["closed"] == error
    rid = started(store)
    store.finish_round(rid)
    status, error, _state = over_http(phones, send)
    assert status == 409 and error == "Round 2 has ended. Wait for the next round."
    assert store.notes() == []


def test_a_wrong_code_in_the_address_reaches_nothing(store):
    rid = started(store)
    phones = PhoneNotes(store, code="right-code")

    async def talk(client, _base):
        page = await client.get("/guessed")
        sent = await client.post("/guessed/notes", json={"text": "Spam"})
        return page.status, await page.text(), sent.status

    page, text, sent = over_http(phones, talk)
    assert (page, sent) == (404, 404) and "Ask the facilitator" in text
    assert store.notes(rid) == []


def test_a_named_note_counts_for_that_persons_side_and_unknown_names_are_refused(store):
    rid = started(store)
    ana = store.add_participant("Ana Lopez", "sales")
    store.update_session(anonymous=False)
    phones = PhoneNotes(store)

    async def talk(client, base):
        state = await (await client.get(f"{base}/state")).json()
        named = await client.post(
            f"{base}/notes",
            json={"text": "Quota relief for co-selling", "name": "ana lopez", "function": "other"},
        )
        stranger = await client.post(f"{base}/notes", json={"text": "Hello", "name": "Mallory"})
        return state, named.status, stranger.status, await stranger.json()

    state, named, stranger, body = over_http(phones, talk)
    assert "Ana Lopez" in state["names"]
    assert state["sides"]["Ana Lopez"] == "sales"  # the page picks it when her name is picked
    assert named == 201 and stranger == 400 and "not on this session's list" in body["error"]
    [note] = store.notes(rid)
    assert (note.participant_id, note.function) == (ana.id, "sales")


def test_in_an_anonymous_session_no_names_are_offered_or_kept(store):
    rid = started(store)
    store.add_participant("Ana Lopez", "sales")
    store.update_session(anonymous=True)
    phones = PhoneNotes(store)

    async def talk(client, base):
        state = await (await client.get(f"{base}/state")).json()
        sent = await client.post(
            f"{base}/notes", json={"text": "Nobody reads the brief", "name": "Ana Lopez"}
        )
        return state, sent.status

    state, status = over_http(phones, talk)
    assert state["anonymous"] and state["names"] == [] and state["sides"] == {}
    assert status == 201 and store.notes(rid)[0].participant_id is None


def test_a_note_the_laptop_cannot_save_is_left_on_the_phone_to_send_again(store, monkeypatch):
    rid = started(store)
    phones = PhoneNotes(store)

    def full(*_args, **_kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(store, "add_notes", full)

    async def talk(client, base):
        sent = await client.post(f"{base}/notes", json={"text": "Kept", "key": "k"})
        return sent.status, await sent.json()

    status, body = over_http(phones, talk)
    assert status == 503 and "sent again" in body["error"] and "disk is full" in phones.trouble
    monkeypatch.undo()

    async def again(client, base):
        return (await client.post(f"{base}/notes", json={"text": "Kept", "key": "k"})).status

    assert over_http(phones, again) == 201  # the resend is stored, not taken for a duplicate
    assert [n.text for n in store.notes(rid)] == ["Kept"]


def test_the_server_listens_on_a_free_port_when_its_own_is_taken(store):
    started(store)

    async def run():
        first, second = PhoneNotes(store), PhoneNotes(store)
        one = await first.start("127.0.0.1", 0)
        two = await second.start("127.0.0.1", one.port)  # taken: the next one is used
        async with ClientSession() as http, http.get(f"{two.url('127.0.0.1')}/state") as answer:
            state = await answer.json()
        await first.stop()
        await second.stop()
        return one, two, state

    one, two, state = asyncio.run(run())
    assert two.port != one.port and state["open"]


def test_notes_arriving_together_are_written_together_each_answered_for_itself(store):
    rid = started(store)
    phones = PhoneNotes(store)
    writes = []
    add_notes = store.add_notes
    store.add_notes = lambda notes: writes.append(len(notes)) or add_notes(notes)

    async def talk(client, base):
        notes = [{"text": f"Idea {i} from the floor", "key": f"k{i}"} for i in range(20)]
        notes += [{"text": "Idea 3 from the floor", "key": "k3"}, {"text": ""}]  # again; empty
        sent = await asyncio.gather(*(client.post(f"{base}/notes", json=n) for n in notes))
        return [s.status for s in sent]

    statuses = over_http(phones, talk)
    assert statuses == [201] * 20 + [200, 400]
    assert sorted(n.text for n in store.notes(rid)) == sorted(
        f"Idea {i} from the floor" for i in range(20)
    )
    assert sum(writes) == 20 and len(writes) < 20  # fewer writes than notes


def test_a_laptop_that_cannot_save_tells_the_phone_plainly_and_the_facilitator_why(
    store, monkeypatch
):
    from roundtable.store import SessionFileError

    rid = started(store)
    phones = PhoneNotes(store)
    why = f"Could not save to {store.path}: the disk is full. To go on, free some disk space."

    def full(*_args, **_kwargs):
        raise SessionFileError(store.path, why)

    monkeypatch.setattr(store, "add_notes", full)

    async def talk(client, base):
        sent = await client.post(f"{base}/notes", json={"text": "Kept", "key": "k"})
        return sent.status, await sent.json()

    status, body = over_http(phones, talk)
    # The room is not shown the laptop's folders or told to free disk space there.
    assert status == 503 and body["error"] == (
        "The laptop could not save your note just now. It stays here and is sent again soon."
    )
    assert phones.trouble == why  # for the app to show the facilitator
    monkeypatch.undo()
    assert over_http(phones, talk)[0] == 201
    assert phones.trouble == "" and [n.text for n in store.notes(rid)] == ["Kept"]


def test_an_unexpected_failure_to_write_still_answers_every_phone(store, monkeypatch):
    started(store)
    phones = PhoneNotes(store)

    def broken(*_args, **_kwargs):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(store, "add_notes", broken)

    async def talk(client, base):
        notes = [{"text": f"Note {i}", "key": f"k{i}"} for i in range(3)]
        async with asyncio.timeout(5):  # unanswered, a phone waited for ever and sent no more
            sent = await asyncio.gather(*(client.post(f"{base}/notes", json=n) for n in notes))
            return [(s.status, (await s.json())["error"]) for s in sent]

    answers = over_http(phones, talk)
    assert [status for status, _error in answers] == [503] * 3
    assert all("sent again soon" in error for _status, error in answers)
    assert "Input/output error" in phones.trouble


def test_a_body_nested_too_deep_to_read_is_refused_as_not_a_note(store):
    started(store)
    phones = PhoneNotes(store)

    async def talk(client, base):
        sent = await client.post(f"{base}/notes", data="[" * 5000 + "]" * 5000)
        return sent.status, await sent.json()

    status, body = over_http(phones, talk)
    assert status == 400 and "That was not a note." in body["error"]


def test_a_phone_on_an_address_no_longer_open_is_told_to_ask_for_the_new_one(store):
    started(store)
    phones = PhoneNotes(store, code="new-code")  # the file opened again: a new code

    async def talk(client, _base):
        state = await client.get("/old-code/state")
        sent = await client.post("/old-code/notes", json={"text": "Still here"})
        return state.status, await state.json(), sent.status, await sent.json()

    state_status, state, sent_status, sent = over_http(phones, talk)
    said = "This address is not open. Ask the facilitator for the one on the screen."
    assert (state_status, sent_status) == (404, 404)
    assert state["error"] == said and sent["error"] == said  # what the page shows


def test_started_twice_at_once_it_listens_once_and_stop_closes_it(store):
    started(store)

    async def run():
        phones = PhoneNotes(store)
        one, two = await asyncio.gather(
            phones.start("127.0.0.1", 0), phones.start("127.0.0.1", 0)
        )  # Start pressed twice before the first had bound its port
        await phones.stop()
        async with ClientSession() as http:
            with pytest.raises(OSError):
                await http.post(f"{one.url('127.0.0.1')}/notes", json={"text": "After Stop"})
        again = await phones.start("127.0.0.1", 0)  # and it starts again after the Stop
        await phones.stop()
        return one, two, again

    one, two, again = asyncio.run(run())
    assert one == two and again.code == one.code
    assert store.notes() == []


def test_the_page_shows_the_rounds_time_as_the_room_clock_does(store, clock):
    rid = started(store)  # "What works", a 20-minute round
    phones = PhoneNotes(store)
    timebox = store.round(rid).timebox_s

    def said() -> str:
        return phones.state()["round"]["time"]

    assert said() == f"About {timebox // 60} minutes left."
    clock.advance(timebox - 80)
    assert said() == "About 2 minutes left."  # 1:20 left, as a countdown rounds it
    clock.advance(30)
    assert said() == "Less than a minute left."
    store.pause_round(rid)
    assert said() == "Paused. Less than a minute left."
    store.start_round(rid)
    clock.advance(120)
    assert said() == "Time is up: send what you have."
    store.finish_round(rid)
    assert "time" not in phones.state()["round"]  # no round takes notes: nothing to count


def test_an_address_typed_with_accents_or_symbols_is_told_to_ask(store):
    started(store)
    phones = PhoneNotes(store, code="right-code")

    async def talk(client, _base):
        pages = [await client.get(path) for path in ("/caf%C3%A9", "/%F0%9F%93%B1/state")]
        return [(p.status, await p.text()) for p in pages]

    for status, text in over_http(phones, talk):
        assert status == 404 and "Ask the facilitator" in text


def test_a_note_sent_without_the_pages_phone_id_still_counts_its_phone(store):
    started(store)
    phones = PhoneNotes(store)

    async def talk(client, base):
        return (await client.post(f"{base}/notes", json={"text": "From a script"})).status

    assert over_http(phones, talk) == 201
    assert phones.received == 1 and len(phones.devices) == 1


def test_a_phone_that_keeps_nothing_over_a_reload_counts_once_however_often_it_reloads(store):
    # Storage turned off: each reload of the page makes a new id; the phone is the same.
    started(store)
    phones = PhoneNotes(store)

    async def talk(client, base):
        for reload in range(3):
            note = {"text": f"After reload {reload}", "device": f"id-{reload}", "kept": False}
            assert (await client.post(f"{base}/notes", json=note)).status == 201
        kept = {"text": "From a phone that keeps its id", "device": "lasting", "kept": True}
        assert (await client.post(f"{base}/notes", json=kept)).status == 201

    over_http(phones, talk)
    assert phones.received == 4 and len(phones.devices) == 2


def test_after_the_last_round_ends_phones_are_not_told_to_wait_for_another(store, tmp_path):
    """The session is over on the laptop: a participant's phone thanks them, not "Wait for
    the next round" (they waited for one that never came); in the room's language too."""
    last = store.rounds()[-1]
    store.start_round(last.id)
    store.finish_round(last.id)
    said = PhoneNotes(store).state()["closed"]
    assert said == f"Round {last.position} was the last round. Thank you for your notes."
    assert "next round" not in said
    german = Store.create(
        tmp_path / "de.roundtable",
        title="Q4",
        template=get_template("sales-marketing-roundtable").in_language("de"),
    )
    try:
        final = german.rounds()[-1]
        german.start_round(final.id)
        german.finish_round(final.id)
        said = PhoneNotes(german).state()["closed"]
        assert said == f"Runde {final.position} war die letzte Runde. Danke für Ihre Notizen."
        # A round that is not the last still says to wait for the next.
        german.start_round(german.rounds()[1].id)
        german.finish_round(german.rounds()[1].id)
        assert "nächste Runde" in PhoneNotes(german).state()["closed"]
    finally:
        german.close()


def test_the_page_learns_which_session_it_sends_to_whatever_the_code(store, tmp_path):
    # A phone that scanned a new code sends the notes it kept for the old one, of this
    # session only: the page compares this id.
    first = PhoneNotes(store, code="first").state()["id"]
    again = PhoneNotes(store, code="second").state()["id"]
    other = Store.create(tmp_path / "other.roundtable", title="Another")
    try:
        assert first == again != PhoneNotes(other).state()["id"]
    finally:
        other.close()
    assert store.session().created_at.isoformat() not in first


def test_a_note_written_for_a_round_that_is_over_is_not_put_in_the_next_one(store):
    """A phone that kept a note while the laptop was away, or sent it as the facilitator
    started the next round, sends the round it was written for: it is refused with words
    that say so (the page puts it back in the box), not stored among the next round's
    answers. Sent again for the round on now, it is stored there."""
    two = started(store)
    phones = PhoneNotes(store)
    written_for = phones.state()["round"]["id"]
    store.finish_round(two)
    three = store.round_at(3).id
    store.start_round(three)

    async def talk(client, base):
        late = {"text": "Weekly pipeline call", "function": "sales", "key": "k1"}
        refused = await client.post(f"{base}/notes", json={**late, "round_id": written_for})
        now = (await (await client.get(f"{base}/state")).json())["round"]["id"]
        again = await client.post(f"{base}/notes", json={**late, "key": "k2", "round_id": now})
        return refused.status, await refused.json(), again.status

    refused, body, again = over_http(phones, talk)
    assert refused == 409
    assert body["error"] == (
        "It was written for another round, and round 3 is on now. To add it to round 3,"
        " send it again."
    )
    assert again == 201
    assert [n.text for n in store.notes(two)] == []
    assert [n.text for n in store.notes(three)] == ["Weekly pipeline call"]
