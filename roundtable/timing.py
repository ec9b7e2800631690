"""Qt-free timer maths for the rounds: remaining time, warning/overrun state, projected end,
the re-plan that shortens the remaining rounds so the session ends on time, and where the
agenda stands (the round Next round goes on to, whether the session is over).

Everything is a pure function of round data and a `now` in epoch seconds, so tests use
plain numbers and never sleep.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping, Sequence
from typing import Literal

from roundtable.model import Event, Round

TimerState = Literal["idle", "running", "paused", "warning", "overrun"]
WARNING_S = 120.0
MIN_FINAL_ROUND_S = 300
# A re-plan leaves every other round at least this long, and at least this share of its
# planned time: a 15-minute round cut to one minute is no round at all.
MIN_ROUND_S = 180
MIN_ROUND_SHARE = 0.4


def remaining(r: Round, now: float) -> float:
    """Seconds left in the round's timebox (negative once over time)."""
    return r.timebox_s - r.elapsed_at(now)


def timer_state(r: Round, now: float) -> TimerState:
    """The state the countdown shows: overrun wins over warning, both only once started."""
    left = remaining(r, now)
    if r.elapsed_at(now) == 0 and not r.is_running:
        return "idle"
    if left < 0:
        return "overrun"
    if left <= WARNING_S:
        return "warning"
    return "running" if r.is_running else "paused"


def format_clock(seconds: float) -> str:
    """`mm:ss` for a countdown; `+mm:ss` once over time."""
    sign = "+" if seconds < 0 else ""
    s = int(abs(seconds) + (0.999 if seconds > 0 else 0))
    return f"{sign}{s // 60:02d}:{s % 60:02d}"


def projected_end(rounds: Sequence[Round], current_id: int | None, now: float) -> float:
    """Epoch time the session ends if the current round keeps its timebox (or ends now if
    over) and every later, unfinished round takes its full timebox."""
    end = now
    seen_current = current_id is None
    for r in rounds:
        if r.id == current_id:
            seen_current = True
            end += max(0.0, remaining(r, now))
        elif seen_current and r.ended_at is None and r.elapsed_at(now) == 0:
            end += r.timebox_s
    return end


def replan(
    rounds: Sequence[Round],
    current_id: int | None,
    now: float,
    deadline: float,
    min_final_s: int = MIN_FINAL_ROUND_S,
    planned: Mapping[int, int] | None = None,
) -> dict[int, int]:
    """New timeboxes for the rounds left so the session ends by `deadline`: those after the
    current one, and the current one itself while it has run less than its timebox (down to
    a minute more than it has run).

    Rounds give way in turn, each down to MIN_ROUND_S or MIN_ROUND_SHARE of its timebox,
    whichever is longer: first the unprotected rounds after the current one and before the
    final one (in proportion to what each can give), then the current round (the clock the
    room watches moves only when those are not enough), then the final round, never below
    `min_final_s`, and only then the protected rounds (a protected final or current round
    among them). A round already shorter than its
    floor keeps its time. New timeboxes are whole minutes. When even that does not end the
    session by the deadline, the plan is as close as it gets (the caller says how late it
    still is). Returns {round_id: timebox_s}
    for the rounds that change; empty when nothing needs changing.

    Args:
        planned: the timeboxes the session started with (`planned_timeboxes`); the floors
            come from those, so re-planning twice does not cut a round twice as deep.
    """
    later = [r for r in rounds if _after(rounds, current_id, r) and r.elapsed_at(now) == 0]
    if not later:
        return {}
    over = projected_end(rounds, current_id, now) - deadline
    if over <= 0:
        return {}
    planned = planned or {}

    def floor(r: Round) -> int:
        was = planned.get(r.id, r.timebox_s)
        # In whole minutes, like the plan itself.
        return min(r.timebox_s, max(MIN_ROUND_S, math.ceil(MIN_ROUND_SHARE * was / 60) * 60))

    floors = {r.id: floor(r) for r in later}
    final = later[-1]
    floors[final.id] = min(final.timebox_s, min_final_s)
    # The round on the clock gives time too while it has time to give: the re-plan asked
    # for just after Next round cut the protected round and the closing one, and left the
    # round just begun its whole 25 minutes. It keeps a minute more than it has run.
    now_on = next((r for r in rounds if r.id == current_id), None)
    running = []
    if now_on is not None and now_on.ended_at is None and _has_run(now_on):
        ran = math.ceil((now_on.elapsed_at(now) + 60) / 60) * 60
        floors[now_on.id] = min(now_on.timebox_s, max(floor(now_on), ran))
        running = [now_on]
    new = {r.id: r.timebox_s for r in running + later}
    # Shorten unprotected non-final rounds first (proportionally to what they can give),
    # then the current one, then the final round, and the protected ones last: "shortened
    # last" is what the round dialog promises.
    groups = (
        [r for r in later[:-1] if not r.protected],
        [r for r in running if not r.protected],
        [final] if not final.protected else [],
        [r for r in running + later if r.protected],
    )
    for group in groups:
        spare = sum(new[r.id] - floors[r.id] for r in group)
        if spare <= 0 or over <= 0:
            continue
        take = min(over, spare)
        for r in group:
            give = (new[r.id] - floors[r.id]) * take / spare
            # Down to a whole minute (so the plan still ends in time), never below the floor.
            new[r.id] = max(floors[r.id], int(new[r.id] - give) // 60 * 60)
        over -= take
    return {
        rid: t
        for rid, t in new.items()
        if t != next(r.timebox_s for r in running + later if r.id == rid)
    }


def _after(rounds: Sequence[Round], current_id: int | None, r: Round) -> bool:
    if current_id is None:
        return True
    ids = [x.id for x in rounds]
    return current_id in ids and ids.index(r.id) > ids.index(current_id)


def _has_run(r: Round) -> bool:
    return r.started_at is not None or r.ended_at is not None or r.elapsed_s > 0 or r.is_running


def session_start(events: Sequence[Event]) -> Event | None:
    """The journal's start of the session's first round, None before it. A Start undone
    (Ctrl+Z) with no other round run leaves the session not started: the plan is made at the
    real start. The undone one was kept, so twenty minutes on the clock said "22 min late"
    before any round, and again once the real start came."""
    first: Event | None = None
    ran: set[object] = set()
    for e in events:
        rid = e.payload.get("id")
        if e.kind == "round_started":
            first = first or e
            ran.add(rid)
        elif e.kind == "round_timer_restored" and not any(
            e.payload.get(k) for k in ("elapsed_s", "running_since", "started_at", "ended_at")
        ):
            ran.discard(rid)  # put back as never run
            if not ran:
                first = None
    return first


def planned_timeboxes(rounds: Sequence[Round], events: Sequence[Event]) -> dict[int, int]:
    """Each round's timebox as it was when the session's first round started.

    Later changes (a re-plan, an edit) are undone in reverse from the journal. Rounds added
    after that moment keep their own timebox; before any round started, the current ones.
    """
    boxes = {r.id: r.timebox_s for r in rounds}
    first = session_start(events)
    if first is None:
        return boxes
    for e in reversed(events):
        if e.id <= first.id:
            break
        rid = e.payload.get("id")
        if e.kind == "round_updated" and rid in boxes:
            before = e.payload.get("before")
            if isinstance(before, dict) and "timebox_s" in before:
                boxes[rid] = int(before["timebox_s"])
    return boxes


def planned_end(rounds: Sequence[Round], events: Sequence[Event]) -> float | None:
    """The end the session was planned for when its first round started, in epoch seconds.

    Timebox changes made after that moment (a re-plan, an edit) do not move it: they are
    undone in reverse from the journal, so "end on time" keeps meaning the original plan.
    Rounds added after the start are not part of the plan, nor are rounds the session
    skipped by starting further down the agenda. None before any round started.
    """
    first = session_start(events)
    if first is None:
        return None
    start_at = float(first.payload.get("at", first.at.timestamp()))  # type: ignore[arg-type]
    boxes = planned_timeboxes(rounds, events)
    added_later = {  # (a round put back by an undo was added when it was first)
        e.payload.get("id")
        for e in events
        if e.id > first.id and e.kind == "round_added" and not e.payload.get("put_back")
    }
    # Starting at round 2 skips round 1: its minutes are not spare time for the rest. A
    # round that has run is not skipped, though the agenda now shows it above the first
    # (the round on the clock moved up: its minutes left the plan, "15 min late" at once).
    first_at = next((r.position for r in rounds if r.id == first.payload.get("id")), None)
    skipped = {
        r.id for r in rounds if first_at is not None and r.position < first_at and not _has_run(r)
    }
    return start_at + sum(t for rid, t in boxes.items() if rid not in added_later | skipped)


def late_minutes(late: float, deadline: float) -> int:
    """Minutes late as the two clock times read (both shown to the minute): 13:53 against a
    planned 13:48 is 5 min late, even when it is 4 min 50 s (it said "4 min late")."""
    return int((deadline + late) // 60) - int(deadline // 60)


def added_since_the_end(
    current: Round, rounds: Sequence[Round], events: Sequence[Event]
) -> set[int]:
    """The rounds never run that were added (Round > Add round) after the round on the clock
    ended the session, wherever they sit in the agenda: a round placed above the ended ones
    is as much still to run as one placed at the end. Empty while that round has not ended.
    Rounds skipped before the end (never run, added before it) are not among them."""
    if current.ended_at is None or current.is_running:
        return set()
    fresh = {r.id for r in rounds if not _has_run(r)}
    return {
        rid
        for e in events
        if e.kind == "round_added"
        and not e.payload.get("put_back")  # an undo's: the round was added when it was first
        and e.at >= current.ended_at
        and isinstance(rid := e.payload.get("id"), int)
        and rid in fresh
    }


def session_over(
    current: Round, rounds: Sequence[Round], now: float, added: Collection[int] = ()
) -> bool:
    """Whether the round on the clock was the last to run and has ended: the session is over.
    `added`: the rounds added since it ended (`added_since_the_end`), still to run."""
    later = [
        x
        for x in rounds
        if (x.position > current.position or x.id in added) and x.elapsed_at(now) == 0
    ]
    return current.ended_at is not None and not current.is_running and not later


def added_after_the_end(
    current: Round, rounds: Sequence[Round], now: float, added: Collection[int] = ()
) -> Round | None:
    """The round Next round begins when the round on the clock ended the session (End
    session) and a round was added since (Round > Add round): the first in the agenda of
    those added (`added`, wherever they sit) and those below it; None otherwise."""
    if current.ended_at is None or current.is_running or session_over(current, rounds, now, added):
        return None
    return round_after(current, rounds, added)


def round_after(
    current: Round, rounds: Sequence[Round], added: Collection[int] = ()
) -> Round | None:
    """The round Next round goes on to: the first below `current` in the agenda that has
    not ended, or a round added after the end above it (`added`). The round on the clock
    moved above an ended one (Alt+Up) went on to that round again, its clock running once
    more as if it had never ended."""
    return next(
        (
            x
            for x in rounds
            if (x.position > current.position or x.id in added) and x.ended_at is None
        ),
        None,
    )
