"""The presenter's wall of notes: with themes, one column per theme.

The main window's board lists a round in rows, a header across the board above each
theme's cards. On a projector that left most of a wide screen empty beside short themes
and pushed the last themes below the fold. Once a round has themes, the wall stands them
side by side as columns headed by their names (an affinity wall); a theme too tall for the
screen takes two or more columns, and themes that do not fit across start a new band.
Without themes the wall is the board's flowing rows of cards.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QListView, QListWidgetItem

from roundtable.model import counted
from ui.windows.note_board import KIND, NoteBoard


@dataclass(frozen=True)
class ColumnPlan:
    """Where every shown item of a themed round goes, and whether it all fits."""

    places: dict[int, QRect]  # row in the list -> its rectangle on the wall
    height: int
    fits: bool


def header_height(font: QFont, text: str, width: int) -> int:
    """The height of a theme's header wrapped to `width` (its columns' width)."""
    bold = QFont(font)
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    box = metrics.boundingRect(
        0, 0, max(40, width - 16), 10_000, int(Qt.TextFlag.TextWordWrap), text
    )
    return box.height() + 14


class WallBoard(NoteBoard):
    """A read-only board for the projector; see the module's docstring."""

    def __init__(self, store, parent=None) -> None:
        super().__init__(store, parent)
        self.setObjectName("presenterWall")
        # Free movement lets the wall put each item where its column says.
        self.setMovement(QListView.Movement.Free)
        self.setDragDropMode(self.DragDropMode.NoDragDrop)
        self.columns = False
        self._placing = False

    # ----- what is shown -------------------------------------------------------------------

    def rebuild(self) -> None:
        self.columns = self.round_id is not None and bool(self.store.themes(self.round_id))
        super().rebuild()
        self._hide_empty_ungrouped()

    def _header(self, theme, label: str, notes) -> None:
        super()._header(theme, label, notes)
        if self.columns:
            self._column_header(self.item(self.count() - 1), label, len(notes), theme)
        if theme is not None and not notes and not any(self.store.theme_votes(theme.id).values()):
            # A theme whose last note was dragged out: an empty column took a top slot on
            # the wall and pushed the themes the room votes on below the fold.
            self.item(self.count() - 1).setHidden(True)

    def _column_header(self, item: QListWidgetItem, label: str, count: int, theme) -> None:
        """A column's header: the theme's name, and under it its notes and votes (the card
        colours show sales and marketing; a narrow column had no room for the tally)."""
        tally = counted(count, "note")
        if theme is not None:
            tally += f" · {counted(sum(self.store.theme_votes(theme.id).values()), 'vote')}"
        item.setText(f"{label}\n{tally}")
        item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)

    def note_added(self, note_id: int) -> None:
        super().note_added(note_id)
        head = self.item(0) if self.count() else None
        if self.columns and head is not None and head.data(KIND) == "ungrouped":
            self._column_header(head, "Ungrouped", sum(self._ungrouped.values()), None)
        self._hide_empty_ungrouped()

    def _hide_empty_ungrouped(self) -> None:
        """Beside themes, an "Ungrouped — 0 notes" column is only noise."""
        head = self.item(0) if self.count() else None
        if head is not None and head.data(KIND) == "ungrouped":
            head.setHidden(self.columns and sum(self._ungrouped.values()) == 0)

    def sections(self) -> list[tuple[int, list[int]]]:
        """(header row, its shown card rows) for each shown header, in order."""
        out: list[tuple[int, list[int]]] = []
        for row in range(self.count()):
            item = self.item(row)
            if item.data(KIND) != "note":
                if not item.isHidden():
                    out.append((row, []))
            elif out and not item.isHidden() and not self.item(out[-1][0]).isHidden():
                out[-1][1].append(row)
        return out

    # ----- columns ---------------------------------------------------------------------------

    def plan(self, card: QSize, font: QFont, area: QSize) -> ColumnPlan:
        """Lay out the themed round with cards of `card` size and header type `font` in a
        wall of `area`: each theme a column (more than one when it is taller than the
        wall), themes side by side, a new band when the width is used up. Cards widen to
        share the whole width and are only as tall as their text (at least half a card),
        so a round of short notes fits. The cards of a band start on one line, under the
        tallest header of the band."""
        gap = 2 * self.spacing()
        per_band = max(1, (area.width() - gap) // (card.width() + gap))
        # Themes a little short of room side by side squeeze their cards (to 80%) rather
        # than send the last theme to a band of its own.
        squeezed = (area.width() - gap) // (card.width() * 4 // 5 + gap)
        per_band = max(per_band, min(len(self.sections()), squeezed))
        width = (area.width() - gap) // per_band - gap
        step_x = width + gap
        metrics = QFontMetrics(font)
        lowest = card.height() // 2
        flags = int(Qt.TextFlag.TextWordWrap)

        def height_of(row: int) -> int:
            text = self.item(row).text()
            needed = metrics.boundingRect(0, 0, width - 12, 10_000, flags, text).height()
            return max(lowest, min(card.height(), needed + 18))

        # Each theme's columns of cards (most columns only when one is too tall) and the
        # height of its header over them.
        shapes: list[tuple[int, list[list[int]], int]] = []
        heights: dict[int, int] = {}
        for head, cards in self.sections():
            for row in cards:
                heights[row] = height_of(row)
            text = self.item(head).text()
            k = 1
            while True:
                top = header_height(font, text, k * step_x - gap)
                columns = _split(cards, [heights[r] + gap for r in cards], k)
                tallest = max((sum(heights[r] + gap for r in c) for c in columns), default=0)
                if top + tallest <= area.height() or k >= min(per_band, len(cards)):
                    break
                k += 1
            shapes.append((head, columns, top))
        bands: list[list[tuple[int, list[list[int]], int]]] = [[]]
        used = 0
        for shape in shapes:
            k = max(1, len(shape[1]))
            if bands[-1] and used + k > per_band:
                bands.append([])
                used = 0
            bands[-1].append(shape)
            used += k
        places: dict[int, QRect] = {}
        y = gap // 2
        for band in bands:
            top = max((shape[2] for shape in band), default=0)
            x, tallest = gap // 2, 0
            for head, columns, _own in band:
                k = max(1, len(columns))
                places[head] = QRect(x, y, k * step_x - gap, top - gap // 2)
                for c, column in enumerate(columns):
                    line = y + top
                    for row in column:
                        places[row] = QRect(x + c * step_x, line, width, heights[row])
                        line += heights[row] + gap
                    tallest = max(tallest, line - y)
                tallest = max(tallest, top)
                x += k * step_x
            y += tallest
        return ColumnPlan(places, y, y <= area.height() + gap // 2)

    def doItemsLayout(self) -> None:  # noqa: N802 (Qt name)
        super().doItemsLayout()
        if self.columns and not self._placing:
            self._place()

    def _place(self) -> None:
        """Put every item where the column plan says (after each layout Qt does)."""
        self._placing = True
        try:
            plan = self.plan(self.card_size, self.font(), self.viewport().size())
            for row, rect in plan.places.items():
                item: QListWidgetItem = self.item(row)
                if item.sizeHint() != rect.size():
                    item.setSizeHint(rect.size())
            for row, rect in plan.places.items():
                self.setPositionForIndex(QPoint(rect.topLeft()), self.indexFromItem(self.item(row)))
        finally:
            self._placing = False

    def _size_cards(self, rows: range | None = None) -> None:
        """The presenter view sizes the wall's cards (its scale and stretch, or the plan)."""

    def _fit_header(self, item: QListWidgetItem) -> None:
        if not self.columns:
            super()._fit_header(item)  # rows: a header across the wall


def _split(rows: list[int], heights: list[int], k: int) -> list[list[int]]:
    """Rows in order into at most k columns of about equal height (a column is never
    empty; fewer columns when there are fewer rows)."""
    if not rows:
        return [[]]
    k = max(1, min(k, len(rows)))
    target = sum(heights) / k
    columns: list[list[int]] = [[]]
    filled = 0
    for i, (row, h) in enumerate(zip(rows, heights, strict=True)):
        left = len(rows) - i  # rows not placed yet, this one included
        open_columns = k - len(columns)
        if columns[-1] and open_columns > 0 and (filled + h / 2 > target or left <= open_columns):
            columns.append([])
            filled = 0
        columns[-1].append(row)
        filled += h
    return columns
