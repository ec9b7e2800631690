"""Enter after a vote count goes on to the next theme's cell, as in a spreadsheet: it stayed
on the cell just typed, so the next count called out by the room replaced it (5 sales dots,
Enter, 3 for the next theme: the first theme had 3 and the next none)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QSpinBox, QTableView

from roundtable.store import Store
from tests.ui.test_sensemaking_votes import MARKETING, SALES, cell, panel_of


def _count(qtbot, table: QTableView, digits: str) -> None:
    """Digits typed where the keyboard is (the first opens the cell's editor), then Enter."""
    qtbot.keyClick(QApplication.focusWidget(), digits[0])
    editor = QApplication.focusWidget()
    assert isinstance(editor, QSpinBox) and editor.objectName() == "voteEditor"
    qtbot.keyClicks(editor, digits[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)


def test_counts_typed_with_enter_fill_the_column_then_the_next(
    qtbot, themed, session_file, fake_clock
):
    table = themed.findChild(QTableView, "voteTable")
    proxy = panel_of(themed).proxy
    rect = table.visualRect(proxy.index(0, SALES))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    for digits in ("5", "3", "12", "4"):
        _count(qtbot, table, digits)
    assert [cell(themed, r, SALES) for r in range(3)] == ["5", "3", "12"]
    # After the last theme, the top of the next column: the marketing count went there.
    assert [cell(themed, r, MARKETING) for r in range(3)] == ["4", "0", "0"]
    assert (table.currentIndex().row(), table.currentIndex().column()) == (1, MARKETING)
    rid = themed.shown_round_id()
    themed.close()
    with Store.open(session_file, clock=fake_clock) as store:
        sales = [store.theme_votes(t.id)["sales"] for t in store.themes(rid)]
    assert sales == [5, 3, 12]


def ranked(qtbot, themed):
    """The three themes (Lead definition 6 sales dots, Bonus plans 3, Slow follow-up none),
    the table ranked by votes."""
    store, rid = themed.store, themed.shown_round_id()
    lead, bonus, slow = store.themes(rid)
    store.set_votes(lead.id, "sales", 6)
    store.set_votes(bonus.id, "sales", 3)
    qtbot.mouseClick(themed.findChild(QPushButton, "rankByVotesButton"), Qt.MouseButton.LeftButton)
    return lead, bonus, slow


def test_in_a_table_ranked_by_votes_enter_goes_to_the_theme_below(qtbot, themed):
    # A count that outranks the theme above leaves the rows as they are (the row jumped up,
    # and the table re-ranked at each count): Enter goes on to the theme below it.
    lead, bonus, slow = ranked(qtbot, themed)
    table = themed.findChild(QTableView, "voteTable")
    proxy = panel_of(themed).proxy
    assert [cell(themed, r, 0) for r in range(3)] == [lead.label, bonus.label, slow.label]
    rect = table.visualRect(proxy.index(1, SALES))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    _count(qtbot, table, "9")  # Bonus plans now has the most dots, and stays second
    assert [cell(themed, r, 0) for r in range(3)] == [lead.label, bonus.label, slow.label]
    assert cell(themed, table.currentIndex().row(), 0) == slow.label
    assert table.currentIndex().column() == SALES
