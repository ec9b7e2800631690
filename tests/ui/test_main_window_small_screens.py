"""The main window on a small laptop or projector (800x600, 1024x768): nothing it says is
cut. At 800 pixels the side panels' tabs read "The…", "Vo…", "Action ite…" and the note
line's placeholder "Type a note, Enter to add  (s: m: o: pre…"."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QDockWidget, QTabBar

from ui.windows.round_controls import CAPTURE_PLACEHOLDER


def settled(qtbot, window, size: tuple[int, int]) -> None:
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0])
    for _ in range(3):
        qtbot.wait(20)


def panel_tabs(window) -> QTabBar:
    return next(t for t in window.findChildren(QTabBar) if t.count() == 3 and t.isVisible())


@pytest.mark.parametrize("size", [(800, 600), (1024, 768), (1366, 768)])
def test_the_side_panels_tabs_read_whole(qtbot, window, size):
    settled(qtbot, window, size)
    tabs = panel_tabs(window)
    assert [tabs.tabText(i) for i in range(3)] == ["Themes", "Votes", "Action items"]
    for i in range(tabs.count()):
        # The tab as wide as it asks to be: a narrower one elides its name.
        assert tabs.tabRect(i).width() >= tabs.tabSizeHint(i).width(), tabs.tabText(i)
        assert tabs.rect().contains(tabs.tabRect(i)), tabs.tabText(i)
    # The board keeps at least one column of cards.
    assert window.board.width() >= window.board.card_size.width() + 12
    assert window.width() == size[0]


@pytest.mark.parametrize("size", [(800, 600), (1024, 768)])
def test_the_note_line_says_how_to_add_a_note_whole(qtbot, window, size):
    settled(qtbot, window, size)
    entry = window.entry
    assert entry.placeholderText() == CAPTURE_PLACEHOLDER
    shown = entry.property("placeholderText")  # what the line draws
    room = entry.width() - 16
    assert QFontMetrics(entry.font()).horizontalAdvance(shown) <= room, shown
    assert shown.startswith("Type a note, Enter to add")
    if shown != CAPTURE_PLACEHOLDER:
        assert entry.toolTip() == CAPTURE_PLACEHOLDER  # the rest of it, on hover


def test_a_wide_note_line_shows_the_placeholder_whole_and_no_tooltip(qtbot, window):
    settled(qtbot, window, (800, 600))
    settled(qtbot, window, (1366, 768))
    assert window.entry.property("placeholderText") == CAPTURE_PLACEHOLDER
    assert window.entry.toolTip() == ""
    dock = window.findChild(QDockWidget, "themesDock")
    assert dock.width() >= 400  # the panels widen again
