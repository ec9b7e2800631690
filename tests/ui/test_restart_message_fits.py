"""After a flat battery the window opens at its size, with what it says in view.

Walked with the real app on a 1366x768 laptop: reopened after a crash mid-round with a note
half typed, the window came up 893 pixels tall on the 768-pixel screen. The status bar had
fitted its message ("Round 2's clock ran on while the app was closed. … The note you were
typing … is back in the line") to its width before the window was laid out (100 pixels:
dozens of lines), and the window grew to hold them, so that message, the panels' tabs and
the Re-plan button were below the bottom of the screen."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLineEdit

from tests.ui.conftest import battery_dies, shown_window


def test_reopened_after_a_crash_the_window_keeps_its_size_and_shows_the_message(
    qtbot, window, session_file, fake_clock
):
    qtbot.keyClick(window.entry, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.entry, "m: Leads go c")
    action_line = window.findChild(QLineEdit, "actionText")
    qtbot.keyClicks(action_line, "Send the lead definition round")
    for typed in ("Leads go c", "lead definition round"):
        qtbot.waitUntil(
            lambda typed=typed: any(
                typed in str(QSettings().value(k)) for k in QSettings().allKeys()
            ),
            timeout=3000,
        )
    battery_dies(window)
    fake_clock.advance(120)
    again = shown_window(qtbot, session_file, fake_clock)
    bar = again.statusBar()
    said = bar.currentMessage()
    assert "clock ran on while the app was closed" in said
    assert "The note you were typing" in said
    assert again.height() == 800  # as shown_window sized it (it came up 865 tall)
    # The message is in the window, on as few lines as its width needs.
    qtbot.waitUntil(lambda: bar.geometry().bottom() < again.height(), timeout=2000)
    lines = bar.fontMetrics().lineSpacing()
    assert bar.height() <= 5 * lines
    again.close()
