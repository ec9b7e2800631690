"""The comparison chart in words, for a screen reader: the chart is drawn, so without this
it was read as nothing at all."""

from __future__ import annotations

from typing import TYPE_CHECKING

from roundtable.model import Function, counted

if TYPE_CHECKING:
    from ui.sensemaking.comparison import ThemeBars

CHART_NAME = "Sales and marketing compared, theme by theme"


def side_in_words(bars: ThemeBars, function: Function) -> str:
    """ "sales 4 votes (2 notes)" for one side of one theme."""
    votes = counted(bars.vote_counts[function], "vote")
    notes = counted(bars.note_counts[function], "note")
    return f"{function} {votes} ({notes})"


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
