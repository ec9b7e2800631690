"""Ctrl+Z and Ctrl+Shift+Z on a vote or a ranking bring the Votes panel to the front with the
theme's row selected and in view, while the keyboard stays in the note line. With the Themes
panel in front, a vote undone changed out of sight. Driven with real keys; the file is
reopened to check. (The helpers serve the Action items panel's test too.)"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QPushButton, QTableView

from roundtable.store import Store
from tests.ui.test_sensemaking_votes import SALES, panel_of, type_votes
from tests.ui.test_undo_shows_groupings import active, redo, undo
from ui.sensemaking.vote_model import THEME_COL, THEME_ID_ROLE


def themes_in_front(qtbot, window) -> None:
    """The Themes panel in front, as while grouping: the others are tabs behind it."""
    window.findChild(QDockWidget, "themesDock").raise_()
    tables = [window.findChild(QTableView, name) for name in ("voteTable", "actionsTable")]
    qtbot.waitUntil(lambda: not any(in_front(t) for t in tables))


def ranked_by_votes(qtbot, window) -> tuple[int, int, int]:
    """Give the round's second and third themes votes and click Rank by votes; the three
    themes' ids in their old order."""
    store, rid = window.store, window.shown_round_id()
    lead, bonus, slow = (t.id for t in store.themes(rid))
    store.set_votes(bonus, "marketing", 6)
    store.set_votes(slow, "sales", 2)
    qtbot.mouseClick(window.findChild(QPushButton, "rankByVotesButton"), Qt.MouseButton.LeftButton)
    assert [t.id for t in store.themes(rid)] == [bonus, slow, lead]
    return lead, bonus, slow


def in_front(table: QTableView) -> bool:
    """On screen: a panel behind another's tab is "visible" to Qt, but nothing of it shows."""
    return table.isVisible() and not table.visibleRegion().isEmpty()


def shows_row(window, table_name: str, role: int, item: int, column: int) -> bool:
    """The table is in front with only this item's row selected, the cell current and in
    view; the keyboard is still in the note line."""
    table = window.findChild(QTableView, table_name)
    current = table.currentIndex()
    rows = [i.row() for i in table.selectionModel().selectedRows()]
    return (
        in_front(table)
        and current.isValid()
        and current.siblingAtColumn(0).data(role) == item
        and current.column() == column
        and rows == [current.row()]
        and table.viewport().rect().intersects(table.visualRect(current))
        and window.entry.hasFocus()
    )


def test_undo_and_redo_of_a_vote_show_its_cell_in_the_votes_panel(qtbot, themed, session_file):
    window = themed
    active(qtbot, window)
    bonus = window.store.themes(window.shown_round_id())[1].id
    type_votes(qtbot, window, 1, SALES, "4")
    assert window.store.theme_votes(bonus)["sales"] == 4
    themes_in_front(qtbot, window)
    undo(qtbot, window)
    qtbot.waitUntil(lambda: shows_row(window, "voteTable", THEME_ID_ROLE, bonus, SALES))
    assert window.store.theme_votes(bonus)["sales"] == 0
    # "…: 4." alone read as if the theme now had 4 sales dots.
    assert (
        window.statusBar().currentMessage()
        == "Undone: Sales votes for “Bonus plans”: 4. Back to 0."
    )
    themes_in_front(qtbot, window)
    redo(qtbot, window)
    qtbot.waitUntil(lambda: shows_row(window, "voteTable", THEME_ID_ROLE, bonus, SALES))
    assert panel_of(window).proxy.index(1, SALES).data() == 4
    window.close()
    with Store.open(session_file) as store:
        assert store.theme_votes(bonus)["sales"] == 4


def test_undo_and_redo_of_rank_by_votes_show_the_order_from_the_first_theme(qtbot, themed):
    window = themed
    active(qtbot, window)
    lead, bonus, slow = ranked_by_votes(qtbot, window)
    themes_in_front(qtbot, window)
    undo(qtbot, window)
    qtbot.waitUntil(lambda: shows_row(window, "voteTable", THEME_ID_ROLE, lead, THEME_COL))
    # The table shows the order put back, the first theme selected (it stayed ranked).
    assert panel_of(window).shown_labels() == ["Lead definition", "Bonus plans", "Slow follow-up"]
    assert window.findChild(QTableView, "voteTable").currentIndex().row() == 0
    themes_in_front(qtbot, window)
    redo(qtbot, window)
    qtbot.waitUntil(lambda: shows_row(window, "voteTable", THEME_ID_ROLE, bonus, THEME_COL))
    assert panel_of(window).shown_labels() == ["Bonus plans", "Slow follow-up", "Lead definition"]
    assert window.findChild(QTableView, "voteTable").currentIndex().row() == 0
