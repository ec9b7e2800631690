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
from roundtable.roster_preview import read_roster
from roundtable.roster_text import RosterLine
from ui.windows.contrast import ink


def typed_people(text: str) -> list[RosterLine]:
    """The people of a roster box as far as they can be read: a line still being typed,
    or wrong, is left out here (Create session names it). Read as Create session reads
    them (the header's columns, a list's numbers, surname first: roster_text.py)."""
    return read_roster(text).people


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
