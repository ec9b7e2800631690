"""Edit > Deleted notes…: the shown round's deleted notes, and putting them back.

Deleting a note is soft (the store keeps it with a `deleted_at` time), so a note deleted
an hour ago can still come back, not only by Ctrl+Z right after. The dialog lists the
round's deleted notes newest first; Restore (or Enter, or a double-click) brings the
selected ones back to the board as one undoable command. A read-only session lists them
but cannot restore, and says why.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, nullcontext
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from roundtable.model import Note, counted
from roundtable.store import Store
from ui.windows.cards import COLOURS, SIDE, side_mark
from ui.windows.plain_tip import plain_tip
from ui.windows.side_rows import SideMarkedRows
from ui.windows.sizing import resize_within_screen

if TYPE_CHECKING:
    from ui.windows.main_window import MainWindow

NOTE_ID = Qt.ItemDataRole.UserRole
FUNCTION_NAMES = {"sales": "Sales", "marketing": "Marketing", "other": "Other"}


class RestoreNotes(QUndoCommand):
    """Bring soft-deleted notes back (undo deletes them again); one command for all."""

    def __init__(
        self,
        store: Store,
        note_ids: Sequence[int],
        batch: Callable[[], AbstractContextManager[None]] = nullcontext,
    ) -> None:
        super().__init__(f"Restore {counted(len(note_ids), 'note')}")
        self.store, self.note_ids, self.batch = store, list(note_ids), batch

    def redo(self) -> None:
        with self.batch():
            for nid in self.note_ids:
                self.store.restore_note(nid)

    def undo(self) -> None:
        with self.batch():
            for nid in self.note_ids:
                self.store.delete_note(nid)

    def cards_to_show(self, undone: bool) -> list[int]:
        """The notes brought back when the restore is redone."""
        return [] if undone else self.note_ids


def deleted_notes(store: Store, round_id: int) -> list[Note]:
    """The round's deleted notes, the most recently deleted first."""
    gone = [n for n in store.notes(round_id, include_deleted=True) if n.deleted_at is not None]
    return sorted(gone, key=lambda n: (n.deleted_at, n.id), reverse=True)


def when(moment: datetime, now: datetime) -> str:
    """A deletion time as the facilitator's clock shows it: "14:03" today, else with the day."""
    local = moment.astimezone()
    if local.date() == now.astimezone().date():
        return local.strftime("%H:%M")
    return f"{local.day} {local.strftime('%b %Y, %H:%M')}"


class DeletedNotesDialog(QDialog):
    """The shown round's deleted notes with a Restore button (multi-select)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("deletedNotesDialog")
        self.main = window
        self.store: Store = window.store
        self.round_id = window.shown_round_id()
        self.setWindowTitle("Deleted notes")
        self.intro = QLabel(objectName="deletedNotesIntro")
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.setWordWrap(True)
        self.list = QTreeWidget(objectName="deletedNotesList")
        self.list.setAccessibleName("Deleted notes of this round")
        self.list.setHeaderLabels(["Note", "Function", "Who", "Deleted"])
        self.list.setRootIsDecorated(False)
        self.list.setWordWrap(True)
        self.list.setUniformRowHeights(False)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # Each note starts with its side's letter, as its card on the board does.
        self.list.setItemDelegateForColumn(0, SideMarkedRows(self.list))
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # Who wrote a note shows only where the board shows it (hidden in an anonymous session).
        self.list.setColumnHidden(2, not window.board.show_names)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.list.itemDoubleClicked.connect(lambda _item, _col: self.restore())
        self.note_label = QLabel(objectName="deletedNotesReadOnly")
        self.note_label.setTextFormat(Qt.TextFormat.PlainText)
        self.note_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setObjectName("closeDeletedNotes")
        self.restore_button = QPushButton("Restore", objectName="restoreNotesButton")
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.restore)
        buttons.rejected.connect(self.reject)
        self.box = QVBoxLayout(self)
        self.box.addWidget(self.intro)
        self.box.addWidget(self.list, 1)
        self.box.addWidget(self.note_label)
        self.box.addWidget(buttons)
        self.restore_button.setDefault(True)  # Enter in the list restores (set once in the dialog)
        resize_within_screen(self, 720, 420)
        self._fill()

    def _fill(self) -> None:
        notes = deleted_notes(self.store, self.round_id) if self.round_id is not None else []
        place = "There is no round to show."
        if self.round_id is not None:
            r = self.store.round(self.round_id)
            position = [x.id for x in self.store.rounds()].index(r.id) + 1
            place = f"Round {position} (“{r.title}”)"
        if not notes:
            self.intro.setText(
                f"{place} has no deleted notes." if self.round_id is not None else place
            )
        else:
            verb = "Select notes and press Enter (or Restore) to put them back on the board."
            self.intro.setText(
                f"{place}: {counted(len(notes), 'note')} deleted, the latest first. "
                + ("" if self.store.read_only else verb)
            )
        self.list.setVisible(bool(notes))
        now = datetime.fromtimestamp(self.store.clock()).astimezone()
        for n in notes:
            who = self.store.participant(n.participant_id).name if n.participant_id else "—"
            assert n.deleted_at is not None
            item = QTreeWidgetItem(
                [n.text, FUNCTION_NAMES[n.function], who, when(n.deleted_at, now)]
            )
            item.setData(0, NOTE_ID, n.id)
            item.setData(0, SIDE, side_mark(n.function))
            item.setToolTip(0, plain_tip(n.text))
            item.setBackground(1, QBrush(QColor(COLOURS[n.function])))
            item.setForeground(1, QBrush(QColor("#1a1a1a")))
            self.list.addTopLevelItem(item)
        if notes:
            self.list.setCurrentItem(self.list.topLevelItem(0))
            self.list.setFocus()
        else:  # one sentence: a small dialog, the sentence at its top
            self.box.insertStretch(3, 1)  # above the buttons
            self.resize(480, 140)
        if self.store.read_only:
            self.note_label.setText(
                "This session is open read-only, so deleted notes cannot be restored. "
                f"{self.store.read_only_reason or ''}".strip()
            )
        self.note_label.setVisible(self.store.read_only)
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(bool(self.selected_ids()) and not self.store.read_only)

    def selected_ids(self) -> list[int]:
        return [int(item.data(0, NOTE_ID)) for item in self.list.selectedItems()]

    def restore(self) -> None:
        """Put the selected notes back on the board (one undo step) and close."""
        ids = self.selected_ids()
        if not ids or self.store.read_only:
            return
        win = self.main
        if not win.undo_stack.push(RestoreNotes(self.store, ids, win.signals.batch)):
            return
        board = win.board
        board.clearSelection()
        for nid in ids:
            card = board.card(nid)
            if card is not None:
                card.setSelected(True)
                board.scrollToItem(card)
        restored = counted(len(ids), "note")
        win.show_status(f"Restored {restored} to the board (Ctrl+Z deletes again).")
        self.accept()


def show_deleted_notes(window: MainWindow) -> DeletedNotesDialog:
    """Open the dialog for the round the board shows (window-modal, deleted on close)."""
    dialog = DeletedNotesDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
