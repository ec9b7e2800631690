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
    # The item has its date but no owner: said before the minutes go out.
    assert window.statusBar().currentMessage() == (
        f"Session ended at {ended.astimezone():%H:%M}; of the open action items, 1 has no"
        " owner (Action items panel): export the minutes with Ctrl+E, set up the follow-up"
        " with Ctrl+Shift+F."
    )


def test_what_the_end_says_of_commitments_left_without_owner_or_date():
    from datetime import date, datetime

    from roundtable.model import Action
    from ui.windows.round_controls import commitments_to_finish

    def item(owner: str, due: date | None, status: str = "open") -> Action:
        made = datetime(2027, 1, 4, 16, 0)
        return Action(1, "Shared ICP", owner, "sales", due, status, None, None, made, 0)

    day = date(2027, 1, 31)
    assert commitments_to_finish([]) == ""
    assert commitments_to_finish([item("Ana", day), item("", None, "done")]) == ""
    assert commitments_to_finish([item("", None), item(" ", day), item("Ben", None)]) == (
        "; of the open action items, 2 have no owner and 2 have no due date (Action items panel)"
    )
