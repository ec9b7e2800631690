"""The comparison chart the room reads (Ctrl+Shift+C, on the projector) follows the minutes
in an anonymous session where one person holds a function: a round compared by its notes
is not compared there (roundtable.export.comparison.notes_withheld), but the chart still
counted the RevOps lead's one note as "other 1" under its theme, and everyone in the room
knew whose it was. It says why instead; the facilitator's own panel keeps the counts. With
two people a side it draws the bars as before; a round with dots and a lone function is
withheld by its dots (test_projected_chart_lone_side.py), with the dots' reason."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.core.test_anonymous_minutes_sides import session
from tests.ui.conftest import shown_window

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
WITHHELD = (
    "Notes by function are not shown for this round. There are no votes from both sales and"
    " marketing, and one function here is a single person: counting the notes by function"
    " would say whose some of them are."
)
DOTS_WITHHELD = (
    "Votes by function are not shown for this round. One function here is a single person,"
    " so its count would say how they voted."
)


@pytest.mark.parametrize(
    ("lone_other", "votes", "withheld"),
    [(True, False, WITHHELD), (False, False, ""), (True, True, DOTS_WITHHELD)],
)
def test_the_rooms_chart_counts_no_notes_of_a_side_of_one(
    qtbot, tmp_path, fake_clock, lone_other, votes, withheld
):
    path = session(
        tmp_path / "q4.roundtable", fake_clock, anonymous=True, lone_other=lone_other, votes=votes
    )
    window = shown_window(qtbot, path, fake_clock)
    try:
        window.findChild(QWidget, "votesDock").raise_()
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        qtbot.keyClick(window.entry, Qt.Key.Key_C, CTRL_SHIFT)
        shown = window.findChild(QWidget, "comparisonWindow")
        assert shown is not None and shown.isVisible()
        big = shown.chart
        panel = window.findChild(QWidget, "comparisonChart")
        themes = ["Pipeline", "Referee", "Content"]
        assert sorted(b.label for b in panel.bars) == sorted(themes)  # the facilitator's
        if withheld:
            assert big.bars == [] and big.drawn_others == []
            assert big.accessibleDescription() == withheld
        else:
            assert sorted(b.label for b in big.bars) == sorted(themes)
            assert "not shown" not in big.accessibleDescription()
        big.grab().save(str(tmp_path / "chart.png"))
    finally:
        window.close()
