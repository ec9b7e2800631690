"""Grouping notes into themes by hand, and the Themes panel, installed on the main window.

`install(window)` adds the Themes menu actions (Ctrl+G group, Ctrl+Shift+G take out,
Ctrl+M merge), handles cards dropped on the board or on a row of the panel, and docks the
Themes panel (`themeList`) for the shown round. Suggestions, live placement and background
embedding are installed from here too, so the whole theme feature comes with one entry in
`ui.extensions`.
Every change is an undo command; the panel and the board redraw from store changes.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QMessageBox, QWidget

from roundtable.model import Change, InvalidInput, counted
from ui.bridge import once_per_batch
from ui.sensemaking.emptied_themes import left_empty, themes_of
from ui.sensemaking.theme_commands import (
    GroupNotes,
    UngroupNotes,
)
from ui.sensemaking.theme_list import THEME_ID, ThemesPanel
from ui.sensemaking.theme_merge import MergeControl
from ui.sensemaking.theme_names import default_label
from ui.sensemaking.theme_requests import PanelRequests
from ui.windows.window_actions import as_typed

# How long a new theme's name editor waits for the window to be active again.
NAME_WAIT_S = 3.0


class ThemeController(PanelRequests, MergeControl, QObject):
    """Owns the theme actions and the Themes panel of one main window."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.setObjectName("themeController")
        self.window = window
        self.store = window.store
        self.panel = ThemesPanel()
        self.list = self.panel.list
        self.dock = window.add_panel(self.panel, "Themes", "themesDock")
        self.actions: dict[str, QAction] = {}
        for text, keys, slot, name in (
            ("&Group selected notes", "Ctrl+G", self.group_selected, "groupNotesAction"),
            (
                "&Take notes out of their theme",
                "Ctrl+Shift+G",
                self.ungroup_selected,
                "ungroupNotesAction",
            ),
            ("&Merge themes", "Ctrl+M", lambda: self.merge_selected(), "mergeThemesAction"),
            ("Rename theme", "Shift+F2", self.rename_chosen, "renameThemeMenuAction"),
        ):
            action = QAction(text, window, objectName=name)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            window.menu("Themes").addAction(action)
            window.addAction(action)
            self.actions[name] = action
        window.board.group_requested.connect(self.on_drop)
        self.list.rename_requested.connect(self.rename)
        self.list.delete_requested.connect(self.delete)
        self.list.move_requested.connect(self.move)
        self.list.merge_requested.connect(lambda: self.merge_selected(in_panel=True))
        self.list.notes_dropped.connect(lambda ids, tid: self.on_drop(ids, "theme", tid))
        # After naming a new theme (Enter or Esc), typing goes on where it was.
        self._focus_back: QWidget | None = None
        self._name_when_active: int | None = None  # a new theme waiting for its editor
        self._waiting_since = 0.0
        self._typed_ahead = ""  # keys typed for the new theme's name before its editor opened
        # The theme just started whose name editor is open: the name typed joins the step.
        self._naming: int | None = None
        self.list.itemDelegate().closeEditor.connect(self._editor_closed)
        self._refresh_soon = once_per_batch(window.signals, self.refresh)
        window.signals.changed.connect(self._changed)
        window.round_shown.connect(lambda _rid: self.refresh())
        window.themes_stepped.connect(self.list.show_themes)
        self.refresh()

    # ----- view -----------------------------------------------------------------------------

    def _changed(self, change: Change) -> None:
        if change.round_id != self.window.shown_round_id() or getattr(
            self.window, "_closed", False
        ):
            return
        if not change.kind.startswith(("note", "theme")):
            return
        # Typing a note is the hot path: an ungrouped new note changes no theme's counts.
        if (
            change.kind == "note_added"
            and change.id is not None
            and self.store.note(change.id).theme_id is None
        ):
            return
        self._refresh_soon()

    def refresh(self) -> None:
        self.list.fill(self.store, self.window.shown_round_id())

    def _push(self, command) -> bool:
        command.batch = self.window.signals.batch
        try:
            self.window.undo_stack.push(command)
        except InvalidInput as err:
            QMessageBox.warning(self.window, "Not possible", str(err))
            return False
        return True

    # ----- grouping -------------------------------------------------------------------------

    def group_selected(self) -> None:
        """Ctrl+G: selected notes form a new theme or join one; a menu asks where the round
        has themes the notes could join (Enter: a new theme)."""
        rid = self.window.shown_round_id()
        ids = self.window.selected_note_ids()
        if rid is None or not ids:
            self.window.show_status(
                "Select notes on the board first: click, Shift/Ctrl-click, or Down from the"
                " note line and Shift+arrows."
            )
            return
        themed = [self.store.note(n).theme_id for n in ids]
        targets = [t for t in dict.fromkeys(themed) if t is not None]
        others = [t for t in self.store.themes(rid) if t.id not in targets]
        if len(targets) > 1:
            # Notes from two or more themes: a new theme of their own (Enter) or any theme;
            # they used to go into the first one's theme without asking.
            self._choose_theme(rid, ids, self.store.themes(rid))
        elif targets and any(t != targets[0] for t in themed):
            self.group_into(ids, targets[0], show=True)  # loose notes join the theme among them
        elif others:
            # Every theme keeps its number: without the notes' own theme, the ones below it
            # moved up one ("3" put a note from the first theme into the fourth).
            self._choose_theme(
                rid, ids, self.store.themes(rid), here=targets[0] if targets else None
            )
        elif targets and set(ids) == {n.id for n in self.store.notes(rid) if n.theme_id in targets}:
            # Every note of the round's only theme: a new theme of them left the old one
            # empty on the board and in the votes, with its votes.
            label = self.store.theme(targets[0]).label
            self.window.show_status(
                f"These are all the notes of “{as_typed(label)}” already: nothing to group"
                " (F2 on the theme renames it)."
            )
        else:  # the round's first theme, or part of its only theme split off
            self.group_new(rid, ids, show=True)

    def _choose_theme(
        self, round_id: int, note_ids: list[int], themes: list, here: int | None = None
    ) -> None:
        """A keyboard menu: Enter makes a new theme, arrows or a theme's number (1 to 9)
        pick an existing one; `here`, the notes' own theme, is shown but cannot be picked."""
        menu = QMenu(self.window, objectName="groupMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # The name editor opens once the menu is gone: its closing moves the focus, and an
        # editor that loses focus closes.
        fresh = menu.addAction(
            "New theme",
            lambda: menu.destroyed.connect(lambda: self._new_after_menu(round_id, note_ids)),
        )
        menu.addSeparator()
        for number, theme in enumerate(themes, 1):
            # The first nine are numbered, and the number picks one: arrowing down to the
            # fifth theme took five keys a note, and nothing in view said of another way.
            key = f"&{number}  " if number <= 9 else ""
            if theme.id == here:
                menu.addAction(f"{key}Already in “{as_typed(theme.label)}”").setEnabled(False)
                continue
            menu.addAction(
                f"{key}Into “{as_typed(theme.label)}”",
                lambda tid=theme.id: self.group_into(note_ids, tid, show=True),
            )
        menu.setActiveAction(fresh)
        board = self.window.board
        first = board.card(note_ids[0])
        where = board.visualItemRect(first).bottomLeft() if first is not None else QPoint(0, 0)
        menu.popup(board.viewport().mapToGlobal(where))

    def _new_after_menu(self, round_id: int, note_ids: list[int]) -> None:
        # Closing a popup can leave the window inactive for a moment (at once, or a little
        # later, by platform), and an editor in an inactive window closes. So the new
        # theme's name opens for typing while the window is active, and opens again when
        # the window comes back if that is what closed it.
        theme_id = self.group_new(round_id, note_ids, edit=False, show=True)
        if theme_id is not None:
            self._name_when_active = theme_id
            self._waiting_since = time.monotonic()
            self._typed_ahead = ""
            self.window.installEventFilter(self)
            self.window.board.installEventFilter(self)
            QTimer.singleShot(0, self._name_waiting_theme)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if watched is self.window and event.type() == QEvent.Type.WindowActivate:
            # After the activation, which gives the focus back to the window's widgets.
            QTimer.singleShot(0, self._name_waiting_theme)
        if (
            watched is self.window.board
            and event.type() == QEvent.Type.KeyPress
            and self._name_when_active is not None
            and time.monotonic() - self._waiting_since <= NAME_WAIT_S
            and isinstance(event, QKeyEvent)
        ):
            # The name typed before its editor could open: kept for the editor, not lost
            # to the board (where letters only move the selection).
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._typed_ahead:
                self._typed_ahead += "\n"
                return True
            if event.text().isprintable() and event.text():
                self._typed_ahead += event.text()
                return True
        return super().eventFilter(watched, event)

    def _name_waiting_theme(self) -> None:
        theme_id = self._name_when_active
        if theme_id is None:
            return
        item = self.list.currentItem()
        moved_on = time.monotonic() - self._waiting_since > NAME_WAIT_S
        if item is None or item.data(0, THEME_ID) != theme_id or self.store.read_only or moved_on:
            # The facilitator has moved on (or the theme is gone): an editor opening much
            # later, when the window is next activated, would take the focus from the notes.
            self._stop_waiting()
            return
        if not self.window.isActiveWindow() or self.list.state() == self.list.State.EditingState:
            return  # the next activation tries again
        self._focus_back = self.window.board
        self.list.setFocus()
        self.list.editItem(item, 0)
        self._naming = theme_id
        self.window.show_status(
            f"New theme “{self.store.theme(theme_id).label}”: type a name, Enter to keep it."
        )
        typed, self._typed_ahead = self._typed_ahead, ""
        editor = QApplication.focusWidget()
        if typed and isinstance(editor, QLineEdit):
            editor.setText(typed.rstrip("\n"))
            if typed.endswith("\n"):  # Enter was pressed too: the name is kept
                QApplication.sendEvent(
                    editor,
                    QKeyEvent(
                        QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier
                    ),
                )

    def _stop_waiting(self) -> None:
        self._name_when_active = None
        self._typed_ahead = ""
        self.window.removeEventFilter(self)
        self.window.board.removeEventFilter(self)

    def _show_moved(self, note_ids: list[int]) -> None:
        """Scroll the board to cards a key moved, once it shows them where they went (the
        board otherwise stays where the facilitator scrolled it, as after a drop)."""
        board = self.window.board
        self.window.redraws.after_board(lambda: board.show_cards(note_ids))

    def group_into(self, note_ids: list[int], theme_id: int, *, show: bool = False) -> None:
        """Put notes into a theme; `show`: scroll the board to them (a key moved them)."""
        rid, was = self.store.theme(theme_id).round_id, themes_of(self.store, note_ids)
        if self._push(GroupNotes(self.store, rid, note_ids, theme_id)) and show:
            self._show_moved(note_ids)
        label = self.store.theme(theme_id).label
        self.window.show_status(
            f"{counted(len(note_ids), 'note')} moved into “{label}” (Ctrl+Z undoes)."
            + left_empty(self.store, was - {theme_id})
        )

    def group_new(
        self, round_id: int, note_ids: list[int], *, edit: bool = True, show: bool = False
    ) -> int | None:
        """Make a theme for these notes and open its name for typing (or only select it,
        when the window cannot take the typing yet); `show` as in group_into."""
        label = default_label(self.store, round_id, note_ids)
        command = GroupNotes(self.store, round_id, note_ids, None, label)
        if not self._push(command):
            return None
        if show:
            self._show_moved(note_ids)
        self.window.show_status(
            f"New theme “{label}”: "
            + ("type a name, Enter to keep it." if edit else "F2 renames it in the Themes panel.")
        )
        self.dock.show()
        self.dock.raise_()
        item = self.list.item_for(command.theme_id)
        if item is not None:
            self._focus_back = self.window.focusWidget()
            if not edit or self._focus_back is self.list:
                self._focus_back = self.window.board
            self.list.setCurrentItem(item)
            self.list.setFocus()
            if edit:
                self.list.editItem(item, 0)
                self._naming = command.theme_id
        return command.theme_id

    def _editor_closed(self, *_args: object) -> None:
        self._naming = None  # named by now (the name is stored before the editor closes)
        if self.window.isActiveWindow():  # named or cancelled, not closed by the window
            self._stop_waiting()
            item = self.list.currentItem()
            if "type a name" in self.window.statusBar().currentMessage() and item is not None:
                # Enter on the name as it was (or Esc): the prompt stayed up as if unanswered.
                self.window.show_status(
                    f"The theme keeps the name “{item.text(0)}” (F2 in the Themes panel"
                    " renames it)."
                )
        back, self._focus_back = self._focus_back, None
        # Back to where the facilitator was, unless they closed the editor by clicking into
        # another field (the capture line): taking the focus from there lost a typed note.
        focus = QApplication.focusWidget()
        if back is not None and (
            focus is None or focus is self.list or self.list.isAncestorOf(focus)
        ):
            back.setFocus()

    def rename_chosen(self) -> None:
        """Themes > Rename theme (Shift+F2): the theme of the card selected on the board, or
        the one current in the Themes panel, named in place in the panel (F2 there; on the
        board F2 edits the note, and no menu said how to rename a theme)."""
        tid = None
        if not self.list.hasFocus():
            themed = [self.store.note(n).theme_id for n in self.window.selected_note_ids()]
            tid = next((t for t in themed if t is not None), None)
        tid = tid if tid is not None else self.list.current_theme_id()
        if tid is None:
            self.window.show_status(
                "Select a theme in the Themes panel, or a card of it on the board, then"
                " Shift+F2 renames it."
            )
            return
        self.dock.show()
        self.dock.raise_()
        self.list.show_themes([tid])
        self._focus_back = QApplication.focusWidget()

        def edit() -> None:  # once a menu it was picked from is gone (its closing took the
            self.list.setFocus()  # focus back, and an editor that loses it closes)
            self.list.rename_current()

        QTimer.singleShot(0, self, edit)

    def ungroup_selected(self) -> None:
        ids = [n for n in self.window.selected_note_ids() if self.store.note(n).theme_id]
        if ids:
            was = themes_of(self.store, ids)
            if self._push(UngroupNotes(self.store, ids)):
                self._show_moved(ids)
            # Not the last grouping's "2 notes in …", still showing after the undo of it.
            self.window.show_status(
                f"{counted(len(ids), 'note')} back in Ungrouped (Ctrl+Z undoes)."
                + left_empty(self.store, was)
            )
        else:
            self.window.show_status("Select notes in a theme first to take them out of it.")

    def on_drop(self, note_ids: list[int], kind: str, target: int) -> None:
        """Cards dropped on a card, a theme header or the Ungrouped header."""
        if kind == "ungrouped":
            moving = [n for n in note_ids if self.store.note(n).theme_id is not None]
            was = themes_of(self.store, moving)
            if moving and self._push(UngroupNotes(self.store, moving)):
                # As Ctrl+Shift+G says: the last grouping's "2 notes in …" stayed up.
                self.window.show_status(
                    f"{counted(len(moving), 'note')} back in Ungrouped (Ctrl+Z undoes)."
                    + left_empty(self.store, was)
                )
        elif kind == "theme":
            self.group_into(note_ids, target)
        elif kind == "note":
            target_note = self.store.note(target)
            if target_note.theme_id is not None:
                self.group_into(note_ids, target_note.theme_id)
            else:
                self.group_new(target_note.round_id, [target, *note_ids])


def install(window: Any) -> ThemeController:
    """Add theme grouping, the Themes panel, suggestions and live placement to `window`."""
    controller = ThemeController(window)
    from ui.sensemaking.suggestions import install as install_suggestions

    install_suggestions(window, controller)
    return controller
