"""What the line beside Find (Ctrl+F, find_notes.py) says was found, in plain words: "3 of
12 notes, 1 theme, 2 action items in the Action items panel", or, when this round has none, where
the notes are ("2 in round 3 (Why it's broken)") and where the action items are.

Besides the board, Find searches other places (`Searched`): the Actions panel's items, whose
panel shows only those holding the words while Find is on (ui/sensemaking/action_find.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from roundtable.model import counted
from roundtable.store import Store
from ui.windows.find_words import matches, searched

ENTER_HERE = "Enter: to the first, Esc: close."


class Searched(Protocol):
    """A place other than the board that Find searches and shows found things in."""

    noun: str  # what it holds, one of them ("action item")
    place: str  # where they are shown ("in the Action items panel")

    def show_found(self, words: tuple[str, ...], typed: str) -> int:
        """Show what holds every one of `words` (() shows everything); how many do."""
        ...

    def go_to_first(self) -> None:
        """Put the keyboard on the first thing found, in view."""
        ...

    def bring_forward(self) -> None:
        """Show the place in front, the keyboard left in the Find line: only it has found
        something."""
        ...

    def put_back(self) -> None:
        """Find closed: put back in front what was before `bring_forward`."""
        ...


@dataclass(frozen=True)
class OtherRound:
    """A round other than the one shown with notes found: its id, place and title."""

    id: int
    position: int
    title: str
    found: int


def in_other_rounds(store: Store, here: int | None, words: tuple[str, ...]) -> list[OtherRound]:
    """The other rounds with notes holding the words, or in a theme whose name holds them
    (Enter there shows them all, as here), in agenda order."""
    rounds = []
    for position, r in enumerate(store.rounds(), start=1):
        if r.id == here:
            continue
        themes = {t.id for t in store.themes(r.id) if matches(t.label, words)}
        n = sum(n.theme_id in themes or matches(searched(n), words) for n in store.notes(r.id))
        if n:
            rounds.append(OtherRound(r.id, position, r.title, n))
    return rounds


def elsewhere(found: list[tuple[int, Searched]]) -> list[str]:
    """ "2 action items in the Action items panel", for each other place with something found."""
    return [f"{counted(n, place.noun)} {place.place}" for n, place in found if n]


def found_here(notes: int, total: int, themes: int, others: list[tuple[int, Searched]]) -> str:
    """What a search found with cards on the board: "3 of 12 notes, 1 theme, 2 action items
    in the Action items panel. Enter: to the first, Esc: close." """
    parts = [f"{notes} of {total} notes", *([counted(themes, "theme")] if themes else [])]
    return f"{', '.join(parts + elsewhere(others))}. {ENTER_HERE}"


def none_here(
    lead: str, themes: int, rounds: list[OtherRound], others: list[tuple[int, Searched]]
) -> str:
    """What a search found with no card on the board: a theme here with no notes, where the
    notes are, and the things found in other places; Enter goes to the first round with
    notes found, or else to the first thing found elsewhere."""
    empty = f"{counted(themes, 'theme')} found by name, with no card shown" if themes else ""
    places = ", ".join(f"{r.found} in round {r.position} ({r.title})" for r in rounds)
    said = "; ".join(p for p in (empty, places, *elsewhere(others)) if p)
    if not said:
        return f"{lead}."
    if not rounds and not any(n for n, _ in others):
        return f"{lead}; {said}. Esc: close."
    first = next(place.noun for n, place in others if n) if not rounds else ""
    enter = f"round {rounds[0].position}" if rounds else f"the first {first}"
    return f"{lead}; {said}. Enter: to {enter}."
