"""The comparison chart says its gaps in points ("Sales +43 points", "Shaded: 10+ points"),
not "pts", and still shows them whole in the docked panel of a 1024-pixel window."""

from __future__ import annotations

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
        assert gaps_legend(True) == "Shaded: 10+ points"
        small = QFontMetrics(chart._fonts()[1])
        # Every note and the legend fit the names' column: nothing cut to "Sales +43 po…".
        for text in [*tags, gaps_legend(True)]:
            assert small.horizontalAdvance(text) <= chart.label_width(), (width, text)
