"""Due dates are read as the facilitator types them, or refused with a reason; never saved as
another day. (A tester typed "12/31/2026" and the minutes said "due 6 February 2312".)"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCalendarWidget

from tests.ui.test_sensemaking_actions import (
    add_action,
    due_of,
    open_editor,
    press_enter,
    type_in_cell,
    undo,
)
from ui.sensemaking.action_delegates import DueDateEdit
from ui.sensemaking.action_model import DUE


@pytest.mark.parametrize(
    "typed",
    [
        "12/31/2026",
        "31/12/2026",
        "31.12.2026",
        "2026-12-31",
        "31 Dec 2026",
        "Dec 31, 2026",
        "31 Dec 26",
        "31-Dec-26",
    ],
)
def test_a_date_in_any_usual_habit_is_the_date_meant(qtbot, window, typed):
    add_action(qtbot, window, "Shared dashboard on the wall")
    editor = open_editor(qtbot, window, 0, DUE)
    assert isinstance(editor, DueDateEdit)
    qtbot.keyClicks(editor, typed)
    assert editor.text() == typed  # shown as typed while typing
    press_enter(qtbot, editor)
    assert window.store.actions()[0].due == date(2026, 12, 31)
    assert due_of(window, 0) == "31 Dec 2026"  # (the laptop's panel shows "31 Dec")


@pytest.mark.parametrize(
    ("typed", "said"),
    [("2312-02-06", "not a likely due date"), ("next week", "is not a date"), ("31/31/2026", "")],
)
def test_what_is_no_due_date_is_refused_and_the_old_date_kept(qtbot, window, typed, said):
    add_action(qtbot, window, "Shared dashboard on the wall")
    type_in_cell(qtbot, window, 0, DUE, "2027-01-15")
    type_in_cell(qtbot, window, 0, DUE, typed)
    assert window.store.actions()[0].due == date(2027, 1, 15)
    message = window.statusBar().currentMessage()
    assert said in message and "2026-12-31" in message, message  # says how to type it


def test_a_day_picked_in_the_calendar_is_saved_and_the_undo_entry_says_what(qtbot, window):
    add_action(qtbot, window, "Shared dashboard on the wall for the whole floor")
    editor = open_editor(qtbot, window, 0, DUE)
    qtbot.keyClick(editor, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = editor.findChild(QCalendarWidget, "dueDateCalendar")
    qtbot.waitUntil(calendar.isVisible)
    calendar.setSelectedDate(QDate(2027, 3, 9))
    calendar.activated.emit(QDate(2027, 3, 9))  # as Enter or a double click on the day
    assert not calendar.isVisible() and editor.text() == "2027-03-09" and editor.hasFocus()
    press_enter(qtbot, editor)
    assert window.store.actions()[0].due == date(2027, 3, 9)
    stack = window.undo_stack
    assert stack.undoText() == "Set the due date of “Shared dashboard on the wall…”"
    undo(qtbot, window)
    assert window.store.actions()[0].due is None


def test_up_and_down_move_the_date_by_a_day(qtbot, window):
    add_action(qtbot, window, "Shared dashboard on the wall")
    editor = open_editor(qtbot, window, 0, DUE)
    qtbot.keyClicks(editor, "2027-02-28")
    qtbot.keyClick(editor, Qt.Key.Key_Up)
    assert editor.text() == "2027-03-01"
    press_enter(qtbot, editor)
    assert window.store.actions()[0].due == date(2027, 3, 1)


def test_a_due_date_said_in_the_room_is_saved_as_the_day_it_means(qtbot, window):
    # The closing round asks about "the next 30 days": "in 30 days" was "not a date".
    from datetime import timedelta

    from roundtable.dates import written_date

    add_action(qtbot, window, "Write a one-page lead definition")
    type_in_cell(qtbot, window, 0, DUE, "in 30 days")
    meant = date.today() + timedelta(days=30)
    assert window.store.actions()[0].due == meant
    assert window.statusBar().currentMessage().startswith(f"Due {written_date(meant)} for “")
