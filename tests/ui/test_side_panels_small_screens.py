"""The side panels on a small laptop or a mirrored projector (800x600, 1024x768): the
Action items line's placeholder, the votes' theme names and the chart's lines read whole.
At 800 pixels they read "What will be don…", "What cou… as a qual…" and "Sales vs
marketing, the…"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextLayout, QTextOption
from PySide6.QtWidgets import QDockWidget, QLineEdit, QPushButton, QStyle, QTableView

from tests.ui.test_main_window_small_screens import settled
from ui.sensemaking.comparison import ComparisonChart
from ui.sensemaking.vote_model import THEME_COL, TOTAL_COL, VOTE_COLS


def in_front(qtbot, window, dock_name: str) -> QDockWidget:
    dock = window.findChild(QDockWidget, dock_name)
    dock.raise_()
    qtbot.waitUntil(lambda: not dock.visibleRegion().isEmpty())
    for _ in range(3):
        qtbot.wait(20)
    return dock


@pytest.mark.parametrize("size", [(800, 600), (1024, 768), (1366, 768)])
def test_the_action_line_says_what_to_type_whole(qtbot, demo_window, size):
    settled(qtbot, demo_window, size)
    in_front(qtbot, demo_window, "actionsDock")
    line = demo_window.findChild(QLineEdit, "actionText")
    shown = line.property("placeholderText")  # what the line draws
    room = line.width() - 16  # the frame's and the text's margins
    assert QFontMetrics(line.font()).horizontalAdvance(shown) <= room, shown
    assert shown.startswith("What will be done?")
    if size[0] >= 1366:
        # The due date typed with it: the line said only "@owner, Enter", and "by Friday"
        # was found in the tooltip or not at all.
        assert shown == "What will be done? @owner by Friday, Enter"
    assert "@owner" in line.toolTip() and "Enter adds it" in line.toolTip()


def votes_in_front(qtbot, window, size: tuple[int, int]) -> QTableView:
    """The example session's round 3 (five themes with dots) and its Votes panel in front."""
    settled(qtbot, window, size)
    window.show_round(window.store.rounds()[2].id)
    in_front(qtbot, window, "votesDock")
    return window.findChild(QTableView, "voteTable")


@pytest.mark.parametrize("size", [(800, 600), (1024, 768), (1366, 768)])
@pytest.mark.parametrize("ranked", [False, True])
def test_every_theme_name_in_the_vote_table_reads_whole(qtbot, demo_window, size, ranked):
    table = votes_in_front(qtbot, demo_window, size)
    if ranked:  # the Tot column shows its sort arrow: it keeps room for it
        demo_window.findChild(QPushButton, "rankByVotesButton").click()
        qtbot.wait(50)
    model = table.model()
    labels = [model.index(row, THEME_COL).data() for row in range(model.rowCount())]
    assert "What counts as a qualified lead" in labels
    # The text's room in a cell: the column less the grid line and the item's margins.
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    room = table.columnWidth(THEME_COL) - 1 - 2 * margin
    metrics = table.fontMetrics()
    for label in labels:
        for word in label.split():
            assert metrics.horizontalAdvance(word) <= room, (label, word, room)
    assert table.horizontalScrollBar().maximum() == 0
    header = table.horizontalHeader()
    for col in (*VOTE_COLS, TOTAL_COL):
        assert header.sectionViewportPosition(col) + header.sectionSize(col) <= header.width()
        # Each count and heading whole (the heading beside its sort arrow when it has one).
        title = model.headerData(col, Qt.Orientation.Horizontal)
        arrow = 16 if header.sortIndicatorSection() == col and ranked else 0
        assert header.fontMetrics().horizontalAdvance(title) + 8 + arrow <= header.sectionSize(col)


@pytest.mark.parametrize("size", [(800, 600), (1024, 768)])
def test_the_docked_chart_says_its_title_and_legends_whole(qtbot, demo_window, size):
    votes_in_front(qtbot, demo_window, size)
    chart = demo_window.findChild(ComparisonChart, "comparisonChart")
    assert chart.isVisible() and chart.bars
    heading, explain, legend = chart._header_lines()
    lines = heading + explain + legend + chart._gaps_lines()
    assert " ".join(heading) == "Sales vs marketing, theme by theme"
    assert " ".join(explain).startswith("Upper bar: % of that side's dots on this theme")
    assert not [line for line in lines if line.endswith("…")], lines
    small = QFontMetrics(chart._fonts()[1])
    assert chart._header_height() >= small.height() * (len(explain) + len(legend))


@pytest.mark.parametrize("size", [(800, 600), (1024, 768)])
def test_the_docked_chart_names_each_theme_whole(qtbot, demo_window, size):
    # At 800 pixels the names over the bars read "What counts as a qu…", "CRM data nobody
    # tr…", and the grey counts "other: 2 dot…".
    votes_in_front(qtbot, demo_window, size)
    chart = demo_window.findChild(ComparisonChart, "comparisonChart")
    chart.grab()  # painted as on screen
    names = {
        b.label: " ".join(lines) for b, lines in zip(chart.bars, chart.drawn_names, strict=True)
    }
    assert names == {b.label: b.label for b in chart.bars}
    assert "other: 2 dots, 1 note" in chart.drawn_others
    assert not [said for said in chart.drawn_others if said.endswith("…")], chart.drawn_others
    # The bars start below the longest name (the rows grew with it).
    rect = chart._row_rects[0]
    assert chart._label_block() >= 2 * QFontMetrics(chart._fonts()[0]).height()
    assert rect.height() >= chart._label_block() + 2 * QFontMetrics(chart._fonts()[1]).height()


def wrapped_height(font: QFont, text: str, width: int) -> float:
    """The height of `text` wrapped between words to `width`, a paragraph a line."""
    tall = 0.0
    for paragraph in text.split("\n"):
        layout = QTextLayout(paragraph, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        layout.setTextOption(option)
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            line.setLineWidth(width)
            tall += line.height()
        layout.endLayout()
    return tall


@pytest.mark.parametrize("size", [(800, 600), (1024, 768), (1366, 768)])
def test_every_agenda_question_reads_whole(qtbot, demo_window, size):
    # At 800 pixels the running round's row was laid out two pixels wider than it was
    # painted: "▶ 5. Commitments (10 min)" took a second line, and its question ended
    # "in the next 30 days, and …". (The example session has ended: Resume reopens round 5,
    # on the clock again with its ▶.)
    demo_window.toggle_round()
    settled(qtbot, demo_window, size)
    agenda = demo_window.agenda
    assert agenda.item(4).text().startswith("▶ 5. Commitments")
    room = agenda.viewport().width() - 2 * agenda.spacing()  # a row, as painted
    margin = agenda.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, agenda) + 1
    for row in range(agenda.count()):
        rect = agenda.visualItemRect(agenda.item(row))
        text = agenda.item(row).text()
        assert rect.width() == room, text
        assert rect.height() >= wrapped_height(agenda.font(), text, room - 2 * margin), text
