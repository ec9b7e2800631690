"""The Due date's calendar opens whole on the screen. Opened from the Action items panel at
the right edge of a laptop's screen, it ran off it: Saturday was cut in half and Sunday
was not there to pick."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCalendarWidget

from tests.ui.test_sensemaking_actions import add_action, open_editor
from ui.sensemaking.action_model import DUE


def test_the_calendar_stays_on_the_screen(qtbot, window):
    add_action(qtbot, window, "Run a joint win-loss review @Ana Lopez by 22 Jan")
    screen = window.screen().availableGeometry()
    window.move(screen.topLeft())
    window.resize(screen.size())  # the panel at the screen's right edge
    editor = open_editor(qtbot, window, 0, DUE)
    qtbot.keyClick(editor, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = editor.findChild(QCalendarWidget, "dueDateCalendar")
    qtbot.waitUntil(calendar.isVisible)

    shown = calendar.frameGeometry()
    assert screen.contains(shown), (shown, screen)
    # Still under the cell it belongs to, not over it.
    assert shown.top() >= editor.mapToGlobal(editor.rect().bottomLeft()).y()
