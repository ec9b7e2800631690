"""The type of the wall's cards, sized card by card (the rows of a round without themes
here; the columns of a themed round measure and fit with the same helpers, wall.py).

One size for every card let a single long note hold a whole round down: 25 notes on a
1024x768 projector, one of them 200 characters long, were all 10-point lines (and the long
one was cut off), where the 24 short ones had room for 12 or more. Now the round's cards
share the largest size the room allows, and a note too long for its card at that size
takes a smaller size on its own card, never below the wall's least size. A note too long
for its card even then makes its row of cards taller, so that no note is cut off.

Every text's height is measured once per type size and card width: the wall is fitted
again after every note typed, with hundreds of notes on it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics

from ui.windows.cards import CARD_INSET, marked
from ui.windows.note_board import KIND

# A card's height beyond its text's: the margins and frames the text keeps clear of.
PAD = 18
# At most this share of a round's cards (and always one) may have smaller type than the
# rest: more than that, and the round's size comes down for all of them.
FEW = 0.1

# A text's height at a type size: height(text, points).
Height = Callable[[str, int], int]


def fitting_points(height: Height, text: str, most: int, least: int, room: int) -> int | None:
    """The largest type size from `most` down to `least` in which `text` fits a card
    `room` pixels tall, or None when it does not fit even at `least`."""
    for points in range(most, least - 1, -1):
        if height(text, points) + PAD <= room:
            return points
    return None


def row_of_cards(
    height: Height, texts: list[str], sizes: tuple[int, int, int], even: int
) -> tuple[list[int], int]:
    """Each card's type size in a row of cards, and the row's height. `sizes` are the
    round's size, the least and the size of a note too long for a card `even` tall even at
    the least (its row grows to hold it whole)."""
    points, least, grown = sizes
    tall = even
    for text in texts:
        if (
            height(text, points) + PAD > even
            and fitting_points(height, text, points, least, even) is None
        ):
            tall = max(tall, height(text, grown) + PAD)
    out = []
    for text in texts:
        if height(text, points) + PAD <= tall:
            out.append(points)
        else:  # in a row grown for a longer note, as large as the row allows
            out.append(fitting_points(height, text, points, least, tall) or grown)
    return out, tall


class CardType:
    """What the wall (wall.py) needs to size its cards' type; mixed into WallBoard."""

    # The sizes set by the presenter view (presenter.py) before it rebuilds the wall.
    least_points = 10
    grown_points = 10

    def _init_type(self) -> None:
        # The measured text heights, per font and card width.
        self._heights: dict[tuple, dict[str, int]] = {}

    def height_at(self, font: QFont, width: int) -> Height:
        """A text's height at a type size in `font`'s family, wrapped inside a card
        `width` wide (clear of its frames, as the board keeps it, note_board.py)."""
        inner = width - 12 - 2 * CARD_INSET
        flags = int(Qt.TextFlag.TextWordWrap)
        by_size: dict[int, tuple[QFontMetrics, dict[str, int], QFont]] = {}

        def height(text: str, points: int) -> int:
            if points not in by_size:
                sized = QFont(font)
                sized.setPointSize(points)
                key = (sized.family(), points, sized.bold(), inner)
                if key not in self._heights and len(self._heights) >= 64:
                    self._heights.clear()  # the wall's size changed often: start again
                by_size[points] = (QFontMetrics(sized), self._heights.setdefault(key, {}), sized)
            metrics, known, sized = by_size[points]
            if text not in known:
                # After the side letter at its start (cards.marked), as the card draws it.
                shown = marked(text, sized)
                known[text] = metrics.boundingRect(0, 0, inner, 10_000, flags, shown).height()
            return known[text]

        return height

    def roomy_points(
        self,
        card_for: Callable[[int], tuple[QSize, int | None] | None],
        low: int,
        high: int,
        base: QSize,
        per_row: int,
    ) -> tuple[int, int, int] | None:
        """The round's type size, from `high` down to `low` in steps of two; the even
        height of its cards, from `base`'s up; and the size of the notes too long for that
        card even at `low`, whose rows grow (row_of_cards). None when a note is too long
        for the room even at `low` (smaller cards may have room: more in a row, fewer rows).

        `card_for(points)` is the tallest even card at that size and the height all the
        rows of cards may take together (None: no limit, the wall scrolls), or None when
        no card fits. A size is the round's when all its notes but a few fit their cards
        in it, and the rows of cards, grown for the notes too long, fit the room."""
        texts = self._note_texts()  # read once for every size tried
        few = max(1, int(len(texts) * FEW))
        least = base.height()
        for points in [*range(high, low, -2), low]:
            got = card_for(points)
            if got is None:
                continue
            card, room = got
            height = self.height_at(self.font(), card.width())
            short: list[int] = []
            long = 0
            for text in texts:
                needed = height(text, points) + PAD
                if needed <= card.height():
                    short.append(needed)
                else:
                    long += 1
                    if long > few:
                        break
            if long > few:
                continue
            even = max([least, *short])
            if not long:
                return points, even, low
            rows = [texts[k : k + per_row] for k in range(0, len(texts), per_row)]
            for grown in range(points - 1 if room is not None else low, low - 1, -1):
                sizes = (points, low, grown)
                if (
                    room is None
                    or sum(row_of_cards(height, r, sizes, even)[1] for r in rows) <= room
                ):
                    return points, even, grown
        if self.tallest_text(self.font(), base.width(), texts, low) + PAD <= least:
            return low, least, low  # nothing too long: the least cards at the least size
        return None

    def _note_texts(self) -> list[str]:
        return [
            self.item(row).text()
            for row in range(self.count())
            if self.item(row).data(KIND) == "note"
        ]

    def texts_fit(self, font: QFont, card: QSize, texts: list[str] | None = None) -> bool:
        """Whether every card's text (or each of `texts`), in `font`, wraps inside a card
        of size `card`."""
        return self.tallest_text(font, card.width(), texts) <= card.height() - PAD

    def tallest_text(
        self, font: QFont, width: int, texts: list[str] | None = None, points: int = 0
    ) -> int:
        """The height of the tallest card's text (or of `texts`) in `font` (`points` large
        if given), wrapped inside a card `width` wide."""
        height = self.height_at(font, width)
        points = points or font.pointSize()
        return max(
            (height(t, points) for t in (self._note_texts() if texts is None else texts)), default=0
        )

    def _type_rows(self, rows: range | None = None, scan_from: int = 0) -> None:
        """Size the cards of a round without themes: each row of cards as tall as the
        even card or the longest note in it needs, each card's type as row_of_cards says.
        Only the rows of cards that hold one of `rows` are sized (Enter adds one card)."""
        card = self.card_size
        height = self.height_at(self.font(), card.width())
        sizes = (self.font().pointSize(), self.least_points, self.grown_points)
        changed = False
        for line in self._card_lines(rows, scan_from):
            items = [self.item(r) for r in line]
            points, tall = row_of_cards(height, [i.text() for i in items], sizes, card.height())
            for item, size in zip(items, points, strict=True):
                font = None
                if size != sizes[0]:
                    font = QFont(self.font())
                    font.setPointSize(size)
                if item.data(Qt.ItemDataRole.FontRole) != font:
                    item.setData(Qt.ItemDataRole.FontRole, font)
                if item.sizeHint() != QSize(card.width(), tall):
                    item.setSizeHint(QSize(card.width(), tall))
                    changed = True
        if changed:
            self.scheduleDelayedItemsLayout()
