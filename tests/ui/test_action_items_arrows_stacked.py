"""In a small window (800x600) each action item's owner and due date are on a line under
its text, and the arrow keys reach them: Right goes from an item's text to its owner, then
its due date, then its Done box (Left back); Up and Down go to the same field of the item
above or below; F2 (or typing) edits the field the keyboard is on. Only Tab and a
double-click reached them; Right went from the text straight to Done, and from an owner
Tab had opened, Down went nowhere a facilitator could see."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from tests.ui.test_action_items_small_window import actions_in_front
from tests.ui.test_sensemaking_actions import add_action, press_enter
from ui.sensemaking.action_delegates import DueDateEdit
from ui.sensemaking.action_model import DUE, OWNER, STATUS, WHAT


def key(qtbot, view, k: Qt.Key) -> tuple[int, int]:
    qtbot.keyClick(view, k)
    here = view.currentIndex()
    return here.row(), here.column()


def test_arrows_reach_the_owner_and_due_date_under_each_item(qtbot, window):
    view = actions_in_front(qtbot, window, (800, 600))
    add_action(qtbot, window, "Share the win-loss notes")
    add_action(qtbot, window, "Book the joint pipeline review")
    assert view.isColumnHidden(OWNER) and view.isColumnHidden(DUE)
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, WHAT))
    assert key(qtbot, view, Qt.Key.Key_Right) == (0, OWNER)
    assert key(qtbot, view, Qt.Key.Key_Right) == (0, DUE)
    assert key(qtbot, view, Qt.Key.Key_Right) == (0, STATUS)
    assert key(qtbot, view, Qt.Key.Key_Left) == (0, DUE)
    assert key(qtbot, view, Qt.Key.Key_Down) == (1, DUE)
    assert key(qtbot, view, Qt.Key.Key_Left) == (1, OWNER)
    assert key(qtbot, view, Qt.Key.Key_Up) == (0, OWNER)
    assert key(qtbot, view, Qt.Key.Key_Left) == (0, WHAT)
    # Where the keyboard is shows: the item looked the same on its text, owner or due date.
    item = view.visualRect(view.model().index(0, WHAT))
    looks = []
    for _ in range(3):
        view.viewport().repaint()
        looks.append(view.viewport().grab(item).toImage())
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert looks[0] != looks[1] and looks[1] != looks[2] and looks[0] != looks[2]
    assert view.viewport().rect().contains(view.visualRect(view.model().index(0, OWNER)))


def test_f2_edits_the_owner_and_due_date_the_arrows_reached(qtbot, window):
    view = actions_in_front(qtbot, window, (800, 600))
    add_action(qtbot, window, "Share the win-loss notes")
    add_action(qtbot, window, "Book the joint pipeline review")
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, WHAT))
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    owner = QApplication.focusWidget()
    combo = owner if isinstance(owner, QComboBox) else owner.parentWidget()
    assert isinstance(combo, QComboBox) and owner.isVisible()
    qtbot.keyClicks(owner, "Ana Lopez")
    press_enter(qtbot, owner)
    row = view.model().index(1, WHAT).data(Qt.ItemDataRole.DisplayRole)
    assert row.startswith("Book the joint pipeline review\nAna Lopez")
    view.setFocus()
    assert view.currentIndex().column() == OWNER
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    due = QApplication.focusWidget()
    assert isinstance(due, DueDateEdit) and due.isVisible()
    qtbot.keyClicks(due, "20270110")
    press_enter(qtbot, due)
    booked = next(a for a in window.store.actions() if a.text.startswith("Book"))
    assert (booked.owner, booked.due) == ("Ana Lopez", date(2027, 1, 10))
