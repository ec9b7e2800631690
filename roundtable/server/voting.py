"""Dot voting from phones: what the page is told of the open vote, and its ballots taken.

While the facilitator has voting open (roundtable/store/ballots.py), /state carries the vote
(`vote_state`: the round, the dots each person has, its themes by name, how many phones have
voted, and which themes were merged into which since it opened) and the page shows a dot box
instead of the note box. A ballot is POSTed to /ballot with the phone's key for this vote,
its function and its dots per theme id; it is stored at once (a crash mid-vote loses none),
and sent again with the same key it replaces the earlier one. Ballots carry no name. A
refusal says why in the room's language: voting closed, a theme no longer on the list, more
dots than a person has.

Ballots that arrive in the same turn of the loop are written in one transaction, as notes
are (participation.py): a room of phones sending at once waits for the disk once (batch.py).
"""

from __future__ import annotations

import sqlite3
from typing import Any

from roundtable.export.languages import Words
from roundtable.server.batch import NextWrite
from roundtable.store.ballots import BallotRefused
from roundtable.store.session_file import SessionFileError

# Why a ballot was refused -> the page's words for it.
REFUSALS = {
    "closed": "page.vote_closed",
    "other_vote": "page.vote_other",
    "unknown_theme": "page.vote_unknown",
    "too_many": "page.vote_too_many",
    "empty": "page.vote_empty",
    "not_a_ballot": "page.vote_not_a_ballot",
    "pick": "page.pick",
}


def vote_state(store: Any) -> dict[str, Any] | None:
    """The open vote as the page shows it, or None when no vote is open."""
    vote = store.phone_vote()
    if vote is None:
        return None
    return {
        "id": vote.opened,
        "round": store.round(vote.round_id).position,
        "title": store.round(vote.round_id).title,
        "dots": vote.dots,
        "themes": [{"id": t.id, "label": t.label} for t in store.themes(vote.round_id)],
        "voted": len(store.phone_ballots()),
        # A theme merged into another since: a phone's dots on it move there too.
        "merged": {str(gone): into for gone, into in store.merged_themes().items()},
    }


def refusal(w: Words, why: BallotRefused) -> dict[str, Any]:
    """The page's answer to a refused ballot, in the room's words."""
    return {"error": w(REFUSALS.get(why.reason, "page.vote_not_a_ballot"), **why.values)}


class Ballots:
    """Takes ballots from phones into `store`'s open vote, in the room's words (`words`)."""

    def __init__(self, store: Any, words: Any) -> None:
        self.store = store
        self.words = words  # () -> Words: the room's words now
        self.trouble = ""  # why the last ballots could not be saved ("" once they could)
        # Ballots that arrive together are written together (batch.py).
        self.in_the_next_write = NextWrite(self.take_all, self._not_written, "ballots")

    def take(self, payload: Any) -> tuple[int, dict[str, Any]]:
        """Store one ballot (the JSON body of a POST): its HTTP status and answer."""
        return self.take_all([payload])[0]

    def take_all(self, payloads: list[Any]) -> list[tuple[int, dict[str, Any]]]:
        """Store the ballots that came together in one transaction, each answered."""
        w = self.words()
        ballots = []
        for p in payloads:
            if not isinstance(p, dict):
                p = {}
            ballots.append((p.get("key"), p.get("vote"), p.get("function"), p.get("dots")))
        try:
            refused = self.store.put_ballots(ballots)
        except (SessionFileError, sqlite3.Error) as err:
            # A full disk, a busy file: the ballots stay on the phones, which send them again.
            self.trouble = str(err)
            return [(503, {"error": w("page.vote_not_saved")})] * len(payloads)
        self.trouble = ""
        answers = []
        for why in refused:
            if why is None:
                answers.append((201, {"ok": True}))
            else:
                status = 409 if why.reason in ("closed", "other_vote", "unknown_theme") else 400
                answers.append((status, refusal(w, why)))
        return answers

    def _not_written(self, err: Exception) -> tuple[int, dict[str, Any]]:
        """The answer to each phone whose ballot could not be written with the others."""
        self.trouble = str(err)
        return 503, {"error": self.words()("page.vote_not_saved")}
