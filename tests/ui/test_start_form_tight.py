"""The start screen's form rows sit tight under an anonymous roster's warnings: each
warning had a band of blank space under it as tall as its text (a row of four lines for two),
and the window grew by as much: on a 600-line screen the form needed 609 pixels of 560."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QStyle, QWidget

from tests.ui.test_start_roster_of_twelve import start_screen_on as twelve_on
from ui.windows.sizing import TITLE_BAR
from ui.windows.start_screen import StartScreen

# Twelve people, one of them the only marketing participant: both warnings show.
TWELVE = "\n".join(f"Person {k} Lastname, Company {k}, sales" for k in range(1, 12)) + (
    "\nBen Okafor, Company X, marketing"
)


def start_screen_on(qtbot, monkeypatch, width: int, height: int) -> StartScreen:
    return twelve_on(qtbot, monkeypatch, width, height, roster=TWELVE)


def blank_under_words(label: QLabel, below: QWidget) -> int:
    """Pixels between the last line of `label`'s words and the top of the row under it
    (a label taller than its words centres them)."""
    words = label.heightForWidth(label.width())
    bottom = label.y() + (label.height() + words) // 2
    return below.y() - bottom


def assert_tight(screen: StartScreen) -> None:
    # The form's rows are this far apart (its layout keeps the style's spacing).
    spacing = screen.style().pixelMetric(QStyle.PixelMetric.PM_LayoutVerticalSpacing)
    create = screen.findChild(QWidget, "createSessionButton")
    note, lone = screen.anonymous_note, screen.lone_sides
    assert note.isVisible() and lone.isVisible()
    assert "Ben Okafor is the only marketing participant" in lone.text()
    for label, below in (
        (screen.template_about, screen.title),
        (note, lone),
        (lone, create),
    ):
        assert blank_under_words(label, below) <= spacing + 3, label.objectName()
        assert label.height() >= label.heightForWidth(label.width())  # every line shows


@pytest.mark.parametrize("size", [(1366, 768), (1024, 768), (800, 600)])
def test_the_warnings_sit_tight_and_the_form_fits(qtbot, monkeypatch, size):
    screen = start_screen_on(qtbot, monkeypatch, *size)
    assert_tight(screen)
    assert screen.height() <= size[1] - TITLE_BAR
    assert screen.layout().totalMinimumHeightForWidth(screen.width()) <= screen.height()
    # The twelve names show whole, even on the 600-line screen.
    roster = screen.roster
    assert roster.verticalScrollBar().maximum() == 0
    assert roster.viewport().height() >= 12 * roster.fontMetrics().lineSpacing()
    # Maximised, the room left over goes under the form, not between its rows.
    screen.resize(size[0], size[1] - TITLE_BAR)
    qtbot.waitUntil(lambda: screen.width() == size[0])
    qtbot.wait(10)
    assert_tight(screen)
