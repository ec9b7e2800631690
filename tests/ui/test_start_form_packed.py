"""The start screen keeps its form together at any window size: maximised on a laptop
(1366x768) with no recent sessions, the template's summary showed half-way down the
screen, some 200 pixels under the template box it is about, and the anonymous-notes
warning as far under the roster."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from tests.ui.test_acceptance_story import ROSTER
from ui.windows.start_screen import StartScreen


def below(upper: QWidget, lower: QWidget) -> int:
    """Pixels from the bottom of `upper` down to the middle of `lower`, where a label's
    text shows (a label taller than its text centres it)."""
    middle = lower.mapToGlobal(lower.rect().center()).y()
    return middle - upper.mapToGlobal(upper.rect().bottomLeft()).y()


def test_the_form_stays_together_in_a_large_window(qtbot):
    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    no_recent = screen.findChild(QWidget, "noRecentSessions")
    assert no_recent.isVisible()
    line = screen.fontMetrics().height()
    for width, height in ((1366, 768), (1024, 768)):
        screen.resize(width, height)
        screen.roster.clear()
        qtbot.waitUntil(
            lambda w=width: screen.width() == w and not screen.anonymous_note.isVisible()
        )
        qtbot.wait(10)
        about = screen.template_about
        assert below(screen.template, about) < 3 * line  # the summary under its template
        assert below(about, screen.title) < 3 * line  # the title under the summary
        screen.roster.setFocus()
        screen.roster.insertPlainText(ROSTER)  # the anonymous-notes warning shows
        qtbot.wait(10)
        note = screen.anonymous_note
        assert note.isVisible()
        assert below(screen.roster, note) < 3 * line  # under the roster it is about
        create = screen.findChild(QWidget, "createSessionButton")
        assert below(note, create) < 3 * line
        # The room left over goes between the form and the recent sessions.
        assert below(create, no_recent) > 10 * line
