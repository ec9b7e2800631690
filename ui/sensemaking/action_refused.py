"""What the Action items panel does with a value its table refused (a due date that is no
date, an item's text too long): it stays as typed (`ActionDelegate.drafts`). Enter, Tab or a
click in the table opens the cell again on it, to correct or Esc; a click into another field
keeps the keyboard there (a note typed next would have gone into the cell) and the message
says how to get it back. "someday" in a Due cell, then a click on the note line, left only
the refusal and nothing to correct.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QTimer
from PySide6.QtWidgets import QAbstractItemDelegate, QApplication

from ui.sensemaking.action_model import DUE


def said_kept(
    panel: Any, index: QPersistentModelIndex, hint: QAbstractItemDelegate.EndEditHint
) -> None:
    """Say the refusal (already in the panel's message) with what to do next, and open the
    cell again on what was typed when the keyboard is still in the table."""
    what = "date" if index.column() == DUE else "words"
    focus = QApplication.focusWidget()
    table = panel.table
    in_table = focus is None or focus is table or table.isAncestorOf(focus)
    if hint != QAbstractItemDelegate.EndEditHint.NoHint or in_table:
        panel.refuse(f"{panel.message.text()} Esc keeps the {what} it had.")
        QTimer.singleShot(0, panel, lambda: _edit_again(panel, index))
        return
    where = "due date" if index.column() == DUE else "cell"
    panel.refuse(
        f"{panel.message.text()} What you typed is kept: double-click the {where}"
        " (or F2 on it) to correct it."
    )


def _edit_again(panel: Any, index: QPersistentModelIndex) -> None:
    if not index.isValid() or panel.store.read_only:
        return
    panel.table.setCurrentIndex(QModelIndex(index))
    panel.table.setFocus()
    panel.table.edit(QModelIndex(index))  # on what was typed (ActionDelegate.drafts)
