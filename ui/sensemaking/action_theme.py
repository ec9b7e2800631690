"""Giving an action item a theme from the table itself, whatever columns it shows: right-click
the item, or press Ctrl+L (Themes > Theme of the action item), and pick one of the
session's themes from the menu that opens at the item.

A narrow Action items panel hides the Theme column while no item has a theme, to give What
its room; the only way to give an item a theme was to widen the panel first. The item's
first theme brings the column back (action_columns.py).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QActionGroup, QContextMenuEvent, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu

from ui.commands import brief
from ui.sensemaking.action_model import ACTION_ID_ROLE, THEME, WHAT
from ui.sensemaking.actions_panel import ActionsPanel
from ui.windows.read_only import copy_hint
from ui.windows.window_actions import as_typed

THEME_KEYS = "Ctrl+L"
NO_THEME = "No theme"


class ThemeChooser(QObject):
    """The theme menu of the actions table (right-click, the Menu key) and its window key
    (Ctrl+L)."""

    def __init__(self, window: QMainWindow, panel: ActionsPanel, dock: QDockWidget) -> None:
        super().__init__(panel)
        self.window, self.panel, self.dock = window, panel, dock
        table = panel.table
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._right_clicked)
        table.installEventFilter(self)  # the Menu key: see eventFilter
        action = QAction("Theme of the action item…", window, objectName="actionThemeAction")
        action.setShortcut(QKeySequence(THEME_KEYS))
        action.triggered.connect(self.choose_for_current)
        window.menu("Themes").addAction(action)
        window.addAction(action)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        """The Menu key opens the menu at the selected item. Left to the signal, its point
        (the table's, not the rows') fell a header's height lower: the next item's menu."""
        if (
            event.type() == QEvent.Type.ContextMenu
            and isinstance(event, QContextMenuEvent)
            and event.reason() == QContextMenuEvent.Reason.Keyboard
        ):
            self.choose_for_current()
            return True
        return super().eventFilter(obj, event)

    def _right_clicked(self, pos: QPoint) -> None:
        table = self.panel.table
        index = table.indexAt(pos)
        if not index.isValid():
            return
        table.setCurrentIndex(index.siblingAtColumn(WHAT))
        self.open_menu(index, table.viewport().mapToGlobal(pos))

    def choose_for_current(self) -> None:
        """Ctrl+L: the menu at the selected item, the panel in front."""
        self.dock.show()
        self.dock.raise_()
        table = self.panel.table
        index = table.currentIndex()
        if not self.panel.model.actions:
            # "Select an action item first" sent the facilitator looking for items not there.
            self.panel.refuse(
                f"No action items yet: add one (Ctrl+Shift+A), then press {THEME_KEYS} to give"
                " it a theme."
            )
            return
        if not index.isValid():
            self.panel.refuse(f"Select an action item first, then press {THEME_KEYS}.")
            return
        table.setFocus()
        table.scrollTo(index)
        cell = table.visualRect(index.siblingAtColumn(WHAT))
        self.open_menu(index, table.viewport().mapToGlobal(cell.bottomLeft()))

    def open_menu(self, index: QModelIndex, where: QPoint) -> None:
        """The session's themes, the item's own ticked; choosing one links the item to it."""
        store = self.panel.store
        if store.read_only:  # right-click or the Menu key: say why, as Ctrl+L does there
            reason = store.read_only_reason or ""
            self.window.show_status(
                f"Theme of the action item: not in a read-only window. {reason}" + copy_hint(reason)
            )
            return
        action = store.action(index.data(ACTION_ID_ROLE))
        menu = QMenu(self.panel.table, objectName="actionThemeMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.setToolTipsVisible(True)
        title = menu.addAction(f"Theme of “{brief(action.text)}” ({THEME_KEYS}):")
        title.setEnabled(False)
        themes = store.themes()
        group = QActionGroup(menu)
        rounds = {r.id: r.title for r in store.rounds()}
        choices = [(NO_THEME, None)] + [
            (f"{rounds.get(t.round_id, '')}: {t.label}", t.id) for t in themes
        ]
        ticked = None
        for text, theme_id in choices:
            choice = menu.addAction(as_typed(text))  # "Sales & marketing" as typed
            choice.setCheckable(True)
            choice.setChecked(action.theme_id == theme_id)
            choice.setEnabled(not store.read_only)
            group.addAction(choice)
            choice.triggered.connect(lambda _=False, t=theme_id, i=action.id: self._link(i, t))
            if action.theme_id == theme_id:
                ticked = choice
        if not themes:
            empty = menu.addAction("No themes yet: group a round's notes first (Ctrl+G or Ctrl+T).")
            empty.setEnabled(False)
        menu.popup(where)
        if ticked is not None:
            menu.setActiveAction(ticked)  # the arrow keys start from the item's own theme

    def _link(self, action_id: int, theme_id: int | None) -> None:
        model = self.panel.model
        try:
            row = model.row_of(action_id)
        except ValueError:  # deleted while the menu was open
            return
        if theme_id is not None and theme_id not in model.theme_labels:
            # Deleted or merged away while the menu was open: the item was linked to a theme
            # no longer shown, and the status bar said it had no theme.
            gone = self.panel.store.theme(theme_id).label
            what = brief(self.panel.store.action(action_id).text)
            self.panel.refuse(
                f"The theme “{gone}” is no longer on the board (deleted or merged while the"
                f" menu was open): “{what}” keeps the theme it had."
            )
            return
        if model.setData(model.index(row, THEME), theme_id):
            what = brief(self.panel.store.action(action_id).text)
            label = model.theme_labels.get(theme_id, "") if theme_id is not None else ""
            said = f"under the theme “{label}”" if label else "with no theme"
            self.window.show_status(f"“{what}” is now {said} (Ctrl+Z undoes).")
        self.panel.table.setFocus()
