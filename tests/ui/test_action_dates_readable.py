"""Due dates in the action items table read as the status bar and the minutes write them
("4 Jan 2027", not "2027-01-04"), are read as typed with or without dashes, a date in the
past is kept and pointed out, and a panel whose items have no theme gives the empty
Theme column's room to What."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDockWidget, QLabel

from roundtable.store import Store
from tests.ui.test_sensemaking_actions import (
    add_action,
    open_editor,
    panel_of,
    press_enter,
    rows,
    table,
    type_in_cell,
    wide_panel,
)
from ui.sensemaking.action_delegates import DueDateEdit
from ui.sensemaking.action_model import DUE, THEME, WHAT


def test_due_dates_read_like_the_status_bar_and_still_sort_and_edit(
    qtbot, window, session_file, fake_clock
):
    wide_panel(qtbot, window)  # (a laptop's panel shows "4 Jan", the year in its tooltip)
    add_action(qtbot, window, "Write a one-page lead definition")
    type_in_cell(qtbot, window, 0, DUE, "2027-01-04")
    assert rows(window)[0][DUE] == "4 Jan 2027"
    said = window.statusBar().currentMessage()
    assert said.startswith("Due 4 Jan 2027 for ")
    # The editor still opens on the date as typed; Up is a day later.
    editor = open_editor(qtbot, window, 0, DUE)
    assert editor.text() == "2027-01-04"
    qtbot.keyClick(editor, Qt.Key.Key_Up)
    press_enter(qtbot, editor)
    assert rows(window)[0][DUE] == "5 Jan 2027"
    # Sorted by date, not by the words shown ("12 Mar" before "30 Jan" as text).
    window.store.add_action("Plan key accounts", due=date(2027, 3, 12))
    window.store.add_action("Agree the SLA", due=date(2026, 1, 30))
    header = table(window).horizontalHeader()
    x = header.sectionViewportPosition(DUE) + header.sectionSize(DUE) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert [r[DUE] for r in rows(window)] == ["30 Jan 2026", "5 Jan 2027", "12 Mar 2027"]
    window.close()
    with Store.open(session_file, clock=fake_clock) as store:
        assert store.actions()[0].due == date(2027, 1, 5)


def test_what_takes_the_room_of_an_empty_theme_column(qtbot, window):
    store = window.store
    for text in (
        "write a one-page lead definition with marketing",
        "start a weekly lead review with sales",
        "invite marketing to the next deal review",
    ):
        store.add_action(text, owner="Farid Haddad", due=date(2026, 12, 19))
    window.resize(1366, 768)  # the walkthrough's laptop, the panel docked at the right
    window.findChild(QDockWidget, "actionsDock").raise_()
    view = table(window)
    qtbot.waitUntil(lambda: view.isColumnHidden(THEME))
    header = view.horizontalHeader()
    assert header.sectionSize(WHAT) >= 195  # beside an empty Theme column: about 90
    assert view.horizontalScrollBar().maximum() == 0
    hint = window.findChild(QLabel, "actionsHint").text()
    # Widening would show an empty Theme column: the hint speaks of Function only.
    assert "Widen the panel to see and change each owner's Function." in hint
    # An item linked to a theme: the laptop's panel names it in the item's tooltip (beside
    # a Theme column, What would be too narrow to read), a wider one in the column.
    rid = window.shown_round_id()
    note = store.add_note(rid, "Leads sit for days", function="marketing")
    theme = store.add_theme(rid, "Slow follow-up", note_ids=[note.id])
    store.update_action(store.actions()[0].id, theme_id=theme.id)
    label = window.findChild(QLabel, "actionsHint")
    qtbot.waitUntil(lambda: "Function and Theme" in label.text())
    assert view.isColumnHidden(THEME) and header.sectionSize(WHAT) >= 195
    tip = view.model().index(0, WHAT).data(Qt.ItemDataRole.ToolTipRole)
    assert "From theme: Slow follow-up" in tip
    window.resizeDocks(
        [window.findChild(QDockWidget, "actionsDock")], [560], Qt.Orientation.Horizontal
    )
    qtbot.waitUntil(lambda: not view.isColumnHidden(THEME))
    assert header.sectionSize(THEME) >= 70 and header.sectionSize(WHAT) >= 190
    assert rows(window)[0][THEME] == "Slow follow-up"


def test_the_due_date_editor_shows_the_whole_date_over_a_narrow_column(qtbot, window):
    wide_panel(qtbot, window)  # whole dates (a laptop's panel shows "15 Mar")
    add_action(qtbot, window, "Shared dashboard on the wall")
    view = table(window)
    view.horizontalHeader().resizeSection(DUE, 30)  # a column squeezed by a narrow panel
    editor = open_editor(qtbot, window, 0, DUE)
    assert isinstance(editor, DueDateEdit)
    qtbot.keyClicks(editor, "20270315")
    assert editor.width() >= editor.sizeHint().width()  # it showed "202" before
    assert view.viewport().rect().contains(editor.geometry())
    press_enter(qtbot, editor)
    assert rows(window)[0][DUE] == "15 Mar 2027"


@pytest.mark.parametrize("typed", ["2027-03-15", "20270315", "2027/03/15"])
def test_a_due_date_typed_with_or_without_dashes_is_the_date_typed(qtbot, window, typed):
    add_action(qtbot, window, "Shared dashboard on the wall")
    editor = open_editor(qtbot, window, 0, DUE)
    assert isinstance(editor, DueDateEdit)
    qtbot.keyClicks(editor, typed)  # "2027-03-15" was stored as 2027-02-03 or the like
    press_enter(qtbot, editor)
    # A laptop's panel shows the date short (with its year unless it is this year's); its
    # tooltip has it whole.
    due = panel_of(window).proxy.index(0, DUE)
    short = "15 Mar" if date.today().year == 2027 else "15 Mar ’27"
    assert due.data() == short and due.data(Qt.ItemDataRole.ToolTipRole) == "15 Mar 2027"


def test_a_due_date_in_the_past_is_kept_and_pointed_out(qtbot, window):
    # "due 20 November 2026" for a session on 23 November went into the minutes unremarked.
    add_action(qtbot, window, "Shared dashboard on the wall")
    type_in_cell(qtbot, window, 0, DUE, "20200115")
    assert window.store.actions()[0].due == date(2020, 1, 15)
    assert window.statusBar().currentMessage().startswith("Due 15 Jan 2020 is in the past")
