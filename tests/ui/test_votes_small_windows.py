"""The votes panel in a small window (1024x600) or a narrow dock: columns in view without
scrolling sideways, cells that stay under the mouse, and a chart that stacks its names."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableView, QWidget

from tests.ui.test_sensemaking_votes import (
    MARKETING,
    SALES,
    panel_of,
    type_votes,
)
from ui.sensemaking.vote_model import NOTES_COL, THEME_COL


def narrow_votes_dock(qtbot, window) -> tuple[QWidget, QTableView]:
    """The votes dock 250 pixels wide in a 1024x600 window: (the dock, its table)."""
    window.resize(1024, 600)
    dock = window.findChild(QWidget, "votesDock")
    dock.raise_()
    qtbot.wait(100)
    window.resizeDocks([dock], [250], Qt.Orientation.Horizontal)
    return dock, window.findChild(QTableView, "voteTable")


def test_a_small_window_keeps_the_vote_columns_in_view_and_still(qtbot, themed):
    # At 1024x600 the table scrolled sideways, and the over-budget warning appearing under
    # it shrank the table so the rows moved under the mouse between two clicks.
    dock, table = narrow_votes_dock(qtbot, themed)
    qtbot.wait(100)
    assert dock.width() <= 260
    qtbot.waitUntil(lambda: table.isColumnHidden(NOTES_COL))
    assert table.horizontalScrollBar().maximum() == 0
    assert table.columnWidth(THEME_COL) >= 60  # names wrap; the tooltip has them too
    tip = panel_of(themed).proxy.index(0, THEME_COL).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Lead definition\nNotes: 2 from sales, 1 from marketing, 0 from other"
    warning = themed.findChild(QLabel, "voteBudgetWarning")
    type_votes(qtbot, themed, 0, SALES, "3")
    before = table.visualRect(panel_of(themed).proxy.index(1, SALES))
    where = table.viewport().mapTo(themed, before.center())
    type_votes(qtbot, themed, 1, SALES, "1")
    qtbot.wait(50)
    assert warning.isVisible()
    after = table.visualRect(panel_of(themed).proxy.index(1, SALES))
    assert table.viewport().mapTo(themed, after.center()) == where
    # Given room again, S·M·O comes back.
    themed.resize(1600, 900)
    themed.resizeDocks([dock], [600], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: not table.isColumnHidden(NOTES_COL))


def test_a_narrow_chart_puts_each_theme_name_above_its_bars(qtbot, themed):
    # In a 1024-pixel window the names, the Sales/Marketing legend and the percentages ran
    # into each other beside bars a few pixels long.
    from ui.sensemaking.comparison import MARKETING_COLOUR, SALES_COLOUR, ComparisonChart

    type_votes(qtbot, themed, 0, SALES, "4")
    type_votes(qtbot, themed, 1, MARKETING, "3")
    chart = ComparisonChart("narrowChart")
    qtbot.addWidget(chart)
    chart.show_rows(panel_of(themed).model.rows)
    chart.show()
    qtbot.waitExposed(chart)
    chart.resize(700, chart.minimumHeight())
    wide_height = chart.minimumHeight()
    chart.resize(260, 600)
    qtbot.waitUntil(lambda: chart.minimumHeight() > wide_height)  # room for the names
    chart.resize(260, chart.minimumHeight())
    image = chart.grab().toImage()
    block = chart._label_block()
    assert block > 0
    bar_colours = {SALES_COLOUR.rgb(), MARKETING_COLOUR.rgb()}
    for rect in chart._row_rects[:2]:  # the two themes that have dots
        top = [
            image.pixel(x, y)
            for y in range(int(rect.top()) + 1, int(rect.top() + block))
            for x in range(0, image.width(), 2)
        ]
        below = [
            image.pixel(x, y)
            for y in range(int(rect.top() + block), int(rect.bottom()))
            for x in range(0, image.width(), 2)
        ]
        assert not bar_colours & set(top)  # the name's line holds no bar
        assert bar_colours & set(below)  # the bars are under it


def test_a_docked_chart_shows_its_gap_notes_and_legend_whole(qtbot, themed, monkeypatch):
    # In a 410-pixel dock the chart read "Shaded: gaps of 1…" and "Δ 42 pts: marketin…".
    from PySide6.QtGui import QFontMetrics

    from tests.ui.test_gaps_in_points import legend_drawn
    from ui.sensemaking.comparison import ComparisonChart, ThemeBars, gap_tag, gaps_legend

    chart = ComparisonChart("dockedChart")
    qtbot.addWidget(chart)
    chart.show_rows(panel_of(themed).model.rows)
    chart.resize(400, 500)  # the narrowest width that keeps names beside the bars
    assert not chart._stacked()
    small = QFontMetrics(chart._fonts()[1])
    room = chart.label_width()
    widest = ThemeBars("x", {}, {}, {}, {}, gap=-100.0, highlighted=True)
    assert gap_tag(widest) == "Marketing +100 points"
    assert small.horizontalAdvance(gap_tag(widest)) <= room
    # The legend, too long for that column, has lines of its own above "◀ Sales".
    assert legend_drawn(chart, monkeypatch) == gaps_legend(True, chart.basis)
    # The line said when nothing is shaded wraps whole onto its three lines at most.
    from roundtable.sides import NotesApart
    from ui.sensemaking.comparison_words import wrap_lines

    both = NotesApart(("Shared pipeline view", "Lead definition"), 25.0, 50.0)
    for apart in (None, both, NotesApart(("Shared pipeline view",), 25.0, 50.0)):
        lines = wrap_lines(small, gaps_legend(False, notes_apart=apart), chart.width() - 24, 3)
        assert not lines[-1].endswith("…"), lines


def test_a_narrow_chart_wraps_its_title_and_legends_instead_of_cutting_them(qtbot, themed):
    # At 1024x600 the docked chart read "Sales vs marketing, th…", "… li…", "other functi…".
    from ui.sensemaking.comparison import ComparisonChart

    chart = ComparisonChart("narrowHeaderChart")
    qtbot.addWidget(chart)
    rows = panel_of(themed).model.rows
    chart.show_rows(rows)
    chart.has_other = True  # the grey legend too
    chart.resize(270, 600)
    heading, explain, legend = chart._header_lines()
    lines = heading + explain + legend
    assert len(heading) == 2 and legend
    assert not [line for line in lines if line.endswith("…")], lines
    assert " ".join(heading) == "Sales vs marketing, theme by theme"
    # The rows start below all of it.
    small = chart._fonts()[1]
    from PySide6.QtGui import QFontMetrics

    assert chart._header_height() >= QFontMetrics(small).height() * (len(explain) + len(legend))


def test_the_charts_shares_round_halves_up_as_the_minutes_do(qtbot, themed):
    # 12.5% read "12%" beside "Sales +13 pts" (and 37.5% read "38%").
    from ui.sensemaking.comparison import ComparisonChart, comparison_bars

    rows = panel_of(themed).model.rows
    for row, (s, m) in zip(rows, ((1, 3), (4, 3), (3, 2)), strict=True):
        row.votes.update({"sales": s, "marketing": m, "other": 0})
    first = comparison_bars(rows)[0]
    assert (first.votes["sales"], first.votes["marketing"]) == (12.5, 37.5)
    text = ComparisonChart.describe(first)
    assert "1 dots (13%)" in text and "3 dots (38%)" in text, text


def test_a_big_count_typed_widens_its_column_so_it_shows_whole(qtbot, themed):
    # The number columns are sized from their texts (PanelTable.fit_columns), no longer by
    # Qt asking every cell at each resize: a count typed must still widen its column, here
    # in a narrow dock where the column is headed "S".
    dock, table = narrow_votes_dock(qtbot, themed)
    qtbot.waitUntil(lambda: table.isColumnHidden(NOTES_COL))
    narrow = table.columnWidth(SALES)
    type_votes(qtbot, themed, 0, SALES, "9999")
    index = panel_of(themed).proxy.index(0, SALES)
    assert index.data() == 9999
    assert table.columnWidth(SALES) > narrow
    assert table.visualRect(index).width() >= table.fontMetrics().horizontalAdvance("9999") + 4
    # Given room again, S·M·O comes back as wide as its widest cell.
    themed.resize(1600, 900)
    themed.resizeDocks([dock], [600], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: not table.isColumnHidden(NOTES_COL))
    for row in range(panel_of(themed).proxy.rowCount()):
        cell = str(panel_of(themed).proxy.index(row, NOTES_COL).data())
        assert table.columnWidth(NOTES_COL) >= table.fontMetrics().horizontalAdvance(cell) + 4
