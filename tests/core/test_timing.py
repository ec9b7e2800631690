"""Timer maths: countdown, warning/overrun, projected end, re-plan protecting the last round."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC

from roundtable import timing
from roundtable.model import Round


def rnd(id: int, timebox: int, elapsed: float = 0, since: float | None = None) -> Round:
    return Round(id, id, f"R{id}", "q", timebox, "", None, None, elapsed, since)


def test_states_and_clock():
    r = rnd(1, 600, since=1000.0)
    assert timing.timer_state(rnd(1, 600), 0) == "idle"
    assert timing.timer_state(r, 1100) == "running"
    assert timing.timer_state(r, 1000 + 500) == "warning"
    assert timing.timer_state(r, 1000 + 601) == "overrun"
    assert timing.format_clock(timing.remaining(r, 1000 + 601)) == "+00:01"
    assert timing.format_clock(599.2) == "10:00"
    assert timing.timer_state(rnd(1, 600, elapsed=60), 5000) == "paused"


def test_projected_end_counts_current_remaining_and_later_rounds():
    rounds = [rnd(1, 600, since=0.0), rnd(2, 900), rnd(3, 1200)]
    assert timing.projected_end(rounds, 1, 100) == 100 + 500 + 900 + 1200
    # Overrun: the current round adds nothing, the end slides with now.
    assert timing.projected_end(rounds, 1, 1000) == 1000 + 900 + 1200


def test_replan_squeezes_middle_rounds_before_the_last():
    rounds = [rnd(1, 600, since=0.0), rnd(2, 1500), rnd(3, 1500)]
    deadline = 3600
    plan = timing.replan(rounds, 1, 600 + 360, deadline)  # six minutes over
    assert plan == {2: 1140}
    assert (
        timing.projected_end([rnd(1, 600, since=0.0), rnd(2, 1140), rnd(3, 1500)], 1, 960)
        <= deadline
    )


def test_replan_never_cuts_final_round_below_minimum():
    rounds = [rnd(1, 600, since=0.0), rnd(2, 600), rnd(3, 1500)]
    plan = timing.replan(rounds, 1, 5000, 3000)
    assert plan[2] == 240  # 40% of its ten minutes: far behind, the plan stops there
    assert plan[3] == timing.MIN_FINAL_ROUND_S


def test_replan_leaves_every_round_long_enough_to_be_a_round():
    # A walkthrough saw a 15-minute round re-planned to one minute.
    rounds = [rnd(1, 600, since=0.0), rnd(2, 900), rnd(3, 300), rnd(4, 120), rnd(5, 600)]
    plan = timing.replan(rounds, 1, 4000, 3000)  # hopelessly late
    assert plan[2] == 360  # 40% of 15 minutes
    assert plan[3] == 180  # never under three minutes
    assert 4 not in plan  # already shorter than that: keeps its two minutes
    assert plan[5] == timing.MIN_FINAL_ROUND_S
    # A floor is whole minutes too: 40% of 17 minutes is 6.8, so 7 (not 408 seconds).
    odd = [rnd(1, 600, since=0.0), rnd(2, 17 * 60), rnd(3, 600)]
    assert timing.replan(odd, 1, 4000, 3000)[2] == 7 * 60


def test_replan_cuts_a_protected_round_only_after_the_others():
    # "Game changers" is the round the room came for: late in "What works", the re-plan
    # takes the time from "Why it's broken" and leaves the protected round whole.
    works = rnd(1, 1200, since=0.0)
    broken, changers, closing = rnd(2, 1500), replace(rnd(3, 1500), protected=True), rnd(4, 600)
    rounds = [works, broken, changers, closing]
    deadline = 1200 + 1500 + 1500 + 600
    plan = timing.replan(rounds, 1, 1200 + 480, deadline)  # eight minutes late
    assert plan == {2: 1500 - 480}
    # Far behind: "Why it's broken" is at its floor and the closing round at its five
    # minutes before the protected round gives way.
    plan = timing.replan(rounds, 1, 1200 + 1500, deadline)
    assert plan[2] == 600 and plan[4] == timing.MIN_FINAL_ROUND_S and plan[3] < 1500
    plan = timing.replan(rounds, 1, 1200 + 900 + 60, deadline)  # 15 minutes late (+1)
    assert plan[2] == 600 and plan[4] == 540 and 3 not in plan
    # The same agenda without the mark shares the cut between both rounds.
    plain = [works, broken, rnd(3, 1500), closing]
    shared = timing.replan(plain, 1, 1200 + 480, deadline)
    assert shared[2] < 1500 and shared[3] < 1500


def test_replan_gives_whole_minutes_and_still_ends_on_time():
    rounds = [rnd(1, 600, since=0.0), rnd(2, 1000), rnd(3, 700), rnd(4, 900)]
    deadline = 600 + 1000 + 700 + 900
    plan = timing.replan(rounds, 1, 600 + 250, deadline)
    assert plan and all(t % 60 == 0 for t in plan.values())
    replanned = [rnd(1, 600, since=0.0)] + [
        rnd(r.id, plan.get(r.id, r.timebox_s)) for r in rounds[1:]
    ]
    assert timing.projected_end(replanned, 1, 600 + 250) <= deadline


def test_replan_on_time_changes_nothing():
    rounds = [rnd(1, 600, since=0.0), rnd(2, 600)]
    assert timing.replan(rounds, 1, 100, 10_000) == {}


def test_planned_end_ignores_timebox_changes_after_start():
    from datetime import datetime

    from roundtable.model import Event

    at = datetime.fromtimestamp(1000, UTC)
    # Round 1 runs; round 2 was cut from 900 after the start.
    rounds = [rnd(1, 600, since=1000.0), rnd(2, 300)]
    events = [
        Event(1, at, "round_started", {"id": 1, "at": 1000.0}),
        Event(
            2,
            at,
            "round_updated",
            {"id": 2, "before": {"timebox_s": 900}, "after": {"timebox_s": 300}},
        ),
    ]
    assert timing.planned_end(rounds, events) == 1000 + 600 + 900
    assert timing.planned_end(rounds, []) is None
    # That start undone (Ctrl+Z): no round has run, so nothing is planned yet; the next
    # start makes the plan.
    put_back = {"id": 1, "elapsed_s": 0, "running_since": None, "started_at": None}
    undone = [*events, Event(3, at, "round_timer_restored", {**put_back, "ended_at": None})]
    assert timing.planned_end([rnd(1, 600), rnd(2, 300)], undone) is None
    again = [*undone, Event(4, at, "round_started", {"id": 1, "at": 2200.0})]
    assert timing.planned_end(rounds, again) == 2200 + 600 + 300


def test_planned_end_leaves_out_rounds_skipped_by_starting_further_down():
    from datetime import datetime

    from roundtable.model import Event

    at = datetime.fromtimestamp(1000, UTC)
    # The session starts at round 2.
    rounds = [rnd(1, 600), rnd(2, 1200, since=1000.0), rnd(3, 900)]
    events = [Event(1, at, "round_started", {"id": 2, "at": 1000.0})]
    assert timing.planned_end(rounds, events) == 1000 + 1200 + 900
    # So an overrun of round 2 shows as late at once (its Welcome minutes are no slack).
    late = [rnd(1, 600), rnd(2, 1200, since=1000.0), rnd(3, 900)]
    assert timing.projected_end(late, 2, 1000 + 1200 + 180) > timing.planned_end(late, events)


def test_planned_end_keeps_a_round_that_ran_moved_above_the_first_started():
    from datetime import datetime

    from roundtable.model import Event

    at = datetime.fromtimestamp(1000, UTC)
    # Round 1 (600 s) ran first and ended; round 2 (1200 s), on the clock, was then moved
    # above it: it is not a round the session skipped, its minutes are in the plan.
    rounds = [
        replace(rnd(2, 1200, since=1300.0), position=1, started_at=at),
        replace(rnd(1, 600, elapsed=300), position=2, started_at=at, ended_at=at),
        rnd(3, 900),
    ]
    events = [Event(1, at, "round_started", {"id": 1, "at": 1000.0})]
    assert timing.planned_end(rounds, events) == 1000 + 600 + 1200 + 900


def test_replan_takes_time_from_the_round_just_begun_before_the_protected_one():
    # Round 2 ran six minutes over; Ctrl+R pressed just after Next round cut the protected
    # "Game changers" and the closing round, and left the round just begun its 25 minutes.
    works = rnd(1, 1200, elapsed=1560)
    broken = rnd(2, 1500, since=2000.0)
    changers, closing = replace(rnd(3, 1500), protected=True), rnd(4, 600)
    rounds = [works, broken, changers, closing]
    deadline = 2000 - 1560 + 1200 + 1500 + 1500 + 600
    plan = timing.replan(rounds, 2, 2020, deadline)
    assert plan == {2: 1500 - 360}
    # Ten minutes into it, it still gives; it keeps a minute more than it has run (whole
    # minutes), so its clock does not go over at once.
    late = timing.replan(rounds, 2, 2000 + 600, deadline - 600)  # 16 minutes late
    assert late == {2: 660, 4: 480}
    # Over its time, it has nothing to give: the rounds after it give as before.
    over = timing.replan(rounds, 2, 2000 + 1560, deadline)
    assert 2 not in over and over[4] < 600 and over.get(3, 1500) <= 1500


def test_replan_moves_the_clock_the_room_watches_only_when_the_rounds_after_are_not_enough():
    # Five minutes into "What works", six minutes late (the welcome ran over): "Why it's
    # broken" gives the six minutes and the running clock does not jump.
    works = rnd(2, 1200, since=1000.0)
    broken = rnd(3, 1500)
    changers, closing = replace(rnd(4, 1500), protected=True), rnd(5, 600)
    rounds = [rnd(1, 600, elapsed=960), works, broken, changers, closing]
    deadline = 1000 - 960 + 600 + 1200 + 1500 + 1500 + 600
    assert timing.replan(rounds, 2, 1300, deadline) == {3: 1500 - 360}
    # Far behind, "Why it's broken" at its floor: the running round gives next, before the
    # closing round and Game changers.
    assert timing.replan(rounds, 2, 1300, deadline - 20 * 60) == {3: 600, 2: 540}
