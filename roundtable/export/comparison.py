"""The sales-and-marketing comparison of a round, as its table, its chart and its words.

It compares shares, as the app's own comparison panel does (ui/sensemaking/comparison.py):
each function's dots (or notes) on a theme as a share of all that function's dots in the
round, so a room of ten sales people and three marketers still compares fairly. The table's
Leans column and the chart both come from these shares; the chart drew raw counts while
the column spoke of shares, and the two contradicted each other. Whether there is a gap at
all, which gaps are shaded, and how it is said, is the rule of `roundtable.sides`, which
the app follows too: the minutes' headline and shaded rows are the app's. A comparison
carries the words of the minutes' language (`compare(rnd, words)`); the app's are English.
"""

from __future__ import annotations

from dataclasses import dataclass

from roundtable.export.content import RoundBlock, ThemeBlock
from roundtable.export.direction import in_ltr_line
from roundtable.export.languages import Words, words
from roundtable.model import FUNCTIONS, Function
from roundtable.sides import (
    SIDES,
    Basis,
    Metric,
    NotesApart,
    basis_of,
    gaps_headline,
    most_apart,
    shaded_rows,
)

EN = words("en")


@dataclass(frozen=True)
class ComparedTheme:
    theme: ThemeBlock
    counts: dict[Function, int]  # dots (or notes) from each function
    sales_share: float  # percent of all sales dots (or notes) in the round
    marketing_share: float
    basis: Basis
    shaded: bool = False  # among the biggest gaps, as the app's chart shades them
    words: Words = EN  # the language of the minutes

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def gap(self) -> float:
        return self.sales_share - self.marketing_share

    @property
    def leans(self) -> str:
        """ "Sales +15 points", "Marketing +4 points", "Even", or "No marketing notes";
        "No votes" for a theme nobody gave a dot (it was "Even", as if weighed alike)."""
        if not self.total:
            return self.words("no_votes" if self.basis.metric == "votes" else "no_notes")
        return self.basis.leans(self.gap, self.words)


@dataclass(frozen=True)
class Comparison:
    basis: Basis
    rows: tuple[ComparedTheme, ...]  # in the round's order (most votes first)
    other_only: tuple[ThemeBlock, ...]  # only other functions voted (or wrote): not compared
    # When dots are compared: the themes whose notes are furthest apart (10 points or more).
    notes_apart: NotesApart | None = None
    words: Words = EN  # the language of the minutes

    @property
    def metric(self) -> Metric:
        return self.basis.metric

    @property
    def headline(self) -> str:
        """What the shading means, or that no theme is 10 points apart, in what; the line
        over the app's chart says the same."""
        return self.headline_marked("")

    def headline_marked(self, marked: str) -> str:
        """The headline where the biggest gaps' rows are set apart otherwise than by shading
        ("In bold: where sales and marketing differ most…")."""
        shaded = any(r.shaded for r in self.rows)
        return gaps_headline(self.basis, shaded, self.notes_apart, marked=marked, w=self.words)


def basis_of_round(rnd: RoundBlock) -> Basis:
    """Dots when both sales and marketing gave some in the round, as the app decides;
    otherwise notes (a share of no dots at all compares nothing)."""
    notes = {f: sum(t.notes_by(f) for t in rnd.themes) for f in FUNCTIONS}
    return basis_of(notes, {f: sum(t.votes[f] for t in rnd.themes) for f in FUNCTIONS})


def compare(rnd: RoundBlock, w: Words = EN) -> Comparison:
    """The round's comparison, said in the words `w`; themes only other functions voted for
    (or wrote on) are left out of it, since their 0 against 0 said nothing."""
    basis = basis_of_round(rnd)
    metric = basis.metric

    def counts(t: ThemeBlock) -> dict[Function, int]:
        if metric == "votes":
            return dict(t.votes)
        return {f: t.notes_by(f) for f in FUNCTIONS}

    per_theme = [(t, counts(t)) for t in rnd.themes]
    totals = {f: sum(c[f] for _, c in per_theme) for f in FUNCTIONS}

    def share(part: int, f: Function) -> float:
        return 100.0 * part / totals[f] if totals[f] else 0.0

    rows, other_only = [], []
    for t, c in per_theme:
        if not c["sales"] and not c["marketing"] and c["other"]:
            other_only.append(t)
            continue
        sales, marketing = share(c["sales"], "sales"), share(c["marketing"], "marketing")
        rows.append(ComparedTheme(t, c, sales, marketing, basis, words=w))
    if basis.comparable:
        top = shaded_rows([r.gap for r in rows])
        rows = [ComparedTheme(**{**r.__dict__, "shaded": i in top}) for i, r in enumerate(rows)]
    return Comparison(basis, tuple(rows), tuple(other_only), _notes_apart(rnd, metric), w)


def notes_withheld(rnd: RoundBlock) -> bool:
    """Whether the round would be compared by its notes in an anonymous session where one
    person on the roster holds a function some of them have: the table gave that person's
    notes away ("Not compared (only other functions gave it notes): “Referee”", the one
    note of a theme counted under Other). The minutes say why there is no comparison
    (`not_compared_anonymous`) instead. Dots are compared as always: they are not notes."""
    return bool(rnd.lone_sides) and basis_of_round(rnd).metric == "notes"


def withheld_words(rnd: RoundBlock) -> str:
    """The key of the line the minutes give instead of the round's comparison, or "" when
    it is compared: its dots by function would say how a side of one person voted (given
    from phones, `not_compared_anonymous_votes`; typed in from the wall,
    `not_compared_anonymous_dots`), or its notes whose they are (`notes_withheld`)."""
    if rnd.votes_withheld:
        return "not_compared_anonymous_votes" if rnd.phone_voted else "not_compared_anonymous_dots"
    return "not_compared_anonymous" if notes_withheld(rnd) else ""


def _notes_apart(rnd: RoundBlock, metric: Metric) -> NotesApart | None:
    """When dots are compared, the themes whose shares of the notes are furthest apart, as
    the app's lighter bars show them; None when notes are compared or a side wrote none."""
    totals = {f: sum(t.notes_by(f) for t in rnd.themes) for f in SIDES}
    if metric != "votes" or not all(totals.values()):
        return None
    return most_apart(
        [
            (
                in_ltr_line(t.label),
                100.0 * t.notes_by("sales") / totals["sales"],
                100.0 * t.notes_by("marketing") / totals["marketing"],
            )
            for t in rnd.themes
        ]
    )


def compared_heading(rnd: RoundBlock, metric: Metric, w: Words = EN) -> str:
    """The comparison's heading: it names its round (at the top of a page it read as the
    next round's) and says when notes, not votes, are compared."""
    key = "compared" if metric == "votes" else "compared_by_notes"
    return w(key, n=rnd.position, title=in_ltr_line(rnd.title))


def compared_caption(comparison: Comparison, rnd: RoundBlock) -> str:
    """What the comparison's table and chart show, under its heading: who gave dots when
    notes are compared (it said "Only one function gave dots" of other functions' dots),
    and what is missing when no gap can be taken (it showed "Sales +100 pts" against no
    marketing notes at all)."""
    basis, w = comparison.basis, comparison.words
    if basis.metric == "votes":
        what = w("caption_votes")
    else:
        what = w("caption_notes", dots=basis.dots_in(w))
    if not basis.comparable:
        return w("caption_nothing", what=what, missing=basis.missing_in(w))
    key = "caption_shares_votes" if basis.metric == "votes" else "caption_shares_notes"
    return w(key, what=what)


def other_only_note(comparison: Comparison) -> str:
    """The line under the table naming the themes left out, or ""."""
    if not comparison.other_only:
        return ""
    w = comparison.words
    names = ", ".join(w.quoted(in_ltr_line(t.label)) for t in comparison.other_only)
    key = "not_compared_votes" if comparison.metric == "votes" else "not_compared_notes"
    return w(key, names=names)
