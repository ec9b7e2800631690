"""What the main window shows once the suggestion preview has been answered.

After Accept all the board stayed scrolled where it was, at the card last clicked, so the
first theme's heading was off screen; the next redraw (a theme renamed) scrolled it back to
that card too.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex
from PySide6.QtWidgets import QListWidget


def show_from_the_top(board: QListWidget) -> None:
    """Scroll the board to its top and let go of its current card (the selection stays): a
    redraw brings the current card back into view, and would scroll the board down again."""
    board.selectionModel().setCurrentIndex(
        QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate
    )
    board.scrollToTop()
