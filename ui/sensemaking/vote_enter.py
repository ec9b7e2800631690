"""The votes table, where Enter after a count goes on to the next theme, as in a spreadsheet.

The room calls out its counts theme after theme; Enter left the cursor on the cell just
typed, so the next count typed replaced it, without a word (5, Enter, 3, Enter: the first
theme had 3 and the next none). Now Enter commits the count and goes down a row:

- to the column where the Tabs along this theme's row began, so a theme's counts are typed
  "4, Tab, 3, Enter" and the cursor is on the next theme's Sales;
- else to the same column, so a column is typed "5, Enter, 3, Enter, 12, Enter"; after the
  last theme it goes on to the top of the next vote column (past columns Tab passes over).

Where it goes is taken before the count is first saved (as typing pauses, or on Enter), so
it is the theme that was below the cell whatever the save does to the rows (the table is
sorted only when asked, not at each count). Esc in a cell whose count was saved as typing
paused puts back the count it had, as Esc did before counts were saved while typing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QFocusEvent, QMouseEvent
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QWidget

from ui.sensemaking.vote_table import PanelTable

TAB_MOVES = (QAbstractItemView.CursorAction.MoveNext, QAbstractItemView.CursorAction.MovePrevious)


class VoteTable(PanelTable):
    """A `PanelTable` whose Enter in a vote cell goes on to the next cell to fill."""

    def __init__(self, *args: Any, vote_columns: tuple[int, ...], id_role: int, **kw: Any):
        super().__init__(*args, **kw)
        self.vote_columns, self.id_role = vote_columns, id_role
        self._then: tuple[Any, int] | None = None  # (theme id, column) Enter goes to
        self._then_of: QWidget | None = None  # the editor whose first save took `_then`
        self._tabs_from: tuple[Any, int] | None = None  # (theme id, column) Tabs began at

    def _theme(self, row: int) -> Any:
        return self.model().index(row, 0).data(self.id_role)

    def moveCursor(self, action, modifiers):  # noqa: N802 (Qt name)
        here = self.currentIndex()
        theme = self._theme(here.row()) if here.isValid() else None
        starts = self._tabs_from is None or self._tabs_from[0] != theme
        if action in TAB_MOVES and theme is not None and starts:
            self._tabs_from = (theme, here.column())
        return super().moveCursor(action, modifiers)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt name)
        self._tabs_from = None  # a cell picked by hand: Enter goes down its own column
        super().mousePressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt name)
        """Tab (or a shortcut) into the table is on a cell that takes a count, selected: it
        came onto the theme's name, marked with a faint tint only, and the count typed there
        did nothing and said nothing."""
        super().focusInEvent(event)
        if event.reason() == Qt.FocusReason.MouseFocusReason or not self.model().rowCount():
            return
        here = self.currentIndex()
        row = here.row() if here.isValid() else 0
        column = here.column() if here.isValid() else -1
        if column not in self.vote_columns or self.isColumnHidden(column):
            shown = [c for c in self.vote_columns if not self.isColumnHidden(c)]
            if not shown:
                return
            column = shown[0]
        index = self.model().index(row, column)
        flag = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.selectionModel().setCurrentIndex(index, flag)
        self.scrollTo(index)

    def _next_cell(self, index: QModelIndex) -> tuple[Any, int] | None:
        rows = self.model().rowCount()
        if not index.isValid() or index.column() not in self.vote_columns:
            return None
        tabs = self._tabs_from
        along = tabs is not None and tabs[0] == self._theme(index.row())
        if index.row() + 1 < rows:
            column = tabs[1] if along and tabs is not None else index.column()
            return self._theme(index.row() + 1), column
        if along:
            return None  # the last theme's row is typed: nowhere further to go
        later = [
            c
            for c in self.vote_columns
            if c > index.column() and c not in self.tab_skips and not self.isColumnHidden(c)
        ]
        return (self._theme(0), later[0]) if later and rows else None

    def commitData(self, editor: QWidget) -> None:  # noqa: N802 (Qt name)
        # Before the cell's count is first saved (it may re-rank the rows).
        if self._then_of is not editor:
            self._then, self._then_of = self._next_cell(self.currentIndex()), editor
        super().commitData(editor)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:  # noqa: N802
        then, self._then, self._then_of = self._then, None, None
        if hint == QAbstractItemDelegate.EndEditHint.RevertModelCache:
            source = getattr(self.model(), "sourceModel", lambda: None)()
            if hasattr(source, "drop_typed"):
                source.drop_typed()  # Esc: the count saved as typing paused goes back
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache and then is not None:
            # At once, not on a later turn of the loop: a fast "5, Enter, 3" typed its 3
            # before then. Rows read again later keep the cell on its theme (KeepCurrent).
            self._tabs_from = None
            self._go(*then)

    def _go(self, theme_id: Any, column: int) -> None:
        for row in range(self.model().rowCount()):
            if self._theme(row) == theme_id:
                index = self.model().index(row, column)
                self.setCurrentIndex(index)
                self.scrollTo(index)
                return
