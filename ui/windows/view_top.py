"""What the note board shows at the top of its view, put back there after a redraw.

The board is redrawn whole after a vote, a rename, an edit or a regrouping. Putting its
scroll bar back to the same value in pixels moved what the facilitator was reading as soon
as anything above it changed height: a theme renamed to a name that takes two lines, a vote
count that wraps its header, Ungrouped emptied into the themes (its cards gone and its
header now the quiet one-line drop line). So the items in view are remembered with where
they were, and the first of them still in the same section is put back at the same height.
The scroll bar's value is used only when none of them is left there.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from PySide6.QtWidgets import QListWidget, QListWidgetItem

from ui.windows.cards import ID, KIND

Key = tuple[str, int]  # an item's kind and id: ("note", 12), ("theme", 3), ("ungrouped", -1)


@dataclass(frozen=True)
class Seen:
    """An item that was in view: what it is, the section it was in, and its top's height
    in the view (below zero when its top was scrolled past)."""

    key: Key
    section: Key
    top: int


@dataclass(frozen=True)
class ViewTop:
    """The board's scroll bar value and the items in its view, the topmost first."""

    value: int
    seen: tuple[Seen, ...]


def _key(item: QListWidgetItem) -> Key:
    return (item.data(KIND), item.data(ID))


def _first_in_view(board: QListWidget) -> int:
    """The row of the first item shown at or below the view's top edge: halving the rows
    (each below the last in the board's order), not measuring the thousands above."""

    def bottom(row: int) -> int:
        while row < board.count() and board.item(row).isHidden():
            row += 1  # a card filtered out has no place on the board
        return board.visualItemRect(board.item(row)).bottom() if row < board.count() else 1

    return bisect_left(range(board.count()), 0, key=bottom)


def view_top(board: QListWidget) -> ViewTop:
    """What the board shows now (its layout as it was last drawn)."""
    height = board.viewport().height()
    first = _first_in_view(board)
    if first >= board.count():  # nothing shown at or below the top edge
        return ViewTop(board.verticalScrollBar().value(), ())
    header = first
    while header > 0 and board.item(header).data(KIND) == "note":
        header -= 1
    seen: list[Seen] = []
    section: Key = ("ungrouped", -1)
    for row in range(header, board.count()):
        item = board.item(row)
        key = _key(item)
        if key[0] != "note":
            section = key
        if item.isHidden() or row < first:
            continue
        rect = board.visualItemRect(item)
        if rect.top() >= height:
            break
        seen.append(Seen(key, section, rect.top()))
    return ViewTop(board.verticalScrollBar().value(), tuple(seen))


def found_again(board: QListWidget, seen: Seen) -> QListWidgetItem | None:
    """The item `seen` on the redrawn board if it is shown in the same section."""
    if seen.key[0] == "note":
        item = board.card(seen.key[1])  # type: ignore[attr-defined]
        if item is None or item.isHidden():
            return None
        row = board.row(item)
        while row > 0 and board.item(row).data(KIND) == "note":
            row -= 1
        return item if _key(board.item(row)) == seen.section else None
    for row in range(board.count()):  # a header: one of the few items not a card
        item = board.item(row)
        if item.data(KIND) != "note" and _key(item) == seen.key:
            return item
    return None


def show_view_top(board: QListWidget, kept: ViewTop) -> None:
    """Scroll the redrawn board so that what was at its top is there again."""
    board.executeDelayedItemsLayout()  # where the redrawn items are
    put_back(board, kept)


def put_back(board: QListWidget, kept: ViewTop) -> None:
    """Scroll the board, its items laid out, so that what was at its top is there again."""
    bar = board.verticalScrollBar()
    # An item whose top was in view first: one cut by the top edge may have grown or shrunk
    # itself (rewrapped at a new width), and putting its top back moved what was read.
    whole = [s for s in kept.seen if s.top >= 0] + [s for s in kept.seen if s.top < 0]
    for seen in whole:
        item = found_again(board, seen)
        if item is not None:
            bar.setValue(bar.value() + board.visualItemRect(item).top() - seen.top)
            return
    bar.setValue(kept.value)
