"""The key under the presenter's wall: which letter and colour is whose note.

The cards' colours (pale yellow, blue, green) were the wall's only sign of a note's side,
and the room had no key to them; a colour-blind participant or a washed-out projector lost
the sales and marketing split the session is held for. Each card now carries its side's
letter (cards.side_mark), and this line names the letters, each on its card's colour, in
the room's language ("S Sales  M Marketing  O Other"; "V Vertrieb ..." in German).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QWidget

from roundtable.export.languages import Words
from roundtable.model import FUNCTIONS
from ui.windows.cards import COLOURS, MARK_INK, side_mark

# Large enough to read from the back of a room, small beside the cards it explains.
KEY_POINTS = 14


class SideKey(QWidget):
    """A line of three: each side's letter on its card colour, then its name; or the three
    one under the other (`set_stacked`), narrow enough to stand under the clock."""

    def __init__(self, words: Callable[[], Words], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presenterSideKey")
        self._words = words
        self._lay = lay = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(12)
        lay.addStretch(1)  # at the right, under the wall's last column
        font = QFont(self.font())
        font.setPointSize(KEY_POINTS)
        bold = QFont(font)
        bold.setBold(True)
        self._labels: list[tuple[str, QLabel, QLabel]] = []
        for function in FUNCTIONS:
            letter = QLabel(objectName=f"sideKeyMark_{function}")
            letter.setFont(bold)
            letter.setAlignment(Qt.AlignmentFlag.AlignCenter)
            letter.setStyleSheet(
                f"QLabel {{ background: {COLOURS[function]}; color: {MARK_INK.name()};"
                f" border: 1px solid {MARK_INK.name()}; border-radius: 3px; padding: 0 6px; }}"
            )
            name = QLabel(objectName=f"sideKeyName_{function}")
            name.setFont(font)
            entry = QWidget(self)
            pair = QHBoxLayout(entry)
            pair.setContentsMargins(0, 0, 0, 0)
            pair.setSpacing(6)
            pair.addWidget(letter)
            pair.addWidget(name, 1)
            lay.addWidget(entry)
            self._labels.append((function, letter, name))
        self.retell()

    def set_stacked(self, stacked: bool) -> None:
        """The three in a line (False) or one under the other (True)."""
        direction = (
            QBoxLayout.Direction.TopToBottom if stacked else QBoxLayout.Direction.LeftToRight
        )
        if self._lay.direction() != direction:
            self._lay.setSpacing(2 if stacked else 12)
            self._lay.setDirection(direction)
            self._lay.invalidate()

    def stacked(self) -> bool:
        return self._lay.direction() == QBoxLayout.Direction.TopToBottom

    def retell(self) -> None:
        """Say the key in the room's language as it is now (it follows the wall's)."""
        w = self._words()
        said = []
        for function, letter, name in self._labels:
            letter.setText(side_mark(function, w))
            name.setText(w(f"room.key_{function}"))
            said.append(f"{letter.text()}: {name.text()}")
        self.setAccessibleName(", ".join(said))
