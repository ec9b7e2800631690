"""One phone, one ballot: a second browser on the phone, a private tab, or a reload with the
phone's storage off makes a new ballot key; its dots replace the phone's earlier ones rather
than count a second time. The address is the one the laptop sees, not one the phone names."""

from __future__ import annotations

import asyncio

import pytest
from aiohttp import ClientSession

from roundtable.server import PhoneNotes, join_addresses
from tests.core.test_phone_notes import over_http
from tests.core.test_phone_votes import three_themes

NONE = {"sales": 0, "marketing": 0, "other": 0}


def test_a_phone_votes_once_however_many_browsers_it_votes_from(store):
    rid, (lead, targets, sync) = three_themes(store)
    store.open_phone_vote(rid, 3)
    phones = PhoneNotes(store)
    vote = phones.state()["vote"]["id"]

    def send(key: str, address: str, function: str, theme: int) -> int:
        ballot = {"key": key, "vote": vote, "function": function, "dots": {str(theme): 3}}
        return phones.take_ballot({**ballot, "from": address}).status

    assert send("first-tab", "192.168.1.23", "sales", lead) == 201
    assert send("private-tab", "192.168.1.23", "sales", targets) == 201  # the same phone
    assert send("b9", "192.168.1.24", "marketing", sync) == 201  # another phone
    assert phones.state()["vote"]["voted"] == 2
    assert store.phone_dots() == {
        targets: {**NONE, "sales": 3},  # the phone's last ballot, its first one replaced
        sync: {**NONE, "marketing": 3},
    }
    store.close_phone_vote()
    assert store.theme_votes(lead) == NONE
    assert store.theme_votes(targets)["sales"] == 3


def test_a_phone_cannot_name_its_own_address(store):
    rid, (lead, targets, _sync) = three_themes(store)
    store.open_phone_vote(rid, 3)
    phones = PhoneNotes(store)

    async def talk(client, base):
        vote = (await (await client.get(f"{base}/state")).json())["vote"]["id"]
        answers = []
        for key, theme in (("tab-a", lead), ("tab-b", targets)):
            ballot = {"key": key, "vote": vote, "function": "sales", "dots": {str(theme): 1}}
            # Both claim one address; they come from the laptop's own (the facilitator
            # trying the page in two tabs), which is not one phone's.
            sent = await client.post(f"{base}/ballot", json={**ballot, "from": "10.0.0.7"})
            answers.append(sent.status)
        return answers

    assert over_http(phones, talk) == [201, 201]
    assert len(store.phone_ballots()) == 2


def test_two_tabs_on_the_laptop_itself_are_two_ballots(store):
    """The facilitator tries the page on the laptop, at the address the dialog shows (the
    laptop's own on the room's network, not 127.0.0.1): each tab's ballot counts."""
    if not join_addresses():
        pytest.skip("this machine is on no network")
    rid, (lead, targets, _sync) = three_themes(store)
    store.open_phone_vote(rid, 3)
    phones = PhoneNotes(store)
    vote = phones.state()["vote"]["id"]

    async def run() -> list[int]:
        served = await phones.start(join_addresses()[0], 0)
        try:
            answers = []
            async with ClientSession() as http:
                for key, theme in (("tab-a", lead), ("tab-b", targets)):
                    ballot = {"key": key, "vote": vote, "function": "sales"}
                    ballot["dots"] = {str(theme): 1}
                    url = f"{served.url(join_addresses()[0])}/ballot"
                    async with http.post(url, json=ballot) as answer:
                        answers.append(answer.status)
            return answers
        finally:
            await phones.stop()

    assert asyncio.run(run()) == [201, 201]
    assert len(store.phone_ballots()) == 2
