"""The comparison chart the room reads (Ctrl+Shift+C, on the projector) does not show how
the one person of a function voted from their phone in an anonymous session: its bars gave
the RevOps lead's one dot away as "other 1" under the theme she chose. It says why instead;
the facilitator's own Votes panel keeps the counts. With two people a side it draws the bars
as before."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.core.test_anonymous_phone_vote_sides import voted_session
from tests.ui.conftest import shown_window

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.mark.parametrize("lone_other", [True, False])
def test_the_rooms_chart_shows_no_side_of_one_person(qtbot, tmp_path, fake_clock, lone_other):
    path = voted_session(tmp_path / "q4.roundtable", fake_clock, lone_other=lone_other)
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
        assert [b.label for b in panel.bars] == ["Pipeline", "Referee"]  # the facilitator's
        if lone_other:
            assert big.bars == []
            assert big.accessibleDescription() == (
                "Votes by function are not shown for this round. They were given privately"
                " from phones, and one function here is a single person."
            )
        else:
            assert [b.label for b in big.bars] == ["Pipeline", "Referee"]
            assert "not shown" not in big.accessibleDescription()
        big.grab().save(str(tmp_path / "chart.png"))
    finally:
        window.close()
