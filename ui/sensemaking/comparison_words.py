"""The comparison chart in words: its legend and gap notes, and the whole chart for a screen
reader (the chart is drawn, so without this it was read as nothing at all)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from roundtable.export.languages import Words
from roundtable.model import Function, counted
from roundtable.sides import EN, Basis, NotesApart, basis_of, gaps_headline, leans_text

if TYPE_CHECKING:
    from ui.sensemaking.comparison_bars import ThemeBars

CHART_NAME = "Sales and marketing compared, theme by theme"
_BOTH_VOTED = basis_of({"sales": 1, "marketing": 1}, {"sales": 1, "marketing": 1})


def gaps_legend(
    shaded: bool,
    basis: Basis = _BOTH_VOTED,
    notes_apart: NotesApart | None = None,
    w: Words = EN,
) -> str:
    """What the shading means, in words a sales director reads at a glance: the themes
    (up to three) with the biggest gap between the two sides' shares, if 10 points or more,
    and in what (dots or notes); the minutes say the same (roundtable.sides)."""
    return gaps_headline(basis, shaded, notes_apart, w=w)


def gap_tag(bars: ThemeBars, basis: Basis | None = None, w: Words = EN) -> str:
    """The shaded row's note, as the minutes' Leans column says it: "Marketing +42 points"
    ("Δ 42 pts: marketing higher" was cut to "Δ 42 pts: marketin…" in a docked panel)."""
    missing = basis.missing_in(w) if basis is not None else bars.missing
    return leans_text(bars.gap, missing, w)


def header_texts(
    basis: Basis, has_votes: bool, other_by_votes: bool, w: Words = EN
) -> tuple[str, str]:
    """The chart's explanation under its title, and its grey legend, in the words `w`
    (the projector's chart speaks the room's language)."""
    # Who gave dots and what is missing, as the minutes say it (roundtable.sides):
    # "Marketing +50 pts" stood beside sales's only dots as if the gap were about them,
    # and "Sales +100 pts" beside no marketing notes at all.
    solid = w("room.chart_solid")
    said = basis.dots_in(w) if basis.dots_from else w("room.chart_no_dots")
    if basis.metric == "votes":
        tail = ""
    elif not basis.comparable:
        tail = w("room.chart_no_gap", said=said, missing=basis.missing_in(w))
    elif has_votes:
        tail = w("room.chart_so_far", said=said)
    else:
        tail = w("room.chart_shares", said=said)
    explain = f"{solid}. {tail}" if has_votes and tail else tail or solid
    legend = w("room.chart_others_dots" if other_by_votes else "room.chart_others")
    return explain, legend


def side_in_words(bars: ThemeBars, function: Function) -> str:
    """ "sales 4 votes (2 notes)" for one side of one theme."""
    votes = counted(bars.vote_counts[function], "vote")
    notes = counted(bars.note_counts[function], "note")
    return f"{function} {votes} ({notes})"


def other_in_words(bars: ThemeBars, w: Words = EN) -> str:
    """ "other: 4 dots, 1 note" under a theme's bars, or "" when other functions gave it
    neither."""
    parts = [
        w.count(n, unit)
        for n, unit in (
            (bars.vote_counts["other"], "room.dots"),
            (bars.note_counts["other"], "notes"),
        )
        if n
    ]
    return w("room.chart_other", counts=", ".join(parts)) if parts else ""


def bars_in_words(bars: list[ThemeBars], with_other: bool, leans: list[str]) -> str:
    """One sentence a theme: its name, each side's votes and notes, and for a shaded row
    which side it leans to (`leans`: the row's tag, "" when it has none)."""
    sides: tuple[Function, ...] = ("sales", "marketing")
    if with_other:
        sides += ("other",)
    lines = []
    for row, lean in zip(bars, leans, strict=True):
        said = f"{row.label}: " + ", ".join(side_in_words(row, f) for f in sides)
        lines.append(f"{said}; {lean}." if lean else f"{said}.")
    return " ".join(lines)


def wrap_lines(fm: QFontMetrics, text: str, width: int, max_lines: int) -> list[str]:
    """Break a label into at most `max_lines` lines at spaces; the last one is elided."""
    lines: list[str] = []
    rest = text
    while rest and len(lines) < max_lines - 1 and fm.horizontalAdvance(rest) > width:
        words, line = rest.split(" "), ""
        while words and fm.horizontalAdvance((line + " " + words[0]).strip()) <= width:
            line = (line + " " + words.pop(0)).strip()
        if not line:  # one word wider than the column
            break
        lines.append(line)
        rest = " ".join(words)
    # What fits by its advance is kept whole: elidedText measures a little wider, and a name
    # that just fitted its line was cut to "Walk in each other's sho…" in the large view.
    fits = fm.horizontalAdvance(rest) <= width
    lines.append(rest if fits else fm.elidedText(rest, Qt.TextElideMode.ElideRight, width))
    return lines
