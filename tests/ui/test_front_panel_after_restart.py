"""The side panel in front when the session was closed is in front when it opens again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QTableView

from tests.ui.conftest import shown_window
from tests.ui.test_acceptance_story import activate

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def in_front(win) -> list[str]:
    """The panels a user can see (the others hide behind their tabs)."""
    return [
        d.objectName()
        for d in win.findChildren(QDockWidget)
        if d.isVisible() and not d.visibleRegion().isEmpty()
    ]


def test_the_panel_in_front_comes_back_after_a_restart(qtbot, session_file, fake_clock):
    win = shown_window(qtbot, session_file, fake_clock)
    assert in_front(win) == ["themesDock"]  # a session opened the first time
    activate(qtbot, win)
    qtbot.keyClick(win.entry, Qt.Key.Key_A, CTRL_SHIFT)  # the action item line
    qtbot.waitUntil(lambda: in_front(win) == ["actionsDock"])
    win.close()

    win = shown_window(qtbot, session_file, fake_clock)
    qtbot.waitUntil(lambda: in_front(win) == ["actionsDock"])
    activate(qtbot, win)
    qtbot.keyClick(win.entry, Qt.Key.Key_V, CTRL_SHIFT)  # the votes table
    qtbot.waitUntil(lambda: win.findChild(QTableView, "voteTable").hasFocus())
    assert in_front(win) == ["votesDock"]
    win.close()

    win = shown_window(qtbot, session_file, fake_clock)
    qtbot.waitUntil(lambda: in_front(win) == ["votesDock"])
    QApplication.processEvents()
    assert in_front(win) == ["votesDock"]
    win.close()
