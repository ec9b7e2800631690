"""The action items dock and the keys that start an item: Ctrl+Shift+A (from scratch),
Ctrl+Alt+A (from the theme selected in the votes table, its name as the text) and
Ctrl+Alt+N (from the note selected on the board, or in the note line the note just typed
there: its words, its author as owner, its theme),
and Space in the items, which ticks the item done from any of its cells.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QMainWindow, QWidget

from roundtable.model import counted
from ui.sensemaking import action_wall
from ui.sensemaking.action_entry import IN_THE_LINE
from ui.sensemaking.action_model import (
    ACTION_ID_ROLE,
    DUE,
    FUNCTION,
    OWNER,
    STATUS,
    THEME,
    WHAT,
)
from ui.sensemaking.action_theme import ThemeChooser
from ui.sensemaking.actions_panel import ActionsPanel
from ui.sensemaking.stepped_rows import show_row
from ui.windows.cards import ID
from ui.windows.open_questions import add_typed_note

# The column of each field an edit changes, for the cell shown after its undo or redo.
COLUMNS = {
    "text": WHAT,
    "owner": OWNER,
    "owner_function": FUNCTION,
    "due": DUE,
    "status": STATUS,
    "theme_id": THEME,
    "round_id": THEME,
}


def install(window: QMainWindow) -> None:
    """Add the actions dock and its three keys to the main window."""
    panel = ActionsPanel(window)
    dock = window.add_panel(panel, "Action items", "actionsDock")

    def stepped(kind: str, rows: list) -> None:
        """An action item's step undone or redone: the panel in front, at the item's row."""
        if kind == "actions":
            action_id, field = rows[0] if rows else (None, None)
            show_row(dock, panel.table, ACTION_ID_ROLE, action_id, COLUMNS.get(field, WHAT))

    window.rows_stepped.connect(stepped)
    panel.space_ticks = SpaceTicksDone(panel)
    # Right-click or Ctrl+L: a theme for an item, even while the Theme column is hidden.
    panel.theme_chooser = ThemeChooser(window, panel, dock)
    # The commitments on the wall from where they are read (as Ctrl+F5).
    panel.wall_button = action_wall.install(window, panel)

    def new_action(from_theme: bool) -> None:
        theme_id = None
        if from_theme:
            votes = window.findChild(QWidget, "votesPanel")
            theme_id = votes.selected_theme_id() if votes is not None else None
            if theme_id is None:
                _show(dock)
                panel.refuse("Select a theme in the votes table first, then press Ctrl+Alt+A.")
                return
        _show(dock)
        panel.start_new(theme_id)

    def from_note() -> None:
        board = window.board
        current = board.currentItem()
        typed = typed_note(window) if window.entry.hasFocus() else None
        if typed is False:
            return  # the line's note could not be added: what the note line said stands
        chosen = [typed] if typed is not None else window.selected_note_ids()
        others = len(chosen) - 1
        if current is not None and current.data(ID) in chosen:
            chosen = [current.data(ID)]  # the card with the keyboard, of those selected
        _show(dock)
        if not chosen:
            panel.refuse(
                "Select a note on the board first (or type the commitment as a note), then"
                " press Ctrl+Alt+N."
            )
            return
        if not panel.start_from_note(chosen[0]):
            return  # the line holds an item typed there; the panel said so
        # One at a time: with several cards selected, the others were left without a word.
        rest = (
            f" One note at a time: {counted(others, 'other selected note')} for Ctrl+Alt+N next."
            if others > 0
            else ""
        )
        window.show_status(f"{IN_THE_LINE}: edit it if need be, then Enter.{rest}")

    for text, keys, name, make in (
        ("New action item", "Ctrl+Shift+A", "newActionAction", lambda: new_action(False)),
        (
            "Action item from selected theme",
            "Ctrl+Alt+A",
            "actionFromThemeAction",
            lambda: new_action(True),
        ),
        ("Action item from selected note", "Ctrl+Alt+N", "actionFromNoteAction", from_note),
    ):
        action = QAction(text, window, objectName=name)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _=False, make=make: make())
        window.menu("Themes").addAction(action)
        window.addAction(action)


def typed_note(window: QMainWindow) -> int | None | bool:
    """From the note line, the note Ctrl+Alt+N means: a commitment still in the line
    (added first, as Enter adds it), else the note just typed there, if it is still in the
    round shown; None when there is neither, False when the line's note was refused. The
    round's guidance says a commitment typed as a note becomes an item with Ctrl+Alt+N, and
    typed, Enter, Ctrl+Alt+N said "Select a note on the board first"."""
    added, _said = add_typed_note(window)
    if not added and window.entry.text().strip():
        return False
    typed = getattr(window, "typed_note_id", None)
    rid = window.shown_round_id()
    if typed is None or rid is None:
        return None
    return typed if any(n.id == typed for n in window.store.notes(rid)) else None


def _show(dock: QDockWidget) -> None:
    dock.show()
    dock.raise_()


class SpaceTicksDone(QObject):
    """Space on any cell of an item ticks it done (or open again), as on its Status box.

    Down from the line lands on the items' text: Space there opened the text's editor with
    a space in it, while the hint says Space ticks an item done."""

    def __init__(self, panel: ActionsPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        panel.table.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        table = self.panel.table
        if (
            obj is table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and table.state() != QAbstractItemView.State.EditingState
            and table.currentIndex().isValid()
            and table.currentIndex().column() != STATUS  # the box's own Space does it there
            and not self.panel.store.read_only
        ):
            box = table.currentIndex().siblingAtColumn(STATUS)
            done = box.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
            tick = Qt.CheckState.Unchecked if done else Qt.CheckState.Checked
            table.model().setData(box, tick, Qt.ItemDataRole.CheckStateRole)
            return True
        return super().eventFilter(obj, event)
