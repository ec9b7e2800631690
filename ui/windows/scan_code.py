"""The code a phone scans to send notes (in Session > Notes from phones… and on the wall),
its squares on whole pixels of the screen however the display is scaled.

Made at the screen's size in pixels and shown by a plain QLabel, the code was stretched by
the display's scale (125% or 150% on many laptops): every square's edge became a grey
blur and the squares came out one pixel apart in size, which a phone reading the wall's
projected image blurred further. It is now made in the screen's own pixels and copied onto
them one for one, and made again when the window moves to a screen of another scale.
"""

from __future__ import annotations

import io
import math

import segno
from PySide6.QtCore import QEvent, QPointF, QRectF
from PySide6.QtGui import QPainter, QPixmap, QTransform
from PySide6.QtWidgets import QLabel, QStyle


def qr_pixmap(text: str, size: int, least: int = 1, ratio: float = 1.0) -> QPixmap:
    """A QR code of `text`, at most `size` pixels square (unless `least` pixels a square
    need more), black on white with a quiet zone; made for a screen of `ratio` pixels to
    the app's pixel (1.5 at 150%), whole pixels a square."""
    code = segno.make(text, error="m")
    modules = code.symbol_size(border=2)[0]
    square = max(math.ceil(least * ratio - 1e-9), int(size * ratio) // modules, 1)
    buffer = io.BytesIO()
    code.save(buffer, kind="png", scale=square, border=2)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


class CodeLabel(QLabel):
    """A label showing a QR code (`show_code`) copied onto the screen's pixels as made."""

    def __init__(self, objectName: str) -> None:  # noqa: N803 (Qt's name)
        super().__init__(objectName=objectName)
        self._code: tuple[str, int, int] | None = None
        # The code as made. QLabel.pixmap() gives a copy resized to whole pixels of the app:
        # at 200% a code 377 pixels wide came back 378 (ratio 1.99), and was drawn stretched.
        self._made = QPixmap()

    def show_code(self, text: str, size: int, least: int = 1) -> None:
        """Show the code of `text`, at most `size` pixels square (of the app's), at least
        `least` pixels a square."""
        self._code = (text, size, least)
        self._made = qr_pixmap(text, size, least, self.devicePixelRatioF())
        self.setPixmap(self._made)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.DevicePixelRatioChange and self._code is not None:
            self.show_code(*self._code)  # on a screen of another scale
        return super().event(event)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt name)
        pixmap = self._made
        painter = QPainter(self)
        if pixmap.isNull() or pixmap.devicePixelRatio() != painter.device().devicePixelRatioF():
            painter.end()
            super().paintEvent(event)  # (made for another screen: stretched, until made anew)
            return
        place = QStyle.alignedRect(
            self.layoutDirection(),
            self.alignment(),
            pixmap.deviceIndependentSize().toSize(),
            self.contentsRect(),
        )
        # Drawn in the device's own pixels, from the nearest whole one: the painter's
        # scale (the display's) and the label's place on the window undone.
        device = painter.deviceTransform()
        corner = device.map(QPointF(place.topLeft()))
        to_pixels = QTransform.fromTranslate(round(corner.x()), round(corner.y()))
        painter.setWorldTransform(to_pixels * device.inverted()[0])
        whole = QRectF(0, 0, pixmap.width(), pixmap.height())
        painter.drawPixmap(whole, pixmap, whole)
