"""The Action items panel puts the commitments on the wall itself: a facilitator reading
them back had only Ctrl+F5 or View > Commitments on the wall, which they did not find. The
panel's On the wall button does what Ctrl+F5 does, is pressed only while the wall is open
and shows them, says when the wall is not open, and fits above Delete at every window size
without taking the hint's room (a button beside the hint left it a word a line at 800)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QToolButton

from tests.ui.test_action_items_small_window import actions_in_front
from tests.ui.test_wall_commitments import german_window, listed  # noqa: F401

SHIFT = Qt.KeyboardModifier.ShiftModifier


def wall_button(window) -> QToolButton:
    return window.findChild(QToolButton, "actionsOnWallButton")


def test_the_button_opens_the_wall_with_the_commitments_and_brings_the_notes_back(
    qtbot,
    german_window,  # noqa: F811 (the fixture)
):
    window = german_window
    window.start_btn.click()
    view = window.presenter
    button = wall_button(window)
    assert button.text() == "On the wall" and not button.isChecked()
    assert button.toolTip().startswith("The wall is not open:")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.isVisible() and view.commitments.isVisible())
    assert listed(view) == [("Leaddefinition schreiben", "Jonas Weber  ·  fällig am 8. Jan. 2027")]
    assert button.isChecked()
    said = window.statusBar().currentMessage()
    assert said == "The wall was not open: it opens with the commitments (F5 closes it)."
    # Pressed again: the round's notes, and the button is up.
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.wall.isVisible())
    assert view.isVisible() and not view.commitments.isVisible()
    assert not button.isChecked()
    assert button.toolTip().startswith("The wall shows the round's notes:")
    assert window.statusBar().currentMessage() == "The wall shows the notes again."
    # It follows the keys on the wall: Ctrl+F5 presses it, Shift+F5 lets it up, and with
    # the view closed (F5) it is up and says the wall is not open.
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    qtbot.keyClick(view, Qt.Key.Key_F5, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: button.isChecked())
    assert button.toolTip().startswith("The wall shows these action items:")
    qtbot.keyClick(view, Qt.Key.Key_F5, SHIFT)
    qtbot.waitUntil(lambda: not button.isChecked())
    qtbot.keyClick(view, Qt.Key.Key_F5, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: button.isChecked())
    qtbot.keyClick(view, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: not view.isVisible())
    assert not button.isChecked()
    assert button.toolTip().startswith("The wall is not open:")


@pytest.mark.parametrize("size", [(800, 600), (1024, 768), (1366, 768), (1920, 1080)])
def test_the_button_fits_above_delete_and_leaves_the_hint_its_room(qtbot, demo_window, size):
    actions_in_front(qtbot, demo_window, size)
    button = wall_button(demo_window)
    delete = demo_window.findChild(QPushButton, "deleteActionButton")
    hint = demo_window.findChild(QLabel, "actionsHint")
    panel = hint.parentWidget()
    assert button.isVisible() and delete.isVisible()
    # Its words whole, in the column of Delete and no wider: the hint keeps its width.
    assert button.fontMetrics().horizontalAdvance(button.text()) + 8 <= button.width()
    assert button.width() == delete.width() == delete.sizeHint().width()
    where = button.mapTo(panel, QPoint(0, 0))
    under = delete.mapTo(panel, QPoint(0, 0))
    assert where.x() == under.x() and where.y() + button.height() <= under.y()
    assert panel.rect().contains(button.geometry().translated(where - button.pos()))
    assert hint.mapTo(panel, QPoint(hint.width(), 0)).x() <= where.x()


def test_tab_reaches_it_after_delete(qtbot, window):
    # Tab from the items still goes to Delete first, as before; the wall's button is next.
    actions_in_front(qtbot, window, (1366, 768))
    delete = window.findChild(QPushButton, "deleteActionButton")
    delete.setFocus()
    qtbot.keyClick(delete, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is wall_button(window)
    qtbot.keyClick(wall_button(window), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is delete
