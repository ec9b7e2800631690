"""Other functions on the comparison chart: counted in words under a theme's bars, not a
share drawn as a bar. One "other" note drew a grey "other 100%" bar, the longest thing in
its row and twice as long as any sales or marketing bar, though the chart compares sales
with marketing; and its legend spoke of "Solid", "light" and "across the line"."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPainter

import ui.sensemaking.comparison as comparison
from tests.ui.test_sensemaking_votes import MARKETING, OTHER, SALES, panel_of, type_votes
from ui.sensemaking.comparison import (
    MARKETING_COLOUR,
    OTHER_COLOUR,
    SALES_COLOUR,
    ComparisonChart,
)


def painted(chart, monkeypatch) -> tuple[list[str], list[tuple[QColor, float]]]:
    """The words the chart paints, and each filled box's colour and width."""
    texts: list[str] = []
    boxes: list[tuple[QColor, float]] = []

    class Recording(QPainter):
        def drawText(self, *args):  # noqa: N802 (Qt name)
            texts.extend(a for a in args if isinstance(a, str))
            return super().drawText(*args)

        def fillRect(self, rect, fill, *rest):  # noqa: N802 (Qt name)
            if isinstance(fill, QColor):
                boxes.append((QColor(fill), rect.width()))
            return super().fillRect(rect, fill, *rest)

    monkeypatch.setattr(comparison, "QPainter", Recording)
    chart.grab()
    return texts, boxes


def chart_of(qtbot, window, name: str) -> ComparisonChart:
    """A chart on its own of the window's Votes panel rows, 900x500."""
    chart = ComparisonChart(name)
    qtbot.addWidget(chart)
    chart.show_rows(panel_of(window).model.rows)
    chart.resize(900, 500)
    return chart


def test_one_other_note_is_counted_not_drawn_as_the_longest_bar(qtbot, themed, monkeypatch):
    store, rid = themed.store, themed.shown_round_id()
    bonus = store.themes(rid)[1].id
    store.assign_notes([store.add_note(rid, "Finance view", function="other").id], bonus)
    for row, (s, m) in enumerate(((2, 1), (2, 1), (0, 2))):  # each side's top share: 50%
        type_votes(qtbot, themed, row, SALES, str(s))
        type_votes(qtbot, themed, row, MARKETING, str(m))
    chart = chart_of(qtbot, themed, "otherChart")
    texts, boxes = painted(chart, monkeypatch)

    assert "other: 1 note" in texts
    assert not [t for t in texts if t.startswith("other") and "%" in t], texts
    assert "Grey: notes from other functions, counted but not compared" in texts
    assert "Upper bar: % of that side's dots on this theme · lower bar: % of its notes" in texts
    assert OTHER_COLOUR.rgb() not in {colour.rgb() for colour, _w in boxes}  # no grey bar
    # The bars are scaled to sales and marketing: the longest (a side's 67% of notes) spans
    # the room its side has, as if no other note were there.
    sides = {SALES_COLOUR.rgb(), MARKETING_COLOUR.rgb()}
    longest = max(w for colour, w in boxes if colour.rgb() in sides)
    half = (chart.width() - 24 - chart.label_width() - 8) / 2
    assert longest >= half - chart._number_width() - 10, (longest, half)


def test_other_dots_are_counted_with_their_notes(qtbot, themed, monkeypatch):
    store, rid = themed.store, themed.shown_round_id()
    bonus = store.themes(rid)[1].id
    store.assign_notes(
        [store.add_note(rid, f"Finance {i}", function="other").id for i in (1, 2)], bonus
    )
    type_votes(qtbot, themed, 1, OTHER, "4")
    type_votes(qtbot, themed, 0, SALES, "3")
    texts, _boxes = painted(chart_of(qtbot, themed, "otherDotsChart"), monkeypatch)
    assert "other: 4 dots, 2 notes" in texts
    assert "Grey: dots and notes from other functions, counted but not compared" in texts
    assert [t for t in texts if t.startswith("other:")] == ["other: 4 dots, 2 notes"]
