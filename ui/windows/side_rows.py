"""Rows of notes outside the board that carry their side's letter as the cards do: the held
phone notes' tray and Edit > Deleted notes. Their rows were the cards' colours with the side
named only at the end of a long note or in a column of its own, so a colour-blind
facilitator matched a row to its card on the board by reading across; the letter in its box
(cards.marked, cards.draw_side_mark) is now where the note starts, as on the board."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui.windows.cards import MARK_INK, SIDE, draw_side_mark, marked

Index = QModelIndex | QPersistentModelIndex


class SideMarkedRows(QStyledItemDelegate):
    """Draws a row's text after the letter of its side (the item's `cards.SIDE` data, set
    for the column that holds the note's text); rows without it are drawn as usual."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        if index.data(SIDE):
            # The letter's room where the first line starts, so the row's height and its
            # wrapping count it; the first line at the top, beside the letter.
            option.text = marked(option.text, option.font)
            across = option.displayAlignment & Qt.AlignmentFlag.AlignHorizontal_Mask
            option.displayAlignment = across | Qt.AlignmentFlag.AlignTop

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)
        side = index.data(SIDE)
        if not side:
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        # On the selection's colour the letter takes the selected text's colour, as the
        # note's words do; on the side's colour, the cards' ink.
        ink = opt.palette.color(QPalette.ColorRole.HighlightedText) if selected else MARK_INK
        draw_side_mark(painter, opt, side, ink)
