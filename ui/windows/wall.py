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
        wall), themes side by side, a new band when the width is used up. The cards of a
        band start on one line, under the tallest header of the band."""
        gap = 2 * self.spacing()
        step_x, step_y = card.width() + gap, card.height() + gap
        per_band = max(1, (area.width() - gap) // step_x)
        # Each theme's columns (k) and header height, most columns only when too tall.
        shapes: list[tuple[int, list[int], int, int]] = []
        for head, cards in self.sections():
            text = self.item(head).text()
            k = 1
            while True:
                top = header_height(font, text, k * step_x - gap)
                rows = max(1, -(-len(cards) // k))
                if top + rows * step_y <= area.height() or k >= min(per_band, len(cards)):
                    break
                k += 1
            shapes.append((head, cards, k, top))
        bands: list[list[tuple[int, list[int], int, int]]] = [[]]
        used = 0
        for shape in shapes:
            if bands[-1] and used + shape[2] > per_band:
                bands.append([])
                used = 0
            bands[-1].append(shape)
            used += shape[2]
        places: dict[int, QRect] = {}
        y = gap // 2
        fits = True
        for band in bands:
            top = max((shape[3] for shape in band), default=0)
            x, tallest = gap // 2, 0
            for head, cards, k, _own in band:
                rows = max(1, -(-len(cards) // k))
                places[head] = QRect(x, y, k * step_x - gap, top - gap // 2)
                for i, row in enumerate(cards):
                    col, line = divmod(i, rows)
                    places[row] = QRect(
                        x + col * step_x, y + top + line * step_y, card.width(), card.height()
                    )
                x += k * step_x
                tallest = max(tallest, top + rows * step_y)
            fits = fits and tallest <= area.height()
            y += tallest
        return ColumnPlan(places, y, fits and y <= area.height())

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

    def _fit_header(self, item: QListWidgetItem) -> None:
        if not self.columns:
            super()._fit_header(item)  # rows: a header across the wall
