"""Session > People: the roster after the session began (add, rename, change a function or
organisation, tick who is here, take someone off), applied as one undo step.

"Here" is the roll call: a follow-up starts with last time's people unticked, and only the
people here count in the minutes' attendance and in the dots the room can cast. Someone with
a note in their name is here whatever the box says (the box is then ticked and fixed).

Taking someone off keeps their notes: the notes keep their function and lose the name (a
name typed by mistake, "Zoe Pricing", must not reach the minutes' attendee list).

The table's rows and the keys on its Function cells are built in people_rows.py; the undo
step (`EditRoster`, with its `RosterChanges`) stays here, where saved undo history finds it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from roundtable.model import (
    InvalidInput,
    Participant,
    clean_text,
    counted,
    name_key,
    validate_person_name,
)
from roundtable.name_case import in_normal_case
from roundtable.store import Store
from roundtable.store.roster import RosterEdit
from ui.windows.contrast import ink
from ui.windows.lone_sides import LoneSideWarning
from ui.windows.people_rows import (
    FIELDS,
    FUNCTION,
    HEADERS,
    HERE,
    ID_ROLE,
    NAME,
    add_row,
    function_key,
    name_function_box,
)
from ui.windows.people_rows import ORGANISATION as ORGANISATION  # tests find the columns here
from ui.windows.sizing import resize_within_screen


@dataclass
class RosterChanges:
    """What the dialog's table says to do, in the order it is done."""

    removes: list[int] = field(default_factory=list)
    updates: dict[int, dict[str, Any]] = field(default_factory=dict)
    adds: list[dict[str, Any]] = field(default_factory=list)
    # A changed function also goes to the notes the person already typed under the old one.
    recolour: bool = True

    def __bool__(self) -> bool:
        return bool(self.removes or self.updates or self.adds)

    def summary(self) -> str:
        parts = []
        if self.adds:
            parts.append(f"{len(self.adds)} added")
        if self.updates:
            parts.append(f"{len(self.updates)} changed")
        if self.removes:
            parts.append(f"{len(self.removes)} taken off")
        return ", ".join(parts)


class EditRoster(QUndoCommand):
    """Apply RosterChanges in one transaction; undo and redo give back the exact roster,
    ids and the names on notes included (Store.edit_roster)."""

    def __init__(self, store: Store, changes: RosterChanges) -> None:
        super().__init__(f"Edit people ({changes.summary()})" if changes else "Edit people")
        self.store, self.changes = store, changes
        touched = [*changes.removes, *changes.updates]
        self.before: dict[int, Participant] = {pid: store.participant(pid) for pid in touched}
        self.done: RosterEdit | None = None
        self.notes_of_added: dict[int, list[int]] = {}  # taken back by undo, for redo
        # Notes that follow a changed function: note id -> new function, and back.
        self.recoloured: dict[int, str] = {}
        self.recoloured_back: dict[int, str] = {}
        moved = {
            pid: (self.before[pid].function, fields["function"])
            for pid, fields in changes.updates.items()
            if changes.recolour
            and fields.get("function", self.before[pid].function) != self.before[pid].function
        }
        for note in store.notes(include_deleted=True) if moved else ():
            old_new = moved.get(note.participant_id) if note.participant_id is not None else None
            # A note typed as another function on purpose ("m: ...") keeps it.
            if old_new and note.function == old_new[0]:
                self.recoloured[note.id] = old_new[1]
                self.recoloured_back[note.id] = old_new[0]

    def redo(self) -> None:
        c = self.changes
        if self.done is None:
            self.done = self.store.edit_roster(
                c.removes, c.updates, c.adds, note_functions=self.recoloured
            )
            return
        again = [(p, self.notes_of_added.get(p.id, [])) for p in self.done.added]
        removed = self.store.edit_roster(
            c.removes, c.updates, again, note_functions=self.recoloured
        ).removed
        self.done = RosterEdit(removed=removed, added=self.done.added)

    def undo(self) -> None:
        assert self.done is not None
        back = {
            pid: {k: getattr(self.before[pid], k) for k in fields}
            for pid, fields in self.changes.updates.items()
        }
        restore = [
            (self.before[pid], self.done.removed.get(pid, [])) for pid in self.changes.removes
        ]
        undone = self.store.edit_roster(
            [p.id for p in self.done.added], back, restore, note_functions=self.recoloured_back
        )
        self.notes_of_added = undone.removed


class PeopleDialog(QDialog):
    """The roster as a table; OK checks it and hands back RosterChanges (`changes`)."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("peopleDialog")
        self.setWindowTitle("People")
        self.store = store
        self.people = {p.id: p for p in store.participants()}
        counts: dict[int, int] = {}
        for n in store.notes():
            if n.participant_id is not None:
                counts[n.participant_id] = counts.get(n.participant_id, 0) + 1
        self.changes = RosterChanges()

        # "Names show on the cards" was said to anonymous sessions too, whose cards show none.
        where = (
            "The notes are anonymous: names stay off the wall and out of the minutes, and"
            " show on your cards only with View > Writers' names on cards (Ctrl+Shift+W)."
            " Untick Here for someone expected who did not come: the attendance and the vote"
            " count leave them out."
            if store.session().anonymous
            else "Names show on the cards and in the minutes. Untick Here for someone expected"
            " who did not come: the minutes list them apart and the vote count leaves their"
            " dots out."
        )
        intro = QLabel(
            f"Who is in the room. {where} Taking someone off keeps their notes, without the"
            " name. A new name or function also goes to the action items the person owns.",
            objectName="peopleIntro",
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, len(HEADERS), objectName="peopleTable")
        self.table.setAccessibleName("People on the roster")
        self.table.setHorizontalHeaderLabels(HEADERS)
        self.table.verticalHeader().hide()
        # Tab leaves the table for the buttons (arrows move between cells): with Tab going
        # from cell to cell, Add person, All here and OK were out of the keyboard's reach.
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for p in self.people.values():
            add_row(self.table, p, counts.get(p.id, 0), self._say_lone_sides)
        self.message = QLabel(objectName="peopleMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(
            f"QLabel {{ color: {ink('#b3261e', self.message)}; font-weight: bold; }}"
        )
        self.message.hide()
        self.recolour = QCheckBox(
            "A changed function also recolours the notes already typed",
            objectName="peopleRecolour",
        )
        self.recolour.setToolTip(
            "Notes the person typed under their old function take the new one. A note typed"
            " as another function on purpose (“m: …”) keeps its own."
        )
        self.recolour.setChecked(True)
        # An anonymous session's side of one person, said as the table changes.
        self.lone_sides = LoneSideWarning("peopleLoneSides")
        self.table.model().rowsInserted.connect(self._say_lone_sides)
        self.table.model().rowsRemoved.connect(self._say_lone_sides)
        self.table.itemChanged.connect(self._say_lone_sides)
        self._say_lone_sides()

        add = QPushButton("Add person", objectName="addPersonButton")
        add.clicked.connect(self.add_person)
        everyone = QPushButton("All here", objectName="allHereButton")
        everyone.setToolTip("Tick Here for everyone (then untick who did not come).")
        everyone.clicked.connect(self.tick_everyone)
        remove = QPushButton("Take off the roster", objectName="removePersonButton")
        remove.clicked.connect(self.remove_selected)
        self.table.installEventFilter(self)  # Del takes the selected rows off
        self.table.itemChanged.connect(self._name_changed)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(everyone)
        row.addWidget(remove)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.lone_sides)
        layout.addWidget(self.recolour)
        layout.addLayout(row)
        # As tall as the whole roster needs where the screen has room: at 420 pixels a
        # laptop's 768 showed seven people of ten, the rest of the screen free.
        table = self.table
        rows = table.verticalHeader().length() + table.horizontalHeader().sizeHint().height()
        rest = self.sizeHint().height() - table.sizeHint().height()
        resize_within_screen(self, 680, max(420, rest + rows + 2 * table.frameWidth()))

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt name)
        keys = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        editing = self.table.state() == QAbstractItemView.State.EditingState
        pressed = event.type() == QEvent.Type.KeyPress and event.key() in keys
        if obj is self.table and pressed and not editing:
            self.remove_selected()
            return True
        key_press = event.type() == QEvent.Type.KeyPress
        if obj is self.table and key_press and not editing and function_key(self.table, event):
            return True
        return super().eventFilter(obj, event)

    def _name_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != NAME:
            return
        written = in_normal_case(item.text().strip())
        if written != item.text().strip():
            # "CARLA DE LUCA" is Carla De Luca, as the roster box writes it (name_case.py);
            # set again, the cell comes back here once.
            item.setText(written)
            return
        name_function_box(self.table, item.row(), item.text())

    def add_person(self) -> None:
        """A new row with its name cell open for typing."""
        row = add_row(self.table, None, 0, self._say_lone_sides)
        self.table.setCurrentCell(row, NAME)
        self.table.editItem(self.table.item(row, NAME))

    def tick_everyone(self) -> None:
        for row in range(self.table.rowCount()):
            self.table.item(row, HERE).setCheckState(Qt.CheckState.Checked)

    def remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    def _rows(self) -> list[tuple[int | None, dict[str, Any]]]:
        out = []
        for row in range(self.table.rowCount()):
            values: dict[str, Any] = {
                key: clean_text(self.table.item(row, col).text()) for col, key in FIELDS.items()
            }
            combo: Any = self.table.cellWidget(row, FUNCTION)
            values["function"] = combo.currentText()
            here = self.table.item(row, HERE)
            fixed = not here.flags() & Qt.ItemFlag.ItemIsUserCheckable
            values["absent"] = (
                bool(here.data(ID_ROLE)) if fixed else here.checkState() != Qt.CheckState.Checked
            )
            out.append((self.table.item(row, NAME).data(ID_ROLE), values))
        return out

    def _say_lone_sides(self, *_args: object) -> None:
        """Who a function mark would give away in this anonymous session, as the table says
        the roster is now (names typed, functions chosen; Here does not matter)."""
        if not hasattr(self, "lone_sides") or not self.store.session().anonymous:
            return
        roster = []
        for row in range(self.table.rowCount()):
            name, combo = self.table.item(row, NAME), self.table.cellWidget(row, FUNCTION)
            if name is not None and combo is not None and clean_text(name.text()):
                roster.append(
                    SimpleNamespace(name=clean_text(name.text()), function=combo.currentText())
                )
        self.lone_sides.show_for(True, roster)

    def accept(self) -> None:
        """Check the table (every person named, no name twice) and work out the changes."""
        self.table.setFocus()  # an open name editor hands its text to the table first
        typed = ("name", "organisation", "role")
        rows = [(pid, v) for pid, v in self._rows() if pid is not None or any(v[k] for k in typed)]
        seen: set[str] = set()
        for _pid, values in rows:
            name = values["name"]
            if not name:
                return self._refuse("Every person needs a name (or take the row off).")
            try:
                validate_person_name(name)  # the roster's one rule, said here in the dialog
            except InvalidInput as err:
                shown = name if len(name) <= 30 else name[:29].rstrip() + "…"
                return self._refuse(f"“{shown}”: {err}")
            if name_key(name) in seen:
                return self._refuse(f"“{name}” is on the list twice; add a surname or initial.")
            seen.add(name_key(name))
        kept = {pid for pid, _ in rows if pid is not None}
        changes = RosterChanges(
            removes=[pid for pid in self.people if pid not in kept],
            recolour=self.recolour.isChecked(),
        )
        for pid, values in rows:
            if pid is None:
                changes.adds.append(values)
                continue
            old = self.people[pid]
            diff = {k: v for k, v in values.items() if getattr(old, k) != v}
            if diff:
                changes.updates[pid] = diff
        self.changes = changes
        super().accept()

    def _refuse(self, reason: str) -> None:
        self.message.setText(reason)
        self.message.show()


def edit_people(window: Any) -> None:
    """Session > People: show the dialog and apply what it says as one undo step."""
    if window.store.read_only:
        window.show_status("Read-only session: the roster cannot be changed.")
        return
    dialog = PeopleDialog(window.store, window)
    accepted = dialog.exec()
    changes = dialog.changes
    dialog.deleteLater()
    if accepted and changes:
        # Someone taken off who wrote notes: the notes stay, without a name (said, as Del in
        # the list asked nothing).
        gone = set(changes.removes)
        wrote = sum(1 for n in window.store.notes() if n.participant_id in gone and not n.deleted)
        # All or nothing: a refused edit (say, a name taken) leaves the roster as it was.
        command = EditRoster(window.store, changes)
        if window._run(command):
            recoloured = len(command.recoloured)
            also = f", {recoloured} note{'s' * (recoloured != 1)} recoloured" if recoloured else ""
            if wrote:
                also += f"; {counted(wrote, 'note')} by them stay, without a name"
            window.show_status(f"People: {changes.summary()}{also} (Ctrl+Z undoes).")
    elif accepted:
        window.show_status("People: nothing changed.")
