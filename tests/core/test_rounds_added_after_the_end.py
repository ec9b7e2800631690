"""Which rounds are still to run after End session: those added since the end, wherever
they sit in the agenda, and not those skipped before it."""

from __future__ import annotations

from datetime import UTC, datetime

from roundtable import timing
from roundtable.model import Event, Round


def at(seconds: float) -> datetime:
    return datetime.fromtimestamp(seconds, UTC)


def ran(id: int, position: int, ended: float) -> Round:
    return Round(id, position, f"R{id}", "q", 600, "", at(ended - 300), at(ended), 300.0, None)


def fresh(id: int, position: int) -> Round:
    return Round(id, position, f"R{id}", "q", 600, "", None, None, 0.0, None)


def added(event_id: int, round_id: int, when: float) -> Event:
    return Event(event_id, at(when), "round_added", {"id": round_id})


def test_a_round_added_above_the_ended_ones_is_next_and_the_session_is_not_over():
    # Rounds 1 and 3 ran, round 2 was skipped; round 4 was added after the end and moved
    # up to position 2.
    rounds = [ran(1, 1, 1300), fresh(4, 2), fresh(2, 3), ran(3, 4, 2000)]
    last = rounds[-1]
    events = [added(1, 1, 0), added(2, 2, 0), added(3, 3, 0), added(9, 4, 2060)]
    since = timing.added_since_the_end(last, rounds, events)
    assert since == {4}
    assert not timing.session_over(last, rounds, 2100, since)
    assert timing.added_after_the_end(last, rounds, 2100, since) == rounds[1]
    assert timing.round_after(last, rounds, since) == rounds[1]
    # Without it, the skipped round 2 does not reopen the session.
    gone = [r for r in rounds if r.id != 4]
    assert timing.added_since_the_end(last, gone, events) == set()
    assert timing.session_over(last, gone, 2100, set())


def test_nothing_is_added_since_the_end_while_the_round_on_the_clock_runs():
    rounds = [ran(1, 1, 1300), fresh(2, 2)]
    running = Round(3, 3, "R3", "q", 600, "", at(1300), None, 0.0, 1300.0)
    assert timing.added_since_the_end(running, [*rounds, running], [added(9, 2, 1400)]) == set()


def test_a_skipped_round_removed_after_the_end_and_put_back_does_not_reopen_the_session(
    tmp_path,
):
    # After End session the facilitator removes round 2, which was skipped, then Ctrl+Z
    # (RemoveRound.undo puts it back under its own id): its new "round_added" counted it as
    # added since the end, and the clock panel offered to start it, the session not over.
    from roundtable.store import Store

    now = [1000.0]
    with Store.create(tmp_path / "s.roundtable", title="S", clock=lambda: now[0]) as store:
        one, two, three = (store.add_round(f"R{i}", timebox_s=600) for i in (1, 2, 3))
        store.start_round(one.id)
        now[0] += 300
        store.finish_round(one.id)
        store.start_round(three.id)  # round 2 skipped
        now[0] += 300
        last = store.finish_round(three.id)  # End session
        assert timing.session_over(last, store.rounds(), now[0])
        now[0] += 60
        store.remove_round(two.id)
        now[0] += 10
        store.add_round("R2", "R2", 600, "", 2, False, two.id)  # Ctrl+Z of the removal
        rounds = store.rounds()
        since = timing.added_since_the_end(last, rounds, store.events())
        assert since == set()
        assert timing.session_over(last, rounds, now[0], since)
        # A round added since the end, removed and put back, is still to run.
        now[0] += 10
        four = store.add_round("R4", timebox_s=600)
        store.remove_round(four.id)
        store.add_round("R4", "R4", 600, "", 4, False, four.id)
        since = timing.added_since_the_end(last, store.rounds(), store.events())
        assert since == {four.id}


def test_a_round_of_the_plan_removed_and_put_back_stays_in_the_planned_end(tmp_path):
    # Ctrl+Z of Remove round journaled a fresh "round_added": the round left the plan, and
    # the clock panel's planned end came 10 minutes early ("10 min late" at once).
    from roundtable.store import Store

    now = [1000.0]
    with Store.create(tmp_path / "s.roundtable", title="S", clock=lambda: now[0]) as store:
        one, _two, three = (store.add_round(f"R{i}", timebox_s=600) for i in (1, 2, 3))
        store.start_round(one.id)
        planned = timing.planned_end(store.rounds(), store.events())
        assert planned == 1000.0 + 1800
        now[0] += 60
        store.remove_round(three.id)
        store.add_round("R3", "R3", 600, "", 3, False, three.id)  # Ctrl+Z of the removal
        assert timing.planned_end(store.rounds(), store.events()) == planned
