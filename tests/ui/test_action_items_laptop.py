"""An action item's text has a readable width in the docked Action items panel: in a
maximised 1366x768 window it had 94 pixels beside Owner, Due, Status and Theme, and a
typical item ("Write one shared definition of a sales-qualified lead and send it round")
took six lines. Owners are cut and dates short there instead (their tooltips have them
whole); a 1920-pixel window gives the panel room for every column but Function."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStyle

from roundtable.dates import short_date, written_date
from tests.ui.test_action_items_small_window import actions_in_front
from tests.ui.test_sensemaking_actions import add_action, floating_panel, panel_of
from ui.sensemaking.action_model import DUE, OWNER, STATUS, THEME, WHAT

TYPICAL = "Write one shared definition of a sales-qualified lead and send it round"


def lines_of(view, row: int) -> int:
    """The lines an item's text takes in its cell, as the table paints it."""
    index = view.model().index(row, WHAT)
    cell = view.visualRect(index)
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    metrics = view.fontMetrics()
    wrap = int(Qt.TextFlag.TextWordWrap)
    text = index.data(Qt.ItemDataRole.EditRole)
    tall = metrics.boundingRect(0, 0, cell.width() - 2 * margin, 10_000, wrap, text).height()
    return round(tall / metrics.lineSpacing())


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_a_typical_item_takes_three_lines_at_most(qtbot, demo_window, size):
    owner = demo_window.store.participants()[7]  # Sofia Marín
    demo_window.store.add_action(TYPICAL, owner=owner.name, owner_function=owner.function)
    view = actions_in_front(qtbot, demo_window, size)
    header = view.horizontalHeader()
    assert view.horizontalScrollBar().maximum() == 0
    assert header.sectionSize(WHAT) >= 195  # 94 beside every column but Function
    rows = view.model().rowCount()
    assert rows == 4
    for row in range(rows):
        assert lines_of(view, row) <= 3, view.model().index(row, WHAT).data()
        assert view.rowHeight(row) <= 3 * view.fontMetrics().lineSpacing() + 4
    # Owner, due date and done-or-not stay in their columns, beside the text.
    for col in (OWNER, DUE, STATUS):
        assert not view.isColumnHidden(col)
    action = demo_window.store.actions()[0]
    due = view.model().index(0, DUE)
    assert due.data() in (written_date(action.due), short_date(action.due, today=date.today()))
    assert due.data(Qt.ItemDataRole.ToolTipRole) == written_date(action.due)
    what = view.model().index(0, WHAT).data(Qt.ItemDataRole.ToolTipRole)
    theme = demo_window.store.theme(action.theme_id).label
    hint = demo_window.findChild(QLabel, "actionsHint")
    # F2 marks an item dropped in the column headed Status, or Done where it is short.
    status_head = view.model().headerData(STATUS, Qt.Orientation.Horizontal)
    assert ("F2 on its Status marks" in hint.text()) == (status_head == "Status")
    assert ("F2 on its Done box marks" in hint.text()) == (status_head == "Done")
    if size == (1920, 1080):
        # A wide window's panel shows each item's theme in its own column.
        assert not view.isColumnHidden(THEME)
        assert panel_of(demo_window).shown_rows()[0][THEME] == theme
        assert header.sectionSize(THEME) >= 90
    else:
        # The laptop's: in the item's tooltip, and the hint says how to see the column.
        assert view.isColumnHidden(THEME) and f"From theme: {theme}" in what
        assert "Widen the panel to see each item's Function and Theme." in hint.text()


def test_an_owner_cut_to_fit_is_whole_in_its_tooltip(qtbot, demo_window):
    store = demo_window.store
    name = "Maximiliane Vandenberghe-Lindqvist"
    store.add_participant(name, "marketing")
    store.add_action(TYPICAL, owner=name, owner_function="marketing")
    view = actions_in_front(qtbot, demo_window, (1366, 768))
    row = view.model().rowCount() - 1
    cell = view.model().index(row, OWNER)
    assert cell.data() == name
    room = view.horizontalHeader().sectionSize(OWNER)
    assert view.fontMetrics().horizontalAdvance(name) > room  # cut in the column
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == f"{name} (Marketing)"
    assert lines_of(view, row) <= 3


def test_a_panel_widened_after_owners_are_named_goes_compact_only_below_one_width(qtbot, window):
    # Owners named while the laptop's panel was compact went unmeasured: widened, the panel
    # showed every column at one width, went compact again a little wider, then back.
    view = actions_in_front(qtbot, window, (1366, 768))
    for name in ("Bob Chen", "Fatima Al-Sayed"):
        window.store.add_participant(name, "sales")
    add_action(qtbot, window, "Write down one shared lead definition @Bob Chen")
    assert panel_of(window).model.compact
    add_action(qtbot, window, "Publish the revenue number weekly to both teams @Fatima Al-Sayed")
    compact = []
    for width in range(440, 560, 6):
        floating_panel(window, width, 620)
        qtbot.wait(30)
        compact.append(panel_of(window).model.compact)
        assert view.horizontalScrollBar().maximum() == 0, width
    assert compact[0] and not compact[-1]
    assert compact == sorted(compact, reverse=True), compact  # compact, then never again
