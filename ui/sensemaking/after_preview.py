"""What the main window shows once the suggestion preview has been answered.

After Accept all the board stayed scrolled where it was, at the card last clicked, so the
first theme's heading was off screen; the next redraw (a theme renamed) scrolled it back to
that card too. When the preview closed the keyboard was left on the board whatever was
chosen, and on a desktop that puts the dialog's parent behind another window the main window
was not active again, so the next key went nowhere.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QDockWidget, QListWidget, QTreeWidget


def show_from_the_top(board: QListWidget) -> None:
    """Scroll the board to its top and let go of its current card (the selection stays): a
    redraw brings the current card back into view, and would scroll the board down again."""
    board.selectionModel().setCurrentIndex(
        QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate
    )
    board.scrollToTop()


def keyboard_after(window: Any, placed: bool) -> None:
    """Make the main window active again with the keyboard where the next step is.

    After accepting (notes placed), the first theme of the Themes panel is the current row:
    the suggested names are what to review next (F2 renames, the arrows go through the
    others), and it is the theme at the top of the board. After Discard or Esc nothing
    changed, so the keyboard goes to the note line to type on.
    """
    if getattr(window, "_closed", False) or not window.isVisible():
        return
    presenter = getattr(window, "presenter", None)
    if presenter is None or not presenter.isVisible() or presenter.screen() is not window.screen():
        # Not over the wall on the facilitator's one screen: the room would see this window.
        window.raise_()
        window.activateWindow()
    tree = window.findChild(QTreeWidget, "themeList")
    if placed and tree is not None and tree.topLevelItemCount():
        dock = window.findChild(QDockWidget, "themesDock")
        if dock is not None:
            dock.show()
            dock.raise_()  # in front of Votes or Action items in the same place
        tree.setCurrentItem(tree.topLevelItem(0))
        tree.scrollToTop()
        tree.setFocus(Qt.FocusReason.OtherFocusReason)
        return
    window.entry.setFocus(Qt.FocusReason.OtherFocusReason)
