"""The votes panel driven with real clicks and keys: dots typed into cells, ranking, the
room's budget warning, the dots setting, undo/redo, and what is in the file afterwards."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QSpinBox, QTableView, QWidget

from roundtable.store import Store
from ui.sensemaking.vote_model import THEME_COL, TOTAL_COL, VOTE_COLS
from ui.sensemaking.votes import VotesPanel

CTRL = Qt.KeyboardModifier.ControlModifier
SALES, MARKETING, OTHER = VOTE_COLS


def panel_of(win) -> VotesPanel:
    return win.findChild(VotesPanel, "votesPanel")


def cell(win, row: int, col: int) -> str:
    return str(panel_of(win).proxy.index(row, col).data())


def type_votes(qtbot, win, row: int, col: int, text: str) -> None:
    """Click a cell, type digits (the first key opens the editor) and press Enter."""
    table = win.findChild(QTableView, "voteTable")
    rect = table.visualRect(panel_of(win).proxy.index(row, col))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(table, text[0])
    editor = QApplication.focusWidget()
    assert isinstance(editor, QSpinBox) and editor.objectName() == "voteEditor"
    qtbot.keyClicks(editor, text[1:])
    press_enter(qtbot, editor)


def type_keys(qtbot, win, row: int, col: int, keys: str) -> None:
    """Click a cell and type where the keyboard is: digits (the first opens the editor),
    "\t" for Tab and "\n" for Enter."""
    table = win.findChild(QTableView, "voteTable")
    rect = table.visualRect(panel_of(win).proxy.index(row, col))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    for key in keys:
        here = QApplication.focusWidget()
        if key == "\n":
            press_enter(qtbot, here)
        else:
            qtbot.keyClick(here, Qt.Key.Key_Tab if key == "\t" else key)


def press_enter(qtbot, editor) -> None:
    """Enter in a cell editor; the view commits on its next event-loop turn."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def test_rows_show_themes_with_note_counts(themed):
    rows = [[cell(themed, r, c) for c in range(6)] for r in range(3)]
    assert rows == [
        ["Lead definition", "2·1·0", "0", "0", "0", "0"],
        ["Bonus plans", "0·2·0", "0", "0", "0", "0"],
        ["Slow follow-up", "1·0·0", "0", "0", "0", "0"],
    ]


def test_typed_votes_are_shown_totalled_and_saved(qtbot, themed, session_file, fake_clock):
    type_votes(qtbot, themed, 0, SALES, "7")
    type_votes(qtbot, themed, 0, MARKETING, "12")
    type_votes(qtbot, themed, 1, OTHER, "3")
    assert [cell(themed, 0, c) for c in (SALES, MARKETING, OTHER, TOTAL_COL)] == [
        "7",
        "12",
        "0",
        "19",
    ]
    assert cell(themed, 1, TOTAL_COL) == "3"
    rid = themed.shown_round_id()
    themed.close()
    with Store.open(session_file, clock=fake_clock) as store:
        by_label = {t.label: store.theme_votes(t.id) for t in store.themes(rid)}
    assert by_label["Lead definition"] == {"sales": 7, "marketing": 12, "other": 0}
    assert by_label["Bonus plans"] == {"sales": 0, "marketing": 0, "other": 3}


def test_double_click_edit_replaces_the_count(qtbot, themed):
    type_votes(qtbot, themed, 2, SALES, "5")
    table = themed.findChild(QTableView, "voteTable")
    rect = table.visualRect(panel_of(themed).proxy.index(2, SALES))
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "2")
    press_enter(qtbot, editor)
    assert cell(themed, 2, SALES) == "2"


@pytest.mark.parametrize("keys", ["-", "x"])
def test_a_minus_or_a_letter_is_refused_with_a_message(qtbot, themed, keys):
    type_votes(qtbot, themed, 0, SALES, "4")
    table = themed.findChild(QTableView, "voteTable")
    rect = table.visualRect(panel_of(themed).proxy.index(0, SALES))
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, keys)
    press_enter(qtbot, editor)
    message = themed.findChild(QLabel, "voteMessage")
    assert message.isVisible()
    assert "whole numbers from 0" in message.text() and keys in message.text()
    assert cell(themed, 0, SALES) == "4"
    assert (
        themed.store.theme_votes(themed.store.themes(themed.shown_round_id())[0].id)["sales"] == 4
    )
    type_votes(qtbot, themed, 0, SALES, "5")
    assert not message.isVisible()  # a stored vote clears the refusal


def test_text_that_is_not_a_number_is_refused_by_the_model(themed):
    panel = panel_of(themed)
    assert not panel.proxy.setData(panel.proxy.index(0, SALES), "lots")
    assert "“lots” is not a number" in themed.findChild(QLabel, "voteMessage").text()


def test_rank_by_votes_and_back_to_board_order(qtbot, themed):
    store = themed.store
    lead, bonus, slow = store.themes(themed.shown_round_id())
    store.set_votes(bonus.id, "marketing", 6)
    store.set_votes(slow.id, "sales", 2)
    store.set_votes(slow.id, "marketing", 1)
    panel = panel_of(themed)
    board_order = themed.findChild(QPushButton, "boardOrderButton")
    assert not board_order.isEnabled()  # the table is in the board's order already
    qtbot.mouseClick(themed.findChild(QPushButton, "rankByVotesButton"), Qt.MouseButton.LeftButton)
    assert panel.shown_labels() == ["Bonus plans", "Slow follow-up", "Lead definition"]
    # The board took the vote order, and the table shows it: nothing to go back to.
    assert not board_order.isEnabled()
    # A new vote leaves the rows where they are, until the facilitator ranks again.
    store.set_votes(lead.id, "sales", 9)
    assert panel.shown_labels() == ["Bonus plans", "Slow follow-up", "Lead definition"]
    header = themed.findChild(QTableView, "voteTable").horizontalHeader()
    x = header.sectionViewportPosition(THEME_COL) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert panel.shown_labels() in (
        ["Bonus plans", "Lead definition", "Slow follow-up"],
        ["Slow follow-up", "Lead definition", "Bonus plans"],
    )
    assert board_order.isEnabled()  # sorted by a heading
    # The ranking was put on the board (and so on the wall): Board order shows it.
    qtbot.mouseClick(board_order, Qt.MouseButton.LeftButton)
    assert panel.shown_labels() == ["Bonus plans", "Slow follow-up", "Lead definition"]
    assert not board_order.isEnabled()
    board = themed.board
    headers = [board.item(r).text().split(" — ")[0] for r in range(board.count())]
    assert [h for h in headers if h in {"Bonus plans", "Slow follow-up", "Lead definition"}] == [
        "Bonus plans",
        "Slow follow-up",
        "Lead definition",
    ]
    qtbot.keyClick(themed.entry, Qt.Key.Key_Z, CTRL)
    assert [t.label for t in store.themes(themed.shown_round_id())] == [
        "Lead definition",
        "Bonus plans",
        "Slow follow-up",
    ]
    assert panel.shown_labels() == ["Lead definition", "Bonus plans", "Slow follow-up"]


def set_dots(qtbot, win, dots: int) -> None:
    box = win.findChild(QSpinBox, "dotsPerPerson")
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, str(dots))
    qtbot.keyClick(box, Qt.Key.Key_Return)


def test_over_budget_warning_names_the_function_and_goes_away(qtbot, themed):
    warning = themed.findChild(QLabel, "voteBudgetWarning")
    type_votes(qtbot, themed, 0, SALES, "3")
    assert not warning.isVisible()  # one sales person × 3 dots
    type_votes(qtbot, themed, 1, SALES, "1")
    assert warning.isVisible()
    assert "Sales has 4 dots, but 1 sales person × 3 can cast at most 3." in warning.text()
    assert "Marketing" not in warning.text()
    set_dots(qtbot, themed, 4)
    assert not warning.isVisible()
    assert themed.store.session().dots_per_person == 4
    qtbot.keyClick(themed.findChild(QTableView, "voteTable"), Qt.Key.Key_Z, CTRL)
    assert themed.findChild(QSpinBox, "dotsPerPerson").value() == 3
    assert warning.isVisible()


def test_undo_and_redo_of_votes_and_dots(qtbot, themed, session_file, fake_clock):
    table = themed.findChild(QTableView, "voteTable")
    type_votes(qtbot, themed, 0, SALES, "5")
    type_votes(qtbot, themed, 0, SALES, "8")
    set_dots(qtbot, themed, 6)
    qtbot.keyClick(table, Qt.Key.Key_Z, CTRL)
    assert themed.findChild(QSpinBox, "dotsPerPerson").value() == 3
    qtbot.keyClick(table, Qt.Key.Key_Z, CTRL)
    assert cell(themed, 0, SALES) == "5"
    qtbot.keyClick(table, Qt.Key.Key_Z, CTRL)
    assert cell(themed, 0, SALES) == "0"
    redo = CTRL | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(table, Qt.Key.Key_Z, redo)
    qtbot.keyClick(table, Qt.Key.Key_Z, redo)
    qtbot.keyClick(table, Qt.Key.Key_Z, redo)
    assert cell(themed, 0, SALES) == "8"
    assert themed.findChild(QSpinBox, "dotsPerPerson").value() == 6
    themed.close()
    with Store.open(session_file, clock=fake_clock) as store:
        assert store.session().dots_per_person == 6
        assert store.theme_votes(store.themes()[0].id)["sales"] == 8


def test_delete_key_in_the_table_does_not_delete_notes(qtbot, themed):
    before = len(themed.store.notes(themed.shown_round_id()))
    type_votes(qtbot, themed, 0, SALES, "2")
    qtbot.keyClick(themed.findChild(QTableView, "voteTable"), Qt.Key.Key_Delete)
    assert len(themed.store.notes(themed.shown_round_id())) == before


def test_ctrl_shift_v_puts_the_keyboard_in_the_vote_table(qtbot, themed):
    qtbot.keyClick(themed.entry, Qt.Key.Key_V, CTRL | Qt.KeyboardModifier.ShiftModifier)
    table = themed.findChild(QTableView, "voteTable")
    assert table.hasFocus()
    qtbot.keyClick(table, Qt.Key.Key_4)
    press_enter(qtbot, QApplication.focusWidget())
    assert cell(themed, 0, SALES) == "4"


def test_another_round_shows_its_own_themes(themed):
    rounds = themed.store.rounds()
    themed.show_round(rounds[1].id)
    assert panel_of(themed).proxy.rowCount() == 0
    assert "No themes in this round" in themed.findChild(QLabel, "voteSummary").text()
    themed.show_round(rounds[0].id)
    assert panel_of(themed).proxy.rowCount() == 3


# ----- the comparison chart --------------------------------------------------------------


def colour_pixels(widget, colour, *, other_than: bool = False) -> int:
    """How many pixels of a grab (every second one) have, or lack, exactly this colour."""
    image = widget.grab().toImage()
    return sum(
        (image.pixelColor(x, y).rgb() == colour.rgb()) != other_than
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    )


def test_chart_shows_each_functions_share_and_highlights_the_biggest_gap(qtbot, themed):
    from ui.sensemaking.comparison import MARKETING_COLOUR, SALES_COLOUR, ComparisonChart

    type_votes(qtbot, themed, 0, SALES, "6")
    type_votes(qtbot, themed, 0, MARKETING, "1")
    type_votes(qtbot, themed, 1, MARKETING, "3")
    type_votes(qtbot, themed, 2, SALES, "2")
    chart = themed.findChild(ComparisonChart, "comparisonChart")
    shares = [(b.label, b.votes["sales"], b.votes["marketing"]) for b in chart.bars]
    assert shares == [
        ("Lead definition", 75.0, 25.0),
        ("Bonus plans", 0.0, 75.0),
        ("Slow follow-up", 25.0, 0.0),
    ]
    assert [round(b.notes["sales"]) for b in chart.bars] == [67, 0, 33]
    assert [b.label for b in chart.bars if b.highlighted] == [
        "Lead definition",
        "Bonus plans",
        "Slow follow-up",
    ]
    assert chart.bars[1].leaning == "marketing" and chart.bars[1].gap == -75.0
    assert "Bonus plans" in chart.describe(chart.bars[1])
    chart.resize(500, 400)
    assert colour_pixels(chart, SALES_COLOUR) > 50
    assert colour_pixels(chart, MARKETING_COLOUR) > 50


def test_chart_counts_other_functions_and_its_tooltip_gives_their_shares(qtbot, themed):
    # Counted in grey under the bars (test_chart_other_counted), no longer a grey bar.
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    from ui.sensemaking.comparison import ComparisonChart, other_in_words

    store, rid = themed.store, themed.shown_round_id()
    bonus = store.themes(rid)[1].id
    others = [store.add_note(rid, f"Finance view {i}", function="other").id for i in range(2)]
    store.assign_notes(others, bonus)
    chart = themed.findChild(ComparisonChart, "comparisonChart")
    chart.resize(500, 420)
    assert chart.has_other and other_in_words(chart.bars[1]) == "other: 2 notes"
    type_votes(qtbot, themed, 1, OTHER, "4")
    type_votes(qtbot, themed, 2, OTHER, "1")
    assert [round(b.votes["other"]) for b in chart.bars] == [0, 80, 20]
    assert [other_in_words(b) for b in chart.bars] == ["", "other: 4 dots, 2 notes", "other: 1 dot"]
    chart.show()
    qtbot.waitExposed(chart)
    centre = chart._row_rects[1].center().toPoint()
    QApplication.sendEvent(
        chart, QHelpEvent(QEvent.Type.ToolTip, centre, chart.mapToGlobal(centre))
    )
    assert "Other: 2 notes (100% of other functions'), 4 dots (80%)" in QToolTip.text()
    type_votes(qtbot, themed, 1, OTHER, "0")
    type_votes(qtbot, themed, 2, OTHER, "0")
    store.assign_notes(others, None)
    # No other notes or dots: no grey line in the rows, nor its legend.
    assert not chart.has_other and not any(other_in_words(b) for b in chart.bars)
    assert chart._header_lines()[2] == []


def test_chart_without_votes_compares_notes_and_says_so(themed):
    from ui.sensemaking.comparison import SALES_COLOUR, ComparisonChart

    chart = themed.findChild(ComparisonChart, "comparisonChart")
    assert not chart.has_votes
    assert [b.label for b in chart.bars] == ["Lead definition", "Bonus plans", "Slow follow-up"]
    assert [b.gap for b in chart.bars] == pytest.approx([200 / 3 - 100 / 3, -200 / 3, 100 / 3])
    chart.resize(500, 400)
    assert colour_pixels(chart, SALES_COLOUR) == 0  # no solid (dots) bars, only light ones
    assert colour_pixels(chart, chart.palette().base().color(), other_than=True) > 2000


def test_chart_empty_round_has_a_clear_message(qtbot, window):
    from ui.sensemaking.comparison import ComparisonChart

    chart = window.findChild(ComparisonChart, "comparisonChart")
    assert chart.bars == [] and chart.empty_text.startswith("No themes in this round yet.")


def test_chart_with_fifteen_long_themes_grows_to_scroll(qtbot, window):
    from ui.sensemaking.comparison import MIN_ROW, ComparisonChart

    store, rid = window.store, window.shown_round_id()
    for i in range(15):
        note = store.add_note(rid, f"note {i}", function="sales" if i % 2 else "marketing")
        store.add_theme(
            rid, f"Theme {i}: " + "a very long label that cannot fit " * 2, note_ids=[note.id]
        )
    chart = window.findChild(ComparisonChart, "comparisonChart")
    assert len(chart.bars) == 15
    assert chart.minimumHeight() >= 15 * MIN_ROW
    assert not chart.grab().isNull()


def test_ctrl_shift_c_shows_the_chart_large_and_esc_hides_it(qtbot, themed):
    from ui.sensemaking.comparison import ComparisonChart

    # Two people a side: with one, the room's chart of an anonymous session counts no notes
    # by function, as the minutes (test_projected_chart_lone_notes.py).
    themed.store.add_participant("Cara Diaz", "sales")
    themed.store.add_participant("Dev Rao", "marketing")
    type_votes(qtbot, themed, 1, SALES, "2")
    qtbot.keyClick(themed.entry, Qt.Key.Key_C, CTRL | Qt.KeyboardModifier.ShiftModifier)
    big = themed.findChild(QWidget, "comparisonWindow")
    assert big is not None and big.isVisible()
    # No larger than the screen (1280x720 on a 1024x600 one hid its right and bottom).
    area = themed.screen().availableGeometry()
    assert big.width() <= area.width() and big.height() <= area.height()
    large = big.findChild(ComparisonChart, "comparisonChartLarge")
    assert [b.vote_counts["sales"] for b in large.bars] == [0, 2, 0]
    type_votes(qtbot, themed, 0, SALES, "1")
    assert [b.vote_counts["sales"] for b in large.bars] == [1, 2, 0]
    qtbot.keyClick(big, Qt.Key.Key_Escape)
    assert not big.isVisible()


def test_vote_model_passes_qt_model_checks(qtmodeltester, themed):
    themed.store.set_votes(themed.store.themes()[0].id, "sales", 3)
    qtmodeltester.check(panel_of(themed).model)


def test_note_counts_follow_grouping_and_new_notes(themed):
    store, rid = themed.store, themed.shown_round_id()
    note = store.add_note(rid, "Typed, not grouped yet", function="other")
    assert cell(themed, 0, 1) == "2·1·0"
    store.assign_notes([note.id], store.themes(rid)[0].id)
    assert cell(themed, 0, 1) == "2·1·1"


def test_arrow_steps_on_dots_make_one_undo_entry(qtbot, themed):
    box = themed.findChild(QSpinBox, "dotsPerPerson")
    box.setFocus()
    before = themed.undo_stack.count()
    qtbot.keyClick(box, Qt.Key.Key_Up)
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert themed.store.session().dots_per_person == 5
    assert themed.undo_stack.count() == before + 1
    themed.undo_stack.undo()
    assert box.value() == 3


def test_chart_follows_a_dark_palette(qtbot, themed):
    from PySide6.QtGui import QColor, QPalette

    from ui.sensemaking.comparison import ComparisonChart

    chart = themed.findChild(ComparisonChart, "comparisonChart")
    dark = QPalette(chart.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#f0f0f0"))
    chart.setPalette(dark)
    chart.resize(500, 400)
    image = chart.grab().toImage()
    assert image.pixelColor(2, 2) == QColor("#1e1e1e")
    assert colour_pixels(chart, QColor("#f0f0f0")) > 50  # labels drawn in the text colour


def test_theme_names_stay_in_view_in_a_panel_of_the_default_width(qtbot, themed):
    # A walkthrough found the table scrolled sideways with no theme name in sight: its
    # two-line headers were wider than the panel. Typing a vote must not hide the names.
    dock = themed.findChild(QWidget, "votesDock")
    dock.raise_()
    themed.resizeDocks([dock], [420], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: dock.isVisible() and dock.width() <= 440)
    table = themed.findChild(QTableView, "voteTable")
    type_votes(qtbot, themed, 0, TOTAL_COL - 1, "2")
    assert cell(themed, 0, TOTAL_COL) == "2"
    shown = table.viewport().rect()
    for col in (THEME_COL, *VOTE_COLS, TOTAL_COL):
        rect = table.visualRect(panel_of(themed).proxy.index(0, col))
        assert shown.contains(rect), (col, rect, shown)
    assert table.columnWidth(THEME_COL) >= 80


def test_tab_goes_from_vote_to_vote_and_on_to_the_next_theme(qtbot, themed):
    # Typing a room's dots: 4 Tab 3 Tab 1 Tab, then the next theme's (with someone from
    # another function in the room: else Tab passes over Other, test_votes_tab_skips_other).
    themed.store.add_participant("Cleo Park", "other")
    sales, marketing, other = VOTE_COLS
    type_keys(qtbot, themed, 0, sales, "4\t3\t1\t2\t5\n")
    assert [cell(themed, 0, c) for c in VOTE_COLS] == ["4", "3", "1"]
    assert [cell(themed, 1, c) for c in (sales, marketing)] == ["2", "5"]
    # Enter after a row typed with Tabs: the next theme's first count.
    table = themed.findChild(QTableView, "voteTable")
    assert (table.currentIndex().row(), table.currentIndex().column()) == (2, sales)


def test_ctrl_shift_r_ranks_the_themes_by_votes_from_the_keyboard(qtbot, themed):
    # Rank by votes was a button only: the mouse, or five Tabs and Space.
    store = themed.store
    lead, bonus, slow = store.themes(themed.shown_round_id())
    store.set_votes(slow.id, "sales", 4)
    themed.entry.setFocus()
    qtbot.keyClick(themed.entry, Qt.Key.Key_R, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert [t.label for t in store.themes(themed.shown_round_id())] == [
        "Slow follow-up",
        "Lead definition",
        "Bonus plans",
    ]
    assert "Rank themes by votes" in [a.text() for a in themed.menu("Themes").actions()]


def test_the_chart_keeps_the_boards_order_while_votes_come_in_and_follows_a_ranking(qtbot, themed):
    # The room reads the chart on the projector while the dots are typed: a bar that moved
    # with each count would leave the room looking for its theme. It keeps the board's
    # order (the wall's); Rank by votes puts board and chart in the minutes' order at once.
    from ui.sensemaking.comparison import ComparisonChart

    chart = themed.findChild(ComparisonChart, "comparisonChart")
    order = ["Lead definition", "Bonus plans", "Slow follow-up"]
    type_votes(qtbot, themed, 2, SALES, "5")
    type_votes(qtbot, themed, 1, MARKETING, "3")
    assert [b.label for b in chart.bars] == order
    qtbot.mouseClick(themed.findChild(QPushButton, "rankByVotesButton"), Qt.MouseButton.LeftButton)
    assert [b.label for b in chart.bars] == ["Slow follow-up", "Bonus plans", "Lead definition"]
