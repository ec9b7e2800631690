"""How the room sends notes from a phone, on the wall: a code to scan in the top corner,
beside the clock, and the address in a line at the wall's foot. Shown while phones can send
notes and the facilitator has put it there (Session > Notes from phones…,
ui/phones_action.py).

The code and the address stood together in a strip across the wall's foot, as tall as the
code: 23% of an 800x600 wall (138 of 600 pixels), 18% of a 1366x768 or 1080p one. Beside
the clock the code takes height the top mostly has already (the question in two or three
lines beside it), and the address one line: 14% of an 800x600 wall, 12% of larger ones.

While the room votes from phones (ui/sensemaking/phone_vote.py) the line says so instead:
"Vote on your phone: 3 dots each, 5 phones have voted. Scan the code or open …"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from roundtable.export.languages import Words, words
from ui.windows.scan_code import CodeLabel

# Of the wall's height, at most: what a phone needs to read it from the back of the room is
# its size on the projected image, the same share of the wall whatever the projector's
# resolution (a fixed 132 pixels was 22% of an 800x600 wall but 12% of a 1080p one).
CODE_SHARE = 1 / 5
# Pixels a square at least (132 for an address's 33 squares with the margin). At 3 (99
# pixels on an 800x600 wall) the code no longer read once slightly blurred, as a projector
# scaling 800x600 to its own pixels blurs it (zbar, 1.2-pixel blur and noise: 3 a square
# failed at full size, 4 read at half size).
LEAST_SQUARE = 4
# The address across the wall's foot, as large as the width allows up to 4% of the wall's
# height (it was 22 points whatever the wall: smaller on the same screen at 1080p); in one
# line if that keeps it at least 3% of the height, else in two (the address under the words).
WORDS_SHARE = 0.04
LEAST_SHARE = 0.03
LEAST_WORDS = 12  # pixels; then it wraps
SAYS = "Send notes from your phone: scan the code or open"  # in English ("room.join")


class JoinStrip(QWidget):
    """The phone address at the foot of the wall; its code (`code`, which the wall puts in
    its top row, beside the clock) is shown and hidden with it. `room()` gives the words of
    the room's language."""

    def __init__(self, parent: QWidget, room: Callable[[], Words] = lambda: words("en")) -> None:
        super().__init__(parent)
        self.room = room
        self.setObjectName("wallJoin")
        self.code = CodeLabel(objectName="wallJoinCode")
        self.code.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.code.hide()
        self.words = QLabel(objectName="wallJoinWords")
        self.words.setWordWrap(True)
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.addWidget(self.words, 1)
        self.url: str | None = None
        self.vote: tuple[int, int] | None = None  # (dots each, phones voted) while open
        self._drawn: tuple[str, str, int, int] | None = None  # the words, the address and the
        # wall's size drawn for
        parent.installEventFilter(self)  # the wall's size sets the code's and the words'
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Resize and self.url is not None:
            self._draw()
        return False

    def _draw(self) -> None:
        assert self.url is not None
        wall = self.parentWidget()
        says = self._says()
        if self._drawn == (says, self.url, wall.width(), wall.height()):
            return
        self._drawn = (says, self.url, wall.width(), wall.height())
        self.code.show_code(self.url, int(wall.height() * CODE_SHARE), LEAST_SQUARE)
        margins = wall.layout().contentsMargins() if wall.layout() else self.contentsMargins()
        room = wall.width() - margins.left() - margins.right() - 4
        most = max(LEAST_WORDS, int(wall.height() * WORDS_SHARE))
        pixels = self._fitted(f"{says} {self.url}", room, most)
        if pixels >= wall.height() * LEAST_SHARE:
            self.words.setText(f"{says} {self.url}")
        else:
            self.words.setText(f"{says}\n{self.url}")
            pixels = self._fitted(says, room, most)
        font = QFont(self.font())
        font.setPixelSize(pixels)
        self.words.setFont(font)

    def _says(self) -> str:
        w = self.room()
        if self.vote is None:
            return w("room.join")
        dots, voted = self.vote
        return w(
            "room.vote_join",
            dots=w.count(dots, "room.dots"),
            voted=w.count(voted, "room.phones_voted"),
        )

    def show_vote(self, vote: tuple[int, int] | None) -> None:
        """Say the room votes on phones, with (dots each, phones voted), or None: not."""
        if vote != self.vote:
            self.vote = vote
            self.retell()

    def _fitted(self, line: str, room: int, most: int) -> int:
        """The largest type, up to `most` pixels, that sets `line` within `room`."""
        font = QFont(self.font())
        for pixels in range(most, LEAST_WORDS, -1):
            font.setPixelSize(pixels)
            if QFontMetrics(font).horizontalAdvance(line) <= room:
                return pixels
        return LEAST_WORDS

    def retell(self) -> None:
        """Say it again in the room's words, which may have changed (another round)."""
        if self.url is not None:
            self._draw()

    def show_url(self, url: str | None) -> None:
        """Show how to join at `url`, or nothing (None)."""
        self.url = url
        self.code.setVisible(url is not None)
        if url is None:
            self.hide()
            return
        self._draw()
        self.show()
