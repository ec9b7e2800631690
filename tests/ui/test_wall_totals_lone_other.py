"""The wall's theme totals do not add the lone "other" person's dots back in.

Where the one person of a function is neither sales nor marketing, the room's chart
compares sales and marketing and leaves the other functions out. The wall still said
"Referee · 2 votes" over its column: with the chart's shares and "1 dot each" from the
phone vote, the room could work out that the RevOps lead's dot went to Referee. The wall
now counts the same dots as the chart and the minutes; the facilitator's board keeps all.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.core.test_anonymous_phone_vote_sides import voted_session
from tests.ui.conftest import shown_window
from ui.windows.note_board import KIND


def column_headers(wall) -> list[str]:
    return [
        wall.item(r).text()
        for r in range(wall.count())
        if wall.item(r).data(KIND) != "note" and not wall.item(r).isHidden()
    ]


@pytest.mark.parametrize(
    ("lone", "referee"),
    [("other", "Referee\n1 note · 1 vote"), (None, "Referee\n1 note · 2 votes")],
    ids=["lone other", "two a side"],
)
def test_the_wall_counts_the_dots_the_rooms_chart_counts(
    qtbot, tmp_path, fake_clock, lone, referee
):
    path = voted_session(tmp_path / "q4.roundtable", fake_clock, lone=lone)
    window = shown_window(qtbot, path, fake_clock)
    try:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        qtbot.keyClick(window.entry, Qt.Key.Key_F5)
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window.presenter)
        wall = window.presenter.findChild(QWidget, "presenterWall")
        qtbot.waitUntil(lambda: referee in column_headers(wall))
        board = [window.board.item(r).text() for r in range(window.board.count())]
        assert any(t.startswith("Referee") and t.endswith("· 2 votes") for t in board)
    finally:
        window.close()
