"""The numbers behind the sales-vs-marketing comparison chart: per theme, the share of each
function's notes and dots, the gap between sales and marketing, and which gaps are shaded."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from roundtable.anonymity import lone_holder
from roundtable.model import FUNCTIONS, Function, Participant
from roundtable.sides import SIDES, Basis, NotesApart, basis_of, most_apart, shaded_rows
from ui.sensemaking.vote_model import ThemeRow


@dataclass(frozen=True)
class ThemeBars:
    """One theme's bars: percentage of each function's notes and dots in the round
    (sales, marketing and other; the gap is between sales and marketing only)."""

    label: str
    notes: dict[Function, float]
    votes: dict[Function, float]
    note_counts: dict[Function, int]
    vote_counts: dict[Function, int]
    gap: float  # sales minus marketing, in points (dots when both voted, else notes)
    highlighted: bool = False
    gap_in_notes: bool = False  # the gap compares notes: sales or marketing gave no dots
    missing: str = ""  # "no marketing notes": a side has nothing to compare, so no gap

    @property
    def leaning(self) -> str:
        return "sales" if self.gap > 0 else "marketing"


def _share(part: int, whole: int) -> float:
    return 100.0 * part / whole if whole else 0.0


def round_basis(rows: list[ThemeRow]) -> Basis:
    """What the comparison rests on, by the rule the minutes follow (roundtable.sides)."""
    note_total = {f: sum(r.notes[f] for r in rows) for f in FUNCTIONS}
    return basis_of(note_total, {f: sum(r.votes[f] for r in rows) for f in FUNCTIONS})


def notes_withheld(rows: list[ThemeRow], roster: Sequence[Participant], anonymous: bool) -> bool:
    """Whether the room's chart leaves the round's notes uncounted by function, as the
    minutes do (roundtable.export.comparison.notes_withheld): an anonymous session where
    one person on the roster holds a function some of the themes' notes have, in a round
    compared by its notes. The count under that function says whose the notes are."""
    if not anonymous or round_basis(rows).metric != "notes":
        return False
    return any(lone_holder(roster, f) and any(r.notes[f] for r in rows) for f in FUNCTIONS)


def comparison_bars(rows: list[ThemeRow]) -> list[ThemeBars]:
    """The bars of a round's themes, with the biggest sales/marketing gaps highlighted; no
    gap when one side has nothing to compare ("Sales +100 pts" stood against nothing)."""
    note_total = {f: sum(r.notes[f] for r in rows) for f in FUNCTIONS}
    vote_total = {f: sum(r.votes[f] for r in rows) for f in FUNCTIONS}
    basis = round_basis(rows)
    by_votes = basis.metric == "votes"
    bars = []
    for r in rows:
        notes = {f: _share(r.notes[f], note_total[f]) for f in FUNCTIONS}
        votes = {f: _share(r.votes[f], vote_total[f]) for f in FUNCTIONS}
        shares = votes if by_votes else notes
        bars.append(
            ThemeBars(
                r.theme.label,
                notes,
                votes,
                {f: r.notes[f] for f in FUNCTIONS},
                {f: r.votes[f] for f in FUNCTIONS},
                shares["sales"] - shares["marketing"] if basis.comparable else 0.0,
                gap_in_notes=not by_votes,
                missing=basis.missing_text,
            )
        )
    # The biggest gaps, by the rule the minutes' table follows (roundtable.sides).
    top = shaded_rows([b.gap for b in bars])
    return [
        ThemeBars(**{**b.__dict__, "highlighted": i in top}) if i in top else b
        for i, b in enumerate(bars)
    ]


def notes_apart(bars: list[ThemeBars], basis: Basis) -> NotesApart | None:
    """When dots are compared, the theme whose note bars are furthest apart (10 points or
    more), for the headline; None when notes are compared or a side wrote none."""
    if basis.metric != "votes" or not all(sum(b.note_counts[f] for b in bars) for f in SIDES):
        return None
    return most_apart([(b.label, b.notes["sales"], b.notes["marketing"]) for b in bars])
