"""The comparison opened large for the projector (Ctrl+Shift+C) says which round it is.

It read "Sales vs marketing, theme by theme" and nothing more: after two rounds of themes,
the room could not tell whether it saw "What works" or "Why it's broken" (walkthrough
finding). The docked chart beside the board keeps its short heading."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from tests.ui.test_comparison_window_keys import open_large
from ui.sensemaking.comparison import ComparisonChart


def heading(chart: ComparisonChart) -> str:
    return " ".join(chart._header_lines()[0])


def test_the_large_chart_names_the_round_it_shows(qtbot, themed):
    window = themed
    first, second = window.store.rounds()[:2]
    big = open_large(qtbot, window)
    large = big.findChild(ComparisonChart, "comparisonChartLarge")
    assert heading(large) == f"Round 1 · {first.title}: sales vs marketing, theme by theme"
    docked = window.findChild(QWidget, "votesPanel").chart
    assert heading(docked) == "Sales vs marketing, theme by theme"
    window.show_round(second.id)
    assert heading(large).startswith(f"Round 2 · {second.title}: ")
    big.hide()
