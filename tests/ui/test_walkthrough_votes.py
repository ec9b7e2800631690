"""Bugs found by an organizer's walk through what follows the grouping: the votes, the
sales-versus-marketing comparison, the action items and the minutes, on the example session
and on one with long, right-to-left and emoji names."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLayout, QTextOption


def x_of(text: str, index: int, font) -> float:
    """Where the character at `index` lands in a left-to-right line, as Qt lays it out."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.LeftToRight)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10_000)
    layout.endLayout()
    return line.cursorToX(index)[0]


def test_a_hebrew_theme_name_keeps_its_note_count_after_it_on_the_board(window):
    # The header read "3 — הגדרת ליד משותפת notes (S 1 · M 1 · O 1) · 11 votes": the name
    # took " — 3" into its own direction, so the count stood before it.
    store, rid = window.store, window.shown_round_id()
    ids = [store.add_note(rid, f"Lead note {i}", function="sales").id for i in range(3)]
    theme = store.add_theme(rid, "הגדרת ליד משותפת", note_ids=ids)
    store.set_votes(theme.id, "sales", 11)
    board = window.board
    header = next(board.item(i) for i in range(board.count()) if "votes" in board.item(i).text())
    text = header.text()
    assert "3 notes" in text and "11 votes" in text
    count = text.index("3 notes")
    name_edges = [x_of(text, i, header.font()) for i in range(len("הגדרת ליד משותפת") + 1)]
    assert x_of(text, count, header.font()) > max(name_edges)


def test_an_owner_two_people_answer_to_is_not_called_off_the_roster(qtbot, window):
    # With Ana Lopez and Ana Ruiz in the room, "@Ana" on an action item said "“Ana” is not
    # on the roster", as if nobody of that name had come.
    from tests.ui.test_sensemaking_actions import OWNER, add_action, rows, type_in_cell

    window.store.add_participant("Ana Ruiz", function="marketing")
    add_action(qtbot, window, "Write the lead definition @Ana")
    said = window.statusBar().currentMessage()
    assert "“Ana” could be Ana Lopez or Ana Ruiz" in said
    assert "not on the roster" not in said
    type_in_cell(qtbot, window, 0, OWNER, "Ana Ruiz")  # the full name settles it
    assert rows(window)[0][OWNER] == "Ana Ruiz"


def test_a_refused_due_date_opens_again_instead_of_becoming_the_next_item(qtbot, window):
    # Enter on the due date of the item just added goes on to the entry line for the next
    # item, and so did a refused "31 Feb": the date typed again there, as the red line
    # asked, became an action item called "2027-02-28".
    from PySide6.QtWidgets import QApplication, QLabel

    from tests.ui.test_sensemaking_actions import (
        DUE,
        add_action,
        open_editor,
        press_enter,
        rows,
        wide_panel,
    )
    from ui.sensemaking.action_delegates import DueDateEdit

    add_action(qtbot, window, "Write the lead definition @Ana")
    wide_panel(qtbot, window)
    editor = open_editor(qtbot, window, 0, DUE)
    qtbot.keyClicks(editor, "31 Feb")
    press_enter(qtbot, editor)
    message = window.findChild(QLabel, "actionMessage")
    assert message.isVisible() and "“31 Feb” is not a date" in message.text()
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), DueDateEdit))
    editor = QApplication.focusWidget()
    assert editor.text() == "31 Feb"  # as typed, to correct
    qtbot.keyClicks(editor, "2027-02-28")
    press_enter(qtbot, editor)
    assert rows(window) == [
        ["Write the lead definition", "Ana Lopez", "Sales", "28 Feb 2027", "open", ""]
    ]
    assert not message.isVisible()  # the date stored answers the refusal


def test_the_chart_says_its_gaps_compare_notes_while_one_side_has_dots(qtbot, themed):
    # Sales's dots typed first, all on "Bonus plans": the chart tagged that theme
    # "Marketing +67 pts" beside the solid sales bar, with nothing saying the gap was of
    # notes (the minutes say so: "Only sales gave dots in this round").
    from tests.ui.test_sensemaking_votes import SALES, type_votes
    from ui.sensemaking.comparison import ComparisonChart, gap_tag

    type_votes(qtbot, themed, 1, SALES, "5")
    chart = themed.findChild(ComparisonChart, "comparisonChart")
    bonus = chart.bars[1]
    assert bonus.votes["sales"] == 100.0 and gap_tag(bonus) == "Marketing +67 points"
    _heading, explain, _legend = chart._header_lines()
    said = " ".join(explain)
    assert "Only sales gave dots so far: the gaps compare notes" in said
    assert "…" not in said  # the docked panel has room for all of it


def test_undo_entries_say_when_a_long_name_is_cut(qtbot, window):
    # The Edit menu read "Sales votes for “A very very long theme name th”: 3" and "Add note
    # “Our webinar leads never get a ca”": cut at 30 characters as if that were the name.
    from tests.ui.test_main_window import type_note

    type_note(qtbot, window, "Our webinar leads never get a call from anyone in sales")
    assert window.undo_stack.undoText() == "Add note “Our webinar leads never get a…”"
    type_note(qtbot, window, "Short note")
    assert window.undo_stack.undoText() == "Add note “Short note”"


def test_a_first_name_two_people_share_is_not_filled_in_as_one_of_them(qtbot, window):
    # Typing "Ana" in the Owner cell with two Anas in the room filled in "Ana Lopez" without
    # a word, and Enter gave her the action.
    from tests.ui.test_sensemaking_actions import OWNER, add_action, rows, type_in_cell

    window.store.add_participant("Ana Ruiz", function="marketing")
    add_action(qtbot, window, "Write the lead definition")
    type_in_cell(qtbot, window, 0, OWNER, "Ana")
    assert rows(window)[0][OWNER] == "Ana"
    assert "“Ana” could be Ana Lopez or Ana Ruiz" in window.statusBar().currentMessage()
    # One person's start of a name still completes: "Ana R" is Ana Ruiz.
    type_in_cell(qtbot, window, 0, OWNER, "Ana R")
    assert rows(window)[0][OWNER] == "Ana Ruiz"


def test_a_name_picked_with_the_arrow_keys_is_the_one_kept(qtbot, window):
    from tests.ui.test_sensemaking_actions import OWNER, add_action, open_editor, press_enter, rows

    window.store.add_participant("Ana Ruiz", function="marketing")
    add_action(qtbot, window, "Write the lead definition")
    editor = open_editor(qtbot, window, 0, OWNER)
    qtbot.keyClicks(editor, "Ana")
    for _ in range(3):  # Ana Lopez, Ben Okafor, Ana Ruiz
        if editor.currentText() == "Ana Ruiz":
            break
        qtbot.keyClick(editor, Qt.Key.Key_Down)
    assert editor.currentText() == "Ana Ruiz"
    press_enter(qtbot, editor)
    assert rows(window)[0][OWNER] == "Ana Ruiz"


def test_ranking_by_votes_keeps_the_cell_the_keyboard_was_on(qtbot, themed):
    # Dots typed, Ctrl+Shift+R to rank: the table was left with no current cell, so the
    # next count typed went nowhere and Ctrl+Alt+A said "Select a theme in the votes table
    # first" while the facilitator was on one.
    from PySide6.QtWidgets import QApplication

    from tests.ui.test_sensemaking_votes import SALES, cell, panel_of, type_votes
    from ui.sensemaking.vote_model import THEME_COL

    type_votes(qtbot, themed, 2, SALES, "9")
    panel = panel_of(themed)
    table = panel.table
    assert cell(themed, 2, THEME_COL) == "Slow follow-up"
    # (Enter went on to the next column's top: back to the count just typed.)
    rect = table.visualRect(panel.proxy.index(2, SALES))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(table, Qt.Key.Key_R, ctrl_shift)
    assert [cell(themed, r, THEME_COL) for r in range(3)][0] == "Slow follow-up"
    assert table.hasFocus() and table.currentIndex().row() == 0
    assert table.currentIndex().column() == SALES

    qtbot.keyClick(table, "7")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cell(themed, 0, SALES) == "7")
    slow = next(
        t for t in themed.store.themes(themed.shown_round_id()) if t.label == "Slow follow-up"
    )
    assert themed.store.theme_votes(slow.id)["sales"] == 7
    # Enter went on to the next theme's count; Up comes back to the theme just voted.
    assert cell(themed, table.currentIndex().row(), THEME_COL) != "Slow follow-up"
    qtbot.keyClick(table, Qt.Key.Key_Up)

    ctrl_alt = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(table, Qt.Key.Key_A, ctrl_alt)
    line = QApplication.focusWidget()
    assert line.objectName() == "actionText" and line.text() == "Slow follow-up"
