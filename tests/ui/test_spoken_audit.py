"""What a screen reader is given in every window a facilitator uses, read through Qt's
accessibility interfaces (what Orca and NVDA read): no control without a name, no row or
cell that reads as nothing, and the names a screen reader user hears on the main controls.
Also the Tab order where it left the reading order. A new button without a name fails here.

The walk itself is tests/ui/spoken_audit.py (scripts/spoken_audit.py prints its report)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QPushButton, QTableView, QToolButton, QWidget

from tests.ui.spoken_audit import problems, tab_walk, windows

CTRL = Qt.KeyboardModifier.ControlModifier


def name_of(widget: QWidget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def said_in(view: QWidget, role: QAccessible.Role) -> list[str]:
    """The names of `view`'s accessible children of `role` (its headers, cells or rows)."""
    face = QAccessible.queryAccessibleInterface(view)
    children = (face.child(i) for i in range(face.childCount()))
    return [c.text(QAccessible.Text.Name) for c in children if c.role() == role]


def test_no_control_or_row_of_a_facilitator_window_reads_as_nothing(qtbot, qapp, tmp_path):
    found, stuck = {}, {}
    for title, top in windows(qapp, tmp_path):
        top.show()
        qtbot.waitExposed(top)
        found[title] = problems(top)
        # Tab goes round every control that takes it and stays on none.
        _order, kept, missed = tab_walk(qapp, top)
        stuck[title] = kept + [f"never reached: {name}" for name in missed]
        if top.isWindow() and top.objectName() != "mainWindow":
            top.close()
    assert len(found) >= 17  # the start screen, the main window's panels, every dialog
    assert {t: p for t, p in found.items() if p} == {}
    assert {t: p for t, p in stuck.items() if p} == {}


def test_what_a_screen_reader_says_of_the_note_line_a_card_and_the_clock(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert name_of(QApplication.focusWidget()) == "New note"
    qtbot.keyClicks(window.entry, "s: Leads go cold after events")
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    qtbot.keyClick(window.entry, Qt.Key.Key_Tab)  # to the cards, the new one current
    assert QApplication.focusWidget() is window.board
    card = QAccessible.queryAccessibleInterface(window.board).focusChild()
    assert card.text(QAccessible.Text.Name).startswith("Leads go cold after events. Sales note")
    clock = window.findChild(QPushButton, "startRoundButton")
    assert name_of(clock) == "Start the clock"
    qtbot.mouseClick(clock, Qt.MouseButton.LeftButton)
    assert name_of(clock) == "Pause the clock"
    assert name_of(window.findChild(QPushButton, "addMinuteButton")) == "Add 1 minute to the round"


def test_votes_and_themes_say_their_columns_and_counts_in_words(qtbot, themed):
    window = themed
    lead = window.store.themes(window.shown_round_id())[0]
    window.store.set_votes(lead.id, "sales", 4)
    window.store.set_votes(lead.id, "marketing", 1)
    table = window.findChild(QTableView, "voteTable")
    qtbot.waitUntil(lambda: "Lead definition: 5 votes" in said_in(table, QAccessible.Role.Cell))
    heads = said_in(table, QAccessible.Role.ColumnHeader)
    assert heads[2:] == ["Dots from sales", "Dots from marketing", "Dots from other functions"] + [
        "All dots"
    ]
    assert "2 sales, 1 marketing, 0 other" in said_in(table, QAccessible.Role.Cell)
    themes = window.findChild(QWidget, "themeList")
    assert said_in(themes, QAccessible.Role.ColumnHeader)[2] == "Notes from sales"
    rows = said_in(themes, QAccessible.Role.TreeItem)
    assert "Theme Lead definition: 3 notes (2 sales, 1 marketing, 0 other)." in rows


def test_tab_goes_through_the_votes_panel_and_the_find_line_in_reading_order(qtbot, themed):
    window = themed
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    rank = window.findChild(QPushButton, "rankByVotesButton")
    rank.setFocus()
    qtbot.keyClick(rank, Qt.Key.Key_Tab)  # the button above the table, then the table
    assert QApplication.focusWidget().objectName() == "phoneVoteButton"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget().objectName() == "voteTable"

    qtbot.keyClick(window.entry, Qt.Key.Key_F, CTRL)  # the find line, under the note line
    assert QApplication.focusWidget() is window.find_bar.line
    qtbot.keyClick(window.find_bar.line, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is window.entry
    close = window.find_bar.findChild(QToolButton, "closeFind")
    assert name_of(close) == "Close the search"
    close.setFocus()
    qtbot.keyClick(close, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.board
