"""The warning beside a roster of an anonymous session: who a function mark gives away.

The start screen (roster box) and Session > People (table) both show it, worded by
`roundtable.anonymity.lone_side_warnings`, while the roster is being set: a side held by one
person is said before the minutes go out, not found out in them.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from roundtable.anonymity import Person, lone_side_warnings
from roundtable.model import InvalidInput
from roundtable.roster_columns import column_kinds
from roundtable.roster_text import RosterLine, parse_line, split_cells
from ui.windows.contrast import ink


def typed_people(text: str) -> list[RosterLine]:
    """The people of a roster box as far as they can be read: a line still being typed,
    or wrong, is left out here (Create session names it)."""
    people = []
    lines = [line for line in text.splitlines() if line.strip()]
    # Read by the header's columns, as Create session reads them (roster_columns.py).
    columns = column_kinds(split_cells(lines[0])) if lines else None
    for line in lines[1:] if columns is not None else lines:
        try:
            people.append(parse_line(line, columns))
        except InvalidInput:
            continue
    return people


class LoneSideWarning(QLabel):
    """Plain words, one line per side of one person; hidden when there is nothing to say."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName=name)
        self.setTextFormat(Qt.TextFormat.PlainText)  # names are typed text
        self.setWordWrap(True)
        self.setStyleSheet(f"color: {ink('#8a5a00', self)};")  # readable on a dark palette
        self.hide()

    def show_for(self, anonymous: bool, roster: Sequence[Person]) -> None:
        lines = lone_side_warnings(roster) if anonymous else []
        self.setText("\n".join(lines))
        self.setVisible(bool(lines))
