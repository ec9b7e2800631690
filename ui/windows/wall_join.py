"""The line at the foot of the wall that tells the room how to send notes from a phone:
the address in large type and a code to scan, shown while phones can send notes and the
facilitator has put it there (Session > Notes from phones…, ui/phones_action.py)."""

from __future__ import annotations

import io

import segno
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

CODE_PIXELS = 132  # at least; a phone reads it from the back of a meeting room on the wall
# Of the wall's height: the code is as large on the projected image whatever the projector's
# resolution (a fixed 132 pixels was 22% of an 800x600 wall but 12% of a 1080p one).
CODE_SHARE = 1 / 5


def qr_pixmap(text: str, size: int) -> QPixmap:
    """A QR code of `text`, at most `size` pixels square, black on white with a quiet zone."""
    code = segno.make(text, error="m")
    modules = code.symbol_size(border=2)[0]
    buffer = io.BytesIO()
    code.save(buffer, kind="png", scale=max(1, size // modules), border=2)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


class JoinStrip(QWidget):
    """The phone address and its code, at the foot of the wall."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("wallJoin")
        self.code = QLabel(objectName="wallJoinCode")
        self.words = QLabel(objectName="wallJoinWords")
        self.words.setWordWrap(True)
        self.words.setFont(QFont(self.font().family(), 22))
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 6, 0, 0)
        lay.addWidget(self.code, 0, Qt.AlignmentFlag.AlignVCenter)
        lay.addWidget(self.words, 1, Qt.AlignmentFlag.AlignVCenter)
        self.url: str | None = None
        self._drawn: tuple[str, int] | None = None  # the code's text and size as drawn
        parent.installEventFilter(self)  # the wall's height sets the code's size
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Resize and self.url is not None:
            self._draw_code()
        return False

    def _draw_code(self) -> None:
        assert self.url is not None
        size = max(CODE_PIXELS, int(self.parentWidget().height() * CODE_SHARE))
        if self._drawn != (self.url, size):
            self._drawn = (self.url, size)
            self.code.setPixmap(qr_pixmap(self.url, size))

    def show_url(self, url: str | None) -> None:
        """Show how to join at `url`, or nothing (None)."""
        self.url = url
        if url is None:
            self.hide()
            return
        self._draw_code()
        self.words.setText(f"Send your notes from your phone: scan the code or open\n{url}")
        self.show()
