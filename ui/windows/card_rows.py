"""How the note board's cards sit in rows: as many as fit, widened to the board's edge,
each row as tall as the longest note in it. A mixin of `NoteBoard` (note_board.py), which
holds the cards; the wall (wall.py) sizes its own cards but walks the same rows."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QStyle

from ui.windows.card_heights import CardHeights
from ui.windows.cards import KIND


class CardRows:
    """The rows of cards of a QListWidget in icon mode (see the module docstring)."""

    # Set by the board: the smallest card, the measured heights of notes, and the row width
    # the cards were last sized for.
    card_size: QSize
    _heights: CardHeights
    _sized_for: int

    def _row_width(self, scroll_bar: bool | None = None) -> int:
        """The width Qt lays rows out in: the viewport's as if its scroll bar were shown
        (Qt keeps that room so the bar does not blink), whether it is shown or not; beside
        no bar when the bar is off. `scroll_bar` asks for one case or the other instead."""
        bar = self.verticalScrollBar()
        if scroll_bar is None:
            scroll_bar = self.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded
        extent = 0
        if scroll_bar:
            extent = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, bar)
        return self.maximumViewportSize().width() - extent

    def _row_of_cards(self) -> tuple[int, int]:
        """How many cards a row holds, and their width: as many as fit at the smallest
        width, widened to share the row's width between them."""
        gap = self.spacing()
        room = self._row_width() - 2 * gap - 1  # a gap each side; Qt wraps past W - 1
        per_row = max(1, (room + gap) // (self.card_size.width() + gap))
        # A card larger than the row (cards zoomed on a narrow board) takes the row.
        smallest = min(self.card_size.width(), max(room, 1))
        return per_row, max(smallest, (room + gap) // per_row - gap)

    def _size_cards(self, rows: range | None = None, scan_from: int = 0) -> None:
        """Cards widen so their rows reach the board's right edge, and a row of cards is as
        tall as the longest text in it.

        At a fixed 200 pixels, a wide board kept a blank band at its right (60% of a
        1920-pixel window), and a two-word note took as much room as seven lines. The cards
        of one row keep one height so the grid stays tidy. Only the rows of cards that hold
        one of `rows` are measured (Enter adds a card at the end of Ungrouped); `scan_from`,
        the first row of the line `rows` starts in, when the caller knows it.
        """
        self._sized_for = self._row_width()
        width = self._row_of_cards()[1]
        font, card = self.font(), self.card_size
        changed = False
        for line in self._card_lines(rows, scan_from):
            items = [self.item(row) for row in line]
            tallest = max(self._heights.card(item, width, card, font) for item in items)
            for item in items:
                if item.sizeHint() != QSize(width, tallest):
                    item.setSizeHint(QSize(width, tallest))
                    changed = True
        if changed:
            # In icon mode Qt resizes a card in place; the rows under it must move too
            # (a card given a tag grew over the next header).
            self.scheduleDelayedItemsLayout()

    def _card_lines(self, rows: range | None, scan_from: int) -> Iterator[list[int]]:
        """The lines of cards (the item rows of each, a header starting a new line) that
        hold one of `rows` (all when None), walked from `scan_from`: the first row of the
        line `rows` starts in, when the caller knows it."""
        per_row = self._row_of_cards()[0]
        wanted = range(self.count()) if rows is None else rows
        line: list[int] = []
        for row in range(scan_from, min(wanted.stop, self.count())):
            item = self.item(row)
            if item.data(KIND) != "note":
                if line and line[-1] >= wanted.start:
                    yield line
                line = []
            elif not item.isHidden():
                line.append(row)
                if len(line) == per_row:
                    if line[-1] >= wanted.start:
                        yield line
                    line = []
        if line and line[-1] >= wanted.start:
            yield line
