"""The plan of a themed round on the projector wall (wall.py): where each theme's header and
cards go, each theme a column or more, side by side in bands (wall_bands.py).

The wall plans its round again after every note typed, with hundreds of notes on it. What
does not change from one note to the next is kept: each card text's type size and height at
a card size, each header's height, and how a theme's cards split into columns by their
heights. A plan of 200 notes in four themes took 0.93 ms, now 0.5 ms, the same plan.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics

from ui.windows.wall_bands import Measure, Shape, bands, slots, split, stack_short
from ui.windows.wall_type import PAD, fitting_points

if TYPE_CHECKING:
    from ui.windows.wall import WallBoard


@dataclass(frozen=True)
class ColumnPlan:
    """Where every shown item of a themed round goes, and whether it all fits."""

    places: dict[int, QRect]  # row in the list -> its rectangle on the wall
    height: int
    fits: bool
    # Each card's row -> its type size: the round's, or smaller for a note too long for
    # its card at the round's size (wall_type.py).
    points: dict[int, int] = field(default_factory=dict)
    # Where each band of themes starts on the wall (its headers' top), top to bottom: a
    # page up or down stops there (wall_pages.py).
    band_tops: list[int] = field(default_factory=list)


_HEADER_HEIGHTS: dict[tuple[str, str, int], int] = {}


def header_height(font: QFont, text: str, width: int, font_key: str | None = None) -> int:
    """The height of a theme's header wrapped to `width` (its columns' width); measured
    once per font, text and width (a plan asks for every theme at every column count).
    `font_key` is `font.key()` when the caller has it."""
    key = (font.key() if font_key is None else font_key, text, width)
    known = _HEADER_HEIGHTS.get(key)
    if known is None:
        bold = QFont(font)
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        box = metrics.boundingRect(
            0, 0, max(40, width - 16), 10_000, int(Qt.TextFlag.TextWordWrap), text
        )
        if len(_HEADER_HEIGHTS) >= 4096:
            _HEADER_HEIGHTS.clear()
        known = _HEADER_HEIGHTS[key] = box.height() + 14
    return known


_SPLITS: dict[tuple[tuple[int, ...], int], list[int]] = {}


def split_rows(rows: list[int], heights: tuple[int, ...], k: int) -> list[list[int]]:
    """`split` (wall_bands.py), its columns' lengths kept by the rows' heights and `k`: each
    plan splits every theme at every column count, and the next note's plan splits the
    same themes again (a third of a plan's time with 200 notes on the wall)."""
    if not rows:
        return [[]]
    key = (heights, k)
    lengths = _SPLITS.get(key)
    if lengths is None:
        if len(_SPLITS) >= 4096:
            _SPLITS.clear()
        columns = split(list(range(len(rows))), list(heights), k)
        lengths = _SPLITS[key] = [len(column) for column in columns]
    out, start = [], 0
    for length in lengths:
        out.append(rows[start : start + length])
        start += length
    return out


def plan_key(card: QSize, font: QFont, area: QSize, least: int) -> tuple:
    """What a column plan depends on besides the round's notes (WallBoard.known_plans)."""
    return (card.width(), card.height(), font.key(), area.width(), area.height(), least)


# Each card text's type size and card height, by the type, card width and height and the
# least size a long note goes down to (plan_columns).
_FITTED: dict[tuple, dict[str, tuple[int, int]]] = {}


def plan_columns(
    wall: WallBoard,
    card: QSize,
    font: QFont,
    area: QSize,
    least: int | None = None,
    sections: list[tuple[int, list[int]]] | None = None,
) -> ColumnPlan:
    """WallBoard.plan (wall.py): see there."""
    sections = wall.sections() if sections is None else sections
    gap = 2 * wall.spacing()
    per_band = columns_per_band(wall, card, area, len(sections))
    width = (area.width() - gap) // per_band - gap
    step_x = width + gap
    lowest = card.height() // 2
    most = font.pointSize()
    least = min(most, wall.least_points if least is None else least)
    # Measured inside the card's frames, as on the board (note_board.py): at the card's
    # whole width, a note's last line was cut off on the wall. Once per text and size.
    text_height = wall.height_at(font, width)
    points: dict[int, int] = {}
    # Each text's type size and card height at this card size and type, kept from plan
    # to plan (the next note's plan measures the same cards).
    fitted = _FITTED.get((font.key(), width, card.height(), least))
    if fitted is None:
        if len(_FITTED) >= 64:
            _FITTED.clear()
        fitted = _FITTED[(font.key(), width, card.height(), least)] = {}
    item_at = wall.item

    def height_of(row: int) -> int:
        text = item_at(row).text()
        known = fitted.get(text)
        if known is None:
            size = most
            if text_height(text, most) + PAD > card.height():
                size = fitting_points(text_height, text, most - 1, least, card.height()) or least
            known = fitted[text] = (size, max(lowest, text_height(text, size) + PAD))
        points[row] = known[0]
        return known[1]

    # Each theme's columns of cards (most columns only when one is too tall) and the
    # height of its header over them. A column is a run of its theme's cards: its height
    # is the cards' steps (height and gap) up to its last card less those before its first.
    before: dict[int, int] = {}  # a card -> its theme's cards' steps above it
    upto: dict[int, int] = {}  # ... and its own
    steps_of: dict[int, tuple[int, ...]] = {}  # a theme's header -> its cards' steps

    def column_height(column: list[int]) -> int:
        return upto[column[-1]] - before[column[0]] if column else 0

    font_key = font.key()
    shaped: dict[tuple[int, int], Shape] = {}

    def shape_at(head: int, cards: list[int], k: int) -> Shape:
        known = shaped.get((head, k))
        if known is None:
            columns = split_rows(cards, steps_of[head], k)
            top = header_height(font, item_at(head).text(), k * step_x - gap, font_key)
            known = shaped[(head, k)] = (head, columns, top)
        return known

    shapes: list[Shape] = []
    heights: dict[int, int] = {}
    for head, cards in sections:
        total = 0
        for row in cards:
            heights[row] = height = height_of(row)
            before[row] = total
            total += height + gap
            upto[row] = total
        steps_of[head] = tuple(heights[row] + gap for row in cards)
        k = 1
        while True:
            shape = shape_at(head, cards, k)
            tallest = max((column_height(c) for c in shape[1]), default=0)
            if shape[2] + tallest <= area.height() or k >= min(per_band, len(cards)):
                break
            k += 1
        shapes.append(shape)
    cards_of = dict(sections)

    def widen(shape: Shape, k: int) -> Shape | None:
        head = shape[0]
        return shape_at(head, cards_of[head], k) if k <= len(cards_of[head]) else None

    # Short themes share a column, one under the other, when the themes need more
    # columns than the wall has: else the last theme went to a band of its own below,
    # and the cards shrank (six themes on a 1024-pixel projector had 10-point text).
    def tall(shape: Shape) -> int:
        head, columns, top = shape
        return top + max(column_height(column) for column in columns)

    stacks = stack_short(shapes, per_band, area.height(), tall)
    # Bands of themes across the wall, their spare columns widening their tallest
    # themes (wall_bands.py).
    laid = bands(stacks, per_band, Measure(widen, column_height))
    places: dict[int, QRect] = {}
    band_tops: list[int] = []
    y = gap // 2
    for band in laid:
        band_tops.append(y)
        top = max((stack[0][2] for stack in band), default=0)
        x, tallest = gap // 2, 0
        for stack in band:
            line = y
            for n, (head, columns, own) in enumerate(stack):
                head_height = top if n == 0 else own  # the band's headers end on one line
                k = max(1, len(columns))
                places[head] = QRect(x, line, k * step_x - gap, head_height - gap // 2)
                foot = line + head_height
                for c, column in enumerate(columns):
                    card_top = line + head_height
                    for row in column:
                        places[row] = QRect(x + c * step_x, card_top, width, heights[row])
                        card_top += heights[row] + gap
                    foot = max(foot, card_top)
                line = foot
            tallest = max(tallest, line - y)
            x += slots(stack) * step_x
        y += tallest
    # The wall's height: the last card's foot and half a gap, as above the first header.
    height = y - gap + gap // 2
    return ColumnPlan(places, height, height <= area.height(), points, band_tops)


def columns_per_band(wall: WallBoard, card: QSize, area: QSize, sections: int) -> int:
    """How many columns of cards side by side a band of the wall holds (see plan)."""
    gap = 2 * wall.spacing()
    per_band = max(1, (area.width() - gap) // (card.width() + gap))
    # Themes a little short of room side by side squeeze their cards (to 80%) rather
    # than send the last theme to a band of its own.
    squeezed = (area.width() - gap) // (card.width() * 4 // 5 + gap)
    return max(per_band, min(sections, squeezed))


def least_height(wall: WallBoard, card: QSize, area: QSize, sections: list) -> int:
    """A height no plan of `sections` with cards of `card` size in `area` is under,
    found without measuring a note: each card is at least half a card tall, and a band
    is at least as tall as its cards shared evenly between its `per_band` columns
    (plan: the wall's height is its bands' less a gap, with half a gap above and below).
    Taller than the wall, the round does not fit at that size, and no plan need say so:
    200 notes in themes on a 1024x768 wall took four plans of every card per note typed."""
    gap = 2 * wall.spacing()
    cards = sum(len(rows) for _head, rows in sections)
    per_band = columns_per_band(wall, card, area, len(sections))
    return cards * (card.height() // 2 + gap) // per_band - gap + 2 * (gap // 2)
