"""The actions panel: every commitment of the session, with owner, function, due date and
status (open, done or dropped), edited in place with undo.

New items come from the entry line at the top (Ctrl+Shift+A) or from the theme selected
in the votes table (Ctrl+Alt+A, text prefilled from the theme's name). Delete removes the
selected item softly; Ctrl+Z brings it back. The dock and its keys: action_keys.py.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from roundtable.dates import written_date
from roundtable.model import InvalidInput, counted
from ui.commands import brief
from ui.sensemaking.action_columns import HINT, SharedColumns
from ui.sensemaking.action_commands import AddAction, DeleteAction
from ui.sensemaking.action_delegates import ActionDelegate
from ui.sensemaking.action_entry import ActionEntry, add_button
from ui.sensemaking.action_find import FoundRows
from ui.sensemaking.action_model import (
    ACTION_ID_ROLE,
    CARRIED_SHADE,
    CARRIED_TEXT,
    DUE,
    FUNCTION,
    OWNER,
    SORT_ROLE,
    STATUS,
    THEME,
    WHAT,
    ActionTableModel,
    off_roster,
)
from ui.sensemaking.action_refused import said_kept
from ui.sensemaking.action_table import ActionTable
from ui.sensemaking.action_typed import read_typed, unread_due
from ui.sensemaking.keep_current import KeepCurrent
from ui.windows.capture import LONG_NAME, find_participant, participants_named
from ui.windows.contrast import ink


class ActionsPanel(SharedColumns, QWidget):
    """All live action items as a sortable, editable table with an entry line above it."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__()
        self.setObjectName("actionsPanel")
        self.window_ = window
        self.store, self.undo_stack = window.store, window.undo_stack
        self.source_theme: int | None = None
        self.last_added: int | None = None  # Tab on an empty entry goes to its owner
        self._filled = ""  # what Ctrl+Alt+N last put in the entry line
        self._full_status = 0  # the Status column in the full layout, last measured
        self._from_line = False  # the item just added is edited after Tab from the line
        self.model = ActionTableModel(self.store, self.undo_stack)
        self.proxy = FoundRows(self)  # (only the items found while Find is on)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)

        self.entry = ActionEntry(self)
        self.entry.returnPressed.connect(self.add_from_entry)
        add = add_button()
        add.clicked.connect(self.add_from_entry)
        self.theme_label = QLabel(objectName="actionSourceTheme")
        self.theme_label.setTextFormat(Qt.TextFormat.PlainText)
        self.theme_label.hide()
        self.message = QLabel(objectName="actionMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(
            f"QLabel {{ color: {ink('#b3261e', self.message)}; font-weight: bold; }}"
        )
        self.message.hide()
        self.reopened = False  # the message is about a refused cell opened again to correct
        self.carried_label = QLabel(objectName="actionsCarried")
        self.carried_label.setWordWrap(True)
        self.carried_label.setStyleSheet(
            f"QLabel {{ background: {CARRIED_SHADE.name()}; color: {CARRIED_TEXT.name()}; }}"
        )

        self.table = ActionTable("actionsTable")
        self.table.next_item_line = self.entry  # typing on an item's text: the next item
        self.table.setAccessibleName("Action items")
        # Tab leaves the table for the next control; the arrows go from cell to cell. Tab
        # went cell by cell (15 presses past the example's three items). In an open cell,
        # Tab still saves it and opens the next one (the item's owner, then its due date).
        self.table.setTabKeyNavigation(False)
        self.table.setModel(self.proxy)
        # A delete or an undo left no current row (a second Del: "Select an action item…").
        KeepCurrent(self.table, self.proxy, ACTION_ID_ROLE, first_when_filled=True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        delegate = ActionDelegate(self.store, self.table)
        self.delegate = delegate
        self.table.setItemDelegate(delegate)
        delegate.closeEditor.connect(self._editor_closed)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(THEME, QHeaderView.ResizeMode.Interactive)
        self._sharing = False
        self._function_width = 0
        self.hint = hint = QLabel(HINT, objectName="actionsHint")
        hint.setWordWrap(True)
        self.model.modelReset.connect(self._share_width)
        # The other columns fit their contents after the rows are laid out: share again then.
        header.sectionResized.connect(
            lambda col, _old, _new: col in (OWNER, FUNCTION, DUE, STATUS) and self._share_width()
        )
        self.table.viewport().installEventFilter(self)
        self.table.delete_requested.connect(self.delete_selected)
        remove = QPushButton("Delete", objectName="deleteActionButton")
        remove.clicked.connect(self.delete_selected)

        row = QHBoxLayout()
        row.addWidget(self.entry, 1)
        row.addWidget(add)
        self._share_width()
        bottom = QHBoxLayout()
        bottom.addWidget(hint, 1, Qt.AlignmentFlag.AlignVCenter)  # its lines' height
        self.buttons = QVBoxLayout()  # Delete, under the wall's button (action_wall.py)
        self.buttons.addWidget(remove)
        bottom.addLayout(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.theme_label)
        layout.addWidget(self.message)
        layout.addWidget(self.carried_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        if self.store.read_only:
            for widget in (self.entry, add, remove):
                widget.setEnabled(False)
            self.entry.setPlaceholderText("Read-only session: action items cannot be changed")
        self.model.refused.connect(self.refuse)
        self.model.noticed.connect(self.window_.show_status)
        window.signals.actions_changed.connect(self._actions_changed)
        self._say_what_is_carried()
        window.signals.themes_changed.connect(self._store_changed)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt name)
        if obj is self.table.viewport() and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.Show,
        ):
            self._share_width()
        return super().eventFilter(obj, event)

    def _store_changed(self, *_args: object) -> None:
        self.model.refresh()
        self._share_width()  # the first item linked to a theme brings the Theme column back
        self._say_what_is_carried()
        if self.source_theme is not None and self.source_theme not in self.model.theme_labels:
            # Its theme was deleted or merged away while the item waited in the line: the
            # line still said "From theme: …", and Enter linked the item to a theme gone.
            self.set_source_theme(None)

    def _say_what_is_carried(self) -> None:
        """Name the shade of a follow-up's commitments from last time, while any is listed."""
        shown = [a for a in self.model.actions if a.id in self.model.carried]
        self.carried_label.setText(
            f"Shaded: {counted(len(shown), 'commitment')} carried over from"
            f" {self.model.carried_from}."
        )
        self.carried_label.setVisible(bool(shown))

    def _actions_changed(self) -> None:
        self._store_changed()
        if self.message.isVisible():
            # A stored change answers the last refusal: "“31 Feb” is not a date" stayed in
            # red under a due date corrected since.
            if self.window_.statusBar().currentMessage() == self.message.text():
                self.window_.statusBar().clearMessage()
            self.message.hide()

    def refuse(self, reason: str) -> None:
        """Say why something was not stored, in the panel and the status bar."""
        self.message.setText(reason)
        self.message.show()
        self.window_.show_status(reason)

    def set_source_theme(self, theme_id: int | None) -> None:
        """Remember the theme the next action comes from (None: from scratch)."""
        self.source_theme = theme_id
        if theme_id is None:
            self.theme_label.hide()
            return
        self.theme_label.setText(
            f"From theme: {self.store.theme(theme_id).label}  (Esc: from scratch)"
        )
        self.theme_label.show()

    def start_new(self, theme_id: int | None = None) -> None:
        """Put the keyboard in the entry line, prefilled from a theme's name if one is given.
        An item already in the line keeps its theme (Esc forgets it): Ctrl+Shift+A, as the
        status line says, to an item put back after a restart unlinked it from its theme.
        An item typed in the line is not replaced by a theme's name (Ctrl+Alt+A)."""
        if theme_id is not None and self._holds_typed("Ctrl+Alt+A"):
            return
        if theme_id is not None or not self.entry.text().strip():
            self.set_source_theme(theme_id)
        if theme_id is not None:
            self.entry.setText(self.store.theme(theme_id).label)
            self._filled = self.entry.text()
        self.message.hide()
        self.entry.setFocus()
        self.entry.selectAll()

    def start_from_note(self, note_id: int) -> bool:
        """Put a note's words in the entry line as an action item to finish and add, its
        author as "@name" and its theme as the source: a commitment said in the closing
        round was typed as a note, then typed all over again as an action item. An item
        typed in the line is kept: it was replaced, and no key brought it back."""
        if self._holds_typed("Ctrl+Alt+N"):
            return False
        note = self.store.note(note_id)
        self.set_source_theme(note.theme_id)
        text = note.text
        if note.participant_id is not None:
            text += " @" + self._mention(self.store.participant(note.participant_id))
        self.entry.setText(text)
        self.message.hide()
        self.entry.setFocus()
        # The cursor waits after the words, before "@name": "by Friday" typed after the
        # name left it in the middle, and the item was added with no owner.
        self.entry.setCursorPosition(len(note.text))
        self._filled = text
        return True

    def _holds_typed(self, key: str) -> bool:
        """Whether the line holds an item typed there (not one a key filled in and left as
        it was), saying so: it was replaced, and no key brought it back."""
        typed = self.entry.text().strip()
        if not typed or typed == self._filled.strip():
            return False
        self.refuse(
            f"The action item line holds “{brief(typed)}”: Enter adds it, Esc clears it;"
            f" then {key} again."
        )
        self.entry.setFocus()
        return True

    def _mention(self, person: Any) -> str:
        """The "@name" the entry line reads back as this person: the whole name, or for a
        name longer than @name takes (LONG_NAME words) a first name only they have."""
        first = person.name.split()[0]
        words = len(person.name.split())
        if words <= LONG_NAME or len(participants_named(self.store, first)) > 1:
            return str(person.name)
        return str(first)

    def add_from_entry(self) -> None:
        """Store the typed action item, or say what is missing. The line stays ready for
        the next item (the owner's cell used to take the keyboard, and the next item typed
        became the first one's owner); "@name" at its start or end names the owner, and
        Tab goes to the new item's Owner cell."""
        fields: dict[str, object] = {}
        if self.source_theme is not None:
            fields["theme_id"] = self.source_theme
        elif self.window_.shown_round_id() is not None:
            fields["round_id"] = self.window_.shown_round_id()
        text, owner = self._owner_from(self.entry.text())
        fields.update(owner)
        try:
            command = AddAction(self.store, text, **fields)
        except InvalidInput as err:
            self.refuse(f"{err} Then press Enter.")
            self.entry.setFocus()
            return
        self.undo_stack.push(command)
        self.entry.clear()
        self.set_source_theme(None)
        self.message.hide()
        self.last_added = command.action_id
        if command.action_id is not None:
            source = self.model.index(self.model.row_of(command.action_id), OWNER)
            self.table.setCurrentIndex(self.proxy.mapFromSource(source))
            self.table.scrollTo(self.proxy.mapFromSource(source))
        who = f" for {owner['owner']}" if "owner" in owner else ""
        unread = unread_due(text) if "due" not in owner else None
        if isinstance(owner.get("due"), date):
            who += f", due {written_date(owner['due'])}"
            if owner["due"] < date.today():  # a slip of the keys, as often as not
                who += ", which is in the past (kept as typed; Ctrl+Z undoes)"
        guessed = ""
        if owner.get("owner_function") == "other" and not self._on_roster(str(owner["owner"])):
            name = str(owner["owner"])
            named = [p.name for p in participants_named(self.store, name)]
            roster = [p.name for p in self.store.participants()]
            guessed = " " + off_roster(name, named, roster)
        # With an owner already, Tab gives it a due date (it offered "an owner" it had).
        missing = {
            ("owner",): "a due date",
            ("due",): "an owner",
            (): "an owner and a due date",
        }.get(tuple(k for k in ("owner", "due") if k in owner))
        if unread:  # it stays in the words, and Due is empty: said, not left to be seen
            guessed += f" “{unread}” is not a date this reads: it stays in the item's words."
        self.window_.show_status(
            f"Action item added{who}.{guessed} Type the next one"
            + (f", or press Tab to give this one {missing}." if missing else ".")
        )
        self.entry.setFocus()

    def _owner_from(self, typed: str) -> tuple[str, dict[str, object]]:
        """The action's text and, from an "@name" at its start or end, its owner (a roster
        name brings that person's function), and from "by …" at its end, its due date."""
        return read_typed(self.store, self.model.owner_as_date, typed)

    def _editor_closed(self, _editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """Enter on the due date (or theme) of the item just added, and after Tab from the
        line Enter on its owner or Esc anywhere, go back to the line: the next item typed
        went into the cell (it became the owner, or "not a date"). Tab goes to the next cell."""
        refused, self.delegate.refused = self.delegate.refused, None
        hints = QAbstractItemDelegate.EndEditHint
        from_line = self._from_line
        if refused is not None and refused.isValid() and hint != hints.RevertModelCache:
            said_kept(self, refused, hint)
            self.reopened = True
            return
        if self.reopened and hint == hints.RevertModelCache:
            # Esc kept the stored value: the refusal is over, here and in the status bar.
            bar = self.window_.statusBar()
            if bar.currentMessage() == self.message.text():
                bar.clearMessage()
            self.message.hide()
        self.reopened = False
        if hint not in (hints.SubmitModelCache, hints.RevertModelCache):
            return  # Tab on to the next cell, or the keyboard taken elsewhere
        self._from_line = False
        if self.last_added is None or self.selected_action_id() != self.last_added:
            return
        column = self.table.currentIndex().column()
        date_entered = hint == hints.SubmitModelCache and column in (DUE, THEME)
        if date_entered or (from_line and (column == OWNER or hint == hints.RevertModelCache)):
            self.entry.setFocus()

    def _on_roster(self, name: str) -> bool:
        return find_participant(self.store, name) is not None

    def edit_after_add(self, action_id: int) -> bool:
        """Put the keyboard in what the item just added lacks: its due date when it has an
        owner (as the status line says), else its owner. Tab opened the owner even for an
        item added with "@name", and the date typed there became its owner."""
        try:
            row = self.model.row_of(action_id)
        except ValueError:  # deleted (or undone) since
            return False
        if self.store.read_only:
            return False
        column = DUE if self.store.action(action_id).owner else OWNER
        index = self.proxy.mapFromSource(self.model.index(row, column))
        self._from_line = True  # Enter or Esc there comes back to the line (_editor_closed)
        self.table.setCurrentIndex(index)
        self.table.setFocus()
        self.table.edit(index)
        return True

    def selected_action_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(ACTION_ID_ROLE) if index.isValid() else None

    def delete_selected(self) -> None:
        action_id = self.selected_action_id()
        if action_id is None:
            self.refuse("Select an action item to delete.")
            return
        what = brief(self.store.action(action_id).text)
        self.undo_stack.push(DeleteAction(self.store, action_id))
        # "Action item added. Type the next one..." stood on after the item was gone.
        self.window_.show_status(f"Deleted action “{what}”: Ctrl+Z brings it back.")

    def shown_rows(self) -> list[list[str]]:
        """Each row's cells as the table shows them, top to bottom."""
        return [
            [str(self.proxy.index(r, c).data() or "") for c in range(self.proxy.columnCount())]
            for r in range(self.proxy.rowCount())
        ]
