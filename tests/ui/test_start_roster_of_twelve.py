"""The start screen's roster box shows a pasted roster of 12 whole: at 1366x768 it showed 7
lines and scrolled the rest out of sight. On a 600-line screen it is shorter, and the whole
form still fits the screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen

from ui.windows.sizing import TITLE_BAR
from ui.windows.start_screen import StartScreen

TWELVE = "\n".join(
    f"Person {k} Lastname, Company {k}, {'sales' if k % 2 else 'marketing'}" for k in range(1, 13)
)


def start_screen_on(
    qtbot, monkeypatch, width: int, height: int, roster: str = TWELVE
) -> StartScreen:
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(0, 0, width, height))
    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    screen.roster.setFocus()
    screen.roster.insertPlainText(roster)  # as pasted
    screen.anonymous.setChecked(True)  # the warning under the roster shows too
    qtbot.wait(10)
    return screen


@pytest.mark.parametrize("size", [(1366, 768), (1024, 768)])
def test_a_pasted_roster_of_twelve_shows_whole(qtbot, monkeypatch, size):
    screen = start_screen_on(qtbot, monkeypatch, *size)
    roster = screen.roster
    assert roster.verticalScrollBar().maximum() == 0  # nothing scrolled out of sight
    assert roster.viewport().height() >= 12 * roster.fontMetrics().lineSpacing()
    assert screen.height() <= size[1] - TITLE_BAR


def test_the_form_fits_a_600_line_screen(qtbot, monkeypatch):
    screen = start_screen_on(qtbot, monkeypatch, 800, 600)
    assert screen.anonymous_note.isVisible()
    assert screen.height() <= 600 - TITLE_BAR
    lay = screen.layout()
    assert lay.totalMinimumHeightForWidth(screen.width()) <= screen.height()
    assert screen.roster.viewport().height() >= 4 * screen.roster.fontMetrics().lineSpacing()
