"""Dot voting from phones: the vote that is open, the phones' ballots, and closing it.

Mixed into `Store`. A vote is open on one round's themes with so many dots a person (kept in
the session row, so a restart mid-vote keeps it open). Each ballot is stored the moment it
arrives, as votes rows of voter "phone:<its key>" (one row a theme it gives dots to, with the
phone's function): a ballot sent again with the same key replaces the earlier one. Ballots
carry no name. Every reader of the room's counts (`theme_votes`, `votes`, so the snapshot,
the charts, the minutes, merging) reads voter "room" only: phone dots count nowhere until
the vote is closed, which adds them to the room's counts and removes the ballots in one
transaction (`close_phone_vote`); `reopen_phone_vote` puts both back (undo).

A theme merged into another while the vote is open takes its phone dots with it, as it takes
the room's: every reader of the ballots (the panel's dots so far, closing, a ballot that
still names it) counts them for the theme it went into (`merged_themes`, read from the
journal, so undoing the merge gives them back to the theme without moving a row).
"""

from __future__ import annotations

import json
import secrets
from collections import defaultdict
from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from roundtable.model import FUNCTIONS, Function, InvalidInput, Theme
from roundtable.store import rows
from roundtable.store.board import MAX_VOTES

MAX_PHONE_DOTS = 10
MAX_BALLOT_KEY = 64
PHONE = "phone:"  # a ballot's voter is this and its key


@dataclass(frozen=True)
class PhoneVote:
    """The vote open on phones: its round, the dots each person has, and when it opened
    (which names this vote to the phones: a ballot for an earlier vote is refused)."""

    round_id: int
    dots: int
    opened: str


@dataclass(frozen=True)
class Ballot:
    """One phone's dots: theme id -> dots, for the phone's function."""

    key: str
    function: Function
    dots: Mapping[int, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.dots.values())


class BallotRefused(InvalidInput):
    """A ballot that cannot be stored; `reason` names why for the page's words
    ("closed", "other_vote", "unknown_theme", "too_many", "empty", "not_a_ballot", "pick")."""

    def __init__(self, reason: str, message: str, **values: Any) -> None:
        super().__init__(message)
        self.reason = reason
        self.values = values


class BallotsMixin:
    """Phone voting methods of `Store`."""

    db: sqlite_utils.Database

    def _write(self, kind: str, payload: dict[str, Any]) -> AbstractContextManager[dict[str, Any]]:
        raise NotImplementedError

    def _emit(self, kind: str, id: int | None = None, round_id: int | None = None) -> None:
        raise NotImplementedError

    def _now_iso(self) -> str:
        raise NotImplementedError

    def themes(self, round_id: int | None = None) -> list[Theme]:
        raise NotImplementedError

    def theme_votes(self, theme_id: int) -> dict[Function, int]:
        raise NotImplementedError

    def _upsert_vote(self, theme_id: int, function: str, count: int) -> None:
        raise NotImplementedError

    # ----- reading -------------------------------------------------------------------------

    def phone_vote(self) -> PhoneVote | None:
        """The vote open on phones, or None (none open, or a file older than phone votes)."""
        row = rows.get_row(self.db, "session", 1)
        rid = row.get("phone_vote_round_id")
        if rid is None:
            return None
        return PhoneVote(int(rid), int(row["phone_vote_dots"]), str(row["phone_vote_opened"]))

    def phone_ballots(self) -> list[Ballot]:
        """The ballots stored for the open vote, in the order they first came."""
        found: dict[str, tuple[Function, dict[int, int]]] = {}
        for voter, function, theme_id, count in self.db.execute(
            "SELECT voter, function, theme_id, count FROM votes WHERE voter LIKE 'phone:%'"
            " ORDER BY id"
        ):
            _function, dots = found.setdefault(voter[len(PHONE) :], (function, {}))
            dots[int(theme_id)] = int(count)
        return [Ballot(key, f, dots) for key, (f, dots) in found.items()]

    def phone_voted_rounds(self) -> frozenset[int]:
        """The rounds whose counts hold dots from a vote on phones that was closed (and not
        undone since), read from the journal: once closed, phone dots are the room's."""
        closed: dict[int, int] = defaultdict(int)
        for kind, payload in self.db.execute(
            "SELECT kind, payload_json FROM events WHERE kind IN"
            " ('phone_vote_closed', 'phone_vote_reopened') ORDER BY id"
        ):
            rid = int(json.loads(payload)["round_id"])
            closed[rid] += 1 if kind == "phone_vote_closed" else -1
        return frozenset(rid for rid, n in closed.items() if n > 0)

    def phone_dots(self) -> dict[int, dict[Function, int]]:
        """The phones' dots so far per theme and function (not counted anywhere yet); dots
        on a theme merged away since are the theme's it went into."""
        dots: dict[int, dict[Function, int]] = defaultdict(lambda: dict.fromkeys(FUNCTIONS, 0))
        merged = self.merged_themes()
        for ballot in self.phone_ballots():
            for tid, n in ballot.dots.items():
                dots[merged.get(tid, tid)][ballot.function] += n
        return dict(dots)

    def merged_themes(self) -> dict[int, int]:
        """Themes of the open vote's round merged into another since it opened, and still
        gone: theme id -> the id of the theme they are part of now (a merge into a theme
        merged in turn leads to the last). Empty when no vote is open."""
        vote = self.phone_vote()
        if vote is None:
            return {}
        into: dict[int, int] = {}
        # Since the vote opened (by the journal's order, not its clock, which may go back).
        [(since,)] = self.db.execute(
            "SELECT coalesce(max(id), 0) FROM events WHERE kind = 'phone_vote_opened'"
        ).fetchall()
        for kind, payload in self.db.execute(
            "SELECT kind, payload_json FROM events WHERE id > ? AND kind IN"
            " ('themes_merged', 'theme_deleted', 'theme_restored') ORDER BY id",
            [since],
        ):
            done = json.loads(payload)
            if kind == "themes_merged":
                into[int(done["other"])] = int(done["keep"])
            else:  # deleted, or back: its dots are its own (or nobody's) again
                into.pop(int(done["id"]), None)
        live = {t.id for t in self.themes(vote.round_id)}
        found: dict[int, int] = {}
        for gone in into:
            tid, seen = gone, {gone}
            while tid not in live and tid in into and into[tid] not in seen:
                tid = into[tid]
                seen.add(tid)
            if gone not in live and tid in live:
                found[gone] = tid
        return found

    # ----- opening and ballots -------------------------------------------------------------

    def open_phone_vote(self, round_id: int, dots: int) -> PhoneVote:
        """Open voting from phones on the round's themes, `dots` a person."""
        if isinstance(dots, bool) or not isinstance(dots, int):
            raise InvalidInput("Dots per person must be a whole number.")
        if not 1 <= dots <= MAX_PHONE_DOTS:
            raise InvalidInput(f"Each person can have 1 to {MAX_PHONE_DOTS} dots.")
        if self.phone_vote() is not None:
            raise InvalidInput("Phone voting is open already: close it first.")
        if len(self.themes(round_id)) < 2:
            raise InvalidInput("Phones vote on two themes or more: this round has fewer.")
        # When, and a few random letters: two votes opened in the same millisecond (or on a
        # laptop whose clock went back) are still two votes to the phones.
        opened = f"{self._now_iso()} {secrets.token_hex(3)}"
        values = {"phone_vote_round_id": round_id, "phone_vote_dots": dots}
        with self._write("phone_vote_opened", {**values, "opened": opened}):
            # Ballots of no open vote (none should be left) would count in this one.
            self.db.execute("DELETE FROM votes WHERE voter LIKE 'phone:%'")
            self.db.table("session").update(1, {**values, "phone_vote_opened": opened})
            self._emit("phone_vote", None, round_id)
        return PhoneVote(round_id, dots, opened)

    def check_ballot(
        self, vote: PhoneVote | None, opened: object, function: object, dots: object
    ) -> tuple[Function, dict[int, int]]:
        """A ballot as it is stored (its function, theme id -> dots, no zeros), or
        BallotRefused saying why not. `opened` names the vote the phone voted in."""
        if vote is None:
            raise BallotRefused("closed", "Voting from phones is closed.")
        if isinstance(opened, str) and opened and opened != vote.opened:
            raise BallotRefused("other_vote", "That ballot was for an earlier vote.")
        if function not in FUNCTIONS:
            raise BallotRefused("pick", "A ballot counts for sales, marketing or other.")
        if not isinstance(dots, Mapping):
            raise BallotRefused("not_a_ballot", "That was not a ballot.")
        live = {t.id for t in self.themes(vote.round_id)}
        merged = self.merged_themes()
        given: dict[int, int] = {}
        for raw, n in dots.items():
            try:
                tid = int(raw)
            except (TypeError, ValueError):
                raise BallotRefused("unknown_theme", "A theme on the ballot is unknown.") from None
            tid = merged.get(tid, tid)  # sent before the phone heard of a merge
            if isinstance(n, bool) or not isinstance(n, int) or n < 0:
                raise BallotRefused("not_a_ballot", "Dots are whole numbers.")
            if tid not in live:
                raise BallotRefused("unknown_theme", "A theme on the ballot is not voted on.")
            if n:
                given[tid] = given.get(tid, 0) + n
        total = sum(given.values())
        if total > vote.dots:
            raise BallotRefused(
                "too_many", f"{total} dots; each person has {vote.dots}.", n=total, most=vote.dots
            )
        if not total:
            raise BallotRefused("empty", "A ballot needs at least one dot.")
        return function, given

    def put_ballots(
        self, ballots: Sequence[tuple[str, object, object, object]]
    ) -> list[BallotRefused | None]:
        """Store ballots (key, vote opened, function, dots) in one transaction: each replaces
        the earlier ballot of its key. Each gets None (stored) or why it was refused."""
        vote = self.phone_vote()
        answers: list[BallotRefused | None] = []
        good: dict[str, tuple[Function, dict[int, int]]] = {}
        for key, opened, function, dots in ballots:
            try:
                if not isinstance(key, str) or not key or len(key) > MAX_BALLOT_KEY:
                    raise BallotRefused("not_a_ballot", "A ballot needs its key.")
                good[key] = self.check_ballot(vote, opened, function, dots)
                answers.append(None)
            except BallotRefused as why:
                answers.append(why)
        if good and vote is not None:
            with self._write("phone_ballots", {"count": len(good)}):
                for key, (function, given) in good.items():
                    voter = PHONE + key
                    self.db.execute("DELETE FROM votes WHERE voter = ?", [voter])
                    self.db.conn.executemany(
                        "INSERT INTO votes (theme_id, voter, function, count) VALUES (?, ?, ?, ?)",
                        [(tid, voter, function, n) for tid, n in given.items()],
                    )
                self._emit("phone_vote", None, vote.round_id)
        return answers

    def put_ballot(self, key: str, function: object, dots: object, opened: object = None) -> None:
        """Store one ballot, or raise BallotRefused."""
        [why] = self.put_ballots([(key, opened, function, dots)])
        if why is not None:
            raise why

    # ----- closing -------------------------------------------------------------------------

    def close_phone_vote(self) -> dict[str, Any]:
        """Add the phones' dots to the room's counts of their themes (each count at most
        MAX_VOTES), remove the ballots and close the vote: one transaction, one journal
        entry. Returns what undo needs (`reopen_phone_vote`) and what was done: "added"
        (dots counted), "phones", "lost" (dots on themes taken away since), "capped"."""
        vote = self.phone_vote()
        if vote is None:
            raise InvalidInput("Voting from phones is not open.")
        ballots = self.phone_ballots()
        live = {t.id for t in self.themes(vote.round_id)}
        merged = self.merged_themes()
        given: dict[tuple[int, Function], int] = defaultdict(int)
        lost = 0
        for ballot in ballots:
            for tid, n in ballot.dots.items():
                tid = merged.get(tid, tid)
                if tid in live:
                    given[(tid, ballot.function)] += n
                else:
                    lost += n
        counts = {(tid, f): self.theme_votes(tid)[f] for tid, f in sorted(given)}
        before: list[list[Any]] = [[tid, f, n] for (tid, f), n in counts.items()]
        capped = any(n + given[k] > MAX_VOTES for k, n in counts.items())
        done = {
            "round_id": vote.round_id,
            "dots": vote.dots,
            "opened": vote.opened,
            "before": before,
            "ballots": [[b.key, b.function, [[t, n] for t, n in b.dots.items()]] for b in ballots],
            "added": sum(given.values()),
            "phones": len(ballots),
            "lost": lost,
            "capped": capped,
        }
        journal = {k: done[k] for k in ("round_id", "added", "phones", "lost")}
        with self._write("phone_vote_closed", journal):
            for (tid, f), n in counts.items():
                self._upsert_vote(tid, f, min(n + given[(tid, f)], MAX_VOTES))
                self._emit("votes_changed", tid, vote.round_id)
            self.db.execute("DELETE FROM votes WHERE voter LIKE 'phone:%'")
            self._set_vote(None)
            self._emit("phone_vote", None, vote.round_id)
        return done

    def reopen_phone_vote(self, closed: Mapping[str, Any]) -> PhoneVote:
        """Undo `close_phone_vote`: the room's counts as they were, the ballots back, and the
        same vote open again (the phones' ballots still name it)."""
        if self.phone_vote() is not None:
            raise InvalidInput("Another vote from phones is open: close it first, then undo again.")
        rid = int(closed["round_id"])
        with self._write("phone_vote_reopened", {"round_id": rid}):
            for tid, f, count in closed["before"]:
                self._upsert_vote(int(tid), f, int(count))
                self._emit("votes_changed", int(tid), rid)
            for key, f, dots in closed["ballots"]:
                self.db.conn.executemany(
                    "INSERT INTO votes (theme_id, voter, function, count) VALUES (?, ?, ?, ?)",
                    [(int(t), PHONE + key, f, int(n)) for t, n in dots],
                )
            vote = PhoneVote(rid, int(closed["dots"]), str(closed["opened"]))
            self._set_vote(vote)
            self._emit("phone_vote", None, rid)
        return vote

    def _set_vote(self, vote: PhoneVote | None) -> None:
        self.db.table("session").update(
            1,
            {
                "phone_vote_round_id": vote.round_id if vote else None,
                "phone_vote_dots": vote.dots if vote else 0,
                "phone_vote_opened": vote.opened if vote else None,
            },
        )
