"""Page Down and Page Up on the projector wall stop where a band of themes starts
(wall_pages.py): a whole page down left a theme's header under the "more above" strip, or
out of view above its own cards, and the room read notes without their theme."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt

from tests.ui.test_undo_shows_groupings import active
from tests.ui.test_wall_on_a_projector import on_the_projector
from tests.ui.test_wall_themed_card_type import settle
from tests.ui.test_wall_themed_scrolls_readable import themed_round
from ui.windows.note_board import KIND


def _top_of_view(wall) -> tuple[str, QRect]:
    """The kind ("note" or a header) and place of the highest item in the wall's view."""
    seen = []
    height = wall.viewport().height()
    for row in range(wall.count()):
        rect = wall.visualItemRect(wall.item(row))
        if not wall.item(row).isHidden() and rect.bottom() >= 0 and rect.top() < height:
            seen.append((rect.top(), row, rect))
    _top, row, rect = min(seen)
    return ("note" if wall.item(row).data(KIND) == "note" else "header"), rect


def test_page_down_and_up_stop_with_a_themes_header_whole_at_the_top(qtbot, window):
    active(qtbot, window)
    rid = themed_round(window, 90)  # six themes of fifteen notes: six bands at 1024x768
    view = on_the_projector(qtbot, window, rid, "Why it's broken", (1024, 768))
    settle(qtbot, view)
    wall = view.wall
    bar = wall.verticalScrollBar()
    assert wall.columns and bar.maximum() > 0
    stops = [bar.value()]
    while bar.value() < bar.maximum() and len(stops) < 12:
        qtbot.keyClick(view, Qt.Key.Key_PageDown)
        settle(qtbot, view)
        assert bar.value() > stops[-1]  # the wall moved on
        stops.append(bar.value())
        assert view.cues.above.isVisible()
        kind, rect = _top_of_view(wall)
        if bar.value() < bar.maximum():  # the last page ends at the wall's foot
            # A theme's header at the top, whole, under the "more above" strip.
            assert kind == "header", stops
            assert rect.top() >= 0, stops
    assert bar.value() == bar.maximum()
    # As many pages up as it takes, not only as many as went down: the wall is shown
    # scrolled near its foot, and with a page a little shorter than two bands (the key to
    # the sides under the wall took 30 pixels) the way up stops once more than the way down.
    for _ in range(12):
        qtbot.keyClick(view, Qt.Key.Key_PageUp)
        settle(qtbot, view)
        kind, rect = _top_of_view(wall)
        assert kind == "header" and rect.top() >= 0, bar.value()
        if bar.value() == 0:
            break
    assert bar.value() == 0 and not view.cues.above.isVisible()
