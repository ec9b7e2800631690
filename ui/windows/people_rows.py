"""The People dialog's table (people.py): its columns, one person's row (name, a function
list, organisation, role, their note count and the Here box), and the keys on a Function
cell (s / m / o pick the function, Space or F2 opens the list).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QTableWidget, QTableWidgetItem

from roundtable.model import FUNCTIONS, InvalidInput, parse_function

NAME, FUNCTION, ORGANISATION, ROLE, NOTES, HERE = range(6)
HEADERS = ("Name", "Function", "Organisation", "Role", "Notes", "Here")
FIELDS = {NAME: "name", ORGANISATION: "organisation", ROLE: "role"}
ID_ROLE = Qt.ItemDataRole.UserRole
SPOKEN = Qt.ItemDataRole.AccessibleTextRole


class HereCell(QTableWidgetItem):
    """The Here box's cell, read by a screen reader as "here" or "not here" (it said
    nothing: the cell has a tick box and no text)."""

    def data(self, role: int) -> Any:
        if role == SPOKEN:
            return "here" if self.checkState() == Qt.CheckState.Checked else "not here"
        return super().data(role)


def add_row(table: QTableWidget, person: Any, notes: int, on_function: Callable[..., Any]) -> int:
    """Append a row for `person` (a Participant; None: a new person, of function other) who
    has `notes` notes; `on_function` hears a function picked in the row's list."""
    name = person.name if person is not None else ""
    row = table.rowCount()
    table.insertRow(row)
    pid = person.id if person is not None else None
    texts = ((NAME, name), (ORGANISATION, ""), (ROLE, ""))
    if person is not None:
        texts = ((NAME, name), (ORGANISATION, person.organisation), (ROLE, person.role))
    for col, text in texts:
        item = QTableWidgetItem(text)
        item.setData(ID_ROLE, pid)
        table.setItem(row, col, item)
    combo = QComboBox(objectName="personFunction")
    combo.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab goes on to the buttons
    combo.addItems(list(FUNCTIONS))
    combo.setCurrentText(person.function if person is not None else "other")
    combo.currentTextChanged.connect(on_function)
    # The cell under the list says the function to a screen reader moving along the row
    # with the arrows (the list itself takes the keyboard only when opened).
    said = QTableWidgetItem()
    said.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    said.setData(SPOKEN, combo.currentText())
    combo.currentTextChanged.connect(lambda text: said.setData(SPOKEN, text))
    table.setItem(row, FUNCTION, said)
    table.setCellWidget(row, FUNCTION, combo)
    name_function_box(table, row, name)
    count = QTableWidgetItem(str(notes))
    count.setFlags(Qt.ItemFlag.ItemIsEnabled)
    count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    table.setItem(row, NOTES, count)
    absent = bool(person.absent) if person is not None else False
    here = HereCell()
    here.setData(ID_ROLE, absent)  # what the file says, kept when the box is fixed
    if notes:
        # Someone who said something came: ticked, and not to be unticked.
        here.setFlags(Qt.ItemFlag.ItemIsEnabled)
        here.setCheckState(Qt.CheckState.Checked)
        here.setToolTip("Has notes in this session, so counted as here.")
    else:
        here.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        here.setCheckState(Qt.CheckState.Unchecked if absent else Qt.CheckState.Checked)
        here.setToolTip("Ticked: in the room. Unticked: expected but not here.")
    table.setItem(row, HERE, here)
    return row


def name_function_box(table: QTableWidget, row: int, name: str) -> None:
    """A screen reader names a row's function list by whose it is: each was read as its
    choice only ("sales"), with nothing to say whose function it was."""
    combo = table.cellWidget(row, FUNCTION)
    if isinstance(combo, QComboBox):
        whose = name.strip() or "the new person"
        combo.setAccessibleName(f"Function of {whose}")


def function_key(table: QTableWidget, event: QKeyEvent) -> bool:
    """On a Function cell, s / m / o set the function and Space or F2 opens the list: the
    lists no longer take Tab one by one (one Tab per person before the buttons)."""
    index = table.currentIndex()
    if not index.isValid() or index.column() != FUNCTION:
        return False
    combo = table.cellWidget(index.row(), FUNCTION)
    if not isinstance(combo, QComboBox):
        return False
    letter = event.text().strip()
    if len(letter) == 1 and letter.isalpha():
        with contextlib.suppress(InvalidInput):  # as "s:" and the roster box read it
            combo.setCurrentText(parse_function(letter))
            return True
    if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_F2):
        combo.setFocus()
        combo.showPopup()
        return True
    return False
