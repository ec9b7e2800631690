"""The note board's section headers: "Ungrouped" first, then one per theme.

Each header spans the board's width, so its cards start on the next row. The Ungrouped
header is also where cards are dropped to take them out of their theme. Once every note of
a round is in a theme it used to read "Ungrouped — 0 notes (S 0 · M 0 · O 0)" in bold above
the themes, like a section with nothing in it; it is then a quiet line that says what it is
for, and the themes start right under it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from roundtable.export.direction import in_ltr_line
from roundtable.model import Note, Theme, counted
from ui.windows.board_keys import header_spoken
from ui.windows.cards import COLOURS, ID, KIND, count_line
from ui.windows.contrast import ink

PADDING = Qt.ItemDataRole.UserRole + 3  # a header's room above and below its text

# What the empty Ungrouped header says once the round has themes.
DROP_HERE = "Ungrouped — drop a card here to take it out of its theme"
QUIET_INK = "#5f5f5f"  # as the round's guidance line, made readable on the board's colour


def theme_header(
    board: QListWidget, theme: Theme, notes: list[Note], theme_votes: int
) -> QListWidgetItem:
    """A theme's header: its name, its notes counted by function and its votes."""
    counts = {f: sum(n.function == f for n in notes) for f in COLOURS}
    # A Hebrew or Arabic name pulled " — 3" into its own direction: the board read
    # "3 — הגדרת ליד notes (S 1 · …)", as if the count were part of the name.
    text = f"{in_ltr_line(theme.label)} — {count_line(counts)}  · {counted(theme_votes, 'vote')}"
    item = QListWidgetItem(text)
    said = header_spoken(theme.label, counts, theme_votes)
    item.setData(Qt.ItemDataRole.AccessibleTextRole, said)
    item.setData(KIND, "theme")
    item.setData(ID, theme.id)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled)
    font = QFont(board.font())
    font.setBold(True)
    item.setFont(font)
    return item


def ungrouped_header(board: QListWidget) -> QListWidgetItem:
    """The Ungrouped header, a drop target; `show_ungrouped` gives it its text."""
    item = QListWidgetItem()
    item.setData(KIND, "ungrouped")
    item.setData(ID, -1)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled)
    return item


def show_ungrouped(
    board: QListWidget, item: QListWidgetItem, counts: dict[str, int], quiet: bool
) -> None:
    """Give the Ungrouped header its text for these counts: the count line in bold, or,
    `quiet` with no note left ungrouped, the drop line (the caller fits it to the board)."""
    font = QFont(board.font())
    if quiet and not sum(counts.values()):
        item.setText(DROP_HERE)
        item.setData(
            Qt.ItemDataRole.AccessibleTextRole,
            "Ungrouped: no notes. Drop a card here to take it out of its theme.",
        )
        font.setItalic(True)
        colour = ink(QUIET_INK, board, QPalette.ColorRole.Base)
        item.setForeground(QBrush(QColor(colour)))
        padding = 6  # one quiet line, not a section
    else:
        w = board.words  # type: ignore[attr-defined]
        item.setText(f"{w('room.ungrouped')} — {count_line(counts, w)}")
        item.setData(Qt.ItemDataRole.AccessibleTextRole, header_spoken(None, counts, None))
        font.setBold(True)
        item.setData(Qt.ItemDataRole.ForegroundRole, None)
        padding = 14
    item.setFont(font)
    item.setData(PADDING, padding)


def fit_header(board: QListWidget, item: QListWidgetItem) -> None:
    """A header spans the board's width (so its cards start on the next row) and grows
    to two or more lines when the board is too narrow for its text."""
    padding = item.data(PADDING) or 14  # above and below its text together
    room = board.viewport().width()
    # At least a card's width, but never wider than the board (cards zoomed on a narrow one).
    card = min(board.card_size.width(), room - 2 * board.spacing() - 1)  # type: ignore[attr-defined]
    width = max(card, room - 4 * board.spacing())
    metrics = QFontMetrics(item.font())
    lines = max(1, -(-metrics.horizontalAdvance(item.text()) // max(1, width - 16)))
    item.setSizeHint(QSize(width, metrics.lineSpacing() * lines + padding))
