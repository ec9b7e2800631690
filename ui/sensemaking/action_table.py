"""The Action items table, which can show each item's owner and due date on a line under
its text when the panel is too narrow for their columns (an 800x600 window).

Those columns are hidden then, but their cells still take the keyboard: Tab from the line
or from an item's text opens the owner, then the due date, over that line under the text,
and a double-click on the line opens the one clicked. The arrows reach them too (Right from
the text to the owner, the due date, then Done; Up and Down to the same field of the next
item), the one the keyboard is on framed, and F2 or typing edits it. The panel decides when to stack
(action_columns.py); the model writes the line (action_model.py).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, Qt
from PySide6.QtGui import (
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QStyle

from ui.sensemaking.action_model import DUE, OWNER, WHAT
from ui.sensemaking.vote_table import PanelTable

# Of an item's cell, the part of the line under the text that opens the owner's editor
# (the rest opens the due date's).
OWNER_SHARE = 0.6


class ActionTable(PanelTable):
    """A PanelTable whose hidden Owner and Due cells live on the line under the text."""

    def __init__(self, object_name: str) -> None:
        super().__init__(object_name)
        self.stacked = False
        # Where typing on an item's text goes: the panel's line for the next item.
        self.next_item_line: QLineEdit | None = None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        """Typing on an item's text starts the next item in the panel's line: the first
        letter opened the item for editing and replaced its text, so a commitment (or a
        note) typed next overwrote one already agreed. F2 or a double-click edits the text;
        Space still ticks the item done; the other cells still open by typing."""
        line = self.next_item_line
        text = event.text()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        on_text = self.currentIndex().isValid() and self.currentIndex().column() == WHAT
        editing = self.state() == QAbstractItemView.State.EditingState
        typing = plain and text.isprintable() and text.strip() != ""
        if typing and on_text and not editing and line is not None and line.isEnabled():
            line.setFocus(Qt.FocusReason.ShortcutFocusReason)
            line.end(False)
            QApplication.sendEvent(
                line, QKeyEvent(event.type(), event.key(), event.modifiers(), text)
            )
            return
        super().keyPressEvent(event)

    def set_stacked(self, stacked: bool) -> None:
        """Show Owner and Due as columns, or (stacked) on the line under each item's text."""
        self.stacked = stacked
        self.tab_visits = {OWNER, DUE} if stacked else set()
        for column in (OWNER, DUE):
            self.setColumnHidden(column, stacked)

    def visualRect(self, index: QModelIndex | QPersistentModelIndex) -> QRect:  # noqa: N802
        """Where a cell is: a stacked Owner or Due cell is its part of the line under the
        item's text (Qt has no place for a hidden cell, and hid its editor)."""
        if not (self.stacked and index.isValid() and index.column() in (OWNER, DUE)):
            return super().visualRect(index)
        cell = super().visualRect(index.siblingAtColumn(WHAT))
        if cell.isEmpty():
            return cell
        line = min(cell.height(), self.fontMetrics().height() + 8)
        split = cell.left() + int(cell.width() * OWNER_SHARE)
        if index.column() == OWNER:
            return QRect(cell.left(), cell.bottom() - line + 1, split - cell.left(), line)
        return QRect(split, cell.bottom() - line + 1, cell.right() - split + 1, line)

    def scrollTo(  # noqa: N802 (Qt name)
        self,
        index: QModelIndex | QPersistentModelIndex,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:
        """Bring a cell into view; a stacked Owner or Due cell by its item's row (Qt does
        not scroll to a hidden cell: an undone owner's item stayed out of sight)."""
        if self.stacked and index.isValid() and index.column() in (OWNER, DUE):
            index = index.siblingAtColumn(WHAT)
        super().scrollTo(index, hint)

    def moveCursor(self, action, modifiers):  # noqa: N802 (Qt name)
        """Stacked, the arrows reach the owner and due date under each item's text: Right
        goes from the text to the owner, the due date, then the next column shown (Left
        back), and Up and Down keep to the same field of the item above or below. Qt skips
        hidden cells: Right went from the text straight to Done, and only Tab reached an
        owner."""
        here, cursor = self.currentIndex(), QAbstractItemView.CursorAction
        if not (self.stacked and here.isValid()):
            return super().moveCursor(action, modifiers)
        column, under = here.column(), (OWNER, DUE)
        if action in (cursor.MoveUp, cursor.MoveDown) and column in under:
            row = self._shown_row(here.row(), -1 if action == cursor.MoveUp else 1)
            return here if row is None else here.sibling(row, column)
        if action == cursor.MoveRight and column in (WHAT, OWNER):
            return here.siblingAtColumn(OWNER if column == WHAT else DUE)
        if action == cursor.MoveLeft and column in under:
            return here.siblingAtColumn(WHAT if column == OWNER else OWNER)
        header = self.horizontalHeader()
        if action == cursor.MoveRight and column == DUE:
            # On to the column shown after the text (Done).
            after = range(header.visualIndex(WHAT) + 1, header.count())
            shown = [header.logicalIndex(v) for v in after]
            shown = [c for c in shown if not header.isSectionHidden(c)]
            return here.siblingAtColumn(shown[0]) if shown else here
        moved = super().moveCursor(action, modifiers)
        if action == cursor.MoveLeft and column != WHAT and moved.column() == WHAT:
            return here.siblingAtColumn(DUE)  # Done, then the due date under the text
        return moved

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt name)
        """Stacked, the owner or due date the keyboard is on is framed on the line under its
        item's text: the item stayed highlighted whole, so F2 or typing went to a field
        nobody could see was chosen."""
        super().paintEvent(event)
        here = self.currentIndex()
        if not (
            self.stacked and self.hasFocus() and here.isValid() and here.column() in (OWNER, DUE)
        ):
            return
        if self.state() == QAbstractItemView.State.EditingState:
            return  # the editor is there
        selected = self.selectionModel().isSelected(here.siblingAtColumn(WHAT))
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight
        painter = QPainter(self.viewport())
        painter.setPen(QPen(self.palette().color(role), 2))
        painter.drawRect(self._words_of(here))
        painter.end()

    def _words_of(self, index: QModelIndex) -> QRect:
        """Around the owner's or the due date's words on the line under an item's text
        ("Ana Lopez · due 10 Jan"). The cell's text is wrapped and centred as fit_rows
        measures it, so that line ends the block; laid out as the view wraps it, a due date
        that goes on to another line ("Farid Haddad · no due / date") is framed where it
        starts."""
        what = index.siblingAtColumn(WHAT)
        text = str(what.data() or "")
        line = text.split("\n")[-1]
        owner = line.partition(" · ")[0]
        start, end = (len(owner) + 3, len(line)) if index.column() == DUE else (0, len(owner))
        metrics = self.fontMetrics()
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1
        cell = self.visualRect(what)
        width = max(1, cell.width() - 2 * margin)
        room = QRect(0, 0, width, 10_000)
        tall = metrics.boundingRect(room, int(Qt.TextFlag.TextWordWrap), text).height()
        layout = QTextLayout(line, self.font())
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        layout.setTextOption(option)
        layout.beginLayout()
        height = 0.0
        while (row := layout.createLine()).isValid():
            row.setLineWidth(width)
            row.setPosition(QPointF(0, height))
            height += row.height()
        layout.endLayout()
        row = layout.lineForTextPosition(min(start, max(0, len(line) - 1)))
        x0 = row.cursorToX(start)[0]
        x1 = row.cursorToX(min(end, row.textStart() + row.textLength()))[0]
        top = cell.top() + (cell.height() + tall) // 2 - int(height) + int(row.y())
        left = cell.left() + margin + int(x0) - 2
        return QRect(left, top - 1, max(8, int(x1 - x0) + 4), int(row.height()) + 2)

    def _shown_row(self, row: int, step: int) -> int | None:
        """The row shown above (step -1) or below (+1) this one, or None at either end."""
        rows = self.verticalHeader()
        at = rows.visualIndex(row) + step
        while 0 <= at < rows.count():
            if not rows.isSectionHidden(rows.logicalIndex(at)):
                return rows.logicalIndex(at)
            at += step
        return None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt name)
        """A double-click on the line under a stacked item's text opens its owner or its
        due date, whichever was clicked; on the text itself, the text."""
        index = self.indexAt(event.position().toPoint())
        if self.stacked and index.isValid() and index.column() == WHAT:
            for column in (OWNER, DUE):
                cell = index.siblingAtColumn(column)
                if self.visualRect(cell).contains(event.position().toPoint()):
                    self.setCurrentIndex(cell)
                    self.edit(cell)
                    return
        super().mouseDoubleClickEvent(event)
