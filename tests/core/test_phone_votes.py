"""Dot voting from phones: a ballot is stored at once and counts nowhere until the vote is
closed; sent again it replaces the earlier one; too many dots, an unknown theme or a closed
vote are refused in the room's words; an open vote and its ballots survive reopening the
file; closing adds the phone dots to the room's counts in one write, which undo puts back."""

from __future__ import annotations

import asyncio

import pytest

from roundtable.server import PhoneNotes
from roundtable.store import Store
from roundtable.store.ballots import BallotRefused
from roundtable.store.board import MAX_VOTES
from tests.core.test_phone_notes import over_http
from tests.core.test_room_language import german


def three_themes(store) -> tuple[int, list[int]]:
    """Round 2 with three themes, one note each."""
    rid = store.rounds()[1].id
    store.start_round(rid)
    ids = []
    for label in ("Lead definition", "Shared targets", "Weekly sync"):
        note = store.add_note(rid, f"Notes on {label.lower()}", function="sales")
        ids.append(store.add_theme(rid, label, note_ids=[note.id]).id)
    return rid, ids


def test_a_ballot_from_a_phone_is_kept_apart_until_the_vote_closes(store):
    rid, (lead, targets, sync) = three_themes(store)
    store.set_votes(lead, "sales", 2)  # the room's paper dots, typed in
    phones = PhoneNotes(store)
    assert phones.state()["vote"] is None
    store.open_phone_vote(rid, 3)

    state = phones.state()["vote"]
    assert state["dots"] == 3 and state["round"] == 2 and state["voted"] == 0
    # Named, as the page's top line shows the round on the clock, which may be another.
    assert state["title"] == store.rounds()[1].title
    assert [t["label"] for t in state["themes"]] == [
        "Lead definition",
        "Shared targets",
        "Weekly sync",
    ]
    vote = state["id"]
    answer = phones.take_ballot(
        {"key": "b1", "vote": vote, "function": "marketing", "dots": {str(lead): 2, str(sync): 1}}
    )
    assert answer.status == 201 and answer.body == {"ok": True}
    assert phones.state()["vote"]["voted"] == 1
    # Stored, but no reader of the room's counts sees it yet.
    assert store.theme_votes(lead) == {"sales": 2, "marketing": 0, "other": 0}
    assert sum(v.count for v in store.snapshot().votes) == 2
    assert store.phone_dots() == {
        lead: {"sales": 0, "marketing": 2, "other": 0},
        sync: {"sales": 0, "marketing": 1, "other": 0},
    }


def test_a_ballot_sent_again_replaces_the_earlier_one(store):
    rid, (lead, targets, sync) = three_themes(store)
    store.open_phone_vote(rid, 3)
    phones = PhoneNotes(store)
    first = {"key": "b1", "function": "sales", "dots": {str(lead): 3}}
    assert phones.take_ballot(first).status == 201
    again = {"key": "b1", "function": "other", "dots": {str(targets): 1, str(sync): 1}}
    assert phones.take_ballot(again).status == 201
    [ballot] = store.phone_ballots()
    assert (ballot.function, dict(ballot.dots)) == ("other", {targets: 1, sync: 1})
    assert phones.take_ballot({"key": "b2", "function": "sales", "dots": {str(lead): 1}})
    assert len(store.phone_ballots()) == 2


@pytest.mark.parametrize(
    ("dots", "status", "said"),
    [
        ("four", 400, "You have 3 dots and this gives 4: take some back, then send again."),
        ("unknown", 409, "A theme you gave a dot is no longer on the list"),
        ("deleted", 409, "A theme you gave a dot is no longer on the list"),
        ("none", 400, "Give a theme at least one dot first."),
    ],
)
def test_a_ballot_that_cannot_count_is_refused_and_nothing_is_stored(store, dots, status, said):
    rid, (lead, targets, sync) = three_themes(store)
    store.open_phone_vote(rid, 3)
    given = {
        "four": {str(lead): 2, str(sync): 2},
        "unknown": {"99999": 1},
        "deleted": {str(targets): 1},
        "none": {str(lead): 0},
    }[dots]
    if dots == "deleted":
        store.delete_theme(targets)
    answer = PhoneNotes(store).take_ballot({"key": "b1", "function": "sales", "dots": given})
    assert answer.status == status and answer.body["error"].startswith(said)
    assert store.phone_ballots() == []


def test_a_ballot_after_the_vote_closed_is_refused_in_the_rooms_language(store):
    rid, (lead, _targets, _sync) = three_themes(store)
    phones = PhoneNotes(store)
    ballot = {"key": "b1", "function": "sales", "dots": {str(lead): 1}}
    closed = phones.take_ballot(ballot)
    assert closed.status == 409
    assert closed.body["error"] == "Voting has closed, so these dots were not counted."
    store.open_phone_vote(rid, 2)
    vote = store.phone_vote()
    store.close_phone_vote()
    store.open_phone_vote(rid, 2)  # a new vote: a ballot for the earlier one is refused
    answer = phones.take_ballot({**ballot, "vote": vote.opened})
    assert answer.status == 409 and answer.body["error"].startswith("That vote has closed")


def test_the_refusal_is_in_german_for_a_german_room(tmp_path, clock):
    with german(tmp_path / "de.roundtable", clock) as store:
        rid = store.rounds()[1].id
        store.start_round(rid)
        for label in ("Lead-Definition", "Gemeinsame Ziele"):
            store.add_theme(rid, label)
        store.open_phone_vote(rid, 2)
        lead = store.themes(rid)[0].id
        answer = PhoneNotes(store).take_ballot(
            {"key": "b1", "function": "sales", "dots": {str(lead): 3}}
        )
        assert answer.body["error"] == (
            "Sie haben 2 Punkte, hier sind es 3: Nehmen Sie einige zurück und senden Sie erneut."
        )


def test_an_open_vote_and_its_ballots_survive_reopening_the_file(store, session_path, clock):
    rid, (lead, targets, _sync) = three_themes(store)
    store.open_phone_vote(rid, 4)
    store.put_ballot("b1", "sales", {lead: 3, targets: 1})
    store.close()  # as a flat battery leaves it: every ballot was on disk when answered

    with Store.open(session_path, clock=clock) as again:
        vote = again.phone_vote()
        assert vote is not None and (vote.round_id, vote.dots) == (rid, 4)
        [ballot] = again.phone_ballots()
        assert (ballot.function, dict(ballot.dots)) == ("sales", {lead: 3, targets: 1})
        assert PhoneNotes(again).state()["vote"]["voted"] == 1


def test_closing_adds_the_phone_dots_to_the_room_counts_in_one_write_and_undo_puts_them_back(
    store,
):
    rid, (lead, targets, sync) = three_themes(store)
    store.set_votes(lead, "sales", 5)
    store.set_votes(sync, "marketing", MAX_VOTES - 1)
    store.open_phone_vote(rid, 3)
    store.put_ballot("b1", "sales", {lead: 2, targets: 1})
    store.put_ballot("b2", "sales", {lead: 1})
    store.put_ballot("b3", "marketing", {sync: 3})
    journal = len(store.events())

    closed = store.close_phone_vote()

    assert len(store.events()) == journal + 1  # one write
    assert (closed["added"], closed["phones"], closed["capped"]) == (7, 3, True)
    assert store.theme_votes(lead) == {"sales": 8, "marketing": 0, "other": 0}
    assert store.theme_votes(targets)["sales"] == 1
    assert store.theme_votes(sync)["marketing"] == MAX_VOTES  # capped as elsewhere
    assert store.phone_vote() is None and store.phone_ballots() == []
    with pytest.raises(BallotRefused):
        store.put_ballot("b4", "sales", {lead: 1})

    store.reopen_phone_vote(closed)  # undo
    assert store.theme_votes(lead)["sales"] == 5 and store.theme_votes(targets)["sales"] == 0
    assert store.theme_votes(sync)["marketing"] == MAX_VOTES - 1
    assert len(store.phone_ballots()) == 3 and store.phone_vote().round_id == rid


def test_the_page_reads_the_vote_and_sends_its_ballot_over_http(store):
    rid, (lead, targets, _sync) = three_themes(store)
    store.open_phone_vote(rid, 3)
    phones = PhoneNotes(store)

    async def talk(client, base):
        state = await (await client.get(f"{base}/state")).json()
        vote = state["vote"]
        ballot = {"key": "b1", "vote": vote["id"], "function": "sales", "dots": {str(lead): 3}}
        sent = await client.post(f"{base}/ballot", json=ballot)
        late = await client.post(f"{base}/ballot", json={**ballot, "dots": {str(targets): 4}})
        wrong = await client.post("/not-the-code/ballot", json=ballot)
        return vote, sent.status, late.status, await late.json(), wrong.status

    vote, sent, late, body, wrong = over_http(phones, talk)
    assert vote["dots"] == 3 and len(vote["themes"]) == 3
    assert sent == 201 and late == 400 and body["error"].startswith("You have 3 dots")
    assert wrong == 404
    [ballot] = store.phone_ballots()
    assert dict(ballot.dots) == {lead: 3}


def test_a_theme_merged_while_phones_vote_takes_their_dots_with_it(store):
    rid, (lead, targets, sync) = three_themes(store)
    store.open_phone_vote(rid, 3)
    phones = PhoneNotes(store)
    vote = phones.state()["vote"]["id"]
    store.put_ballot("b1", "marketing", {targets: 2, sync: 1}, vote)
    store.put_ballot("b2", "sales", {lead: 1}, vote)

    store.merge_themes(lead, targets)  # "Shared targets" goes into "Lead definition"

    state = phones.state()["vote"]
    assert [t["label"] for t in state["themes"]] == ["Lead definition", "Weekly sync"]
    assert state["merged"] == {str(targets): lead}  # the page moves its dots too
    assert store.phone_dots() == {
        lead: {"sales": 1, "marketing": 2, "other": 0},
        sync: {"sales": 0, "marketing": 1, "other": 0},
    }
    # A ballot sent before the phone heard of the merge counts for the theme it went into.
    answer = phones.take_ballot(
        {"key": "b3", "vote": vote, "function": "other", "dots": {str(targets): 1}}
    )
    assert answer.status == 201

    closed = store.close_phone_vote()
    assert (closed["added"], closed["lost"]) == (5, 0)
    assert store.theme_votes(lead) == {"sales": 1, "marketing": 2, "other": 1}
    assert store.theme_votes(sync)["marketing"] == 1


def test_a_merge_undone_gives_the_theme_its_phone_dots_back_and_a_deleted_one_loses_them(store):
    rid, (lead, targets, sync) = three_themes(store)
    store.open_phone_vote(rid, 3)
    store.put_ballot("b1", "marketing", {targets: 2, sync: 1})
    store.merge_themes(lead, targets)
    store.restore_theme(targets)  # undo of the merge
    assert store.merged_themes() == {}
    assert store.phone_dots()[targets]["marketing"] == 2 and lead not in store.phone_dots()

    store.merge_themes(sync, targets)
    store.merge_themes(lead, sync)  # merged in turn: the dots end where the theme did
    assert store.merged_themes() == {targets: lead, sync: lead}
    assert store.phone_dots() == {lead: {"sales": 0, "marketing": 3, "other": 0}}

    store.restore_theme(sync)  # that merge undone: "Shared targets" is still in "Weekly sync"
    assert store.phone_dots() == {sync: {"sales": 0, "marketing": 3, "other": 0}}
    store.delete_theme(sync)  # deleted, not merged: its dots count nowhere
    closed = store.close_phone_vote()
    assert (closed["added"], closed["lost"]) == (0, 3)


def test_ballots_that_fail_to_be_written_together_each_get_an_answer(store, monkeypatch):
    # Written together (batch.py), a failure no store error explains must still answer
    # every phone waiting: unanswered, a phone waits for ever and sends nothing more.
    rid, (lead, targets, _sync) = three_themes(store)
    store.open_phone_vote(rid, 3)
    phones = PhoneNotes(store)

    def broken(*_args, **_kwargs):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(store, "put_ballots", broken)

    async def talk(client, base):
        vote = (await (await client.get(f"{base}/state")).json())["vote"]
        ballots = [
            {"key": f"b{i}", "vote": vote["id"], "function": "sales", "dots": {str(lead): 1}}
            for i in range(3)
        ]
        async with asyncio.timeout(5):
            sent = await asyncio.gather(*(client.post(f"{base}/ballot", json=b) for b in ballots))
            return [(s.status, (await s.json())["error"]) for s in sent]

    answers = over_http(phones, talk)
    assert [status for status, _error in answers] == [503] * 3
    assert all("sent again soon" in error for _status, error in answers)
    assert "Input/output error" in phones.ballots.trouble
    assert store.phone_ballots() == []
