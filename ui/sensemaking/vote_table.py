"""Table pieces shared by the votes and actions panels.

`PanelTable` is a table view that keeps Delete, Backspace and F2 for itself while it has
focus (the main window uses the same keys for notes), and turns Delete into
`delete_requested`, and fits each row's height to its wrapped text itself (see `fit_rows`).
`VoteDelegate` edits a vote count in a spin box that says why it
refuses a key instead of ignoring it silently, and saves the count as typing pauses in the
open cell: a count typed and not yet confirmed with Enter was lost when the app crashed or
the battery died (a normal close saved it).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent, QValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QTableView,
    QWidget,
)

from roundtable.store.board import MAX_VOTES
from ui.sensemaking.vote_model import TYPING_ROLE

_OWN_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_F2)


class PanelTable(QTableView):
    """A sortable table whose Delete/F2 never reach the window's note shortcuts."""

    delete_requested = Signal()

    def __init__(
        self,
        object_name: str,
        parent: QWidget | None = None,
        *,
        number_columns: tuple[int, ...] = (),
        bold_columns: tuple[int, ...] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        # Columns of short numbers, as wide as their header or widest cell (fit_columns).
        self.number_columns, self.bold_columns = number_columns, bold_columns
        # Columns Tab passes over though they can be edited (a click or F2 still opens them).
        self.tab_skips: set[int] = set()
        # Hidden columns Tab visits all the same (their cells are shown another way).
        self.tab_visits: set[int] = set()
        # A narrow panel's number columns keep no room for a sort arrow they do not show.
        self.tight_headers = False
        self.setSortingEnabled(True)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)  # long theme names and action texts wrap, rows grow
        # Rows are as tall as their wrapped text (fit_rows). Qt's own fitting (the vertical
        # header's ResizeToContents) asked the model for every cell's data, font, alignment
        # and tooltip three times over after each change: after Accept all on a 150-note
        # round (26 themes) that held the UI for about 45 ms of its 50.
        self.verticalHeader().setMinimumSectionSize(self.fontMetrics().height() + 12)
        # A batch of changes (a reset, then rows sorted) is fitted once, after it.
        self._fit_later = QTimer(self, singleShot=True, interval=0)
        self._fit_later.timeout.connect(self.fit_rows)
        self.setTabKeyNavigation(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802 (Qt name)
        super().setModel(model)
        if model is None:
            return
        for signal in (
            model.modelReset,
            model.layoutChanged,
            model.rowsInserted,
            model.rowsRemoved,
            model.dataChanged,
        ):
            signal.connect(lambda *_args: self._fit_later.start())
            if self.number_columns:
                signal.connect(lambda *_args: self.fit_columns())
        if self.number_columns:
            model.headerDataChanged.connect(lambda *_args: self.fit_columns())
            self.horizontalHeader().sortIndicatorChanged.connect(lambda *_: self.fit_columns())
            self.fit_columns()
        self.horizontalHeader().sectionResized.connect(self._column_resized)
        self.fit_rows()

    def fit_columns(self) -> None:
        """Each number column as wide as its header or its widest cell, measured from the
        texts. Qt's own fitting (the header's ResizeToContents) asked the delegate for every
        cell's size at each resize of the table: after Accept all on a 150-note round the
        votes panel's summary grew a line, and the table's resize took about 11 ms of the
        UI's turn (the longest gap 56 -> 38 ms on a loaded two-core machine)."""
        model, header = self.model(), self.horizontalHeader()
        if model is None:
            return
        plain = self.fontMetrics()
        bold_font = self.font()
        bold_font.setBold(True)
        bold = QFontMetrics(bold_font)
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1
        heading = header.fontMetrics()
        edge = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        for col in self.number_columns:
            if self.isColumnHidden(col):
                continue
            metrics = bold if col in self.bold_columns else plain
            widest = max(
                (
                    metrics.horizontalAdvance(str(model.index(row, col).data()))
                    for row in range(model.rowCount())
                ),
                default=0,
            )
            head = header.sectionSizeHint(col)
            if self.tight_headers and not (
                header.isSortIndicatorShown() and header.sortIndicatorSection() == col
            ):
                # In an 800-pixel window the room Qt keeps for an arrow in every heading
                # left the theme names 45 pixels: "What cou… as a qual… lead".
                title = str(model.headerData(col, Qt.Orientation.Horizontal))
                head = heading.horizontalAdvance(title) + 2 * edge + 8
            width = max(head, widest + 2 * margin + 4)
            if header.sectionSize(col) != width:
                header.resizeSection(col, width)

    def _column_resized(self, column: int, old: int, new: int) -> None:
        if old != new:
            self._fit_later.start()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        # A stretched column takes its new width here without a sectionResized signal.
        super().resizeEvent(event)
        self._fit_later.start()

    def fit_rows(self) -> None:
        """Each row as tall as the longest text in it wrapped at its column's width, and
        at least one line with room around it. Only text is measured: numbers never wrap."""
        model = self.model()
        if model is None:
            return
        header = self.verticalHeader()
        metrics = self.fontMetrics()
        # The room Qt's item delegate keeps at each side of a cell's text.
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1
        # A cell is painted a pixel narrower than its column, beside the grid line: measured
        # at the column's width, a line that just fitted wrapped once more on screen, and the
        # row's last line was cut ("next year's …").
        grid = 1 if self.showGrid() else 0
        columns = [
            (col, max(1, self.columnWidth(col) - grid - 2 * margin))
            for col in range(model.columnCount())
            if not self.isColumnHidden(col) and self.columnWidth(col) > 0
        ]
        lowest = header.minimumSectionSize()
        wrap = int(Qt.TextFlag.TextWordWrap)
        for row in range(model.rowCount()):
            tallest = lowest
            for col, width in columns:
                text = model.index(row, col).data()
                if isinstance(text, str) and text:
                    needed = metrics.boundingRect(0, 0, width, 100_000, wrap, text).height()
                    tallest = max(tallest, needed + 2)
            if header.sectionSize(row) != tallest:
                header.resizeSection(row, tallest)

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in _OWN_KEYS
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            event.accept()
            return True
        return super().event(event)

    def moveCursor(self, action, modifiers):  # noqa: N802 (Qt name)
        """Tab and Shift+Tab go from one cell that takes typing to the next, row after row:
        after Other votes comes the next theme's Sales votes, not its Total, Theme or note
        counts (where typed digits only jumped the row and votes landed on another theme).
        Hidden columns, and those in `tab_skips`, are skipped; after the last cell Tab
        leaves the table."""
        step = {
            QAbstractItemView.CursorAction.MoveNext: 1,
            QAbstractItemView.CursorAction.MovePrevious: -1,
        }.get(action)
        model, here = self.model(), self.currentIndex()
        if step is None or model is None or not here.isValid():
            return super().moveCursor(action, modifiers)
        rows, cols = model.rowCount(), model.columnCount()
        cell = here.row() * cols + here.column()
        for _ in range(rows * cols):
            cell += step
            if not 0 <= cell < rows * cols:
                # Past the last cell (or before the first) Tab leaves the table: it went
                # round and round, opening editors as it passed.
                return QModelIndex()
            index = model.index(cell // cols, cell % cols)
            # A hidden column (Function in a narrow Action items panel) is skipped: typing
            # there went unseen and the table scrolled sideways.
            hidden = self.isColumnHidden(index.column()) and index.column() not in self.tab_visits
            skipped = hidden or index.column() in self.tab_skips
            if index.flags() & Qt.ItemFlag.ItemIsEditable and not skipped:
                return index
        return here

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if (
            event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            self.delete_requested.emit()
            return
        entry = getattr(self.window(), "entry", None)
        if event.key() == Qt.Key.Key_Escape and entry is not None:
            entry.setFocus()  # back to typing notes, without the mouse
            return
        super().keyPressEvent(event)


# How long typing in a vote cell pauses before its count is saved: "1", "2" typed as one
# count of 12 is saved once, not as 1 and then 12.
SAVE_PAUSE_MS = 600


class VoteSpinBox(QSpinBox):
    """A vote count editor that reports keys it cannot accept (a minus, a letter), and
    `paused` when what is typed in it has rested `SAVE_PAUSE_MS`."""

    refused = Signal(str)
    paused = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pause = QTimer(self, singleShot=True, interval=SAVE_PAUSE_MS)
        self._pause.timeout.connect(self.paused)
        self.typed = False  # typed in since it opened

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        before = self.text()
        super().keyPressEvent(event)
        if self.text() != before:
            self.typed = True
            self._pause.start()

    def validate(self, text: str, pos: int) -> object:
        result = super().validate(text, pos)
        if result[0] == QValidator.State.Invalid:  # type: ignore[index]
            self.refused.emit(
                f"“{text}” was not accepted: votes are whole numbers from 0 to {MAX_VOTES}."
            )
        return result


class VoteDelegate(QStyledItemDelegate):
    """Edits vote cells in a `VoteSpinBox`; `refused` passes on why a key was refused."""

    refused = Signal(str)
    _typing = False  # saving a count as typing paused (the cell stays open)

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:  # noqa: N802
        box = VoteSpinBox(parent)
        box.setObjectName("voteEditor")
        # What a screen reader says ("spin box" alone before): "Dots from sales for Pricing".
        across = Qt.Orientation.Horizontal
        tip = index.model().headerData(index.column(), across, Qt.ItemDataRole.ToolTipRole)
        what = tip or index.model().headerData(index.column(), across)
        box.setAccessibleName(f"{what} for {index.siblingAtColumn(0).data()}")
        box.setRange(0, MAX_VOTES)
        box.setFrame(False)
        box.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        box.setAlignment(Qt.AlignmentFlag.AlignRight)
        box.refused.connect(self.refused)
        box.paused.connect(lambda: self._save_typed(box))
        return box

    def _save_typed(self, box: VoteSpinBox) -> None:
        """Typing paused in an open cell: its count is saved (one undo step with what is
        typed next in the cell; Esc there takes it back)."""
        if box.isHidden():  # closed meanwhile: saved or cancelled already
            return
        self._typing = True
        try:
            self.commitData.emit(box)
        finally:
            self._typing = False

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, VoteSpinBox)
        value = int(index.data(Qt.ItemDataRole.EditRole) or 0)
        if editor.typed and editor.value() == value:
            # Its own count, just saved as typing paused: selected again, the next digit
            # typed replaced it ("1", a pause, "2" made 2, not 12).
            return
        editor.setValue(value)
        editor.selectAll()

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, VoteSpinBox)
        editor.interpretText()
        role = TYPING_ROLE if self._typing else Qt.ItemDataRole.EditRole
        model.setData(index, editor.value(), role)
