"""On a round of a hundred notes or more, a command that moves many notes redraws the board a
moment later, and the Votes panel in a turn of its own after the board's (batch_redraws.py):
redrawn in the click's turn, it made Accept all on 150 notes hold the UI longer. The
facilitator still sees each theme's row, and Ctrl+Z of a ranking still shows its row."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView

from roundtable.store import NewNote
from tests.ui.test_big_board_redraw import group_all
from tests.ui.test_sensemaking_votes import panel_of
from tests.ui.test_undo_shows_groupings import active, undo
from tests.ui.test_undo_shows_votes import ranked_by_votes, shows_row, themes_in_front
from ui.sensemaking.vote_model import THEME_COL, THEME_ID_ROLE


def _many_notes(window, count: int = 120) -> None:
    rid = window.shown_round_id()
    window.store.add_notes(
        [NewNote(rid, f"Leads from event {k} wait days for a call") for k in range(count)]
    )


def test_grouping_many_notes_shows_the_theme_in_the_votes_panel_after_the_board(
    qtbot, window, monkeypatch
) -> None:
    active(qtbot, window)
    _many_notes(window)
    board, panel = window.board, panel_of(window)
    redrawn: list[str] = []
    board_rebuild, votes_refresh = board._rebuild, panel.model.refresh
    monkeypatch.setattr(board, "_rebuild", lambda: (redrawn.append("board"), board_rebuild()))
    monkeypatch.setattr(panel.model, "refresh", lambda: (redrawn.append("votes"), votes_refresh()))
    group_all(qtbot, window, "Slow follow-up")
    qtbot.waitUntil(lambda: panel.shown_labels() == ["Slow follow-up"])
    # The grouping's redraws: the board first, then the Votes panel (not in the click's turn).
    assert redrawn[:2] == ["board", "votes"]
    table = window.findChild(QTableView, "voteTable")
    assert panel.proxy.index(0, THEME_COL).data() == "Slow follow-up"
    assert panel.summary.text().startswith("Round total 0 dots")
    assert not table.isHidden()
    redrawn.clear()
    undo(qtbot, window)  # the name
    qtbot.waitUntil(lambda: len(redrawn) >= 1)
    undo(qtbot, window)  # the grouping: no theme left to vote on
    qtbot.waitUntil(lambda: panel.shown_labels() == [])
    assert panel.summary.text() == "No themes in this round yet: group notes to vote on them."


def test_ctrl_z_of_a_ranking_on_a_big_board_shows_the_first_themes_row(qtbot, themed) -> None:
    window = themed
    active(qtbot, window)
    _many_notes(window)
    lead, bonus, slow = ranked_by_votes(qtbot, window)
    redraws = window.redraws
    qtbot.waitUntil(lambda: not (redraws.board_later.isActive() or redraws.panels_later.isActive()))
    themes_in_front(qtbot, window)
    undo(qtbot, window)
    # Shown after the panel's redraw, which waits for the board's: shown before it, the
    # redraw of the order put back lost the row.
    qtbot.waitUntil(lambda: panel_of(window).shown_labels()[0] == "Lead definition")
    qtbot.waitUntil(lambda: shows_row(window, "voteTable", THEME_ID_ROLE, lead, THEME_COL))
    assert panel_of(window).shown_labels() == ["Lead definition", "Bonus plans", "Slow follow-up"]
    assert window.findChild(QTableView, "voteTable").currentIndex().row() == 0
