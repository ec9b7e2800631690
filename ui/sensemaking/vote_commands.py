"""Undo commands for dot votes, the dots-per-person setting and closing a vote from phones.

Each command calls the store in `redo` and puts the old value back in `undo`; the votes
panel and the comparison chart follow the store's change events. Values are checked by
`check_vote_count` before a command is pushed, because a command that fails inside
`QUndoStack.push` would still be left on the stack.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand

from roundtable.model import Function, InvalidInput, counted
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

    def said_after(self, undone: bool) -> str:
        """The count put back: "Undone: Sales votes for “Pay”: 12." alone read as if the
        theme now had 12."""
        return f"Back to {self.before}." if undone else ""


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


class ClosePhoneVote(QUndoCommand):
    """Close voting from phones: their dots added to the room's counts, their ballots
    removed (one write of the store). Undone, the counts are as they were and the same vote
    is open again with its ballots: phones may go on voting, and closing counts them."""

    def __init__(self, store: Store) -> None:
        super().__init__("Close phone voting")
        self.store = store
        self.closed: dict[str, Any] = {}

    def redo(self) -> None:
        self.closed = self.store.close_phone_vote()

    def undo(self) -> None:
        self.store.reopen_phone_vote(self.closed)

    def votes_to_show(self, undone: bool) -> list[tuple[int, str | None]]:
        """The first count it changed, in the Votes panel (see ui.windows.stepped)."""
        return [(int(tid), str(f)) for tid, f, _n in self.closed.get("before", [])[:1]]

    def said_after(self, undone: bool) -> str:
        added, phones = self.closed["added"], self.closed["phones"]
        if undone and not phones:
            return "Phone voting is open again: Close phone voting ends it."
        if undone:
            are = "is" if added == 1 else "are"
            return (
                f"The {counted(added, 'phone vote')} {are} out of the counts again, and phone"
                f" voting is open again with the {counted(phones, 'ballot')} sent: phones may"
                " change them, and Close phone voting counts them."
            )
        return closed_said(self.closed)


def closed_said(closed: dict[str, Any]) -> str:
    """What closing did: "14 phone votes from 6 phones added to the counts." and more."""
    added, phones = closed["added"], closed["phones"]
    if not phones:
        said = "Phone voting closed: no phone had voted, so no count changed."
    else:
        said = (
            f"{counted(added, 'phone vote')} from {counted(phones, 'phone')} added to the counts."
        )
    if closed["lost"]:
        said += (
            f" {counted(closed['lost'], 'dot')} on themes taken away during the vote"
            " were not counted."
        )
    if closed["capped"]:
        said += f" A count stopped at {MAX_VOTES:,}, the most a count can be."
    return said
