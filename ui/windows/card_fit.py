"""A card's text cut to the whole lines its card holds, ending in "…".

A card grows with its note up to the board's card height; a longer note is cut (its tooltip
and F2 have it whole). Qt drew such a note on past the card's text area: under a proposed
theme's tag, the tag's rule ran through the last line shown ("owns the fix and every quarter
we argue" struck through), and the line after it showed half. The text is now cut after the
last word whose line fits, and "…" says there is more. A note marked as an open question
keeps its mark under the cut: it was the card's last line, so a long question lost it.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, QTextBoundaryFinder
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

_WRAP = int(Qt.TextFlag.TextWordWrap)
LINE_BREAK = "\u2028"  # how initStyleOption writes a card's line breaks
_TRIM = " ,;:.-–—"
# Under a note marked as a question the room could not answer (ui.windows.open_questions).
OPEN_QUESTION_LINE = "? Open question"


def open_question_line(board: object) -> str:
    """The mark in `board`'s words: on the wall the room's language ("? Offene Frage")."""
    w = getattr(board, "words", None)
    return w("room.open_question") if w is not None else OPEN_QUESTION_LINE


def text_area(opt: QStyleOptionViewItem) -> QRect:
    """Where the style lays out a card's text: its text rectangle less the focus margins."""
    style = opt.widget.style() if opt.widget else QApplication.style()
    rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, opt.widget) + 1
    return rect.adjusted(margin, 0, -margin, 0)


def fitted_text(opt: QStyleOptionViewItem) -> str:
    """`opt.text`, or as much of it as `opt.rect` shows in whole lines, ending in "…"."""
    area = text_area(opt)
    width, height = area.width(), area.height()
    metrics = QFontMetrics(opt.font)

    def fits(text: str) -> bool:
        return metrics.boundingRect(0, 0, width, 100_000, _WRAP, text).height() <= height

    text = opt.text.replace(LINE_BREAK, "\n")
    if width <= 0 or fits(text):
        return opt.text
    mark = f"\n{open_question_line(opt.widget)}"
    kept = mark if text.endswith(mark) else ""  # the mark stays whole, under the "…"
    words = text.removesuffix(kept).split(" ")

    def cut(count: int) -> str:
        return " ".join(words[:count]).rstrip(_TRIM + "\n") + "…" + kept

    low, high = 0, len(words) - 1  # the most words that fit with "…" after them
    while low < high:
        middle = (low + high + 1) // 2
        if fits(cut(middle)):
            low = middle
        else:
            high = middle - 1
    if metrics.horizontalAdvance(words[low]) > width:
        # A word wider than the card, wrapped between its characters: Chinese, Japanese or
        # Thai written without spaces, a row of emoji. Cut after the whole words, it showed
        # nothing of such a note but "…"; the characters of it that fit come too.
        head = " ".join(words[:low]) + " " * bool(low)
        ends = _character_ends(words[low])
        first, last = 0, len(ends)  # how many of the word's characters fit with "…"
        while first < last:
            middle = (first + last + 1) // 2
            if fits(head + words[low][: ends[middle - 1]] + "…" + kept):
                first = middle
            else:
                last = middle - 1
        if first:
            return (head + words[low][: ends[first - 1]] + "…" + kept).replace("\n", LINE_BREAK)
    return cut(low).replace("\n", LINE_BREAK)


def _character_ends(word: str) -> list[int]:
    """Where each character of `word` as a reader sees it ends: an emoji family or a letter
    with its accents is one, not cut in two."""
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Grapheme, word)
    ends = []
    while (at := finder.toNextBoundary()) != -1:
        ends.append(at)
    return ends
