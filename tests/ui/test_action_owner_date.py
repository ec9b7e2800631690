"""A due date typed in an action item's Owner cell goes in Due, said and undoable; a name
that is also a day stays an owner."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit

from roundtable.store import Store
from tests.ui.test_sensemaking_actions import (
    CTRL,
    add_action,
    press_enter,
    rows,
    type_in_cell,
    wide_panel,
)
from ui.sensemaking.action_model import DUE, OWNER


def owner_after_tab(qtbot, window, text: str, typed: str) -> None:
    """Add an item with no owner, Tab from the line to its Owner cell, type, Enter."""
    add_action(qtbot, window, text)
    qtbot.keyClick(window.findChild(QLineEdit, "actionText"), Qt.Key.Key_Tab)
    owner = QApplication.focusWidget()
    assert isinstance(owner, QComboBox)
    qtbot.keyClicks(owner, typed)
    press_enter(qtbot, owner)


def test_a_date_typed_as_the_owner_goes_in_due_and_one_undo_takes_it_back(
    qtbot, window, session_file
):
    # Tab from the item line opens Owner first: "31/12/2026" became the owner, with only
    # "is not on the roster" said.
    wide_panel(qtbot, window)  # whole dates (a laptop's panel shows "31 Dec")
    owner_after_tab(qtbot, window, "Send the pricing deck", "31/12/2026")
    assert rows(window)[0][OWNER] == ""
    assert rows(window)[0][DUE] == "31 Dec 2026"
    assert window.statusBar().currentMessage() == (
        "“31/12/2026” is a date, so it went in Due: “Send the pricing deck” is due"
        " 31 Dec 2026. It has no owner yet. Ctrl+Z undoes."
    )
    entry = window.findChild(QLineEdit, "actionText")
    assert entry.hasFocus()  # back in the line, as after any owner typed there
    window.store.checkpoint()
    with Store.open(session_file, read_only=True) as store:
        [item] = store.actions()
    assert (item.owner, item.due) == ("", date(2026, 12, 31))
    qtbot.keyClick(entry, Qt.Key.Key_Z, CTRL)
    assert rows(window)[0][OWNER : DUE + 1] == ["", "Joint", ""]
    assert window.store.actions()[0].text == "Send the pricing deck"


def test_a_day_said_in_the_room_goes_in_due_too(qtbot, window):
    owner_after_tab(qtbot, window, "Book the follow-up call", "friday")
    today = date.today()
    friday = today + timedelta(days=(4 - today.weekday() - 1) % 7 + 1)
    [item] = window.store.actions()
    assert (item.owner, item.due) == ("", friday)
    assert window.statusBar().currentMessage().startswith("“friday” is a date, so it went in Due")


def test_a_name_that_is_also_a_day_stays_the_owner(qtbot, window):
    window.store.add_participant("Sunday Okoro", function="sales")
    owner_after_tab(qtbot, window, "Share the win stories", "Sunday")
    [item] = window.store.actions()
    assert (item.owner, item.due) == ("Sunday Okoro", None)
    # A weekday's short form alone is somebody's name as often as a day.
    owner_after_tab(qtbot, window, "Call the distributor", "Sat")
    assert (window.store.actions()[1].owner, window.store.actions()[1].due) == ("Sat", None)


def test_a_date_typed_as_the_owner_does_not_replace_a_due_date(qtbot, window):
    add_action(qtbot, window, "Draft the joint ICP @ana")
    type_in_cell(qtbot, window, 0, DUE, "2026-12-18")
    type_in_cell(qtbot, window, 0, OWNER, "in two weeks")
    [item] = window.store.actions()
    assert (item.owner, item.due) == ("Ana Lopez", date(2026, 12, 18))
    said = window.findChild(QLabel, "actionMessage").text()
    assert said.startswith(
        "“in two weeks” is a date, not an owner: type it in the Due column to change the"
        " due date (18 Dec 2026 now)."
    )
    # Nothing typed is lost: the Owner cell opens again on it, and Esc keeps the owner.
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QComboBox))
    owner = QApplication.focusWidget()
    assert owner.currentText() == "in two weeks"
    qtbot.keyClick(owner, Qt.Key.Key_Escape)
    assert window.store.actions()[0].owner == "Ana Lopez"


def test_a_day_after_the_at_sign_in_the_item_line_is_its_due_date(qtbot, window):
    # "… @friday" in the Action items line made "friday" the owner (the Owner cell read
    # such a day as a date, the line did not).
    add_action(qtbot, window, "Send the battlecards @friday")
    [item] = window.store.actions()
    today = date.today()
    friday = today + timedelta(days=(4 - today.weekday() - 1) % 7 + 1)
    assert (item.text, item.owner, item.due) == ("Send the battlecards", "", friday)
    said = window.statusBar().currentMessage()
    assert said.startswith("Action item added, due ") and "give this one an owner" in said
    # A name on the roster still names the owner, even when it is also a day.
    window.store.add_participant("Sunday Okoro", function="marketing")
    add_action(qtbot, window, "Call the agency @sunday")
    item = window.store.actions()[-1]
    assert (item.owner, item.due) == ("Sunday Okoro", None)
