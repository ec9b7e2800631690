"""The Action items table in a small window (800x600, as on a mirrored projector): it
read whole only by scrolling sideways (What, Owner, Due and Done took 250 pixels of 194),
so Owner, Due and Done were never in view together. Each item's owner and due date now
go on a line under its text there, and their cells still take the keyboard."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QStyle

from roundtable.dates import written_date
from tests.ui.test_main_window_small_screens import settled
from tests.ui.test_sensemaking_actions import add_action, panel_of, press_enter, table
from tests.ui.test_side_panels_small_screens import in_front
from ui.sensemaking.action_delegates import DueDateEdit
from ui.sensemaking.action_model import DUE, OWNER, STATUS, WHAT


def actions_in_front(qtbot, window, size: tuple[int, int]):
    settled(qtbot, window, size)
    in_front(qtbot, window, "actionsDock")
    view = table(window)
    qtbot.waitUntil(lambda: view.viewport().width() > 0)
    qtbot.wait(50)
    return view


@pytest.mark.parametrize("size", [(800, 600), (1024, 768), (1366, 768), (1920, 1080)])
def test_the_table_reads_whole_without_scrolling_sideways(qtbot, demo_window, size):
    view = actions_in_front(qtbot, demo_window, size)
    assert view.horizontalScrollBar().maximum() == 0
    header, model = view.horizontalHeader(), view.model()
    edge = view.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    shown = [c for c in range(model.columnCount()) if not view.isColumnHidden(c)]
    for col in shown:
        title = model.headerData(col, Qt.Orientation.Horizontal)
        assert header.fontMetrics().horizontalAdvance(title) + 2 * edge <= header.sectionSize(col)
        assert header.sectionViewportPosition(col) + header.sectionSize(col) <= header.width()
    # Every item's owner and due date are in view, in their columns or under the text.
    seen = " ".join(" ".join(row[c] for c in shown) for row in panel_of(demo_window).shown_rows())
    for action in demo_window.store.actions():
        assert action.text in seen and action.owner in seen
        assert written_date(action.due, year=False) in seen
    assert STATUS in shown
    if size == (800, 600):
        assert shown == [WHAT, STATUS]
        # The text has the room: not a word or two a line as beside three columns.
        assert header.sectionSize(WHAT) >= 150
        what = model.index(0, WHAT)
        action = demo_window.store.actions()[0]
        tip = what.data(Qt.ItemDataRole.ToolTipRole)
        assert f"{action.owner} (" in tip and written_date(action.due) in tip
        assert what.data(Qt.ItemDataRole.EditRole) == action.text  # edited without the line


def test_keys_reach_the_owner_and_due_date_under_the_item(qtbot, window):
    view = actions_in_front(qtbot, window, (800, 600))
    add_action(qtbot, window, "Share the win-loss notes")
    assert view.isColumnHidden(OWNER) and view.isColumnHidden(DUE)
    entry = window.findChild(QLineEdit, "actionText")
    # Tab from the line: the new item's owner, in view over the line under its text.
    qtbot.keyClick(entry, Qt.Key.Key_Tab)
    owner = QApplication.focusWidget()
    assert isinstance(owner.parentWidget(), QComboBox) or isinstance(owner, QComboBox)
    assert owner.isVisible() and view.viewport().rect().intersects(owner.geometry())
    qtbot.keyClicks(owner, "Ben Okafor")
    qtbot.keyClick(owner, Qt.Key.Key_Tab)  # on to its due date
    QApplication.processEvents()
    due = QApplication.focusWidget()
    assert isinstance(due, DueDateEdit) and due.isVisible()
    qtbot.keyClicks(due, "20270110")
    press_enter(qtbot, due)
    assert entry.hasFocus()  # Enter on the due date: back to the line for the next item
    action = window.store.actions()[0]
    assert (action.owner, action.due) == ("Ben Okafor", date(2027, 1, 10))
    assert panel_of(window).shown_rows()[0][WHAT] == (
        "Share the win-loss notes\nBen Okafor · due"
        f" {written_date(action.due, year=action.due.year != date.today().year)}"
    )  # (the year of a date in another year: "due 10 Jan" looked gone by)
    # Down to the items, Space ticks it done.
    qtbot.keyClick(entry, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert window.store.actions()[0].status == "done"
    assert view.horizontalScrollBar().maximum() == 0


def test_a_double_click_under_the_item_opens_its_owner_and_esc_goes_back(qtbot, window):
    view = actions_in_front(qtbot, window, (800, 600))
    add_action(qtbot, window, "Book the joint pipeline review @Ana")
    cell = view.visualRect(view.model().index(0, WHAT))
    under = QPoint(cell.left() + 10, cell.bottom() - 4)  # the owner, under the text
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=under)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=under)
    editor = QApplication.focusWidget()
    combo = editor if isinstance(editor, QComboBox) else editor.parentWidget()
    assert isinstance(combo, QComboBox) and combo.currentText() == "Ana Lopez"
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert window.store.actions()[0].owner == "Ana Lopez"
    # A double-click on the text itself still edits the text.
    on_text = cell.topLeft() + QPoint(10, 6)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=on_text)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=on_text)
    text = QApplication.focusWidget()
    assert isinstance(text, QLineEdit) and text.text() == "Book the joint pipeline review"
    # Tab from the text goes on to the owner under it, as it goes to the Owner column.
    qtbot.keyClick(text, Qt.Key.Key_Tab)
    QApplication.processEvents()
    assert view.currentIndex().column() == OWNER
    assert view.viewport().rect().intersects(QApplication.focusWidget().geometry())


def test_undoing_an_owner_brings_its_item_into_view(qtbot, window):
    view = actions_in_front(qtbot, window, (800, 600))
    for k in range(1, 17):  # more than the table shows at once
        add_action(qtbot, window, f"Commitment number {k} for the group to keep")
    first = window.store.actions()[0]
    window.store.update_action(first.id, owner="Ana Lopez")
    type_in_cell_under(qtbot, view, 0, "Ben Okafor")
    assert window.store.actions()[0].owner == "Ben Okafor"
    view.scrollToBottom()
    qtbot.waitUntil(lambda: view.rowAt(0) > 0)
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.store.actions()[0].owner == "Ana Lopez"
    qtbot.waitUntil(lambda: view.rowAt(0) == 0)  # the first item, whose owner came back


def type_in_cell_under(qtbot, view, row: int, text: str) -> None:
    """Double-click the owner under an item's text, type, Enter."""
    cell = view.visualRect(view.model().index(row, WHAT))
    under = QPoint(cell.left() + 10, cell.bottom() - 4)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=under)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=under)
    editor = QApplication.focusWidget()
    editor.lineEdit().selectAll() if isinstance(editor, QComboBox) else editor.selectAll()
    qtbot.keyClicks(editor, text)
    press_enter(qtbot, editor)


def test_at_800_the_hint_says_the_keys_in_three_lines_and_the_rest_in_its_tooltip(
    qtbot, demo_window
):
    # Beside Delete it had 124 pixels and took 11 lines, a third of the panel's height.
    from PySide6.QtWidgets import QLabel

    from ui.sensemaking.action_columns import HINT

    actions_in_front(qtbot, demo_window, (800, 600))
    hint = demo_window.findChild(QLabel, "actionsHint")
    assert hint.text().startswith("Space ticks done; Del removes")
    assert hint.height() <= 3 * hint.fontMetrics().lineSpacing() + 6
    # The column of tick boxes is headed "Done" here, and the tooltip calls it so.
    assert hint.toolTip().startswith(HINT.replace("its Status", "its Done box"))
    actions_in_front(qtbot, demo_window, (1920, 1080))
    assert hint.text().startswith(HINT) and hint.toolTip() == ""
