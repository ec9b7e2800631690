"""The compact Action items layout (a maximised 1366x768 window) showed a due date of next
year as "15 Mar", read as this March, and said an item was overdue only in red and dropped
only by striking it through in grey, with the words in tooltips: nobody who could not tell
red from black saw which commitments had slipped. A date of another year now has its year
("15 Mar ’27"), an overdue item says "late" beside its Done box and a dropped one "dropped"
in Due, each whole in its column."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from tests.ui.test_action_items_laptop import lines_of
from tests.ui.test_action_items_small_window import actions_in_front
from tests.ui.test_actions_dropped import status_editor
from tests.ui.test_sensemaking_actions import panel_of, press_enter, rows, type_in_cell
from ui.sensemaking.action_model import DUE, OWNER, STATUS, WHAT


def yy(year: int) -> str:
    return f"’{year % 100:02d}"


@pytest.fixture
def laptop_items(qtbot, demo_window):
    """The example's three items and four more, at 1366x768: one due today, one whose date
    is typed for next March, one overdue since last November, one dropped from the keys."""
    store = demo_window.store
    today = date.today()
    store.add_action("Book the joint pipeline review", owner="Ana Lopez", due=today)
    store.add_action("Agree the SLA wording", owner="Ben Okafor")
    store.add_action("Send the call notes", owner="Ana Lopez", due=date(today.year - 1, 11, 17))
    store.add_action("Change the bonus plan", owner="Ben Okafor", due=today + timedelta(days=3))
    view = actions_in_front(qtbot, demo_window, (1366, 768))
    assert panel_of(demo_window).model.compact  # (the layout with a Done box)
    type_in_cell(qtbot, demo_window, 4, DUE, f"{today.year + 1}-03-15")
    editor = status_editor(qtbot, demo_window, 6)  # F2 on its Done box, then "dropped"
    qtbot.keyClick(editor, Qt.Key.Key_Down)
    qtbot.keyClick(editor, Qt.Key.Key_Down)
    press_enter(qtbot, editor)
    qtbot.waitUntil(lambda: store.actions()[6].status == "dropped")
    qtbot.wait(50)
    return view


def test_the_laptops_panel_says_the_year_late_and_dropped_in_words(
    qtbot, demo_window, laptop_items
):
    view = laptop_items
    today = date.today()
    shown = rows(demo_window)[3:]
    assert [(r[DUE], r[STATUS]) for r in shown] == [
        (f"{today.day} {today:%b}", ""),  # this year: no year
        (f"15 Mar {yy(today.year + 1)}", ""),
        (f"17 Nov {yy(today.year - 1)}", "late"),
        ("dropped", ""),
    ]
    model = view.model()
    # The word that says why is not struck through; the item's text still is.
    assert model.index(6, DUE).data(Qt.ItemDataRole.FontRole) is None
    assert model.index(6, WHAT).data(Qt.ItemDataRole.FontRole).strikeOut()
    due_then = (today + timedelta(days=3)).year
    assert model.index(6, DUE).data(Qt.ItemDataRole.ToolTipRole).startswith("Dropped: ")
    assert f"{due_then})" in model.index(6, DUE).data(Qt.ItemDataRole.ToolTipRole)
    late = model.index(5, STATUS).data(Qt.ItemDataRole.ToolTipRole)
    assert late == f"overdue: due 17 Nov {today.year - 1}, still open"
    # Each word whole in its column, and the table still reads without scrolling sideways.
    header = view.horizontalHeader()
    assert view.horizontalScrollBar().maximum() == 0
    for row in range(model.rowCount()):
        for col in (DUE, STATUS):
            need = view.sizeHintForIndex(model.index(row, col)).width()
            assert need <= header.sectionSize(col), (row, col, model.index(row, col).data())
        assert lines_of(view, row) <= 3, model.index(row, WHAT).data()
    assert not view.isColumnHidden(OWNER)


def test_ticked_done_the_late_item_says_nothing_more(qtbot, demo_window, laptop_items):
    view = laptop_items
    header = view.horizontalHeader()
    with_late = header.sectionSize(STATUS)
    view.setFocus()
    view.setCurrentIndex(view.model().index(5, WHAT))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: demo_window.store.actions()[5].status == "done")
    assert rows(demo_window)[5][STATUS] == ""
    # No item is late now: the Done column gives What back the room "late" took.
    qtbot.waitUntil(lambda: header.sectionSize(STATUS) < with_late)
    assert view.horizontalScrollBar().maximum() == 0


def test_under_each_item_in_a_small_window_dropped_is_said_too(qtbot, demo_window):
    store = demo_window.store
    item = store.add_action("Change the bonus plan", owner="Ben Okafor", due=date.today())
    store.update_action(item.id, status="dropped")
    view = actions_in_front(qtbot, demo_window, (1024, 768))
    assert view.isColumnHidden(DUE)  # owner and due date on a line under each item
    line = view.model().index(3, WHAT).data().splitlines()[-1]
    assert line.startswith("Ben Okafor · due ") and line.endswith(" · dropped")
