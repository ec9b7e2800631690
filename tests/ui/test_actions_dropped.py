"""A commitment the group decides not to do is marked dropped from the keyboard (F2 on its
Status, then "dropped"), shown struck through in grey, and Ctrl+Z opens it again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from tests.ui.test_sensemaking_actions import (
    add_action,
    panel_of,
    press_enter,
    redo,
    status_of,
    table,
    undo,
)
from ui.sensemaking.action_model import STATUS, WHAT


def status_editor(qtbot, win, row: int) -> QComboBox:
    """Go to the item's Status cell and press F2; return the editor that opened."""
    view = table(win)
    view.setFocus()
    view.setCurrentIndex(panel_of(win).proxy.index(row, STATUS))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QComboBox) and editor.objectName() == "statusEditor"
    return editor


def test_an_item_is_dropped_with_the_keyboard_and_undo_opens_it_again(qtbot, window):
    add_action(qtbot, window, "Rebuild the lead scoring model")
    add_action(qtbot, window, "Pilot a 24-hour follow-up SLA")
    editor = status_editor(qtbot, window, 0)
    assert [editor.itemText(i) for i in range(editor.count())] == ["open", "done", "dropped"]
    assert editor.currentText() == "open"
    qtbot.keyClick(editor, Qt.Key.Key_Down)
    qtbot.keyClick(editor, Qt.Key.Key_Down)
    press_enter(qtbot, editor)

    assert status_of(window, 0) == "dropped"
    assert [a.status for a in window.store.actions()] == ["dropped", "open"]
    model = panel_of(window).proxy
    what = model.index(0, WHAT)
    assert what.data(Qt.ItemDataRole.FontRole).strikeOut()  # struck through, in grey
    assert what.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(1, WHAT).data(Qt.ItemDataRole.FontRole) is None
    assert window.undo_stack.undoText() == "Mark “Rebuild the lead scoring model” dropped"

    undo(qtbot, window)
    assert status_of(window, 0) == "open"
    assert window.store.actions()[0].status == "open"
    assert model.index(0, WHAT).data(Qt.ItemDataRole.FontRole) is None
    redo(qtbot, window)
    assert window.store.actions()[0].status == "dropped"


def test_space_still_ticks_done_and_a_dropped_item_can_be_done_after_all(qtbot, window):
    add_action(qtbot, window, "Share the win/loss survey")
    editor = status_editor(qtbot, window, 0)
    editor.setCurrentIndex(editor.findData("dropped"))
    press_enter(qtbot, editor)
    assert window.store.actions()[0].status == "dropped"
    view = table(window)
    view.setCurrentIndex(panel_of(window).proxy.index(0, STATUS))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert status_of(window, 0) == "done"
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert status_of(window, 0) == "open"


def test_the_action_model_with_a_dropped_item_passes_qt_model_checks(qtmodeltester, window):
    action = window.store.add_action("Rebuild the lead scoring model")
    window.store.update_action(action.id, status="dropped")
    qtmodeltester.check(panel_of(window).model)


def test_the_status_line_says_what_became_of_an_item(qtbot, window):
    """Going through last time's commitments in front of the room, a tick is confirmed in
    words, as a due date or an owner is."""
    add_action(qtbot, window, "Share the win/loss survey")
    view = table(window)
    view.setFocus()
    view.setCurrentIndex(panel_of(window).proxy.index(0, STATUS))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    said = window.statusBar().currentMessage()
    assert said == "“Share the win/loss survey” is done (Ctrl+Z undoes)."
    qtbot.keyClick(view, Qt.Key.Key_Space)
    said = window.statusBar().currentMessage()
    assert said == "“Share the win/loss survey” is open again (Ctrl+Z undoes)."
    editor = status_editor(qtbot, window, 0)
    editor.setCurrentIndex(editor.findData("dropped"))
    press_enter(qtbot, editor)
    said = window.statusBar().currentMessage()
    assert said == "“Share the win/loss survey” is dropped (Ctrl+Z undoes)."
