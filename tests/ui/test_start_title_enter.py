"""Enter in the start screen's Title box goes on to the roster, the next thing to fill in:
it did nothing, and the facilitator reached for the mouse (found in the walkthrough)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui.windows.start_screen import StartScreen


def test_enter_in_the_title_goes_on_to_the_roster(qtbot):
    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    qtbot.waitUntil(lambda: screen.isActiveWindow())
    screen.title.setFocus()
    qtbot.keyClicks(screen.title, "Q1 pipeline roundtable")
    qtbot.keyClick(screen.title, Qt.Key.Key_Return)
    assert screen.roster.hasFocus()
    qtbot.keyClicks(screen.roster, "Ana Lopez, sales")
    assert screen.roster.toPlainText() == "Ana Lopez, sales"
    assert screen.title.text() == "Q1 pipeline roundtable"
