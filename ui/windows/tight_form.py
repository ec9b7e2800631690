"""A form of named fields (a name on the left, its field on the right) whose wrapped notes
take the lines they need and no more.

QFormLayout measured a wrapped note at the width it would like (about 220 pixels), not the
width it gets: on the start screen the two-line warning under the roster got a row four
lines tall, the window was grown to that height, and a band of blank space showed under
each warning. A grid measures each field at its column's width.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

FIELDS = 1  # the column of the fields; the names are in column 0


def tight_form(rows: list[tuple[str, QWidget]]) -> QGridLayout:
    """A grid of (name, field) rows; a row with no name has its field under the others'.

    Each name sits level with the first line of its field, as QFormLayout put it. A row
    whose field is hidden takes no room (a name would keep it open: rows without a name
    have none)."""
    grid = QGridLayout()
    grid.setColumnStretch(FIELDS, 1)
    line = QLineEdit().sizeHint().height()  # a one-line field: the name is centred on it
    for row, (name, field) in enumerate(rows):
        grid.addWidget(field, row, FIELDS)
        if name:
            label = QLabel(name)
            label.setBuddy(field)
            label.setMinimumHeight(line)
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
    return grid


def beside(button: QPushButton, note: QLabel) -> QWidget:
    """A button with a note on its right, in one field: the button's top stays where it
    would be alone when the note wraps to a second line."""
    row = QWidget()
    lay = QHBoxLayout(row)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    lay.addWidget(note, 1)
    return row
