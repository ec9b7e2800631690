"""Tab into the Votes table lands on the first theme's Sales cell, marked, so the count the
room calls out goes in: it landed on the theme's name, marked with a faint tint only, where
typed digits did nothing and said nothing (keyboard audit finding)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView

from roundtable.store import Store
from tests.ui.test_sensemaking_votes import cell
from ui.sensemaking.vote_model import VOTE_COLS

SALES, MARKETING, OTHER = VOTE_COLS


def _tab_to(qtbot, window, widget, key=Qt.Key.Key_Tab) -> None:
    for _ in range(20):
        if QApplication.focusWidget() is widget:
            return
        qtbot.keyClick(QApplication.focusWidget(), key)
    raise AssertionError("the keys never reached the Votes table")


def _tabbed_in(qtbot, window) -> QTableView:
    """The Votes table, reached with Tab from the note line of the active window."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    table = window.findChild(QTableView, "voteTable")
    window.entry.setFocus()
    _tab_to(qtbot, window, table)
    return table


def test_counts_typed_straight_after_tabbing_in_are_kept(qtbot, themed, session_file, fake_clock):
    window = themed
    table = _tabbed_in(qtbot, window)
    here = table.currentIndex()
    assert (here.row(), here.column()) == (0, SALES)
    assert table.selectionModel().isSelected(here)  # drawn in the selection colour
    for key in (Qt.Key.Key_4, Qt.Key.Key_Tab, Qt.Key.Key_2, Qt.Key.Key_Return):
        qtbot.keyClick(QApplication.focusWidget(), key)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    assert [cell(window, 0, c) for c in (SALES, MARKETING)] == ["4", "2"]
    rid = window.shown_round_id()
    window.close()
    with Store.open(session_file, clock=fake_clock) as store:
        first = store.themes(rid)[0]
        assert store.theme_votes(first.id)["sales"] == 4


def test_shift_tab_back_in_keeps_the_vote_cell_left(qtbot, themed):
    window = themed
    table = _tabbed_in(qtbot, window)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    while table.currentIndex().column() < MARKETING:
        qtbot.keyClick(table, Qt.Key.Key_Right)  # Bonus plans, Marketing
    window.entry.setFocus()
    _tab_to(qtbot, window, table, Qt.Key.Key_Backtab)
    here = table.currentIndex()
    assert (cell(window, here.row(), 0), here.column()) == ("Bonus plans", MARKETING)
    qtbot.keyClick(table, Qt.Key.Key_7)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    assert cell(window, 1, MARKETING) == "7"
