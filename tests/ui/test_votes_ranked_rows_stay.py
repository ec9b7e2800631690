"""After Rank by votes, the votes table keeps its rows where they are while counts are typed:
it re-sorted at every count saved, so the row being typed in jumped away from under the
cursor (a count saved as typing paused moved its theme up, editor and all). The table is
ranked again only when the facilitator asks (the button or Ctrl+Shift+R); the chart and
the minutes still give the vote order where they did."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QTableView

from roundtable.export import export_minutes
from roundtable.store import Store
from tests.ui.test_sensemaking_votes import MARKETING, SALES, TOTAL_COL, cell, panel_of
from tests.ui.test_vote_typed_outlives_a_crash import open_cell

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def labels(window) -> list[str]:
    return [cell(window, r, 0) for r in range(3)]


def votes_of(window, label: str) -> dict[str, int]:
    theme = next(t for t in window.store.themes(window.shown_round_id()) if t.label == label)
    return window.store.theme_votes(theme.id)


def test_rows_keep_their_order_while_counts_are_typed_after_ranking(
    qtbot, themed, session_file, fake_clock, tmp_path: Path
):
    store = themed.store
    lead, bonus, slow = store.themes(themed.shown_round_id())
    store.set_votes(lead.id, "sales", 6)
    store.set_votes(bonus.id, "sales", 3)
    rank = themed.findChild(QPushButton, "rankByVotesButton")
    qtbot.mouseClick(rank, Qt.MouseButton.LeftButton)
    ranked = ["Lead definition", "Bonus plans", "Slow follow-up"]
    assert labels(themed) == ranked
    table = themed.findChild(QTableView, "voteTable")

    # Slow follow-up, last, gets 9 dots: the pause saves them with its cell still open.
    editor = open_cell(qtbot, themed, 2, SALES, "9")
    qtbot.waitUntil(lambda: votes_of(themed, "Slow follow-up")["sales"] == 9, timeout=3000)
    QApplication.processEvents()
    assert labels(themed) == ranked  # the row stayed where it was typed in
    assert editor.isVisible() and table.currentIndex().row() == 2
    assert table.visualRect(panel_of(themed).proxy.index(2, SALES)).contains(
        editor.geometry().center()
    )
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # on to its marketing dots, same row
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "4")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert votes_of(themed, "Slow follow-up") == {"sales": 9, "marketing": 4, "other": 0}
    assert labels(themed) == ranked
    assert [cell(themed, 2, c) for c in (SALES, MARKETING)] == ["9", "4"]

    # The chart keeps the board's order too while counts come in.
    chart = panel_of(themed).chart
    assert [b.label for b in chart.bars] == ranked

    # Asked again, the table, the board and the chart take the new vote order.
    themed.entry.setFocus()
    qtbot.keyClick(themed.entry, Qt.Key.Key_R, CTRL_SHIFT)
    now = ["Slow follow-up", "Lead definition", "Bonus plans"]
    assert labels(themed) == now
    assert [t.label for t in store.themes(themed.shown_round_id())] == now
    assert [b.label for b in chart.bars] == now

    # The minutes list a round's themes most votes first, whatever the board's order.
    themed.close()
    with Store.open(session_file, read_only=True) as again:
        snap = again.snapshot()
    md = export_minutes(snap, "md", tmp_path / "minutes.md").read_text(encoding="utf-8-sig")
    at = [md.index(f"{label}") for label in now]
    assert at == sorted(at)


def test_rows_sorted_by_a_heading_stay_while_a_count_is_typed(qtbot, themed):
    # Sorted by a click on Total, the table re-sorted at each count saved too.
    store = themed.store
    lead, bonus, slow = store.themes(themed.shown_round_id())
    store.set_votes(bonus.id, "sales", 2)
    table = themed.findChild(QTableView, "voteTable")
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(TOTAL_COL) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    shown = labels(themed)
    assert shown[-1] == "Bonus plans"  # fewest first, Bonus plans last
    editor = open_cell(qtbot, themed, 0, SALES, "5")  # the first row goes past Bonus plans
    first = shown[0]
    qtbot.waitUntil(lambda: votes_of(themed, first)["sales"] == 5, timeout=3000)
    QApplication.processEvents()
    assert labels(themed) == shown and editor.isVisible()
    assert table.currentIndex().row() == 0
    # Clicked again, the heading sorts again (most first now).
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert labels(themed)[:2] == [first, "Bonus plans"]
