"""What the status bar says after Suggest themes about notes without a topic."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QPushButton


def type_notes(qtbot, window, notes) -> None:
    for text in notes:
        qtbot.keyClicks(window.entry, text)
        qtbot.keyClick(window.entry, Qt.Key.Key_Return)


def suggest(qtbot, window):
    """Click Suggest themes and wait for the preview; returns it."""
    suggester = window.findChild(QObject, "themeSuggester")
    window.findChild(QPushButton, "suggestThemesButton").click()
    qtbot.waitUntil(lambda: suggester.preview is not None and suggester.preview.isVisible())
    return suggester.preview


def test_one_note_without_a_topic_stays_ungrouped_in_the_singular(qtbot, window):
    type_notes(
        qtbot,
        window,
        ("s: Nobody agrees what a qualified lead is", "m: The MQL definition changes", "+1"),
    )
    preview = suggest(qtbot, window)
    message = window.statusBar().currentMessage()
    said = " 1 note without a topic (“+1”, “same”, emoji only) stays ungrouped for you to place."
    assert message.endswith(said), message
    qtbot.mouseClick(preview.discard, Qt.MouseButton.LeftButton)
