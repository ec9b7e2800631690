"""Right-click on a card: the note keys in a menu, each with its shortcut.

A facilitator new to the app right-clicks a card to see what can be done with it, and the
board showed nothing: marking an open question, an action item from the note or a move to
the next round was only in the menu bar and the F1 list. The menu runs the window's own
actions (the same undo steps, the same words in the status bar) on the selected cards.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from ui.windows.cards import ID, KIND

# The window's actions on selected cards, in the menu's order (None: a separator). One an
# extension did not install is left out.
ENTRIES = (
    "editNoteAction",
    "openQuestionAction",
    "actionFromNoteAction",
    "groupNotesAction",
    "renameThemeMenuAction",
    None,
    "moveNotesNextAction",
    "moveNotesPrevAction",
    None,
    "deleteNoteAction",
)


def card_menu(window: Any) -> QMenu:
    """The menu for the selected cards: each entry as the window's action names it, with
    its shortcut, and off where the action is off (a read-only window)."""
    menu = QMenu(window.board)
    menu.setObjectName("cardMenu")
    for name in ENTRIES:
        if name is None:
            if menu.actions() and not menu.actions()[-1].isSeparator():
                menu.addSeparator()
            continue
        action = window.findChild(QAction, name)
        if action is None:
            continue
        entry = menu.addAction(action.text())
        entry.setObjectName(f"{name}InMenu")
        entry.setShortcut(action.shortcut())
        entry.setEnabled(action.isEnabled())
        # Run once the menu is gone, with the board's keyboard back: the actions take the
        # selected cards only while the board has it (else the note just typed).
        entry.triggered.connect(lambda _=False, action=action: run_on_board(window, action))
    return menu


def run_on_board(window: Any, action: QAction) -> None:
    window.board.setFocus(Qt.FocusReason.PopupFocusReason)
    action.trigger()


def install(window: Any) -> None:
    board = window.board
    board.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def requested(pos: QPoint) -> None:
        item = board.itemAt(pos)
        if item is None or item.data(KIND) != "note":
            return  # a header or the empty board: nothing to act on
        if not item.isSelected():  # (a right-click selects the card it is on)
            board.setCurrentItem(item)
        if item.data(ID) not in window.selected_note_ids():
            return
        menu = card_menu(window)
        menu.exec(board.viewport().mapToGlobal(pos))
        menu.deleteLater()

    board.customContextMenuRequested.connect(requested)
