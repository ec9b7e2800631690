"""What the room reads at the top of the projector wall, kept there when the wall is redrawn.

The wall is redrawn whole after a vote typed in the Votes panel, a theme renamed, a note
moved into a theme or edited, and its items laid out again when the presenter's fit gives
the cards a new size. Its scroll bar kept its value in pixels, so anything above the part
the room was reading that changed height (a note moved out of a theme higher up, a card
grown by an edit) moved that part: the theme's header went out of view above, or a band
of cards came up from below. The items in view are remembered with where they were, and
the first of them still in its theme is put back at the same height (view_top.py, as the
facilitator's board does); the scroll value only when none of them is left.

What is kept is put back after each layout until the presenter's fit is done (a wall of
rows is laid out after its fit; a themed one may be laid out at a size the fit then
changes). A new note is scrolled to by the wall itself, a page turned or the view shown
goes where it goes, and another round starts from the top: all forget what was kept.
"""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget

from ui.windows.cards import ID, KIND
from ui.windows.view_top import Seen, ViewTop, view_top


def wall_top(wall: QListWidget, placed: dict) -> ViewTop | None:
    """What the wall shows now, the topmost item first (None at the very top: a redrawn
    wall starts there anyway). `placed` is a themed round's plan of places (row -> rect
    in the wall's contents), empty for a wall of rows: themes side by side in columns are
    not in the order of their height, which view_top's halving of the rows needs."""
    bar = wall.verticalScrollBar()
    if bar.value() <= 0 or not wall.count():
        return None
    if not placed:
        return view_top(wall)
    offset = -wall.verticalOffset()
    height = wall.viewport().height()
    item_at = wall.item
    # (a card, top in view, left, row): a theme's header first. A card of a theme in
    # several columns moves to another column when a note above it comes or goes, and the
    # wall put back by it showed another band; the next theme's header stays the landmark.
    shown: list[tuple[bool, int, int, int]] = []
    for row, rect in placed.items():
        top = rect.top() + offset
        if top < height and rect.bottom() + offset >= 0 and row < wall.count():
            shown.append((item_at(row).data(KIND) == "note", top, rect.left(), row))
    shown.sort()
    seen: list[Seen] = []
    for _card, top, _left, row in shown:
        item = item_at(row)
        if item.isHidden():
            continue
        key = (item.data(KIND), item.data(ID))
        section = key
        if key[0] == "note":
            head = row
            while head > 0 and item_at(head).data(KIND) == "note":
                head -= 1
            section = (item_at(head).data(KIND), item_at(head).data(ID))
        seen.append(Seen(key, section, top))
    return ViewTop(bar.value(), tuple(seen))
