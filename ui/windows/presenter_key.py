"""Where the side key (wall_key.SideKey) stands on the presenter view: under the clock when
the top row has room for it there, else in a row of its own under the wall.

In its own row under the wall the key took 30 pixels of the wall's height: at 1024x768 a
45-note themed round showed "20 more notes below" instead of 15. The top row is as tall as
the question beside the clock (with the hint over it on one screen, or the code to join by
beside it), and a question's last line rarely reaches the clock: the key, in one line or its
three one under the other, often fits in the corner that leaves under the clock, where it
costs the notes nothing. It never covers a word of the question or the hint, and never makes
the row taller.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel, QWidget

# Pixels kept clear between the key and the words beside it, and under the clock.
CLEAR = 12
UNDER_CLOCK = 4


def text_lines(label: QLabel, within: QWidget) -> list[QRect]:
    """The rectangles of `label`'s lines of text as it wraps them (left-aligned, from its
    top), in `within`'s coordinates; none for a hidden or empty label."""
    if not label.isVisible() or not label.text():
        return []
    area = label.contentsRect()
    option = QTextOption()
    if label.wordWrap():
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
    else:
        option.setWrapMode(QTextOption.WrapMode.NoWrap)
    origin = label.mapTo(within, area.topLeft())
    rects: list[QRect] = []
    y = 0.0
    for paragraph in label.text().split("\n"):
        layout = QTextLayout(paragraph, label.font())
        layout.setTextOption(option)
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(area.width())
            line.setPosition(QPoint(0, 0).toPointF())
            width = int(line.naturalTextWidth()) + 1
            below = int(y + line.height())  # the next line's first row of pixels
            rects.append(QRect(origin.x(), origin.y() + int(y), width, below - int(y)))
            y += line.height()
        layout.endLayout()
    return rects


def spot_in_top(
    row: QRect, clock: QRect, size: tuple[int, int], words: list[QRect]
) -> QRect | None:
    """Where a key of `size` stands in the top row `row`: under `clock` (their right edges
    lined up), else beside the lines of `words` that leave room left of the clock, as high
    as it can, or under them; clear of the words and the clock, and within the row. None
    when nowhere."""
    wide, tall = size
    # Under the clock, beside a line, or under the last (a question in one line).
    tops = {clock.bottom() + 1 + UNDER_CLOCK, *(line.top() for line in words)}
    tops |= {line.bottom() + 1 + UNDER_CLOCK for line in words}
    tops = sorted(tops)
    for right in (clock.right(), clock.left() - CLEAR):
        for top in tops:
            spot = QRect(right - wide + 1, top, wide, tall)
            if spot.top() < row.top() or spot.bottom() > row.bottom() or spot.left() < row.left():
                continue
            clear = spot.adjusted(-CLEAR, 0, 0, 0)
            if clear.intersects(clock) or any(line.intersects(clear) for line in words):
                continue
            return spot
    return None


def place_key(key: QWidget, view: QWidget, top: QRect, clock: QRect, words: list[QRect]) -> None:
    """Put `key` (a SideKey on `view`) in the top row (`top`) if it fits there clear of
    `clock` and `words` (spot_in_top), in one line or else stacked; else in its row in
    `view`'s layout, over the join address (the layout's last)."""
    lay = view.layout()
    spot = None
    for stacked in (False, True):
        key.set_stacked(stacked)
        hint = key.sizeHint()
        spot = spot_in_top(top, clock, (hint.width(), hint.height()), words)
        if spot is not None:
            break
    in_row = lay.indexOf(key) >= 0
    if spot is None:
        key.set_stacked(False)
        if not in_row:
            lay.insertWidget(lay.count() - 1, key)  # over the join address, the last
        return
    if in_row:
        lay.removeWidget(key)
    key.setGeometry(spot)
    key.raise_()
