"""How tall a board card is for its text, with its text's height remembered between redraws.

Accept all on a 150-note round redraws the whole board in one turn; measuring each card's
wrapped text again (about 5 ms of that turn's 25) measured texts that had not changed: the
cards only moved under their new themes. A text is measured once per font and width.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QListWidgetItem

from ui.windows.cards import CARD_INSET, PROPOSAL, marked, proposal_line, tag_height

# Forget everything past this many (font, width, text) heights: a long session's edits and
# window resizes would otherwise keep every height ever measured.
KEEP = 5000


class CardHeights:
    """Card heights from their wrapped text's, kept by (font, width, text)."""

    def __init__(self) -> None:
        self._known: dict[tuple[str, int, str], int] = {}

    def card(self, item: QListWidgetItem, width: int, card: QSize, font: QFont) -> int:
        """The height the card's text needs at this width, from half of `card` to all of it
        (a longer note is cut, as before; its tooltip has it whole)."""
        text, proposal = item.text(), item.data(PROPOSAL)
        foot = 0
        if proposal:
            text = text.removesuffix(f"\n{proposal_line(proposal)}")
            foot = tag_height(font, proposal)
        inner = width - 12 - 2 * CARD_INSET  # the text keeps clear of a selected card's frame
        # After the side letter at its start (cards.marked), as the card draws it.
        needed = self.text(marked(text, font), inner, font) + foot
        return max(card.height() // 2, min(card.height(), needed + 18))

    def text(self, text: str, width: int, font: QFont) -> int:
        """The height of `text` wrapped at `width` in `font`."""
        key = (font.key(), width, text)
        height = self._known.get(key)
        if height is None:
            if len(self._known) >= KEEP:
                self._known.clear()
            flags = int(Qt.TextFlag.TextWordWrap)
            height = QFontMetrics(font).boundingRect(0, 0, width, 10_000, flags, text).height()
            self._known[key] = height
        return height
