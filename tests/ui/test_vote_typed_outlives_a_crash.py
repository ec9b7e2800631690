"""A count typed into a vote cell is saved as typing pauses, its cell still open: typed and
not yet confirmed with Enter, it was lost when the app crashed or the battery died (a
normal close saved it). The cell's counts are one undo step, the file is written once a
pause (not per key), and Esc still leaves the count as it was."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QSpinBox, QTableView, QWidget

from tests.ui.conftest import dies_mid_edit, shown_window
from tests.ui.test_acceptance_story import activate
from tests.ui.test_sensemaking_votes import SALES, TOTAL_COL, cell, panel_of


def open_cell(qtbot, window, row: int, col: int, digit: str) -> QSpinBox:
    """Click a vote cell and type its first digit (which opens the cell's editor)."""
    table = window.findChild(QTableView, "voteTable")
    rect = table.visualRect(panel_of(window).proxy.index(row, col))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(table, digit)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QSpinBox) and editor.objectName() == "voteEditor"
    return editor


def sales_votes(window, row: int = 0) -> int:
    theme = window.store.themes(window.shown_round_id())[row]
    return window.store.theme_votes(theme.id)["sales"]


def vote_writes(window) -> int:
    return sum(e.kind == "votes_set" for e in window.store.events())


def test_a_count_typed_and_not_entered_outlives_a_crash(qtbot, themed, session_file, fake_clock):
    editor = open_cell(qtbot, themed, 0, SALES, "7")
    qtbot.waitUntil(lambda: sales_votes(themed) == 7, timeout=3000)
    assert editor.isVisible()  # still typing in the open cell
    dies_mid_edit(themed)
    again = shown_window(qtbot, session_file, fake_clock)
    again.findChild(QWidget, "votesDock").raise_()
    assert cell(again, 0, 0) == "Lead definition"
    assert (cell(again, 0, SALES), cell(again, 0, TOTAL_COL)) == ("7", "7")
    activate(qtbot, again)
    qtbot.keyClick(again.entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert cell(again, 0, SALES) == "0"  # and Ctrl+Z takes it back, as any count
    again.close()


def test_a_cells_counts_are_one_undo_step_and_one_write_a_pause(qtbot, themed):
    steps, writes = themed.undo_stack.count(), vote_writes(themed)
    editor = open_cell(qtbot, themed, 0, SALES, "1")
    qtbot.keyClicks(editor, "2")  # "12" typed at once: saved once, as 12
    qtbot.waitUntil(lambda: sales_votes(themed) == 12, timeout=3000)
    assert vote_writes(themed) == writes + 1
    qtbot.keyClicks(editor, "0")  # after the pause: the count goes on, 120
    qtbot.waitUntil(lambda: sales_votes(themed) == 120, timeout=3000)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClicks(editor, "5")
    qtbot.waitUntil(lambda: sales_votes(themed) == 125, timeout=3000)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert cell(themed, 0, SALES) == "125"
    assert themed.undo_stack.count() == steps + 1  # one step for the cell, not one a pause
    qtbot.keyClick(themed.entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert cell(themed, 0, SALES) == "0"  # back to the count before the cell was typed in


def test_esc_after_a_pause_leaves_the_count_as_it_was(qtbot, themed):
    themed.store.set_votes(themed.store.themes(themed.shown_round_id())[0].id, "sales", 4)
    QApplication.processEvents()
    steps = themed.undo_stack.count()
    editor = open_cell(qtbot, themed, 0, SALES, "9")
    qtbot.waitUntil(lambda: sales_votes(themed) == 9, timeout=3000)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    QApplication.processEvents()
    assert cell(themed, 0, SALES) == "4" and sales_votes(themed) == 4
    # Nothing to undo or redo, and no "Undone: ..." said: Esc changed nothing.
    assert themed.undo_stack.count() == steps and not themed.undo_stack.canRedo()
    assert "Undone" not in themed.statusBar().currentMessage()


def test_enter_after_a_pause_goes_to_the_theme_that_was_below(qtbot, themed):
    # In a table ranked by votes: saved as typing paused, the count ranked its theme first,
    # and Enter went on from its new row, past the theme that had been below it. The rows
    # stay now, and Enter goes on to the theme below.
    from tests.ui.test_votes_enter_goes_down import ranked

    lead, bonus, slow = ranked(qtbot, themed)
    editor = open_cell(qtbot, themed, 1, SALES, "9")  # Bonus plans
    qtbot.waitUntil(lambda: sales_votes(themed, 1) == 9, timeout=3000)
    assert [cell(themed, r, 0) for r in range(3)] == [lead.label, bonus.label, slow.label]
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    table = themed.findChild(QTableView, "voteTable")
    assert cell(themed, table.currentIndex().row(), 0) == slow.label
