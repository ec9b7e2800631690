"""The Themes panel: the shown round's themes with their notes counted by function.

A tree with one row per theme (name, notes, sales, marketing, other), drawn from the store
on every change. The panel asks for changes through signals (rename, delete, move, merge,
cards dropped from the board on a row) and changes nothing itself. Its keys (F2, Delete,
Alt+Shift+Up/Down) belong to the panel only, so they never fight the window's F2 (edit
note) and Del (delete notes).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QFont,
    QKeyEvent,
    QKeySequence,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from roundtable.store import Store
from ui.sensemaking.theme_name_kept import keep_typed, put_back
from ui.windows.board_keys import header_spoken
from ui.windows.cards import PROPOSAL_COLOUR, note_ids_in, slants
from ui.windows.contrast import legible
from ui.windows.keyboard import undo_goes_on

THEME_ID = Qt.ItemDataRole.UserRole
COLUMNS = ("Theme", "Notes", "S", "M", "O")
# What a screen reader says each column is (it read the letters "S", "M" and "O").
COLUMNS_SPOKEN = ("Theme", "Notes", "Notes from sales", "Notes from marketing", "Notes from other")


class _WrappedName(QStyledItemDelegate):
    """A theme's name as tall as its lines at the column's width (the tree asks a row's
    height without saying how wide its column is, so a wrapped name was cut to one line)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        tree = self.parent()
        assert isinstance(tree, QTreeView)
        if index.column() != 0:
            return super().sizeHint(option, index)
        sized = QStyleOptionViewItem(option)
        sized.rect = QRect(0, 0, tree.columnWidth(0), max(option.rect.height(), 1))
        return super().sizeHint(sized, index)


class ThemeList(QTreeWidget):
    """One row per theme; rename in place, drag or Alt+Shift+Up/Down to reorder, and
    take cards dragged from the board onto a row."""

    rename_requested = Signal(int, str)
    delete_requested = Signal(list)  # theme ids, in list order
    move_requested = Signal(int, int)  # theme id, new 1-based position
    merge_requested = Signal()
    notes_dropped = Signal(list, int)  # note ids, the theme of the row they were dropped on

    theme_id_role = THEME_ID

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("themeList")
        self.drafts: dict[int, str] = {}  # names refused as too long, by theme id
        self.setAccessibleName("Themes")
        self.setColumnCount(len(COLUMNS))
        self.setHeaderLabels(list(COLUMNS))
        self.setRootIsDecorated(False)
        # A long name wraps onto a second line instead of ending in "…": in a 1024-pixel
        # window the five count columns left the names about 20 letters, and a facilitator
        # read "Slow follow-up and han…" (rows are as tall as their name, so not uniform).
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        # The one delegate of the tree (themes.py listens to its closeEditor).
        self.setItemDelegate(_WrappedName(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self._triggers = QAbstractItemView.EditTrigger.DoubleClicked
        self.setEditTriggers(self._triggers)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDropIndicatorShown(True)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Row heights follow the name column's width (the panel dragged narrower or wider).
        header.sectionResized.connect(self._rewrap)
        for col in range(1, len(COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
            self.headerItem().setTextAlignment(col, Qt.AlignmentFlag.AlignRight)
        self.headerItem().setToolTip(2, "Notes from sales")
        self.headerItem().setToolTip(3, "Notes from marketing")
        self.headerItem().setToolTip(4, "Notes from other functions")
        for col, said in enumerate(COLUMNS_SPOKEN):
            self.headerItem().setData(col, Qt.ItemDataRole.AccessibleTextRole, said)
        self.itemChanged.connect(self._edited)
        self._filling = False
        self._keys: dict[int, QAction] = {}
        scoped = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for text, keys, slot, name in (
            ("Rename theme", "F2", self.rename_current, "renameThemeAction"),
            ("Delete theme", "Del", self.delete_current, "deleteThemeAction"),
            ("Move theme up", "Alt+Shift+Up", lambda: self.move_current(-1), "themeUpAction"),
            ("Move theme down", "Alt+Shift+Down", lambda: self.move_current(1), "themeDownAction"),
            ("Merge themes", "Ctrl+M", self.merge_requested.emit, "mergeThemesListAction"),
        ):
            action = QAction(text, self, objectName=name)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(scoped)
            action.triggered.connect(slot)
            self.addAction(action)
            self._keys[QKeySequence(keys)[0].toCombined()] = action
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    # ----- drawing --------------------------------------------------------------------------

    def fill(self, store: Store, round_id: int | None) -> None:
        """Redraw from the store, keeping the current and selected themes."""
        keep = set(self.selected_theme_ids())
        current = self.current_theme_id()
        read_only = QAbstractItemView.EditTrigger.NoEditTriggers
        self.setEditTriggers(read_only if store.read_only else self._triggers)
        self._filling = True
        try:
            self.clear()
            if round_id is None:
                return
            counts: dict[int, dict[str, int]] = {}
            for note in store.notes(round_id):
                if note.theme_id is not None:
                    fn = counts.setdefault(note.theme_id, {"sales": 0, "marketing": 0, "other": 0})
                    fn[note.function] += 1
            for theme in store.themes(round_id):
                c = counts.get(theme.id, {"sales": 0, "marketing": 0, "other": 0})
                values = [theme.label, str(sum(c.values())), *(str(v) for v in c.values())]
                item = QTreeWidgetItem(values)
                item.setData(0, THEME_ID, theme.id)
                # Read as the board's header is: the notes by side in words, and (shown in
                # italics or colour, which a screen reader does not say) a suggested name.
                said = header_spoken(theme.label, c, None)
                if theme.origin == "auto":
                    said += " Suggested name."
                item.setData(0, Qt.ItemDataRole.AccessibleTextRole, said)
                item.setToolTip(
                    0,
                    f"{theme.label}\n{'Named by you' if theme.origin == 'manual' else 'Suggested'}"
                    "; F2 or double-click to rename",
                )
                for col in range(1, len(COLUMNS)):
                    item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight)
                if theme.origin == "auto":  # suggested and not yet named by the facilitator
                    if slants(theme.label):
                        font = QFont(self.font())
                        font.setItalic(True)
                        item.setFont(0, font)
                    else:  # a script without italics: the colour of proposals says it
                        base = self.palette().color(QPalette.ColorRole.Base)
                        item.setForeground(0, legible(PROPOSAL_COLOUR, base))
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsEditable
                    | Qt.ItemFlag.ItemIsDragEnabled
                )
                self.addTopLevelItem(item)
                if theme.id in keep:
                    item.setSelected(True)
                if theme.id == current:
                    self.setCurrentItem(item, 0, QItemSelectionModel.SelectionFlag.NoUpdate)
        finally:
            self._filling = False

    def _rewrap(self, column: int, _old: int, _new: int) -> None:
        if column == 0:
            self.scheduleDelayedItemsLayout()

    def item_for(self, theme_id: int) -> QTreeWidgetItem | None:
        for row in range(self.topLevelItemCount()):
            item = self.topLevelItem(row)
            if item.data(0, THEME_ID) == theme_id:
                return item
        return None

    def show_themes(self, theme_ids: list[int]) -> None:
        """Select these themes (those still listed), the first current and in view: the
        themes an undo or redo renamed, merged or brought back."""
        items = [i for i in (self.item_for(t) for t in theme_ids) if i is not None]
        if not items:
            return
        # As a click on the first would, so Shift+arrows after it extend from there.
        self.setCurrentItem(items[0], 0, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        for item in items[1:]:
            item.setSelected(True)
        self.scrollToItem(items[0])

    def theme_ids(self) -> list[int]:
        return [self.topLevelItem(r).data(0, THEME_ID) for r in range(self.topLevelItemCount())]

    def selected_theme_ids(self) -> list[int]:
        """Selected themes in list order."""
        chosen = {id(i) for i in self.selectedItems()}
        return [
            self.topLevelItem(r).data(0, THEME_ID)
            for r in range(self.topLevelItemCount())
            if id(self.topLevelItem(r)) in chosen
        ]

    def current_theme_id(self) -> int | None:
        item = self.currentItem()
        return item.data(0, THEME_ID) if item is not None else None

    # ----- requests -------------------------------------------------------------------------

    def rename_current(self) -> None:
        item = self.currentItem()
        if item is not None and self.editTriggers() == self._triggers:  # not read-only
            self.editItem(item, 0)

    def delete_current(self) -> None:
        chosen = self.selected_theme_ids()
        current = self.current_theme_id()
        if not chosen and current is not None:
            chosen = [current]
        if chosen:
            self.delete_requested.emit(chosen)

    def move_current(self, step: int) -> None:
        tid = self.current_theme_id()
        if tid is None:
            return
        row = self.theme_ids().index(tid)
        target = row + step
        if 0 <= target < self.topLevelItemCount():
            self.move_requested.emit(tid, target + 1)

    def edit(self, index, trigger=None, event=None):  # Qt overloads edit(index)
        """Editing any cell of a row edits the theme's name (the counts are not editable)."""
        if trigger is None:
            return super().edit(index)
        if index.isValid() and index.column() != 0:
            index = index.siblingAtColumn(0)
        started = super().edit(index, trigger, event)
        editor = self.indexWidget(index) if started else None
        if isinstance(editor, QLineEdit):
            editor.setObjectName("themeNameEditor")  # as every widget one types into
            # Said by a screen reader ("edit text" alone before), with the name it had.
            editor.setAccessibleName(f"Theme name: {index.data()}")
            editor.installEventFilter(self)
            put_back(self, index, editor)
            keep_typed(self, index, editor)
        return started

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        """Ctrl+Z in a name editor with nothing of its own to undo is the session's undo:
        right after Ctrl+G (whose name editor opens by itself) it did nothing at all, and
        the wrongly grouped notes stayed. The editor closes as Esc closes it, the name
        unchanged, and the key goes on to the window's Undo (Ctrl+Shift+Z: Redo)."""
        if (
            isinstance(watched, QLineEdit)
            and event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and undo_goes_on(event, watched.isUndoAvailable(), watched.isRedoAvailable())
        ):
            # As Esc does: the delegate says so, and the keyboard goes back to the board.
            self.itemDelegate().closeEditor.emit(
                watched, QAbstractItemDelegate.EndEditHint.RevertModelCache
            )
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    def _edited(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != 0:
            return
        self.rename_requested.emit(item.data(0, THEME_ID), item.text(0).strip())

    def event(self, event: QEvent) -> bool:
        # The panel's own keys win over the window's (F2 edits a note there, Del deletes
        # notes): claim them here and run the panel's action from keyPressEvent.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.keyCombination().toCombined() in self._keys
            and self.state() != QAbstractItemView.State.EditingState
        ):
            event.accept()
            return True
        return super().event(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt name)
        """The keyboard come in by Tab or a shortcut is on a theme, selected: F2, Del and
        Ctrl+M act on the current theme, which Qt marked only with a faint tint (about
        1.1:1 on a dark window), so Del took out a theme nobody saw was chosen."""
        super().focusInEvent(event)
        if event.reason() == Qt.FocusReason.MouseFocusReason or self.selectedItems():
            return
        current = self.currentItem() or self.topLevelItem(0)
        if current is not None:
            flag = QItemSelectionModel.SelectionFlag.ClearAndSelect
            self.setCurrentItem(current, 0, flag)
            self.scrollToItem(current)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        action = self._keys.get(event.keyCombination().toCombined())
        editing = self.state() == QAbstractItemView.State.EditingState
        if action is not None and not editing:
            action.trigger()
            event.accept()
            return
        # Typing here types a note, as on the board: after Accept all the keyboard is on this
        # list, and a note typed next only jumped the list to a theme by its first letter.
        entry = getattr(self.window(), "entry", None)
        plain = not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        typing = plain and event.text().isprintable() and event.text() != "" and not editing
        if typing and entry is not None and entry.isEnabled():
            entry.setFocus(Qt.FocusReason.ShortcutFocusReason)
            copy = QKeyEvent(event.type(), event.key(), event.modifiers(), event.text())
            QApplication.sendEvent(entry, copy)
            return
        super().keyPressEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt name)
        # Rows only move inside the list (InternalMove), which would refuse the board's
        # cards before they reach a row: take those here.
        if note_ids_in(event.mimeData()):
            event.acceptProposedAction()
            return
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 (Qt name)
        if note_ids_in(event.mimeData()):
            if self.itemAt(event.position().toPoint()) is not None:
                event.acceptProposedAction()
            else:
                event.ignore()
            return
        super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt name)
        # Grouping and reordering go through the store (and undo): Qt must not move the
        # row itself, nor remove the dragged cards from the board.
        moving = self.current_theme_id()
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        cards = note_ids_in(event.mimeData())
        if cards:
            onto = self.itemAt(event.position().toPoint())
            if onto is not None:
                self.notes_dropped.emit(cards, onto.data(0, THEME_ID))
            return
        # Only rows of this list are reordered (None: a drop synthesised by automation).
        if moving is None or event.source() not in (self, None):
            return
        order = self.theme_ids()
        target = self.itemAt(event.position().toPoint())
        if target is None:
            position = len(order)
        else:
            row = order.index(target.data(0, THEME_ID))
            below = event.position().y() > self.visualItemRect(target).center().y()
            position = row + (2 if below else 1)
            if position > order.index(moving) + 1:
                position -= 1  # the moving row leaves a gap above its new place
        if position != order.index(moving) + 1:
            self.move_requested.emit(moving, position)


class ThemesPanel(QWidget):
    """The dock's content: a button row (filled by the suggestions feature) and the list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("themesPanel")
        self.list = ThemeList(self)
        self.buttons = QHBoxLayout()
        self.hint = QLabel(
            "Select notes and press Ctrl+G to group them; drag cards onto a card, a theme or a "
            "row here. "
            "Italic (or blue): a suggested name you have not changed yet."
        )
        self.hint.setWordWrap(True)
        self.hint.setObjectName("themesHint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(self.buttons)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
