"""Notes from phones turned away while no round takes notes are counted for the facilitator
from the start of the latest gap between rounds: a round that takes notes, even one no phone
asked about meanwhile, ends the count of the gap before it."""

from __future__ import annotations

from roundtable.server import PhoneNotes


def refused(phones: PhoneNotes, key: str) -> None:
    answer = phones.take({"text": "Sent between rounds", "function": "sales", "key": key})
    assert answer.status == 409


def test_each_gap_between_rounds_counts_only_its_own_turned_away_notes(store):
    first, second = store.rounds()[:2]
    phones = PhoneNotes(store)
    refused(phones, "a")
    refused(phones, "b")
    assert phones.turned_away == 2

    store.start_round(first.id)  # taking notes: a phone asks for the state
    assert phones.state()["open"]
    store.finish_round(first.id)
    refused(phones, "c")
    assert phones.turned_away == 1

    store.start_round(second.id)  # no phone asks; the laptop's own tick looks
    assert phones.takes_notes()
    store.finish_round(second.id)
    refused(phones, "d")
    refused(phones, "e")
    assert phones.turned_away == 2
