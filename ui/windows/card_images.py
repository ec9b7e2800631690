"""Plain cards painted once, then copied (the board's and the wall's CardDelegate, cards.py).

Qt lays a card's text out again each time it paints it: on the projector wall every note
typed repainted the 40-odd cards in view, 37 µs each (1.6 ms of a 1.9 ms repaint at
1024x768), though almost all of them looked as before. A card that is neither selected, nor
has the keyboard, nor shows a proposed theme is now drawn into an image the first time,
and the image is copied to the screen after that, pixel for pixel the same. An image is
kept for everything its pixels depend on (text, type, size, colours, alignment, state,
palette, style, screen's pixel ratio), so a card that changes in any way is drawn afresh.

With the display scaled to 125% or 150% most cards' edges fall between the screen's pixels,
and their copies were stretched onto them, blurred: such a card is drawn each time.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QStyleOptionViewItem

# The images kept, in bytes: a 1920x1080 wall shows about 90 cards of 50 KB; all are
# dropped once this is passed, and the cards in view drawn again.
BUDGET = 24 * 1024 * 1024

Draw = Callable[[QPainter, QStyleOptionViewItem, QModelIndex], None]

_ROLE = Qt.ItemDataRole
_SIDE = _ROLE.UserRole + 3  # the card's side letter (cards.SIDE): the wall's is the room's


def on_whole_pixels(painter: QPainter, rect: QRect) -> bool:
    """Whether `rect` covers whole pixels of the device `painter` paints on, so that an
    image of it copies pixel for pixel. Always at 100% or 200%; at 125% or 150% only a
    rect whose edges fall on a pixel's edge (a card at x 341 starts at 426.25 at 125%)."""
    where = painter.deviceTransform().mapRect(QRectF(rect))
    return all(
        abs(edge - round(edge)) < 1e-6
        for edge in (where.left(), where.top(), where.right(), where.bottom())
    )


class CardImages:
    """The images of plain cards, by everything a card's pixels depend on."""

    def __init__(self) -> None:
        self._images: dict[tuple, QPixmap] = {}
        self._bytes = 0

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex,
        state: int,
        draw: Draw,
    ) -> None:
        """Paint the card at `index` in `option.rect`, as `draw` paints it there (`state`:
        the option's state flags, as an int)."""
        rect = option.rect
        if not on_whole_pixels(painter, rect):
            # The copy would be stretched onto the screen's pixels and come out blurred
            # (with the display scaled to 125% or 150%, most cards): drawn as it is instead.
            draw(painter, option, index)
            return
        ratio = painter.device().devicePixelRatioF()
        key = self._key(option, index, rect, state, ratio)
        image = self._images.get(key)
        if image is None:
            image = self._draw(option, index, rect, ratio, draw)
            size = image.width() * image.height() * 4
            if self._bytes + size > BUDGET:
                self._images.clear()
                self._bytes = 0
            self._images[key] = image
            self._bytes += size
        painter.drawPixmap(rect.topLeft(), image)

    @staticmethod
    def _key(
        option: QStyleOptionViewItem, index: QModelIndex, rect: QRect, state: int, ratio: float
    ) -> tuple:
        """What a plain card's pixels depend on. Not the palette: a card's colours are its
        own (its background and text roles, cards.py); nor the view's text wrapping, eliding
        and direction, the same for every card view."""
        data = index.data
        font = data(_ROLE.FontRole) or option.font  # the card's own type, else the view's
        background = data(_ROLE.BackgroundRole)
        foreground = data(_ROLE.ForegroundRole)
        return (
            data(_ROLE.DisplayRole),
            font.key(),
            rect.width(),
            rect.height(),
            background.color().rgba() if background is not None else None,
            foreground.color().rgba() if foreground is not None else None,
            data(_ROLE.TextAlignmentRole),
            data(_SIDE),
            state,
            ratio,
        )

    @staticmethod
    def _draw(
        option: QStyleOptionViewItem, index: QModelIndex, rect: QRect, ratio: float, draw: Draw
    ) -> QPixmap:
        image = QPixmap(QSize(round(rect.width() * ratio), round(rect.height() * ratio)))
        image.setDevicePixelRatio(ratio)
        painter = QPainter(image)
        try:
            at_origin = QStyleOptionViewItem(option)
            at_origin.rect = QRect(0, 0, rect.width(), rect.height())
            draw(painter, at_origin, index)
        finally:
            painter.end()
        return image
