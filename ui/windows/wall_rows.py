"""How large the wall's cards and their type are when the round has no themes: the cards
flow in rows (note_board.py), as large as the room allows; the presenter view (presenter.py)
applies what is worked out here."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize

from ui.windows.note_board import KIND
from ui.windows.wall import WallBoard

# Full-size cards on the wall, readable from the back of the room, and their type size;
# with many notes they shrink, down to MIN_SCALE of that, so the whole round is in view.
CARD = QSize(360, 200)
CARD_POINTS = 18
# Half size: six themes side by side on a 1024-pixel projector (at 0.6 the sixth went to a
# second band below the fold); the card text stays at 10 points at least.
MIN_SCALE = 0.5
HEADER_HEIGHT = 44  # a section's header line at full size
# A round without themes too big for the wall even at MIN_SCALE scrolls, following its
# newest card: its cards stay this large, so that their text can be read from the back of
# the room (at half size, 36 notes on a 1024x768 projector were 10-point lines).
SCROLL_SCALE = 0.6
# ... unless it nearly fits at half size (at most this share of the wall's height too tall):
# then it stays at half size and scrolls a little (37 notes on a 1366x768 wall).
NEARLY_FITS = 1.2
# A round without themes: its cards' text grows up to this size while every note fits.
MAX_POINTS = 32
# ... at the largest scale that fits, or a smaller one when its type is this much larger.
CLEARLY_LARGER = 1.2


def points_at(scale: float) -> int:
    """The card text's size for cards at `scale` of full size."""
    return max(10, round(CARD_POINTS * scale))


@dataclass(frozen=True)
class RowsFit:
    """The wall's cards: their scale of full size, how much wider and taller than at that
    scale, the round's type size, and the sizes of long notes' type (wall_type.py)."""

    scale: float
    stretch: int
    taller: int
    points: int
    least: int
    grown: int
    fits: bool = False  # the whole round in view: no scroll bar (or its room) beside it


def fit_rows(wall: WallBoard) -> RowsFit:
    """The largest cards (full size down to MIN_SCALE) with which the round fits the wall
    without scrolling, a round too big even then scrolls; and the largest type they hold."""
    sections: list[int] = []
    for row in range(wall.count()):
        if wall.item(row).data(KIND) == "note":
            if not sections:
                sections.append(0)
            sections[-1] += 1
        else:
            sections.append(0)
    # As Qt lays the rows out (note_board.py): a gap before each card and at the end, the
    # row's width as if the scroll bar were shown. The viewport's own size changes with the
    # scale (a scroll bar, "More below"): fitted to it, five notes went from 90% to 80% and
    # back, round after round, without end.
    # Beside no scroll bar first: a round that fits keeps no room for one (WallBoard.rows_fit).
    fit = _fit_in(wall, sections, wall.row_width(scroll_bar=False))
    return fit if fit.fits else _fit_in(wall, sections, wall.row_width(scroll_bar=True))


def _fit_in(wall: WallBoard, sections: list[int], row_width: int) -> RowsFit:
    """fit_rows for rows of cards `row_width` wide."""
    gap = wall.spacing()
    width = row_width - gap - 1
    height = wall.room().height() - gap

    def needed(scale: float, points: int = 0) -> float:  # every section's rows
        card_w, card_h = CARD.width() * scale + gap, CARD.height() * scale + gap
        columns = max(1, int(width // card_w))
        base = points_at(scale)  # headers grow with the text
        header = HEADER_HEIGHT * scale * max(points, base) / base + gap
        return sum(header + -(-n // columns) * card_h for n in sections)

    scales = [s / 10 for s in range(10, round(MIN_SCALE * 10) - 1, -1)]
    fitting = [s for s in scales if needed(s) <= height] or [MIN_SCALE]
    if needed(MIN_SCALE) > NEARLY_FITS * height:
        fitting = [SCROLL_SCALE]  # it scrolls a good deal anyway: cards the room can read
    best: RowsFit | None = None
    for scale in fitting:
        # The largest scale, unless a smaller one's cards hold clearly larger type (more
        # cards a row, each with fewer words a line); a smaller one also when a long note,
        # in the least type, would make the round too tall for the wall (wall_type.py).
        # The largest scale that fits was not enough: at 1024x768 the fifth note took the
        # round from 32-point text down to 16 (two half-empty cards a row), the seventh
        # back up to 24 (three a row).
        fit = _fit_type(wall, scale, sections, width, height, needed)
        if fit is not None and (best is None or fit.points >= CLEARLY_LARGER * best.points):
            best = fit
            if fit.points >= MAX_POINTS:
                break
    if best is not None:
        return best
    return _fit_type(wall, fitting[0], sections, width, height, needed, anyhow=True)


def _fit_type(wall, scale, sections, width, height, needed, anyhow=False) -> RowsFit | None:
    gap = wall.spacing()
    # The cards widen to fill their rows: a fifth of the wall stayed empty on the right,
    # while the notes wrapped onto more lines than they needed.
    per_card = CARD.width() * scale + gap
    columns = max(1, int(width // per_card))
    # Qt lays a row out in the width and one gap more (a gap each side, note_board.py).
    stretch = max(0, int((width + gap) / columns - per_card))
    # The text grows to fill its cards (5 notes at 1024x768 were 16-point lines in cards
    # three times their height), scrolling or not (36 were 10-point lines in half-empty
    # cards), and a round that fits shares the room under its last row among its rows (20
    # were 10-point over a quarter empty wall).
    card = QSize(round(CARD.width() * scale) + stretch, round(CARD.height() * scale))
    whole = needed(scale) <= height
    rows = sum(-(-n // columns) for n in sections) or 1

    def card_for(p: int) -> tuple[QSize, int | None] | None:
        # The tallest even card, and the room of all the rows of cards together (a row
        # may grow for a long note, wall_type.py); scrolling, no limit.
        spare = height - needed(scale, p) - 2 * gap  # as Qt lays out, to a pixel
        if not whole or spare < 0:
            return None if whole else (card, None)
        taller = QSize(0, min(card.height(), int(spare // rows)))
        return card + taller, rows * card.height() + int(spare)

    least = points_at(scale)
    # The cards no taller than their text needs.
    got = wall.roomy_points(card_for, least, MAX_POINTS, card, columns)
    if got is None:
        if not anyhow:
            return None
        got = least, card.height(), least
    points, tall, grown = got
    return RowsFit(
        scale, stretch, tall - card.height() if whole else 0, points, least, grown, whole
    )
