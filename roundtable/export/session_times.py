"""When a session happened, as its minutes and its follow-up give it: the moments in the
session's own UTC offset, the day it was held, the span from its first round's start to
its last recorded moment, and whether the meeting is still going (an export mid-session).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timezone

from roundtable.model import SessionInfo
from roundtable.snapshot import SessionSnapshot

Clock = Callable[[datetime], datetime]


def session_clock(info: SessionInfo) -> Clock:
    """How the minutes show a moment: in the session's own UTC offset (a session run in
    Tokyo and exported in New York read the previous day and 19:30 for 09:30), or in the
    computer's zone for a file that never recorded one. Naive times are taken as they are."""
    zone = timezone(info.utc_offset) if info.utc_offset is not None else None
    return lambda dt: dt.astimezone(zone) if dt.tzinfo is not None else dt


def local(dt: datetime) -> datetime:
    """`dt` in the computer's time zone (naive times are taken as already local)."""
    return dt.astimezone() if dt.tzinfo is not None else dt


def held_on(snap: SessionSnapshot) -> date:
    """The day the minutes of `snap` give as its date: the day its first round began, in
    the session's own offset, or the day it was made for one never run live."""
    at = session_clock(snap.session)
    started, _ = session_span(snap, at)
    return (started or at(snap.session.created_at)).date()


def session_span(snap: SessionSnapshot, at: Clock) -> tuple[datetime | None, datetime | None]:
    """When the session began and ended: its first round start to its last recorded moment.

    A session whose rounds were never started (notes imported or typed up afterwards) has
    no recorded span: the time of typing says nothing about how long the meeting was.
    """
    starts = [at(r.started_at) for r in snap.rounds if r.started_at]
    moments = [at(r.ended_at) for r in snap.rounds if r.ended_at]
    moments += [at(n.created_at) for n in snap.notes]
    moments += [at(a.created_at) for a in snap.actions]
    if not starts or not moments:
        return None, None
    return min(starts), max(max(moments), min(starts))


def still_running(snap: SessionSnapshot) -> bool:
    """Whether the meeting is still going: a round's timer runs, or the round started last
    has not been ended (it may be paused). Minutes can be exported mid-session; an earlier
    round that was only paused before the next one began does not count."""
    if any(r.is_running for r in snap.rounds):
        return True
    begun = [(local(r.started_at), r) for r in snap.rounds if r.started_at]
    return bool(begun) and max(begun, key=lambda b: b[0])[1].ended_at is None
