"""The comparison shades the biggest sales-vs-marketing gaps; two themes with the same gap
are shaded alike, whatever their order on the board."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView, QWidget

from tests.ui.test_sensemaking_votes import MARKETING, SALES, type_votes
from ui.sensemaking.comparison import ComparisonChart, gap_tag


def test_two_themes_with_the_same_gap_are_both_shaded(qtbot, window):
    # Sales and marketing gave 9 dots each. "Lead definition" (3 and 2) and "CRM data" (1
    # and 2) both differ by 11 pts; only the one higher on the board was shaded and tagged
    # "Sales +11 pts", the other plain, under a legend saying "Shaded: 10+ pts", and the
    # minutes' Leans column gave both.
    store, rid = window.store, window.shown_round_id()
    dots = {"Compensation": (4, 1), "Lead definition": (3, 2), "Silos": (1, 4), "CRM data": (1, 2)}
    for label in dots:
        ids = [store.add_note(rid, f"{label} {f}", function=f).id for f in ("sales", "marketing")]
        store.add_theme(rid, label, note_ids=ids)
    window.findChild(QWidget, "votesDock").raise_()
    qtbot.waitUntil(lambda: window.findChild(QTableView, "voteTable").isVisible())
    for row, (sales, marketing) in enumerate(dots.values()):
        type_votes(qtbot, window, row, SALES, str(sales))
        type_votes(qtbot, window, row, MARKETING, str(marketing))
    chart = window.findChild(ComparisonChart, "comparisonChart")
    shaded = {b.label: gap_tag(b) for b in chart.bars if b.highlighted}
    assert shaded == {
        "Compensation": "Sales +33 points",
        "Lead definition": "Sales +11 points",
        "Silos": "Marketing +33 points",
        "CRM data": "Marketing +11 points",
    }
