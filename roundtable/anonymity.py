"""Who an anonymous session's function marks could still point at.

The wall marks each note with its writer's function (sales, marketing or other), because
the split is what the room came for, and the CSV export keeps it for whoever works on the
data. In an anonymous session a function held by one person gives that person away: every
"marketing" note is theirs. The Word and Markdown minutes of an anonymous session mark no
note (they show the split only as counts per theme); for the wall and the CSV the
facilitator is told, by name, where the roster is set and when the minutes are written
(`lone_side_warnings`).

One person means one on the roster: someone ticked as not here still counts, so the rule
is the one the facilitator sees in the roster.

`recorded_writers` counts the notes whose writer the file records, by where the name would
show again if the session showed names: on the board, on the phone tray, among the deleted.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from roundtable.model import FUNCTIONS, Function, Note
from roundtable.snapshot import SessionSnapshot


class Person(Protocol):
    """What the rule reads of a person: a roster row, or a line typed on the start screen."""

    @property
    def name(self) -> str: ...

    @property
    def function(self) -> Function: ...


def lone_holder(roster: Sequence[Person], function: Function) -> str:
    """The name of the one person on the roster with `function`; "" when none or several."""
    holders = [p.name for p in roster if p.function == function]
    return holders[0] if len(holders) == 1 else ""


def has_lone_side(roster: Sequence[Person]) -> bool:
    """Whether one person on the roster holds some function (sales, marketing or other)."""
    return any(lone_holder(roster, f) for f in FUNCTIONS)


def dots_withheld(roster: Sequence[Person], *, anonymous: bool, dots: bool) -> bool:
    """Whether the minutes and the room's chart show a round's dots as each theme's total
    only, not counted by function: in an anonymous session, a round with dots where one
    person on the roster holds a function (sales, marketing or other), whose count would
    say how they voted. Every dot stays in the totals. Phone dots are private; dots typed
    in from the wall were placed in the room, but the minutes go to people who were not
    there, and the session promised anonymity, so the rule is the same for both."""
    return anonymous and dots and has_lone_side(roster)


def lone_side_warnings(
    roster: Sequence[Person], *, marked: Collection[str] | None = None
) -> list[str]:
    """One line for each function (sales, marketing, other) held by one person on the
    roster of an anonymous session, naming that person. With `marked` (the functions the
    session's notes have), only for those: no "other" note gives nobody away, and an export
    warned of Ola, away that day and marked other, with not one note of hers to point at."""
    lines = []
    for function in FUNCTIONS:
        name = lone_holder(roster, function)
        if not name or (marked is not None and function not in marked):
            continue
        # "the only other participant" would read as "the one remaining participant".
        who = "participant marked other" if function == "other" else f"{function} participant"
        # Said once, the name: a name of 60 characters filled two of the three lines; and
        # "the wall mark other notes" read as "some other notes".
        lines.append(
            f"Anonymous, but {name} is the only {who}: every note marked “{function}” on the"
            " wall and in a CSV export is theirs."
        )
    return lines


# "@" starting a word, then a letter: "@Zed", not "ben@acme.com" nor "@ 5 pm".
_TYPED_NAME = re.compile(r"(?:^|(?<=\s))@[^\W\d_]")
SHOWN_NOTES = 3


def quoted(text: str, longest: int | None = None) -> str:
    """`text` in quotes; longer than `longest` characters, its words up to that many and
    "…" (a box names a note by its start: three notes of two lines each, quoted whole, put
    the buttons of the app's box under the foot of a 1366x768 screen at 125%)."""
    if longest is not None and len(text) > longest:
        start = text[: longest + 1]
        start = start.rsplit(" ", 1)[0] if " " in start.strip() else text[:longest]
        text = start.rstrip(" ,;:.") + "…"
    return f"“{text}”"


def typed_name_warnings(texts: Iterable[str], longest: int | None = None) -> list[str]:
    """A line naming the notes that still have a name typed after "@" in their words: the
    note line keeps a name that is nobody's on the roster ("@Zed Leads go cold"), so a copy
    without writers would still say who wrote it. None when no note has one. Each note is
    quoted whole, or its first `longest` characters (`quoted`)."""
    found = [t for t in texts if _TYPED_NAME.search(t)]
    if not found:
        return []
    shown = ", ".join(quoted(t, longest) for t in found[:SHOWN_NOTES])
    more = f" and {len(found) - SHOWN_NOTES} more" if len(found) > SHOWN_NOTES else ""
    notes = "1 note still has" if len(found) == 1 else f"{len(found)} notes still have"
    its = "its" if len(found) == 1 else "their"
    return [
        f"{notes} a name typed after “@” in {its} words, and the copy keeps {its} words:"
        f" {shown}{more}. A name typed to say who said it that is not on the roster stays"
        f" in the note: correct {'it' if len(found) == 1 else 'those notes'} (F2 on the card)"
        " and save the copy again."
    ]


def owned_note_warnings(
    actions: Iterable[tuple[str, str]], texts: Iterable[str], longest: int | None = None
) -> list[str]:
    """A line naming the action items (text, owner) that have a note's words and an owner:
    Ctrl+Alt+N makes an item of a note with its writer as owner, and the item, kept with
    its owner in a copy without writers, says whose the note is. None when there are none.
    Each item is quoted whole, or its first `longest` characters (`quoted`)."""
    words = {" ".join(t.split()).casefold() for t in texts}
    found = [(t, o) for t, o in actions if o.strip() and " ".join(t.split()).casefold() in words]
    if not found:
        return []
    shown = ", ".join(f"{quoted(t, longest)} ({o})" for t, o in found[:SHOWN_NOTES])
    more = f" and {len(found) - SHOWN_NOTES} more" if len(found) > SHOWN_NOTES else ""
    one = len(found) == 1
    whose = "item's" if one else "items'"
    return [
        f"{'1 action item has' if one else f'{len(found)} action items have'} the words of a"
        f" note and an owner: {shown}{more}. The copy keeps owners, so it says whose"
        f" {'that note' if one else 'those notes'} may be; change the"
        f" {whose} words, or take the owner off, if the"
        f" {'note' if one else 'notes'} should stay anonymous."
    ]


def snapshot_warnings(snap: SessionSnapshot) -> list[str]:
    """`lone_side_warnings` for the session of `snap`; none when it shows names."""
    if not snap.session.anonymous:
        return []
    return lone_side_warnings(snap.participants, marked={n.function for n in snap.notes})


@dataclass(frozen=True)
class RecordedWriters:
    """How many notes have a writer recorded, by where the name would show with names on:
    on the board (the wall, the cards, the minutes), waiting on the phone tray (the tray,
    then the board once let in), deleted (Edit > Deleted notes, the board if restored)."""

    on_board: int
    held: int
    deleted: int

    @property
    def total(self) -> int:
        return self.on_board + self.held + self.deleted


def recorded_writers(notes: Iterable[Note]) -> RecordedWriters:
    """Count the writers of `notes`; give it every note (`store.notes(include_held=True,
    include_deleted=True)`): a held or deleted note keeps its writer in the file too."""
    named = [n for n in notes if n.participant_id is not None]
    deleted = sum(n.deleted for n in named)
    held = sum(n.held and not n.deleted for n in named)
    return RecordedWriters(len(named) - deleted - held, held, deleted)
