"""The size of a themed round's cards and type on the projector wall (presenter.py).

The largest cards, from full size down to MIN_SCALE, with which every theme's column fits
the wall without scrolling, then the largest type those cards hold while it still fits. A
long note takes smaller type on its own card rather than every card taking its size; a
round too big at any size scrolls. Each size tried is a plan of every card (wall.py
`WallBoard.plan`), so few are tried: see `largest`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont

from ui.windows.wall import WallBoard
from ui.windows.wall_plan import ColumnPlan, least_height, plan_key
from ui.windows.wall_rows import MIN_SCALE, NEARLY_FITS, SCROLL_SCALE, points_at
from ui.windows.wall_type import FEW

# The least type size of a long note's card on a themed wall: the size of the smallest
# cards the wall ever shows (wall_rows.py).
LEAST_POINTS = points_at(MIN_SCALE)

# The largest type a themed round's cards grow to while the round fits (a round without
# themes: wall_rows.MAX_POINTS).
MAX_COLUMN_POINTS = 28

# (scale, type size or 0 for the scale's own) -> the card's size and font at it
CardFor = Callable[[float, int], tuple[QSize, QFont]]


@dataclass(frozen=True)
class ColumnsFit:
    """A themed round's cards on the wall: their scale of full size, the round's type size,
    the least size a long note's card goes down to, and the plans made on the way
    (plan_key -> plan), which the wall lays its cards out by (WallBoard.known_plans)."""

    scale: float
    points: int
    least: int
    planned: dict[tuple, ColumnPlan] = field(default_factory=dict)
    sections: list = field(default_factory=list)  # the wall's sections() they were made of


def largest(sizes: list, fits) -> object | None:
    """The first of `sizes` (largest first) that fits, or None: the largest, else the
    smallest, then halving between (a larger size fits only if each smaller one does). A
    themed round too big for the wall tried all six scales and then eight type sizes, a plan
    of every card each, after every note typed: 60-90 ms per Enter with 200 notes on the
    wall. A round that fits at full size still takes one plan, one too big at any size two."""
    if not sizes or fits(sizes[0]):
        return sizes[0] if sizes else None
    if not fits(sizes[-1]):
        return None
    low, high = 1, len(sizes) - 1  # sizes[:low] do not fit; sizes[high:] all fit
    while low < high:
        mid = (low + high) // 2
        if fits(sizes[mid]):
            high = mid
        else:
            low = mid + 1
    return sizes[low] if low < len(sizes) else None


def fit_columns(wall: WallBoard, card_for: CardFor) -> ColumnsFit:
    """The sizes for the wall's themed round (see the module's docstring)."""
    # The room the wall lays its columns out in (wall.py), not the viewport less a margin:
    # with the smaller height here the wall kept its text smaller than it could have been.
    area = wall.room()
    sections = wall.sections()
    planned: dict[tuple, ColumnPlan] = {}
    cards = sum(len(rows) for _head, rows in sections)
    few = max(1, int(cards * FEW))
    # The sizes at which the long notes keep the round's type in taller cards.
    whole: set[tuple[float, int]] = set()

    @functools.cache  # the same size is asked again (the scale, then its type)
    def fits(scale: float, points: int = 0) -> bool:  # every theme's column
        # A long note takes smaller type on its own card, down to the wall's least size,
        # rather than all the cards taking its size (or it being cut off); when more than a
        # few would, the round's size comes down (wall_type.py).
        card, font = card_for(scale, points)
        if least_height(wall, card, area, sections) > area.height():
            return False  # too tall whatever the plan (wall_plan.least_height)
        plan = wall.plan(card, font, area, least=LEAST_POINTS, sections=sections)
        planned[plan_key(card, font, area, LEAST_POINTS)] = plan
        smaller = sum(1 for p in plan.points.values() if p < font.pointSize())
        if plan.fits and smaller <= few:
            return True
        if not plan.fits or smaller <= few:
            return False
        # More than a few long notes stay long at every size down to the least: the whole
        # wall went down with them (13 pt for eight notes, two of them long, on a 1024x768
        # projector, half of it empty). Their cards grow instead, in the round's type, as
        # long as the round still fits.
        same = font.pointSize()
        plan = wall.plan(card, font, area, least=same, sections=sections)
        planned[plan_key(card, font, area, same)] = plan
        if plan.fits:
            whole.add((scale, font.pointSize()))
        return plan.fits

    scales = [s / 10 for s in range(10, round(MIN_SCALE * 10) - 1, -1)]
    scale = largest(scales, fits) or _scrolling_scale(wall, sections, planned, card_for)
    # Narrow columns (six themes on a 1024-pixel projector) need not mean small type: the
    # text grows, in taller cards, while the round still fits; on a large wall past the
    # full-size cards' own type (15 notes in five themes on a 1920x1080 projector kept
    # 18-point type with 40% of the wall empty below them).
    base = points_at(scale)
    grows = list(range(MAX_COLUMN_POINTS, base, -1))
    points = largest(grows, lambda p: fits(scale, p)) if fits(scale) else None
    points = points or base
    least = points if (scale, points) in whole else LEAST_POINTS
    return ColumnsFit(scale, points, least, planned, sections)


def _scrolling_scale(
    wall: WallBoard, sections: list, planned: dict[tuple, ColumnPlan], card_for: CardFor
) -> float:
    """The scale of a themed round that fits at no scale: the least when it nearly fits (a
    little scrolls), else cards the room can read, as a round without themes has
    (wall_rows.py): an 800x800 wall with 22 notes in six themes showed 10-point type and
    scrolled all the same."""
    area = wall.room()
    card, font = card_for(MIN_SCALE, 0)
    nearly = NEARLY_FITS * area.height()
    key = plan_key(card, font, area, LEAST_POINTS)
    if key not in planned:  # found too tall without a plan (fit_columns's `fits`)
        if least_height(wall, card, area, sections) > nearly:
            return SCROLL_SCALE
        planned[key] = wall.plan(card, font, area, least=LEAST_POINTS, sections=sections)
    if planned[key].height > nearly:
        return SCROLL_SCALE
    return MIN_SCALE
