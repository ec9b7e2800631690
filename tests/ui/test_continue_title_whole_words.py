"""The start screen's "Continue “…”" button cuts a long title after a whole word: the app's own
example title, "Q4 sales and marketing roundtable", read "Continue “Q4 sales and marketing
roundtab…”"."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from ui.windows import dialogs
from ui.windows.start_screen import StartScreen


def test_a_long_title_on_continue_ends_on_a_whole_word(qtbot, session_file):
    dialogs.remember(session_file, "Q4 sales and marketing roundtable")
    screen = StartScreen()
    qtbot.addWidget(screen)
    button = screen.findChild(QPushButton, "continueButton")
    assert button.text() == "Continue “Q4 sales and marketing…”"
    assert screen.title.placeholderText() == "e.g. Q4 sales and marketing roundtable"


def test_a_title_of_one_long_word_is_still_cut_to_fit(qtbot, session_file):
    dialogs.remember(session_file, "Vertriebsundmarketingrundtischgespräch")
    screen = StartScreen()
    qtbot.addWidget(screen)
    button = screen.findChild(QPushButton, "continueButton")
    assert button.text() == "Continue “Vertriebsundmarketingrundtischg…”"
