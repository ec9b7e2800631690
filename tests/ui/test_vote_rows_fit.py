"""Rows of the Votes table are as tall as their wrapped theme names, after every change."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView, QTreeWidget, QWidget

from tests.ui.test_sensemaking_themes import select_rows, type_into_editor
from ui.sensemaking.vote_model import THEME_COL

LONG = "Onboarding new reps with shared playbooks and joint call reviews every week"


def _rows(table: QTableView) -> list[int]:
    return [table.rowHeight(r) for r in range(table.model().rowCount())]


def _lines(table: QTableView, row: int) -> int:
    """How many lines the theme name in `row` takes at its column's width."""
    text = table.model().index(row, THEME_COL).data()
    width = table.columnWidth(THEME_COL) - 6
    wrap = int(Qt.TextFlag.TextWordWrap)
    height = table.fontMetrics().boundingRect(0, 0, width, 10_000, wrap, text).height()
    return round(height / table.fontMetrics().lineSpacing())


def test_a_long_theme_name_makes_its_row_taller_and_an_undo_gives_it_back(qtbot, themed):
    window = themed
    table = window.findChild(QTableView, "voteTable")
    window.resizeDocks([window.findChild(QWidget, "votesDock")], [300], Qt.Orientation.Horizontal)
    qtbot.wait(50)
    one_line = _rows(table)
    assert len(set(one_line)) == 1  # three short names: rows of one height

    window.findChild(QWidget, "themesDock").raise_()
    tree = window.findChild(QTreeWidget, "themeList")
    qtbot.waitUntil(tree.isVisible)
    select_rows(qtbot, tree, 0)
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    type_into_editor(qtbot, window, LONG)
    window.findChild(QWidget, "votesDock").raise_()
    qtbot.waitUntil(table.isVisible)

    row = next(r for r in range(3) if table.model().index(r, THEME_COL).data() == LONG)
    assert _lines(table, row) >= 2
    # Every line of the name shows: the row holds them all, and only that row grew.
    qtbot.waitUntil(lambda: table.rowHeight(row) > one_line[row])
    spacing = table.fontMetrics().lineSpacing()
    assert table.rowHeight(row) >= _lines(table, row) * spacing
    assert [h for r, h in enumerate(_rows(table)) if r != row] == one_line[:2]

    # Wider, the name takes fewer lines and the row follows.
    before = table.rowHeight(row)
    window.resizeDocks([window.findChild(QWidget, "votesDock")], [700], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: table.rowHeight(row) < before)
    assert table.rowHeight(row) >= _lines(table, row) * spacing

    window.undo_stack.undo()  # the short name again: back to one line
    qtbot.waitUntil(lambda: _rows(table) == one_line)
