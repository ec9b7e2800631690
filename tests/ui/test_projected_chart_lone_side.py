"""The comparison chart the room reads (Ctrl+Shift+C, on the projector) does not show how
the one person of a function voted in an anonymous session: its bars gave the one
marketer's dot away as a share of marketing's, and the RevOps lead's as "other 1" under the
theme she chose. It says why instead, for dots from phones and dots typed in from the wall
alike. The facilitator's own Votes panel keeps the counts. With two people a side it draws
the bars as before."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.core.test_anonymous_phone_vote_sides import voted_session
from tests.ui.conftest import shown_window

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
SHOTS = Path("/tmp/dev-anon43b-shots")


def rooms_chart(qtbot, window):
    """Ctrl+Shift+C from the votes panel: the room's chart, and the facilitator's."""
    window.findChild(QWidget, "votesDock").raise_()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.entry, Qt.Key.Key_C, CTRL_SHIFT)
    shown = window.findChild(QWidget, "comparisonWindow")
    assert shown is not None and shown.isVisible()
    return shown.chart, window.findChild(QWidget, "comparisonChart")


@pytest.mark.parametrize(
    ("lone", "phones", "said"),
    [
        (
            "marketing",
            True,
            "They were given privately from phones, and one function here is a single person.",
        ),
        (
            "marketing",
            False,
            "One function here is a single person, so its count would say how they voted.",
        ),
        (None, True, ""),
    ],
    ids=["lone marketer, phones", "lone marketer, typed in", "two a side"],
)
def test_the_rooms_chart_shows_no_side_of_one_person(
    qtbot, tmp_path, fake_clock, lone, phones, said
):
    path = voted_session(tmp_path / "q4.roundtable", fake_clock, lone=lone, phones=phones)
    window = shown_window(qtbot, path, fake_clock)
    try:
        big, panel = rooms_chart(qtbot, window)
        assert [b.label for b in panel.bars] == ["Pipeline", "Referee"]  # the facilitator's
        if said:
            assert big.bars == []
            assert big.accessibleDescription() == (
                f"Votes by function are not shown for this round. {said}"
            )
        else:
            assert [b.label for b in big.bars] == ["Pipeline", "Referee"]
            assert "not shown" not in big.accessibleDescription()
    finally:
        window.close()


@pytest.mark.parametrize(
    ("phones", "said"),
    [
        (True, "They were given privately from phones, and one function here is a single person."),
        (False, "One function here is a single person, so its count would say how they voted."),
    ],
    ids=["phones", "typed in"],
)
def test_the_rooms_chart_shows_no_side_where_the_lone_person_is_other(
    qtbot, tmp_path, fake_clock, phones, said
):
    # For a while it compared sales and marketing here, without Ola's dot: shares the room
    # read beside totals that, in the minutes, left her dot out. Now it says why it shows
    # no bars, as for a lone marketer, and the minutes keep every dot in the totals.
    path = voted_session(tmp_path / "q4.roundtable", fake_clock, lone="other", phones=phones)
    window = shown_window(qtbot, path, fake_clock)
    try:
        big, panel = rooms_chart(qtbot, window)
        # The facilitator's panel still counts Ola's dot on Referee.
        panel.grab()
        assert panel.drawn_others == ["other: 1 dot"]
        big.resize(1000, 600)
        big.grab()
        assert big.bars == [] and big.drawn_others == []
        assert big.accessibleDescription() == (
            f"Votes by function are not shown for this round. {said}"
        )
        SHOTS.mkdir(exist_ok=True)
        big.window().grab().save(str(SHOTS / f"room-chart-lone-other-{phones}.png"))
    finally:
        window.close()
