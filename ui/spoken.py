"""Names a screen reader reads for parts Qt makes itself: a line's clear button (the small
× a search line shows once something is typed) had none and was read as "button"."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QToolButton


def clear_button_named(line: QLineEdit, said: str) -> None:
    """Show `line`'s clear button, named `said` ("Clear the search")."""
    line.setClearButtonEnabled(True)
    for button in line.findChildren(QToolButton):
        button.setAccessibleName(said)
