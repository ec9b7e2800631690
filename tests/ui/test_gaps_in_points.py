"""The comparison chart says its gaps in points ("Sales +43 points"), not "pts", and still
shows them whole in the docked panel of a 1024-pixel window; its legend says in plain words
what the shading means ("Shaded: 10+ points" said neither what was compared nor why)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QWidget

from tests.ui.test_sensemaking_votes import MARKETING, SALES, type_votes
from ui.sensemaking.comparison import ComparisonChart, gap_tag, gaps_legend


def test_the_chart_says_points_and_shows_them_whole_at_1024(qtbot, themed):
    type_votes(qtbot, themed, 0, SALES, "4")
    type_votes(qtbot, themed, 0, MARKETING, "1")
    type_votes(qtbot, themed, 1, SALES, "1")
    type_votes(qtbot, themed, 1, MARKETING, "4")
    for width in (1366, 1024):
        themed.resize(width, 768)
        themed.findChild(QWidget, "votesDock").raise_()
        qtbot.wait(50)
        chart = themed.findChild(ComparisonChart, "comparisonChart")
        tags = [gap_tag(b) for b in chart.bars if b.highlighted]
        assert tags and all(t.endswith(" points") for t in tags), tags
        said = chart.accessibleDescription()
        assert "pts" not in said and all(t in said for t in tags)
        small = QFontMetrics(chart._fonts()[1])
        # Every note fits the names' column: nothing cut to "Sales +43 po…".
        for text in tags:
            assert small.horizontalAdvance(text) <= chart.label_width(), (width, text)


def drawn_texts(chart, monkeypatch) -> list[str]:
    """The words the chart paints, as a user sees them (elided text included)."""
    from PySide6.QtGui import QPainter

    import ui.sensemaking.comparison as comparison

    seen: list[str] = []

    class Recording(QPainter):
        def drawText(self, *args):  # noqa: N802 (Qt name)
            seen.extend(a for a in args if isinstance(a, str))
            return super().drawText(*args)

    monkeypatch.setattr(comparison, "QPainter", Recording)
    chart.grab()
    return seen


def legend_drawn(chart, monkeypatch) -> str:
    """The shading's legend as the chart paints it, its lines joined."""
    drawn = drawn_texts(chart, monkeypatch)
    lines = [t for t in drawn if t.startswith("Shaded:")]
    assert lines, drawn
    start = drawn.index(lines[0])
    end = next(i for i, t in enumerate(drawn) if t == "◀ Sales")
    return " ".join(drawn[start:end])


def test_a_chart_says_what_its_shading_means_whole(qtbot, themed, monkeypatch):
    # In a 1024-pixel window the chart puts names above the bars, and "Shaded: 10+ pts"
    # beside "◀ Sales" had no room left: it was not drawn at all. Wider, it said
    # "Shaded: 10+ points": shaded for what, a room of sales and marketing people had to ask.
    type_votes(qtbot, themed, 0, SALES, "4")
    type_votes(qtbot, themed, 1, MARKETING, "4")
    for width, stacked in ((1024, True), (1600, False)):
        themed.resize(width, 768)
        dock = themed.findChild(QWidget, "votesDock")
        dock.raise_()
        if not stacked:
            themed.resizeDocks([dock], [600], Qt.Orientation.Horizontal)
        chart = themed.findChild(ComparisonChart, "comparisonChart")
        # The docks settle over a few layout passes: a fixed 50 ms was too short under load.
        qtbot.waitUntil(lambda c=chart, s=stacked: c._stacked() == s, timeout=3000)
        legend = legend_drawn(chart, monkeypatch)
        plain = legend.replace("\u00a0", " ")
        assert plain == "Shaded: where sales and marketing differ most in dots (10 points or more)"
        assert legend == gaps_legend(True)  # whole, on one or two lines of its own
        drawn = drawn_texts(chart, monkeypatch)
        assert "Sales +100 points" in drawn and "Marketing +100 points" in drawn
