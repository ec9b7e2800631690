"""The presenter view's top: the round's question beside the clock, in type sized to the room.

On a projector the view has no hint line, and the clock stood alone in a row of its own over
the question: 75 pixels of a 768-pixel projector held nothing but the clock, and the notes
were set in 10-point type to fit under it.

A clock that says whose round it is ("Round 5 · Done", "Round 1 · Paused +12:34") may stand
in two lines, the round over the rest: in one line it left the question too little room
beside it at 1024x768, and the question went under it again.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel

QUESTION_POINTS = (34, 30, 26, 22)
# The clock's type: 48 points, smaller when its words ("Round 5 · Done") leave the question
# too little room beside it.
CLOCK_POINTS = (48, 40, 32)
# Only when no size above keeps the question beside the clock: "Paused +12:34" at 32 points
# left a question of 100 letters four lines beside it at 1024x768, so it went under.
SMALLEST_CLOCK = 28
NARROWEST = 200  # the least room beside the clock the question is put in
# Where a clock that names its round may break into two lines.
BREAK = " · "


class Top(NamedTuple):
    """How the top is set: the question's and the clock's type sizes, whether the clock
    stands in two lines, and whether the question goes under it."""

    points: int
    clock_points: int
    two_lines: bool = False
    under: bool = False


def clock_shown(clock: str, two_lines: bool) -> str:
    """The clock's words as they stand: in two lines, the round's over the rest."""
    return clock.replace(BREAK, "\n", 1) if two_lines else clock


class ClockLabel(QLabel):
    """The view's clock. `text()` is what it was given (the main window's clock, word for
    word); it shows that in one line or, when `two_lines` is set, in two (clock_shown)."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._given = ""
        self._two_lines = False

    def setText(self, text: str) -> None:  # noqa: N802 (Qt name)
        self._given = text
        super().setText(clock_shown(text, self._two_lines))

    def text(self) -> str:
        return self._given

    def set_two_lines(self, two_lines: bool) -> None:
        if two_lines != self._two_lines:
            self._two_lines = two_lines
            super().setText(clock_shown(self._given, two_lines))


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
    beside: int = 0,
    hint: int = 0,
) -> Top:
    """How to set the top of a view of `size` (see Top); `hint` is the height of the line
    over the question beside the clock (the view on the facilitator's own screen has one).

    Beside the clock the question is at most two lines of the largest type tall (it took
    that much under the clock before). The top takes a tenth of the view's height: two
    lines of 34 points on 1080 lines, the clock's own height on 768, where the notes need
    the rest. Within that, the largest clock and then the largest type; when no size keeps
    within it, the one that takes the least height. A question that does not fit beside
    even the smallest clock goes under it, across the whole width: in two lines if a size
    does it, else in as many lines as it needs at the smallest size.

    A longer question stands beside the clock all the same, in more lines, where that
    leaves the top less tall than under the clock (in type no smaller, the clock in one
    line): under the clock of a 1024x768 projector, a question of 187 letters over the
    example's fullest round took 223 pixels, 29% of the view, and the notes went down to
    10 points; beside it, in five lines, 176, and the notes have 11 points.

    A clock that names its round may also stand in two lines, narrower: taken when no way
    with the clock in one line keeps within the tenth (the clock's two lines are taller
    than that on 768 lines), if it leaves the top the least tall.

    Something `beside` pixels tall beside the clock (the code to join by phone) makes the top at
    least that tall: the question may take that height too.
    """
    width, height = size
    most = 2 * question_height(question_font, QUESTION_POINTS[0], "Q", 10_000)
    ways = _ways_beside(question_font, clock_font, question, clock, width, gap)
    large = [way for way in ways if way[2] != SMALLEST_CLOCK]
    # The smallest clock only when no larger one keeps the question within two lines.
    short = [way for way in large if way[4] <= most] or [
        way for way in ways if way[2] == SMALLEST_CLOCK and way[4] <= most
    ]
    within = [way for way in short if way[0] <= max(height // 10, beside)]
    if within:
        # The clock in one line when it can be, then the largest clock and question.
        _top, points, clock_points, two_lines, _tall = max(
            within, key=lambda way: (not way[3], way[2], way[1])
        )
        return Top(points, clock_points, two_lines)
    if short:
        _top, points, clock_points, two_lines, _tall = min(
            short, key=lambda way: (way[0], way[3], -way[1], -way[2])
        )
        return Top(points, clock_points, two_lines)
    under = _under(question_font, clock_font, question, clock, width, gap)
    clock_lines = len(clock_shown(clock, under.two_lines).split("\n"))
    sized = QFont(clock_font)
    sized.setPointSize(under.clock_points)
    tall = question_height(question_font, under.points, question, width)
    # The hint line stands over the question beside the clock, and beside the clock when
    # the question goes under it: weighed without it, a question of 241 letters on an
    # 800x600 screen took 43 pixels more beside the clock than under it.
    under_top = max(clock_lines * QFontMetrics(sized).height(), beside, hint) + gap + tall

    def top_of(way: Way) -> int:
        return max(way[0], hint + gap + way[4]) if hint else way[0]

    # (The clock in one line, as the room knows it: in two, beside five lines of question,
    # it saved 13 pixels of 1366x768.)
    lower = [
        way
        for way in large
        if not way[3] and way[1] >= under.points and max(top_of(way), beside) < under_top
    ]
    if lower:
        # The least tall top (the notes need the height), then the largest question and
        # clock.
        _top, points, clock_points, two_lines, _tall = min(
            lower, key=lambda way: (top_of(way), -way[1], -way[2])
        )
        return Top(points, clock_points, two_lines)
    return under


Way = tuple[int, int, int, bool, int]


def _ways_beside(
    question_font: QFont, clock_font: QFont, question: str, clock: str, width: int, gap: int
) -> list[Way]:
    """Each way to set the question beside the clock in a view `width` wide, the clock at
    any of its sizes: (the top's height, the question's type, the clock's type, the clock in
    two lines, the question's height)."""
    ways: list[Way] = []
    for sizes in (CLOCK_POINTS, (SMALLEST_CLOCK,)):
        for two_lines in (False, True) if BREAK in clock else (False,):
            lines = clock_shown(clock, two_lines).split("\n")
            for clock_points in sizes:
                sized = QFont(clock_font)
                sized.setPointSize(clock_points)
                metrics = QFontMetrics(sized)
                wide = max(metrics.horizontalAdvance(line) for line in lines)
                room = width - wide - 2 * gap
                for points in QUESTION_POINTS if room >= NARROWEST else ():
                    tall = question_height(question_font, points, question, room)
                    top = max(len(lines) * metrics.height(), tall)
                    ways.append((top, points, clock_points, two_lines, tall))
    return ways


def _under(
    question_font: QFont, clock_font: QFont, question: str, clock: str, width: int, gap: int
) -> Top:
    """The question under the clock, across the view: in two lines if a size does it, else
    in as many lines as it needs at the smallest size."""
    clock_points, two_lines = clock_alone(clock_font, clock, width - 2 * gap - NARROWEST)
    for points in QUESTION_POINTS:
        one = question_height(question_font, points, "Q", 10_000)
        if question_height(question_font, points, question, width) <= 2 * one:
            return Top(points, clock_points, two_lines, under=True)
    return Top(QUESTION_POINTS[-1], clock_points, two_lines, under=True)


def clock_alone(clock_font: QFont, clock: str, room: int) -> tuple[int, bool]:
    """The clock's type, and whether it stands in two lines, with the question under it:
    the largest that is at most `room` wide, in one line where it can be; else the
    narrowest way. At 48 points in one line, "Paused 07:26" cut the hint beside it on an
    800-pixel screen, and "Round 2 · Paused 17:26" was wider than the screen."""
    ways: list[tuple[int, int, bool]] = []  # (width, type, two lines)
    for two_lines in (False, True) if BREAK in clock else (False,):
        lines = clock_shown(clock, two_lines).split("\n")
        for clock_points in (*CLOCK_POINTS, SMALLEST_CLOCK):
            sized = QFont(clock_font)
            sized.setPointSize(clock_points)
            wide = max(QFontMetrics(sized).horizontalAdvance(line) for line in lines)
            if wide <= room:
                return clock_points, two_lines
            ways.append((wide, clock_points, two_lines))
    _wide, clock_points, two_lines = min(ways, key=lambda way: (way[0], way[2], -way[1]))
    return clock_points, two_lines
