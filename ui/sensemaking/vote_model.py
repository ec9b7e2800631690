"""The votes table's item model and the check of the round's dots against the room.

`VoteTableModel` wraps the store's themes, notes and votes of one round: one row per
theme with its note counts by function, the room's dots from sales, marketing and other,
and the total. Edits become `SetVotes` commands; the rows change only when the store
announces the change. `budget_problems` says, in words, where a round's dots exceed what
the roster could have cast.
"""

from __future__ import annotations

from contextlib import nullcontext
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QUndoStack

from roundtable.model import FUNCTIONS, Function, InvalidInput, Participant, Theme, counted
from roundtable.store import Store
from ui.sensemaking.table_model import StoreTableModel
from ui.sensemaking.vote_commands import SetVotes, check_vote_count

THEME_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole
# setData's role for a count saved as typing pauses, its cell still open (vote_table.py).
TYPING_ROLE = Qt.ItemDataRole.UserRole + 2

# Short headers: the panel shares its dock with the comparison chart, and wide headers pushed
# the theme names out of view. The tooltips say the rest.
HEADERS = ("Theme", "S·M·O", "Sales", "Mktg", "Other", "Total")
# In a narrow panel (the tooltips still spell them out).
COMPACT_HEADERS = ("Theme", "S·M·O", "S", "M", "O", "Tot")
HEADER_TIPS = (
    "The theme",
    "Notes in the theme from sales · marketing · other",
    "Dots from sales",
    "Dots from marketing",
    "Dots from other functions",
    "All dots",
)
# What a screen reader says each column is (it read "S", "M", "O" and "Tot" as letters).
HEADERS_SPOKEN = (
    "Theme",
    "Notes from sales, marketing and other",
    "Dots from sales",
    "Dots from marketing",
    "Dots from other functions",
    "All dots",
)
THEME_COL, NOTES_COL, VOTE_COLS, TOTAL_COL = 0, 1, (2, 3, 4), 5
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ThemeRow:
    """What one row shows: a theme, its notes and its dots by function."""

    theme: Theme
    notes: dict[Function, int]
    votes: dict[Function, int]

    @property
    def total(self) -> int:
        return sum(self.votes.values())


def theme_rows(store: Store, round_id: int | None) -> list[ThemeRow]:
    """The rows of a round in board order (empty when no round is shown)."""
    if round_id is None:
        return []
    themes = store.themes(round_id)
    notes = {t.id: dict.fromkeys(FUNCTIONS, 0) for t in themes}
    for n in store.notes(round_id):
        if n.theme_id in notes:
            notes[n.theme_id][n.function] += 1
    votes = {t.id: dict.fromkeys(FUNCTIONS, 0) for t in themes}
    for v in store.votes(round_id):
        if v.theme_id in votes:
            votes[v.theme_id][v.function] = v.count
    return [ThemeRow(t, notes[t.id], votes[t.id]) for t in themes]


def budget_problems(rows: list[ThemeRow], dots: int, roster: list[Participant]) -> list[str]:
    """Sentences naming every way the round's dots exceed what the room could cast.

    The room as a whole may cast `dots` per person; when the roster says who is in sales
    and marketing, each function is checked against its own people too.
    """
    if not roster:
        return []
    problems = []
    total = sum(r.total for r in rows)
    room = dots * len(roster)
    if total > room:
        problems.append(
            f"The round has {counted(total, 'dot')}, but {len(roster)} people × {dots} dots "
            f"can cast at most {room}."
        )
    if any(p.function in ("sales", "marketing") for p in roster):
        for f in FUNCTIONS:
            cast = sum(r.votes[f] for r in rows)
            people = sum(p.function == f for p in roster)
            if cast > dots * people:
                problems.append(
                    f"{f.capitalize()} has {counted(cast, 'dot')}, but {people} {f} "
                    f"{'person' if people == 1 else 'people'} × {dots} can cast at most "
                    f"{dots * people}."
                )
    return problems


class VoteTableModel(StoreTableModel):
    """The themes of the shown round with note counts and editable dots by function."""

    headers = HEADERS
    header_tips = HEADER_TIPS
    headers_spoken = HEADERS_SPOKEN

    def __init__(self, store: Store, undo_stack: QUndoStack) -> None:
        super().__init__(store, undo_stack)
        self.round_id: int | None = None
        self.rows: list[ThemeRow] = []
        # The step of a count saved while its cell is still open: what is typed next in
        # the cell joins it, and Esc there takes it back.
        self._open: SetVotes | None = None

    def show_round(self, round_id: int | None) -> None:
        self.round_id = round_id
        self.refresh()

    def refresh(self) -> None:
        """Re-read the round; rows stay in place (and edits open) if the themes are the same."""
        new = theme_rows(self.store, self.round_id)
        if [r.theme.id for r in new] == [r.theme.id for r in self.rows] and new:
            self.rows = new
            self.dataChanged.emit(self.index(0, 0), self.index(len(new) - 1, TOTAL_COL))
            return
        self.beginResetModel()
        self.rows = new
        self._open = None  # (a reset closes any open cell)
        self.endResetModel()

    def items(self) -> list:
        return self.rows

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.column() in VOTE_COLS and not self.store.read_only:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def value(self, row: ThemeRow, column: int) -> int | str:
        if column == THEME_COL:
            return row.theme.label
        if column == NOTES_COL:
            return "·".join(str(row.notes[f]) for f in FUNCTIONS)
        if column in VOTE_COLS:
            return row.votes[FUNCTIONS[column - VOTE_COLS[0]]]
        return row.total

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.value(row, col)
        if role == SORT_ROLE:
            if col == NOTES_COL:
                return sum(row.notes.values())
            value = self.value(row, col)
            return value.casefold() if isinstance(value, str) else value
        if role == THEME_ID_ROLE:
            return row.theme.id
        if role == Qt.ItemDataRole.AccessibleTextRole and col == THEME_COL:
            # A screen reader on the theme hears how it stands, not only its name.
            return f"{row.theme.label}: {counted(row.total, 'vote')}"
        if role == Qt.ItemDataRole.AccessibleTextRole and col == NOTES_COL:
            return ", ".join(f"{row.notes[f]} {f}" for f in FUNCTIONS)  # not "4·2·0"
        if role == Qt.ItemDataRole.ToolTipRole and col in (THEME_COL, NOTES_COL):
            notes = "Notes: " + ", ".join(f"{row.notes[f]} from {f}" for f in FUNCTIONS)
            # The theme's tooltip carries the notes too: a narrow panel hides S·M·O.
            return f"{row.theme.label}\n{notes}" if col == THEME_COL else notes
        if role == Qt.ItemDataRole.TextAlignmentRole and col != THEME_COL:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and col == TOTAL_COL:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Save a count typed (EditRole: its cell is left) or typed so far (TYPING_ROLE:
        typing paused, the cell still open). A cell's counts make one undo step."""
        editing = role == Qt.ItemDataRole.EditRole
        if not (editing or role == TYPING_ROLE) or index.column() not in VOTE_COLS:
            return False
        try:
            count = check_vote_count(value)
        except InvalidInput as err:
            self.refused.emit(str(err))
            return False
        row = self.rows[index.row()]
        function = FUNCTIONS[index.column() - VOTE_COLS[0]]
        if row.votes[function] != count:
            step = SetVotes(self.store, row.theme.id, function, count)
            joins = self._open_in(row.theme.id, function)
            if joins:
                step.joins = True
            self.undo_stack.push(step)
            if not joins and not editing:
                self._open = step
        if editing:
            self._open = None  # the cell is left: a new edit of it is a step of its own
        return True

    def _open_in(self, theme_id: int, function: Function) -> bool:
        """Whether this cell's count was saved as typing paused, and that is the last step."""
        step = self._open
        cell = (step.theme_id, step.function) if step is not None else None
        return step is not None and step is self._top() and cell == (theme_id, function)

    def _top(self) -> object:
        at = self.undo_stack.index()
        return self.undo_stack.command(at - 1) if at else None

    def drop_typed(self) -> None:
        """Esc in a cell whose count was saved as typing paused: the cell's count goes back
        to what it was and its step leaves the undo stack, as if never typed (Esc kept the
        count before, and left nothing to undo or redo)."""
        step, self._open = self._open, None
        if step is None or step is not self._top():
            return
        step.dropped = True
        quietly = getattr(self.undo_stack, "quietly", nullcontext)
        with quietly():  # no "Undone: ..." in the status bar: Esc undid nothing of the room's
            self.undo_stack.undo()
