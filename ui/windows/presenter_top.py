"""The presenter view's top: the round's question beside the clock, in type sized to the room.

On a projector the view has no hint line, and the clock stood alone in a row of its own over
the question: 75 pixels of a 768-pixel projector held nothing but the clock, and the notes
were set in 10-point type to fit under it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics

QUESTION_POINTS = (34, 30, 26, 22)
# The clock's type: 48 points, smaller when its words ("Round 5 · Done") leave the question
# too little room beside it.
CLOCK_POINTS = (48, 40, 32)
NARROWEST = 200  # the least room beside the clock the question is put in


def question_height(font: QFont, points: int, text: str, width: int) -> int:
    """The height of `text` wrapped between words to `width`, in `font` at `points`."""
    sized = QFont(font)
    sized.setPointSize(points)
    flags = int(Qt.TextFlag.TextWordWrap)
    return QFontMetrics(sized).boundingRect(0, 0, width, 100_000, flags, text).height()


def fit_top(
    question_font: QFont,
    clock_font: QFont,
    question: str,
    clock: str,
    size: tuple[int, int],
    gap: int,
) -> tuple[int, int]:
    """The question's and the clock's type sizes for a top as wide as the view's `size`,
    the clock 0 when the question goes under it.

    Beside the clock the question is at most two lines of the largest type tall (it took
    that much under the clock before). The top takes a tenth of the view's height: two
    lines of 34 points on 1080 lines, the clock's own height on 768, where the notes need
    the rest. Within that, the largest clock and then the largest type; when no size keeps
    within it, the one that takes the least height. A question that does not fit beside
    even the smallest clock goes under it, across the whole width: in two lines if a size
    does it, else in as many lines as it needs at the smallest size.
    """
    width, height = size
    most = 2 * question_height(question_font, QUESTION_POINTS[0], "Q", 10_000)
    # (the top's height, the question's type, the clock's type) of each way that fits
    ways: list[tuple[int, int, int]] = []
    for clock_points in CLOCK_POINTS:
        sized = QFont(clock_font)
        sized.setPointSize(clock_points)
        metrics = QFontMetrics(sized)
        room = width - metrics.horizontalAdvance(clock) - 2 * gap
        for points in QUESTION_POINTS if room >= NARROWEST else ():
            tall = question_height(question_font, points, question, room)
            if tall <= most:
                ways.append((max(metrics.height(), tall), points, clock_points))
    within = [way for way in ways if way[0] <= height // 10]
    if within:
        _top, points, clock_points = max(within, key=lambda way: (way[2], way[1]))
        return points, clock_points
    if ways:
        _top, points, clock_points = min(ways, key=lambda way: (way[0], -way[1], -way[2]))
        return points, clock_points
    for points in QUESTION_POINTS:
        one = question_height(question_font, points, "Q", 10_000)
        if question_height(question_font, points, question, width) <= 2 * one:
            return points, 0
    return QUESTION_POINTS[-1], 0
