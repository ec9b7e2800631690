"""What the main window shows once the suggestion preview has been answered.

After Accept all the board stayed scrolled where it was, at the card last clicked, so the
first theme's heading was off screen; after Sort the rest, shown from its top, the many notes
left ungrouped pushed the first theme below the fold. When the preview closed the keyboard
was left on the board whatever was chosen, and on a desktop that puts the dialog's parent
behind another window the main window was not active again, so the next key went nowhere.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QListWidget, QTreeWidget

from ui.windows.cards import KIND


def show_the_themes(board: QListWidget) -> bool:
    """Show the themes the preview filled: the board from its top, or from its first theme
    when the notes left ungrouped above it would push that theme's heading into the lower
    half of the board (Sort the rest leaves many: the first theme was below the fold).
    Lets go of the current card (the selection stays): a card current far down had the
    board scrolled back to it. True when ungrouped cards are scrolled past."""
    board.selectionModel().setCurrentIndex(
        QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate
    )
    board.scrollToTop()
    items = [board.item(row) for row in range(board.count())]
    first = next((i for i in items if i.data(KIND) == "theme" and not i.isHidden()), None)
    if first is None or board.visualItemRect(first).bottom() <= board.viewport().height() // 2:
        return False
    board.scrollToItem(first, QAbstractItemView.ScrollHint.PositionAtTop)
    return True


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
