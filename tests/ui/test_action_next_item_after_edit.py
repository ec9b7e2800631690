"""The next action item typed after giving the last one an owner, or after Esc on its due
date, is added as an item: it went into the cell the keyboard was left on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from roundtable.store import Store
from tests.ui.test_sensemaking_actions import add_action, press_enter, rows
from ui.sensemaking.action_delegates import DueDateEdit


def test_enter_on_the_new_items_owner_leaves_the_next_item_to_the_line(qtbot, window, session_file):
    # Tab, "Ana", Enter, then the next item typed: it replaced Ana as the first item's
    # owner ("Write the shared ICP" in the Owner column), and no second item was made.
    add_action(qtbot, window, "Collect three win stories")
    entry = window.findChild(QLineEdit, "actionText")
    qtbot.keyClick(entry, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Ana")
    press_enter(qtbot, QApplication.focusWidget())
    assert entry.hasFocus()
    # The status bar no longer asks to "press Tab to give this one an owner".
    said = window.statusBar().currentMessage()
    assert said == "Ana Lopez owns “Collect three win stories” (Ctrl+Z undoes).", said
    qtbot.keyClicks(QApplication.focusWidget(), "Write the shared ICP @ben")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert [r[:2] for r in rows(window)] == [
        ["Collect three win stories", "Ana Lopez"],
        ["Write the shared ICP", "Ben Okafor"],
    ]
    window.store.checkpoint()
    with Store.open(session_file, read_only=True) as store:
        assert [(a.text, a.owner) for a in store.actions()] == [
            ("Collect three win stories", "Ana Lopez"),
            ("Write the shared ICP", "Ben Okafor"),
        ]


def test_esc_on_a_refused_due_date_leaves_the_next_item_to_the_line(qtbot, window):
    # A due date refused ("next friday" was, before dates said from today were read), Esc,
    # then the next item typed: it opened the due date again and was refused as "not a
    # date"; the item was never added.
    add_action(qtbot, window, "Draft the lead definition @ana")
    entry = window.findChild(QLineEdit, "actionText")
    qtbot.keyClick(entry, Qt.Key.Key_Tab)
    assert isinstance(QApplication.focusWidget(), DueDateEdit)
    qtbot.keyClicks(QApplication.focusWidget(), "asap")
    press_enter(qtbot, QApplication.focusWidget())
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), DueDateEdit))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(entry.hasFocus)
    qtbot.keyClicks(QApplication.focusWidget(), "Invite marketing to the QBR")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert [r[0] for r in rows(window)] == [
        "Draft the lead definition",
        "Invite marketing to the QBR",
    ]
    assert "not a date" not in window.statusBar().currentMessage()
