"""The lines at the wall's top and bottom edges that tell the room how many notes are out of
view: "▲ 12 more notes above", "▼ 3 more notes below".

A round being captured with more notes than the wall holds scrolls to keep the newest card
in view; nothing said that the first notes were above it, and the room took the wall for
the whole round. Each line stands in a strip of its own (laid over the cards it hid a
card's last lines), in the wall's own colours, and goes once there is nothing out of view
on its side.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRect, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel

from roundtable.export.languages import Words
from ui.windows.contrast import ink
from ui.windows.note_board import KIND
from ui.windows.wall import WallBoard

# The lines' type: the cards' own, at least this large to read from the back of the room,
# and no larger than a section's header over the cards.
LEAST_POINTS, MOST_POINTS = 14, 20
GAP = 8  # the strip's height beyond its line


class WallCues(QObject):
    """The wall's "more above" and "more below" lines; `points()` is the cards' type size."""

    def __init__(self, wall: WallBoard, points: Callable[[], int]) -> None:
        super().__init__(wall)
        self.wall = wall
        self._points = points
        self.above = self._line("presenterMoreAbove", "Notes above the wall's top edge")
        self.below = self._line("presenterMore", "Notes below the wall's bottom edge")
        self._busy = False
        self._sheets: dict[str, str] = {}  # the lines' style sheet by the wall's colour
        # The lines' counts wait for the wall's items to stand in their places (`_settled`).
        self._owed = False
        self._rows: list[int] | None = None  # the wall's shown notes, until it changes
        self._items: list | None = None  # their items
        model = wall.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(self._forget_rows)
        bar = wall.verticalScrollBar()
        bar.rangeChanged.connect(self.update)
        bar.valueChanged.connect(self.update)
        wall.strip_height = self.strip_height
        wall.settled = self._settled

    def strip_height(self) -> int:
        """A strip's height, its line in the type it has at the wall's card size."""
        self._style()
        return self.above.sizeHint().height() + GAP

    def _line(self, name: str, spoken: str) -> QLabel:
        line = QLabel(self.wall, objectName=name)
        line.setAccessibleName(spoken)
        line.setTextFormat(Qt.TextFormat.PlainText)
        line.setAlignment(Qt.AlignmentFlag.AlignCenter)
        line.hide()
        return line

    def update(self, *_args: object) -> None:
        """Show each line while the wall can scroll further its way, with the number of
        notes out of view there."""
        if self._busy:
            return  # the strips' own change of the wall's margins scrolls it
        if not self.wall.isVisible():
            # Nobody sees a hidden wall; its notes were counted on every Enter (a tenth of
            # a millisecond a note: 11 ms with 500 notes in the round). Shown, it counts.
            return
        # While a themed round's cards are put in their places (each move may change the
        # scroll range: three of the four updates an Enter made), the lines come and go as
        # ever, but the notes out of view are counted once the cards all stand (`_settled`):
        # every card measured each time took 2 ms per Enter with 200 notes on the wall.
        # (Once a line has said something: its text's height is the strip's.)
        later = self.wall.settling() and bool(self.above.text())
        self._busy = True
        try:
            self._update(count=not later)
        finally:
            self._busy = False
        self._owed = self._owed or later

    def _settled(self) -> None:
        """The themed round's cards stand where their plan put them: the lines shown say
        how many notes are out of view, each card counted where the plan put its middle."""
        if not self._owed or self._busy or not self.wall.isVisible():
            return
        self._owed = False
        wall, placed = self.wall, self.wall.placed
        rows = self._notes()
        if any(row not in placed for row in rows):
            self.update()  # a card the plan did not place (none should be)
            return
        offset, height = 2 * wall.verticalOffset(), wall.viewport().height()
        # As Qt's middle of a card in the view: (top + bottom) / 2, rounded toward zero.
        middles = [int((placed[r].top() + placed[r].bottom() - offset) / 2) for r in rows]
        above = sum(1 for y in middles if y < 0)
        below = sum(1 for y in middles if y >= max(height, 0))
        for line, count, where in ((self.above, above, "above"), (self.below, below, "below")):
            if not line.isHidden():
                line.setText(_said(count, where, self.wall.words))

    def _update(self, count: bool = True) -> None:
        """Show or hide the lines; with `count`, say in them how many notes are out of
        view (else only whether there are notes above, as the line above needs)."""
        wall = self.wall
        bar = wall.verticalScrollBar()
        # Not for a round that fits once the strips are gone: a strip's own height made the
        # wall scroll, and so kept the strip.
        fits = wall.contentsSize().height() <= wall.room().height()
        if fits:
            hidden_above, hidden_below = 0, 0
        elif count:
            hidden_above, hidden_below = self._out_of_view()
        else:
            hidden_above, hidden_below = self._any_above(), 0
        # Above, only notes: a header cut off over cards all in view hides nothing. Below,
        # a theme's column may start with its header (its votes) under the edge.
        up = hidden_above > 0 and bar.value() > 0
        down = not fits and bar.value() < bar.maximum()
        high = self.strip_height()
        margins = wall.viewportMargins()
        top, bottom = (high if up else 0), (high if down else 0)
        if (margins.top(), margins.bottom()) != (top, bottom):
            value = bar.value()
            wall.setViewportMargins(0, top, 0, bottom)
            # The strip at the top takes its height from the cards above, not from the
            # newest card at the foot of the wall, which stays in view.
            bar.setValue(value + top - margins.top())
        port = wall.viewport().geometry()
        if (up or down) and (margins.top(), margins.bottom()) != (top, bottom):
            # As the strips leave the view (a layout the strips asked for is done first,
            # as the first card measured would have it done).
            if count:
                hidden_above, hidden_below = self._out_of_view()
            else:
                self._any_above(first_only=True)
        for line, shown, hidden, where, y in (
            (self.above, up, hidden_above, "above", port.top() - high + GAP // 2),
            (self.below, down, hidden_below, "below", port.bottom() + 1 + GAP // 2),
        ):
            if shown:
                if count:
                    line.setText(_said(hidden, where, self.wall.words))
                where_to = QRect(port.left(), y, port.width(), high - GAP)
                if line.isHidden() or line.geometry() != where_to:
                    # Over the cards; not on every update: the two lines took turns on top,
                    # and each turn repainted them (three times per note typed).
                    line.setGeometry(where_to)
                    line.raise_()
            line.setVisible(shown)

    def _style(self) -> None:
        """The lines' type and colours: the wall's background, its text a little softened,
        readable on a dark wall as on a light one."""
        points = max(LEAST_POINTS, min(MOST_POINTS, self._points()))
        for line in (self.above, self.below):
            font = line.font()
            if font.pointSize() != points or not font.bold():
                font.setPointSize(points)
                font.setBold(True)
                line.setFont(font)
        role = QPalette.ColorRole.Base
        base = self.wall.palette().color(role).name()
        sheet = self._sheets.get(base)
        if sheet is None:
            # Worked out once per wall colour: a strip's height is asked for several times
            # per note typed, and the text's contrast took 0.2 ms of each Enter.
            text = ink("#505050", self.wall, role)
            sheet = self._sheets[base] = f"QLabel {{ background: {base}; color: {text}; }}"
        for line in (self.above, self.below):
            if line.styleSheet() != sheet:
                line.setStyleSheet(sheet)

    def _forget_rows(self, *_args: object) -> None:
        self._rows = self._items = None

    def _notes(self) -> list[int]:
        """The rows of the wall's shown notes."""
        wall = self.wall
        if self._rows is None:
            item_at = wall.item
            self._rows = [
                row
                for row, item in ((row, item_at(row)) for row in range(wall.count()))
                if not item.isHidden() and item.data(KIND) == "note"
            ]
        return self._rows

    def _any_above(self, first_only: bool = False) -> int:
        """1 when a themed round's note is above the wall's view (its middle), else 0;
        measured card by card until one is (the first card only, with `first_only`)."""
        rows = self._notes()
        if self._items is None:
            self._items = [self.wall.item(row) for row in rows]
        rect_of = self.wall.visualItemRect
        for item in self._items[:1] if first_only else self._items:
            if rect_of(item).center().y() < 0:
                return 1
        return 0

    def _out_of_view(self) -> tuple[int, int]:
        """How many shown notes are above and below the wall's view, each card counted
        where its middle is (a card cut by a few pixels at the edge is read, not missed)."""
        wall = self.wall
        height = wall.viewport().height()
        rows = self._notes()

        def middle(k: int) -> int:
            return wall.visualItemRect(wall.item(rows[k])).center().y()

        if not wall.columns:
            # Rows of cards: a card's middle is never above an earlier card's, so the edges
            # are found by halving (18 cards measured of 400, on every note typed).
            return _first(len(rows), lambda k: middle(k) >= 0), len(rows) - _first(
                len(rows), lambda k: middle(k) >= height
            )
        # Every card of the themes' columns, measured in one go: an Enter counts them up to
        # four times as the wall lays its cards out (3 ms with 200 notes on the wall).
        if self._items is None:
            self._items = [wall.item(row) for row in rows]
        rect_of = wall.visualItemRect
        middles = [rect_of(item).center().y() for item in self._items]
        above = sum(1 for y in middles if y < 0)
        return above, sum(1 for y in middles if y >= max(height, 0))


def _first(count: int, holds: Callable[[int], bool]) -> int:
    """The first of 0..count-1 for which `holds` is true (it stays true after), else count."""
    low, high = 0, count
    while low < high:
        mid = (low + high) // 2
        if holds(mid):
            high = mid
        else:
            low = mid + 1
    return low


def _said(count: int, where: str, w: Words) -> str:
    """A line's text: how many notes are out of view `where` ("above" or "below"), in the
    room's words `w`."""
    above = where == "above"
    arrow = "▲" if above else "▼"
    if count:
        more = w.count(count, "room.more_above" if above else "room.more_below")
    else:
        more = w("room.more_up" if above else "room.more_down")
    return f"{arrow} {more}"
