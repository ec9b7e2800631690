"""Undo commands for dot votes and the dots-per-person setting.

Each command calls the store in `redo` and puts the old value back in `undo`; the votes
panel and the comparison chart follow the store's change events. Values are checked by
`check_vote_count` before a command is pushed, because a command that fails inside
`QUndoStack.push` would still be left on the stack.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from roundtable.model import Function, InvalidInput
from roundtable.store import Store
from roundtable.store.board import MAX_VOTES
from ui.commands import brief

MAX_DOTS = 50
_DOTS_MERGE_ID = 6001
_VOTES_MERGE_ID = 6002


def check_vote_count(value: object) -> int:
    """Return `value` as a vote count, or raise InvalidInput saying what is allowed."""
    text = str(value).strip()
    try:
        count = int(text)
    except ValueError:
        raise InvalidInput(
            f"“{text}” is not a number: votes are whole numbers from 0 to {MAX_VOTES}."
        ) from None
    if not 0 <= count <= MAX_VOTES:
        raise InvalidInput(f"Votes are whole numbers from 0 to {MAX_VOTES}; {count} is not.")
    return count


class SetVotes(QUndoCommand):
    """Set the room's dots for one theme from one function.

    A count is saved as typing pauses in its open cell (vote_table.py): a later count typed
    in the same cell before it is left `joins` that step, so the edit is one undo step back
    to the count it had. A step `dropped` (Esc in the cell) leaves the stack as it is undone.
    """

    joins = False
    dropped = False

    def __init__(self, store: Store, theme_id: int, function: Function, count: int) -> None:
        label = store.theme(theme_id).label
        super().__init__(f"{function.capitalize()} votes for “{brief(label)}”: {count}")
        self.store, self.theme_id, self.function = store, theme_id, function
        self.count = count
        self.before = store.theme_votes(theme_id)[function]

    def id(self) -> int:  # noqa: A003 - Qt's name
        return _VOTES_MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        same = isinstance(other, SetVotes) and other.joins
        if not same or (other.theme_id, other.function) != (self.theme_id, self.function):
            return False
        self.count = other.count
        self.setText(other.text())
        return True

    def redo(self) -> None:
        self.store.set_votes(self.theme_id, self.function, self.count)

    def undo(self) -> None:
        self.store.set_votes(self.theme_id, self.function, self.before)
        if self.dropped:
            self.setObsolete(True)  # Qt takes it off the stack: nothing is left to redo

    def votes_to_show(self, undone: bool) -> list[tuple[int, str | None]]:
        """The theme's cell for this function in the Votes panel (see ui.windows.stepped)."""
        return [(self.theme_id, self.function)]


class SetDotsPerPerson(QUndoCommand):
    """Change how many dots each person may place; steps in a row merge into one undo."""

    def __init__(self, store: Store, dots: int) -> None:
        super().__init__(f"Dots per person: {dots}")
        if not 1 <= dots <= MAX_DOTS:
            raise InvalidInput(f"Dots per person must be between 1 and {MAX_DOTS}.")
        self.store, self.dots = store, dots
        self.before = store.session().dots_per_person

    def id(self) -> int:  # noqa: A003 - Qt's name
        return _DOTS_MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        if not isinstance(other, SetDotsPerPerson):
            return False
        self.dots = other.dots
        self.setText(other.text())
        return True

    def redo(self) -> None:
        self.store.update_session(dots_per_person=self.dots)

    def undo(self) -> None:
        self.store.update_session(dots_per_person=self.before)

    def dots_to_show(self, undone: bool) -> list[int]:
        """The dots per person now: the Votes panel shows its setting (ui.windows.stepped)."""
        return [self.before if undone else self.dots]

    def said_after(self, undone: bool) -> str:
        dots = self.before if undone else self.dots
        return f"Each person has {dots} {'dot' if dots == 1 else 'dots'} to place."
