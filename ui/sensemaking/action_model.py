"""The actions table's item model: every live action item of the session.

Columns: what, owner, owner's function, due date, status (a check box: ticked is done; its
editor also offers "dropped", for a commitment the group decided not to do, shown struck
through in grey) and the theme it came from (which can be changed, or cleared). Edits become
undo commands
(`UpdateAction`); rows change only when the store announces a change. A refused edit is
reported through `refused`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QPalette, QUndoStack
from PySide6.QtWidgets import QApplication

from roundtable.dates import read_date, short_date, typed_as_date, written_date
from roundtable.model import (
    ACTION_STATUSES,
    OWNER_FUNCTIONS,
    Action,
    InvalidInput,
    owner_function_from_text,
)
from roundtable.near_names import meant_name
from roundtable.store import Store
from ui.commands import brief
from ui.sensemaking.action_commands import UpdateAction
from ui.sensemaking.table_model import StoreTableModel
from ui.windows.capture import find_participant, participants_named
from ui.windows.contrast import legible
from ui.windows.plain_tip import plain_tip

HEADERS = ("What", "Owner", "Function", "Due", "Status", "Theme")
COMPACT_HEADERS = ("What", "Owner", "Function", "Due", "Done", "Theme")
# What a screen reader hears in a cell left blank, by column (it heard nothing).
BLANK_SPOKEN = ("", "no owner", "", "no due date", "", "no theme")
WHAT, OWNER, FUNCTION, DUE, STATUS, THEME = range(6)
SORT_ROLE = Qt.ItemDataRole.UserRole
ACTION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
DROPPED_GREY = QColor("#6b6b6b")  # still readable: the minutes list dropped items too
CARRIED_SHADE = QColor("#dce7f7")  # a follow-up's commitments from last time
CARRIED_TEXT = QColor("#1a1a1a")  # dark on the pale shade, whatever the palette
OVERDUE_RED = QColor("#b3261e")  # an open item's due date that has passed
# What the compact layout's cells say of an item overdue (beside its Done box) and dropped
# (in Due, its date in the tooltip): colour and strike-through alone said it to nobody who
# could not tell red from black, and a struck-through date still read as a date to keep.
LATE = "late"
DROPPED = "dropped"
_Index = QModelIndex | QPersistentModelIndex


def off_roster(name: str, people: list[str] | None = None, roster: Sequence[str] = ()) -> str:
    """What the status bar says of an owner who is not on the roster and whose words name
    no function: the function was guessed, so say where to change it. `people` are the
    roster names the typed one could mean ("Ana" with two Anas here): it is not that nobody
    is called so, and the full name settles it."""
    if people and len(people) > 1:
        names = ", ".join(people[:-1]) + f" or {people[-1]}"
        return (
            f"“{name}” could be {names}: kept as typed, function Other (the full name in the"
            " Owner cell says who)."
        )
    near = meant_name(roster, name)
    if near is not None:  # a slip of the keys: "@Chirs" for Chris Hall
        return (
            f"“{name}” is not on the roster: did you mean {near}? (The item's Owner cell"
            " changes it.)"
        )
    return (
        f"“{name}” is not on the roster: function Other (the Function column changes it;"
        " People adds them)."
    )


def day_first() -> bool:
    """Whether this computer writes the day before the month ("31/12/2026"), for dates such
    as "05/06/2026" that could be read either way."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat).lower()
    return not (0 <= fmt.find("m") < fmt.find("d"))


def edit_text(action: Action, fields: dict[str, Any]) -> str:
    """The undo entry of an edit, saying what changed: 'Set the due date of “Shared
    dashboard on the…”' ("Edit action" did not say which of six things)."""
    name = brief(action.text)
    if "status" in fields:
        return f"Mark “{name}” {fields['status']}"
    what = {
        "text": "Reword",
        "owner": "Set the owner of",
        "owner_function": "Set the function of",
        "due": "Set the due date of" if fields.get("due") else "Clear the due date of",
        "theme_id": "Link a theme to" if fields.get("theme_id") else "Unlink the theme of",
    }
    first = next((what[k] for k in what if k in fields), "Edit")
    return f"{first} “{name}”"


def overdue(a: Action) -> bool:
    """An open item whose due date has passed (a commitment carried over that slipped)."""
    return a.status == "open" and a.due is not None and a.due < date.today()


class ActionTableModel(StoreTableModel):
    """Action items as table rows, in the order they were added."""

    headers = HEADERS
    headers_spoken = HEADERS  # the Done box's column is read as Status, with its words
    compact = False  # a very narrow panel: due dates as "18 Dec" ("18 Dec ’27" another year)
    stacked = False  # narrower still: each item's owner and due date on a line under it

    def __init__(self, store: Store, undo_stack: QUndoStack) -> None:
        super().__init__(store, undo_stack)
        self.actions: list[Action] = []
        self.theme_labels: dict[int, str] = {}
        self.carried: set[int] = set()
        self.carried_from = ""
        self.refresh()

    def refresh(self) -> None:
        """Re-read the actions; rows stay in place when the same actions are listed."""
        new = self.store.actions()
        # Only live themes: a deleted theme is gone from the board, so from its actions too
        # (the link stays, and undoing the delete shows it again).
        self.theme_labels = {t.id: t.label for t in self.store.themes()}
        # A follow-up's commitments from last time: the review round goes through them one
        # by one, and they looked the same as the items agreed today.
        previous = self.store.session().follow_up_of
        self.carried = set(previous.carried_action_ids) if previous else set()
        self.carried_from = f"“{previous.title}”" if previous and previous.title else "last time"
        if new and [a.id for a in new] == [a.id for a in self.actions]:
            self.actions = new
            self.dataChanged.emit(self.index(0, 0), self.index(len(new) - 1, THEME))
            return
        self.beginResetModel()
        self.actions = new
        self.endResetModel()

    def row_of(self, action_id: int) -> int:
        return [a.id for a in self.actions].index(action_id)

    def items(self) -> list:
        return self.actions

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if self.store.read_only:
            return base
        if index.column() == STATUS:
            # Space ticks the box (done); F2 or a double-click opens open/done/dropped.
            return base | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable
        if index.column() in (WHAT, OWNER, FUNCTION, DUE, THEME):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def _ink(self, a: Action) -> QColor | None:
        """A row's text colour: dark on the pale shade of a carried item (the palette's text,
        light in dark mode, was white on pale blue), grey for a dropped item, readable on the
        table's background; None (the palette's) otherwise."""
        if a.id in self.carried:
            return legible(DROPPED_GREY, CARRIED_SHADE) if a.status == "dropped" else CARRIED_TEXT
        if a.status == "dropped":
            return legible(DROPPED_GREY, QApplication.palette().color(QPalette.ColorRole.Base))
        return None

    def _display(self, a: Action, column: int) -> str:
        return [
            a.text,
            a.owner,
            a.owner_function.capitalize(),
            self._due(a),
            self._status(a),
            self.theme_labels.get(a.theme_id, "") if a.theme_id is not None else "",
        ][column]

    def _due(self, a: Action) -> str:
        if not self.compact:
            return written_date(a.due) if a.due else ""
        if a.status == "dropped":
            return DROPPED
        return short_date(a.due, today=date.today()) if a.due else ""

    def _status(self, a: Action) -> str:
        """The Status column's words; in the compact layout beside its Done box, only "late"
        (stacked, the line under the item says "overdue" instead)."""
        if self.compact:
            return LATE if overdue(a) and not self.stacked else ""
        return "overdue" if overdue(a) else a.status

    def owner_and_due(self, a: Action) -> str:
        """The line under an item's text in a panel too narrow for Owner and Due columns."""
        # Without its year a date of another year read as one of this year ("due 1 Nov").
        year = a.due is not None and a.due.year != date.today().year
        due = f"due {written_date(a.due, year=year)}" if a.due else "no due date"
        said = " · overdue" if overdue(a) else " · dropped" if a.status == "dropped" else ""
        return f"{a.owner or 'No owner'} · {due}{said}"

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        a, col = self.actions[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == WHAT and self.stacked:
                return f"{a.text}\n{self.owner_and_due(a)}"
            return self._display(a, col)
        if role == Qt.ItemDataRole.EditRole:
            edit = {FUNCTION: a.owner_function, DUE: a.due, STATUS: a.status, THEME: a.theme_id}
            return edit[col] if col in edit else self._display(a, col)
        if role == SORT_ROLE:
            if col == DUE:
                return a.due.isoformat() if a.due else "9999"  # undated last
            return self._display(a, col).casefold()
        if role == ACTION_ID_ROLE:
            return a.id
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if col == STATUS:  # beside the Done box the cell is blank or "late"
                return "overdue" if overdue(a) else a.status
            if col == WHAT and self.stacked:  # the line under it, read as words
                return f"{a.text}. {self.owner_and_due(a).replace(' · ', ', ')}"
            return self._display(a, col) or BLANK_SPOKEN[col]
        if role == Qt.ItemDataRole.CheckStateRole and col == STATUS:
            return Qt.CheckState.Checked if a.status == "done" else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and col == WHAT:
            # A very narrow panel hides Theme; the item's tooltip still names it.
            theme = self._display(a, THEME)
            tip = f"{a.text}\nFrom theme: {theme}" if theme else a.text
            if self.stacked:
                owner = f"{a.owner} ({self._display(a, FUNCTION)})" if a.owner else "No owner"
                due = f"due {written_date(a.due)}" if a.due else "no due date"
                tip += f"\n{owner}, {due}"
            return plain_tip(
                tip + (f"\nCarried over from {self.carried_from}" if a.id in self.carried else "")
            )
        if role == Qt.ItemDataRole.BackgroundRole and a.id in self.carried:
            return CARRIED_SHADE
        if role == Qt.ItemDataRole.ToolTipRole and col == STATUS:
            if overdue(a):
                return f"overdue: due {written_date(a.due)}, still open"
            return "dropped: the group decided not to do it" if a.status == "dropped" else a.status
        if role == Qt.ItemDataRole.ForegroundRole:
            if col in (DUE, STATUS) and overdue(a):
                # A commitment carried over a month ago and still open reads as late.
                shade = CARRIED_SHADE if a.id in self.carried else None
                base = shade or QApplication.palette().color(QPalette.ColorRole.Base)
                return legible(OVERDUE_RED, base)
            return self._ink(a)
        why = STATUS if not self.compact else DUE  # the cell that says "dropped"
        if role == Qt.ItemDataRole.FontRole and a.status == "dropped" and col != why:
            font = QFont()  # struck through, but the status that says why is not
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and col == DUE and self._due(a) == DROPPED:
            when = f" (it was due {written_date(a.due)})" if a.due else ""
            return f"Dropped: the group decided not to do it{when}"
        if role == Qt.ItemDataRole.ToolTipRole and col == DUE and a.due:
            return written_date(a.due) + (": overdue, still open" if overdue(a) else "")
        if role == Qt.ItemDataRole.ToolTipRole and col == THEME:
            return plain_tip(self._display(a, col))
        if role == Qt.ItemDataRole.ToolTipRole and col == OWNER:
            # A narrow panel hides the Function column; the owner's tooltip still says it.
            owner, function = self._display(a, OWNER), self._display(a, FUNCTION)
            return f"{owner} ({function})" if owner else function
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid():
            return False
        a, col = self.actions[index.row()], index.column()
        if role == Qt.ItemDataRole.CheckStateRole and col == STATUS:
            done = Qt.CheckState(value) == Qt.CheckState.Checked
            fields: dict[str, Any] = {"status": "done" if done else "open"}
        elif role != Qt.ItemDataRole.EditRole:
            return False
        elif col == STATUS:
            if value not in ACTION_STATUSES:
                self.refused.emit("An action item is open, done or dropped.")
                return False
            fields = {"status": value}
        elif col == WHAT:
            fields = {"text": value}
        elif col == OWNER:
            due = self.owner_as_date(str(value or ""))
            if due is not None:
                return self._due_from_owner(a, str(value).strip(), due)
            fields = self._owner_fields(a, str(value or ""))
        elif col == FUNCTION:
            if value not in OWNER_FUNCTIONS:
                self.refused.emit("The owner's function is sales, marketing, other or joint.")
                return False
            fields = {"owner_function": value}
        elif col == DUE:
            if isinstance(value, str):  # as typed in the Due cell ("12/31/2026", "31 Dec")
                try:
                    value = read_date(value, today=date.today(), day_first=day_first())
                except InvalidInput as err:
                    self.refused.emit(str(err))
                    return False
            if value is not None and not isinstance(value, date):
                self.refused.emit("The due date must be a date, or empty.")
                return False
            fields = {"due": value}
        elif col == THEME:
            # The action belongs to the theme's round; unlinked, it keeps the round it had.
            round_id = self.store.theme(value).round_id if value is not None else a.round_id
            fields = {"theme_id": value, "round_id": round_id}
        else:
            return False
        if all(getattr(a, k) == v for k, v in fields.items()):
            return True
        try:
            command = UpdateAction(self.store, a.id, edit_text(a, fields), **fields)
        except InvalidInput as err:
            self.refused.emit(str(err))
            return False
        self.undo_stack.push(command)
        owner = str(fields.get("owner", ""))
        said_owner = False
        if owner and not find_participant(self.store, owner):
            people = [p.name for p in participants_named(self.store, owner)]
            if fields.get("owner_function") == "other" or len(people) > 1:
                roster = [p.name for p in self.store.participants()]
                self.noticed.emit(off_roster(owner, people, roster))
                said_owner = True
        if col == OWNER and not said_owner:
            # The status bar still asked to "press Tab to give this one an owner" after
            # the owner was typed.
            who = f"{owner} owns" if owner else "No owner for"
            self.noticed.emit(f"{who} “{brief(a.text)}” (Ctrl+Z undoes).")
        due = fields.get("due")
        if col == DUE and due is not None and due < date.today():
            self.noticed.emit(
                f"Due {written_date(due)} is in the past: kept as typed (F2 changes it)."
            )
        elif "status" in fields:
            # Said, as a due date is: going through last time's commitments in front of the
            # room, a tick in a small box was all that showed the item was settled.
            now = "open again" if fields["status"] == "open" else fields["status"]
            self.noticed.emit(f"“{brief(a.text)}” is {now} (Ctrl+Z undoes).")
        elif col == DUE:
            # Said, since the status bar still asked to "press Tab to give this one a due
            # date" after the date was given.
            when = f"Due {written_date(due)}" if due is not None else "No due date"
            self.noticed.emit(f"{when} for “{brief(a.text)}” (Ctrl+Z undoes).")
        return True

    def owner_as_date(self, name: str) -> date | None:
        """The due date an Owner cell's text reads as ("31/12/2026", "friday", "in two
        weeks": Tab from the item line opens Owner first, and a date typed there became
        the owner), or None. A name on the roster, the start of one or a word of one
        ("Friday" for Sam Friday) is an owner, whatever day it also names."""
        key = name.strip().casefold()
        if not key or find_participant(self.store, name) is not None:
            return None
        for p in self.store.participants():
            if p.name.casefold().startswith(key) or key in p.name.casefold().split():
                return None
        return typed_as_date(name, today=date.today(), day_first=day_first())

    def _due_from_owner(self, a: Action, typed: str, due: date) -> bool:
        """A date typed as the owner goes in Due, one undo step, and the status bar says
        so; refused (to type in Due) when it would replace a due date the item has."""
        if a.due is not None and a.due != due:
            self.refused.emit(
                f"“{typed}” is a date, not an owner: type it in the Due column to change the"
                f" due date ({written_date(a.due)} now)."
            )
            return False
        if a.due != due:
            fields = {"due": due}
            self.undo_stack.push(UpdateAction(self.store, a.id, edit_text(a, fields), **fields))
        past = ", in the past" if due < date.today() else ""
        owner = "" if a.owner else " It has no owner yet."
        self.noticed.emit(
            f"“{typed}” is a date, so it went in Due: “{brief(a.text)}” is due"
            f" {written_date(due)}{past}.{owner} Ctrl+Z undoes."
        )
        return True

    def _owner_fields(self, action: Any, name: str) -> dict[str, Any]:
        """A roster name brings that person's function along; other text is kept as typed.

        The first owner of an action with none takes the function the words say ("Marta
        from Legal" is other, "Brand team" marketing): it stayed "joint", the default for
        an action the whole group owns, and the minutes said so."""
        # As @name does: any case, no accents, a first name only one person has.
        person = find_participant(self.store, name) if name.strip() else None
        if person is None and name.strip():
            # "Ana R" in the Owner cell, whose list offers the names that start so.
            key = name.strip().casefold()
            starting = [p for p in self.store.participants() if p.name.casefold().startswith(key)]
            person = starting[0] if len(starting) == 1 else None
        if person is not None:
            return {"owner": person.name, "owner_function": person.function}
        if name.strip() and not action.owner and action.owner_function == "joint":
            return {"owner": name, "owner_function": owner_function_from_text(name)}
        return {"owner": name}
