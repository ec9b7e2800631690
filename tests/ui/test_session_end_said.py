"""Ending the session says so in the status bar, with the key that exports the minutes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from tests.ui.test_sensemaking_actions import add_action, redo, type_in_cell, undo
from ui.sensemaking.action_model import DUE

CTRL = Qt.KeyboardModifier.ControlModifier


def test_ending_the_session_says_when_and_how_to_export(qtbot, window, fake_clock):
    # The status bar still said "Redone: Set the due date of …" after the session ended.
    rounds = window.store.rounds()
    qtbot.mouseClick(window.start_btn, Qt.MouseButton.LeftButton)
    for _ in rounds[:-1]:
        fake_clock.advance(60)
        qtbot.keyClick(window.entry, Qt.Key.Key_Right, CTRL)
    add_action(qtbot, window, "Invite marketing to the next deal review")
    type_in_cell(qtbot, window, 0, DUE, "2027-01-04")
    undo(qtbot, window)
    redo(qtbot, window)
    assert window.statusBar().currentMessage().startswith("Redone: Set the due date")
    fake_clock.advance(5 * 60)
    qtbot.keyClick(window.entry, Qt.Key.Key_Right, CTRL)
    ended = window.store.round(rounds[-1].id).ended_at
    assert ended is not None and window.timer_label.text() == "Done"
    export = window.findChild(QAction, "exportMinutesAction")
    assert export.shortcut() == QKeySequence("Ctrl+E")
    assert window.statusBar().currentMessage() == (
        f"Session ended at {ended.astimezone():%H:%M}: export the minutes with Ctrl+E."
    )
