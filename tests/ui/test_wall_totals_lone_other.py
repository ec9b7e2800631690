"""The wall's theme totals count every dot, the lone "other" person's too.

For a while the wall left the one RevOps lead's dots out of its totals ("Referee · 1 vote"
where the room had placed two), so the wall, the facilitator's board and the minutes'
vote order disagreed. A total gives no one away; only a count by function would, and the
room's chart and the minutes withhold that instead. So the wall says what the board says.
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
    ("lone", "phones"),
    [("other", True), ("other", False), (None, True)],
    ids=["lone other, phones", "lone other, typed in", "two a side"],
)
def test_the_wall_counts_every_dot_as_the_board_does(qtbot, tmp_path, fake_clock, lone, phones):
    path = voted_session(tmp_path / "q4.roundtable", fake_clock, lone=lone, phones=phones)
    window = shown_window(qtbot, path, fake_clock)
    try:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        qtbot.keyClick(window.entry, Qt.Key.Key_F5)
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window.presenter)
        wall = window.presenter.findChild(QWidget, "presenterWall")
        # Ola's dot on Referee is counted: 1 sales and hers (and Kim's on Pipeline).
        pipeline = "Pipeline\n2 notes · 4 votes" if lone is None else "Pipeline\n2 notes · 3 votes"
        qtbot.waitUntil(lambda: "Referee\n1 note · 2 votes" in column_headers(wall))
        assert pipeline in column_headers(wall)
        board = [window.board.item(r).text() for r in range(window.board.count())]
        assert any(t.startswith("Referee") and t.endswith("· 2 votes") for t in board)
    finally:
        window.close()
