"""Who an anonymous session's function marks could still point at.

The minutes and the wall mark each note with its writer's function, because the sales and
marketing split is what the room came for. In an anonymous session a function held by one
person gives that person away: every "marketing" note is theirs.

Two rules follow, both counted over the roster and over the people here (someone on the
roster who did not come wrote nothing, so one "other" in the room among two on the roster
is as easy to tell apart as one on the roster):

- One person of the function "other": their notes carry no function mark in the minutes
  or on the wall (`other_hidden`).
- One person of sales or of marketing: the marks stay (the split is the point), and the
  facilitator is told so where the roster is set and when the minutes are written
  (`lone_side_warnings`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from roundtable.model import Function, Participant, in_the_room
from roundtable.snapshot import SessionSnapshot

SIDES: tuple[Function, Function] = ("sales", "marketing")


class Person(Protocol):
    """What the rules read of a person: a roster row, or a line typed on the start screen."""

    @property
    def name(self) -> str: ...

    @property
    def function(self) -> Function: ...


def lone_holder(roster: Sequence[Person], here: Sequence[Person], function: Function) -> str:
    """The name of the one person who holds `function`, counted on the roster or among the
    people here; "" when nobody does or several do in both counts."""
    for people in (here, roster):
        holders = [p.name for p in people if p.function == function]
        if len(holders) == 1:
            return holders[0]
    return ""


def other_hidden(anonymous: bool, roster: Sequence[Person], here: Sequence[Person]) -> bool:
    """Whether notes of the function "other" go without their mark: the session is
    anonymous and one person alone is "other"."""
    return anonymous and bool(lone_holder(roster, here, "other"))


def lone_side_warnings(roster: Sequence[Person], here: Sequence[Person] | None = None) -> list[str]:
    """What the facilitator is told of an anonymous session whose sales or marketing side is
    one person (one line each), and of a lone "other", whose notes go unmarked."""
    here = roster if here is None else here
    lines = []
    for side in SIDES:
        name = lone_holder(roster, here, side)
        if name:
            lines.append(
                f"Anonymous, but {name} is the only {side} participant: the minutes and the"
                f" wall mark {side} notes, so notes by {name} can be told apart."
            )
    other = lone_holder(roster, here, "other")
    if other:
        lines.append(
            f"{other} is the only participant whose function is “other”, so notes by"
            f" {other} show no function in the minutes or on the wall."
        )
    return lines


def snapshot_warnings(snap: SessionSnapshot) -> list[str]:
    """`lone_side_warnings` for the session of `snap`; none when it shows names."""
    if not snap.session.anonymous:
        return []
    roster: list[Participant] = list(snap.participants)
    return lone_side_warnings(roster, in_the_room(roster, snap.notes))
