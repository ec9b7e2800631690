"""Where the note board stops when it scrolls to show a card: the card whole, and no
section header cut through by the view's top or bottom edge.

Qt scrolls a card below the view up to the view's bottom edge, whatever that leaves at the
top. Once a round had a few more notes than the board could show, a note typed scrolled the
board by less than a header's height, and "Ungrouped — 15 notes" (or a theme's name) sat
half cut off at the top, its words sliced through, note after note. The board now stops at
the scroll position nearest Qt's where the card is whole and each header in view is whole.
And the board's end leaves room for that: scrolled to the bottom, the header that would be
cut at the top scrolls out of view instead (a few pixels of board below the last row).

Positions here are in the board's contents (0 at its top), not in the view.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem

from ui.windows.cards import KIND


def _place(board: QListWidget, row: int) -> QRect:
    """The item's rectangle in the board's contents (empty for a hidden item)."""
    return board.rectForIndex(board.model().index(row, 0))


def _header_across(board: QListWidget, y: int) -> QRect | None:
    """The header the line `y` of the contents runs through, if one does. A header spans
    the board's width, so it is the item at the middle of that line (Qt finds it in its
    own index of where items are, not by walking the thousands of cards)."""
    bar = board.verticalScrollBar()
    item = board.itemAt(QPoint(board.viewport().width() // 2, y - bar.value()))
    if item is None or item.data(KIND) == "note":
        return None
    return _place(board, board.row(item))


def _cut(board: QListWidget, value: int, height: int) -> bool:
    """Whether the view scrolled to `value` cuts a header at its top or bottom edge."""
    top = _header_across(board, value)
    if top is not None and top.top() < value:
        return True
    bottom = _header_across(board, value + height - 1)
    return bottom is not None and bottom.bottom() > value + height - 1


def end_clear_of_headers(board: QListWidget, end: int) -> int:
    """The board's last scroll position, moved on past the header that `end` would cut at
    the view's top edge, if it cuts one."""
    header = _header_across(board, end)
    return header.bottom() + 1 if header is not None and header.top() < end else end


def _headers_near(board: QListWidget, row: int, top: int, bottom: int) -> list[QRect]:
    """The shown headers reaching into contents from `top` to `bottom`, walked out from
    the item at `row` (only the items that can come into view are looked at)."""
    found: list[QRect] = []
    for rows in (range(row - 1, -1, -1), range(row + 1, board.count())):
        for r in rows:
            if board.isRowHidden(r):
                continue
            rect = _place(board, r)
            if rect.bottom() < top or rect.top() > bottom:
                break
            if board.item(r).data(KIND) != "note":
                found.append(rect)
    return found


def clear_of_headers(board: QListWidget, item: QListWidgetItem, wanted: int) -> int:
    """The scroll position nearest `wanted` at which `item` is whole in the view and each
    header in view is whole too; `wanted` itself when there is none."""
    bar = board.verticalScrollBar()
    height = board.viewport().height()
    card = _place(board, board.row(item))
    low = max(bar.minimum(), card.bottom() + 1 - height)  # the card at the bottom edge
    high = min(bar.maximum(), card.top())  # the card at the top edge
    if card.isEmpty() or low > high or not _cut(board, wanted, height):
        return wanted  # as Qt put it: no header cut (or the card hidden, or too tall)
    headers = _headers_near(board, board.row(item), low, high + height - 1)

    def clear(value: int) -> bool:
        if not low <= value <= high:
            return False
        end = value + height - 1
        return all(
            h.bottom() < value or h.top() > end or (value <= h.top() and h.bottom() <= end)
            for h in headers
        )

    gap = board.spacing()
    tries = {wanted}
    for h in headers:
        tries.update(
            (
                h.bottom() + 1,  # scrolled out above (the gap under it left at the top)
                h.top() - gap,  # whole at the top
                h.top(),
                h.bottom() + 1 + gap - height,  # whole at the bottom
                h.bottom() + 1 - height,
                h.top() - height,  # out of view below
            )
        )
    fits = [v for v in tries if clear(v)]
    return min(fits, key=lambda v: (abs(v - wanted), v)) if fits else wanted


class BoardScroll:
    """A mixin of the facilitator's `NoteBoard` (note_board.py): its scrolling to a card
    and its scroll range, as the module's docstring says. Not the wall's (it takes no
    drops), which places and scrolls its own cards."""

    def scrollTo(  # noqa: N802 (Qt name)
        self,
        index: QModelIndex | QPersistentModelIndex,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:
        bar = self.verticalScrollBar()
        before = bar.value()
        super().scrollTo(index, hint)
        ensure = hint == QAbstractItemView.ScrollHint.EnsureVisible
        # Only when Qt moved the board: a click on a card in view moves nothing.
        if ensure and bar.value() != before and self._takes_drops():
            item = self.itemFromIndex(index)
            if item is not None:
                bar.setValue(clear_of_headers(self, item, bar.value()))

    def scrollToItem(  # noqa: N802 (Qt name)
        self,
        item: QListWidgetItem,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:
        # QListWidget's own calls QListView's scrollTo directly, past the one above. (The
        # wall keeps QListWidget's, as it was.)
        if self._takes_drops():
            self.scrollTo(self.indexFromItem(item), hint)
        else:
            super().scrollToItem(item, hint)

    def updateGeometries(self) -> None:  # noqa: N802 (Qt name)
        bar = self.verticalScrollBar()
        was = bar.value()
        super().updateGeometries()
        if bar.maximum() > 0 and self._takes_drops():
            bar.setMaximum(end_clear_of_headers(self, bar.maximum()))
            # Qt's range, set first, took the board back from the room past its end.
            if bar.value() < was:
                bar.setValue(min(was, bar.maximum()))
