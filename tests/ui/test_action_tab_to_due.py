"""After an item added with its owner, Tab goes where the status line says: its due date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from roundtable.store import Store
from tests.ui.test_sensemaking_actions import add_action, press_enter, rows, table, wide_panel
from ui.sensemaking.action_delegates import DueDateEdit
from ui.sensemaking.action_model import DUE


def test_tab_after_an_item_with_an_owner_opens_its_due_date(qtbot, window, session_file):
    # The status line said "press Tab to give this one a due date", but Tab opened the
    # owner: the date typed there became the owner ("31/12/2026" in the minutes).
    wide_panel(qtbot, window)  # whole dates (a laptop's panel shows "31 Dec")
    add_action(qtbot, window, "Run a joint ICP review @ben")
    assert window.statusBar().currentMessage().endswith("press Tab to give this one a due date.")
    entry = window.findChild(QLineEdit, "actionText")
    qtbot.keyClick(entry, Qt.Key.Key_Tab)
    assert isinstance(QApplication.focusWidget(), DueDateEdit)
    assert table(window).currentIndex().column() == DUE
    qtbot.keyClicks(QApplication.focusWidget(), "31/12/2026")
    press_enter(qtbot, QApplication.focusWidget())
    assert rows(window)[0][:4] == [
        "Run a joint ICP review",
        "Ben Okafor",
        "Marketing",
        "31 Dec 2026",
    ]
    assert entry.hasFocus()  # ready for the next item
    window.store.checkpoint()
    with Store.open(session_file, read_only=True) as store:
        [item] = store.actions()
    assert (item.owner, item.due) == ("Ben Okafor", date(2026, 12, 31))


def test_tab_after_an_item_without_an_owner_still_opens_its_owner(qtbot, window):
    from PySide6.QtWidgets import QComboBox

    add_action(qtbot, window, "Collect three win stories")
    assert window.statusBar().currentMessage().endswith("an owner and a due date.")
    qtbot.keyClick(window.findChild(QLineEdit, "actionText"), Qt.Key.Key_Tab)
    assert isinstance(QApplication.focusWidget(), QComboBox)


def test_the_key_list_says_tab_opens_the_due_date_first(qtbot, window):
    # F1 (and docs/shortcuts.md) said Tab opens "the last item's owner, then its due date",
    # while Tab opens the due date of an item that has an owner, as the status line says.
    from tests.ui.test_deleted_notes_and_help import shortcut_rows, shown_dialog

    qtbot.keyClick(window.entry, Qt.Key.Key_F1)
    search = shown_dialog(window, "shortcutsDialog").findChild(QLineEdit, "shortcutSearch")
    qtbot.keyClicks(search, "action items tab")
    [(_group, what, keys)] = [
        r for r in shortcut_rows(shown_dialog(window, "shortcutsDialog")) if r[2] == "Tab"
    ]
    assert what == "Action items: the last item's due date (its owner first if it has none)"
