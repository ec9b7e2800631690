"""A themed round that scrolls on a projector uses the wall's whole width, band by band
(wall_bands.py): at 1024x768 six themes of fifteen notes each took three of the wall's five
columns, one theme a band, and left two columns empty beside every theme."""

from __future__ import annotations

from tests.ui.test_undo_shows_groupings import active
from tests.ui.test_wall_after_accept_all import in_columns
from tests.ui.test_wall_on_a_projector import on_the_projector
from tests.ui.test_wall_themed_card_type import settle
from tests.ui.test_wall_themed_scrolls_readable import themed_round


def _rect(wall, row: int):
    return wall.rectForIndex(wall.indexFromItem(wall.item(row)))


def test_every_band_of_a_scrolling_themed_wall_fills_its_width(qtbot, window):
    active(qtbot, window)
    rid = themed_round(window, 90)
    view = on_the_projector(qtbot, window, rid, "Why it's broken", (1024, 768))
    settle(qtbot, view)
    wall = view.wall
    assert wall.columns and wall.verticalScrollBar().maximum() > 0  # it scrolls
    assert in_columns(wall)
    sections = wall.sections()
    assert len(sections) == 6
    card = _rect(wall, sections[0][1][0])
    step = card.width() + 2 * wall.spacing()
    bands: dict[int, int] = {}  # a band's top -> the right edge of its last card
    for head, cards in sections:
        top = _rect(wall, head).top()
        right = max(_rect(wall, row).right() for row in cards)
        bands[top] = max(bands.get(top, 0), right)
    for top, right in bands.items():
        # No column of the wall empty beside the band's themes.
        assert right > wall.viewport().width() - step, top
