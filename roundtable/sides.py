"""The rule for comparing sales and marketing on a round, shared by the app's comparison
panel (ui/sensemaking/comparison.py) and the minutes (roundtable/export/comparison.py).

A gap is one side's share of its dots (or notes) on a theme minus the other side's, so it
needs both sides: dots when sales and marketing both gave some, else notes. When one side
wrote no notes on the round's themes either, there is nothing to compare it with: "Sales
+100 pts" stood against nothing. Then no gap is shown, and the reason is said instead ("No
marketing notes"). What the dots were is said by who gave them ("Only other functions gave
dots"; it read "Only one function gave dots" when that was "other"). The words are the
English catalogue's unless the minutes pass their own language's (roundtable/export/languages).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from roundtable.export.languages import Words, words
from roundtable.model import FUNCTIONS, Function, whole_points

Metric = Literal["votes", "notes"]
HIGHLIGHT_GAP = 10  # points before a difference is worth pointing at
HIGHLIGHTED = 3  # the most themes shaded (more when tied with the last)
SIDES: tuple[Function, Function] = ("sales", "marketing")
EN = words("en")  # the app's own words; the minutes pass the words of their language


@dataclass(frozen=True)
class Basis:
    """What a round's sales-vs-marketing comparison rests on."""

    metric: Metric  # "votes" when both sales and marketing gave dots, else "notes"
    dots_from: tuple[Function, ...]  # the functions that gave dots in the round
    missing: tuple[Function, ...]  # sides with nothing of the metric: no gap can be taken

    @property
    def comparable(self) -> bool:
        return not self.missing

    @property
    def missing_text(self) -> str:
        """ "no marketing notes", "no sales or marketing notes", or "" when both have some."""
        return self.missing_in(EN)

    def missing_in(self, w: Words) -> str:
        """`missing_text` in the words `w` of a language."""
        if not self.missing:
            return ""
        sides = w.joined((w.function(f) for f in self.missing), "or")
        return w("missing_dots" if self.metric == "votes" else "missing_notes", sides=sides)

    @property
    def dots_text(self) -> str:
        """Who gave dots, when the comparison is of notes: "No votes were taken", "Only
        sales gave dots", "Only sales and other functions gave dots"; "" for dots."""
        return self.dots_in(EN)

    def dots_in(self, w: Words) -> str:
        """`dots_text` in the words `w` of a language."""
        if self.metric == "votes":
            return ""
        if not self.dots_from:
            return w("no_votes_taken")
        names = w.joined(w.function(f) for f in self.dots_from)
        key = "only_others_gave_dots" if "other" in self.dots_from else "only_gave_dots"
        return w(key, names=names)

    def leans(self, gap: float, w: Words = EN) -> str:
        """A theme's gap as the minutes' Leans column says it (see `leans_text`)."""
        return leans_text(gap, self.missing_in(w), w)


def leans_text(gap: float, missing: str = "", w: Words = EN) -> str:
    """A gap (sales minus marketing, in points) as said in the minutes' Leans column and
    under a shaded row of the app's chart: "Sales +15 points", "Marketing +4 points", "Even", or,
    when a side has nothing to compare, what is missing ("No marketing notes")."""
    if missing:
        return missing[:1].upper() + missing[1:]
    if abs(gap) < 0.5:
        return w("even")
    points = w.count(whole_points(gap), "points")
    return w("leans_sales" if gap > 0 else "leans_marketing", points=points)


def basis_of(notes: Mapping[Function, int], votes: Mapping[Function, int]) -> Basis:
    """The basis of a round's comparison from the notes and dots each function gave on its
    themes in all (notes in no theme do not count)."""
    metric: Metric = "votes" if all(votes.get(f, 0) for f in SIDES) else "notes"
    counted = votes if metric == "votes" else notes
    return Basis(
        metric,
        tuple(f for f in FUNCTIONS if votes.get(f, 0)),
        tuple(f for f in SIDES if not counted.get(f, 0)),
    )


def shaded_rows(gaps: Sequence[float]) -> set[int]:
    """The rows (indexes into `gaps`) whose gap is shaded: the biggest three, as the rows
    say them in whole points, if 10 points or more; a gap as big as the last one shaded is
    shaded too (two rows of "11 points" had one shaded and one not, by their order)."""
    ranked = sorted((whole_points(g) for g in gaps), reverse=True)
    # In whole points, as the rows and the Leans column say them: a gap of 9.5 read "Sales
    # +10 points" in the minutes and 43% against 33% on the bars, unshaded, under "within
    # 10 points on every theme".
    cut = max(ranked[HIGHLIGHTED - 1] if len(ranked) >= HIGHLIGHTED else 0, HIGHLIGHT_GAP)
    return {i for i, g in enumerate(gaps) if whole_points(g) >= cut}


@dataclass(frozen=True)
class NotesApart:
    """The themes whose notes are furthest apart, and the shares of the first: the share of
    all sales notes in the round it got, and of all marketing notes, in percent."""

    names: tuple[str, ...]
    sales: float
    marketing: float

    @property
    def gap(self) -> float:
        return self.sales - self.marketing


def most_apart(shares: Sequence[tuple[str, float, float]]) -> NotesApart | None:
    """Of the themes (name, sales share, marketing share), those whose gap is widest in
    whole points, if 10 points or more; else None. Ties are all named: two themes 25 points
    apart read as if only the first one were."""
    gaps = [(name, s - m) for name, s, m in shares]
    widest = max((whole_points(g) for _, g in gaps), default=0)
    if widest < HIGHLIGHT_GAP:
        return None
    named = [row for row, (_, g) in zip(shares, gaps, strict=True) if whole_points(g) == widest]
    return NotesApart(tuple(name for name, _, _ in named), named[0][1], named[0][2])


def gaps_headline(
    basis: Basis,
    shaded: bool,
    notes_apart: NotesApart | None,
    *,
    marked: str = "",
    w: Words = EN,
) -> str:
    """The comparison's headline, over the app's chart and the minutes' table alike: what
    the shading means, or that nothing is shaded, naming what is compared. Under "Sales
    and marketing within 10 points on every theme" the app's note bars read 25% and 50%:
    the line spoke of dots only and did not say so. `notes_apart`: when dots are compared,
    the themes whose notes are furthest apart (see `most_apart`), or None. `marked`: how the
    rows of the biggest gaps are set apart where they are shown ("In bold" in Markdown,
    which has no shading; "Shaded" when not given). `w`: the words of the language."""
    if not basis.comparable:
        return w("no_gap")
    if shaded:
        # Non-breaking spaces keep the threshold whole on a wrapped second line: the docked
        # chart read "…differ most (10 points" over "or more)".
        threshold = w("threshold", n=HIGHLIGHT_GAP).replace(" ", "\u00a0")
        key = "gaps_dots" if basis.metric == "votes" else "gaps_notes"
        return w(key, marked=marked or w("shaded"), threshold=threshold)
    said = w("within", n=HIGHLIGHT_GAP)
    if basis.metric == "notes":
        return w("within_notes", said=said)
    if notes_apart is None:
        return w("within_both", said=said)
    # The notes' gap is said by its shares of notes, not as "Marketing +26 points": over a
    # table whose Leans column read "Marketing +3 points" for the same theme (in dots), the
    # two read as one number contradicting the other.
    names = notes_apart.names
    if len(names) == 1:
        sales, marketing = whole_points(notes_apart.sales), whole_points(notes_apart.marketing)
        where = w("apart_one", theme=w.quoted(names[0]), sales=sales, marketing=marketing)
    else:
        quoted = w.joined(w.quoted(name) for name in names)
        themes = quoted if len(names) == 2 else w("n_themes", n=len(names))
        points = w.count(whole_points(notes_apart.gap), "points")
        where = w("apart_each", themes=themes, points=points)
    return w("within_apart", said=said, where=where)
