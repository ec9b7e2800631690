"""Where Page Down and Page Up stop on the projector wall (presenter.py).

A page was the view's height, wherever that left the wall's top edge: on a themed wall a
theme's header ended half under the "more above" strip, or scrolled out of view with its
first cards left below it, and the room read notes without the theme they belong to. A
page now stops at the top of a band of themes (the line their headers start on) when one
starts within it, and, on a wall of rows, at the top of a line of cards: the room sees the
header, or a whole card, at the top.
"""

from __future__ import annotations

from ui.windows.wall import WallBoard


def line_tops(wall: WallBoard) -> list[int]:
    """The tops of the wall's lines, as scroll positions: the bands of a themed wall, else
    each line of cards and headers."""
    pad = wall.spacing()  # the half gap above the first line
    if wall.columns:
        tops = {top - pad for top in wall.band_tops}
    else:
        tops = {
            wall.rectForIndex(wall.indexFromItem(wall.item(row))).top() - pad
            for row in range(wall.count())
            if not wall.item(row).isHidden()
        }
    return sorted(tops)


def page_stop(wall: WallBoard, down: bool) -> int:
    """The scroll position a page down (or up) goes to: the last line top in the page below
    (the first in the page above), else a whole page. A line that starts in the first
    quarter of the way is passed over, so a page always moves the wall on."""
    bar = wall.verticalScrollBar()
    now, page = bar.value(), bar.pageStep()
    tops = line_tops(wall)
    if down:
        near = [t for t in tops if now + page // 4 < t <= now + page]
        return min(bar.maximum(), max(near, default=now + page))
    near = [t for t in tops if now - page <= t < now - page // 4]
    return max(0, min(near, default=now - page))


def turn_page(wall: WallBoard, down: bool) -> None:
    """Scroll the wall a page down or up (see page_stop). The "more above" strip coming or
    going moves the wall by its height (wall_cues.py); the line is put at the top again
    under it."""
    wall.forget_top()  # a redraw under way puts back nothing
    bar = wall.verticalScrollBar()
    stop = page_stop(wall, down)
    bar.setValue(stop)
    if bar.value() != stop:
        bar.setValue(stop)
