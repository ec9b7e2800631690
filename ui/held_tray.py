"""Notes from phones that wait for the facilitator: the tray above the board.

With "Hold phone notes until I let them in" ticked in the Phones dialog, a note from a phone
is stored at once but shown nowhere (roundtable/store/held.py). The facilitator sees the
waiting notes in a tray above the board, on their own screen only (the wall never shows it),
and lets one in, lets all in, or drops one:

- mouse: select a note, then Let in / Drop / Let all in (a double-click lets it in);
- keys: in the tray's list Enter lets the note in and Del drops it; from anywhere,
  Session > Let in the waiting note (Ctrl+Shift+L, the selected one or else the oldest),
  Let all waiting notes in (Ctrl+Shift+I) and Drop the waiting note (Ctrl+Shift+K).

Each is one undo step (Ctrl+Z). A note let in arrives as a note typed at that moment does:
last in its round on the board and the wall, and in that place in the exports. The status
bar counts the waiting notes while there are any ("Phones: 3 notes waiting for you"). A
read-only window shows no tray and offers none of it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from roundtable.model import Change, Note, counted
from ui.commands import DropHeldNote, LetInNotes, brief
from ui.windows.cards import COLOURS, SIDE, side_mark
from ui.windows.contrast import ink
from ui.windows.side_rows import SideMarkedRows

LET_IN_KEYS = "Ctrl+Shift+L"
LET_ALL_IN_KEYS = "Ctrl+Shift+I"
DROP_KEYS = "Ctrl+Shift+K"
ROWS_SHOWN = 3  # the tray's list at most this many notes high: the board keeps the rest
# Notes listed in the tray at most, the oldest (the title counts them all): each row is laid
# out to its height at every change, and 5,000 waiting (one phone sending without end) took
# 2 s a change, at each note that came.
LISTED = 100
TALL = 700  # a window at least this high shows the tray's hint and all ROWS_SHOWN
NOTE_ID = Qt.ItemDataRole.UserRole


def waiting_said(count: int) -> str:
    return f"Phones: {counted(count, 'note')} waiting for you"


class HeldTray(QFrame):
    """The waiting notes, with Let in, Drop and Let all in."""

    def __init__(self, held: HeldNotes) -> None:
        super().__init__()
        self.held = held
        self.setObjectName("heldTray")
        self.setAccessibleName("Notes from phones waiting for you")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(objectName="heldTrayTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        self.hint = QLabel(
            "Only you see these. Enter lets the selected note in, Del drops it.",
            objectName="heldTrayHint",
        )
        self.hint.setWordWrap(True)
        self.list = QListWidget(objectName="heldList")
        self.list.setAccessibleName("Waiting notes from phones")
        self.list.setWordWrap(True)
        self.list.setSpacing(1)  # a hairline between two notes of the same colour
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setItemDelegate(SideMarkedRows(self.list))  # the side's letter, as on cards
        self.list.itemDoubleClicked.connect(lambda _item: held.let_in_one())
        self.list.installEventFilter(self)
        self.let_in = self._button("Let in", "heldLetIn", LET_IN_KEYS, held.let_in_one)
        self.drop = self._button("Drop", "heldDrop", DROP_KEYS, held.drop_one)
        self.let_all_in = self._button(
            "Let all in", "heldLetAllIn", LET_ALL_IN_KEYS, held.let_all_in
        )
        self.let_in.setToolTip(f"Put the selected note on the board (Enter, {LET_IN_KEYS})")
        self.drop.setToolTip(f"Delete the selected note; Ctrl+Z brings it back (Del, {DROP_KEYS})")
        self.let_all_in.setToolTip(f"Put every waiting note on the board ({LET_ALL_IN_KEYS})")
        # The words above, the buttons under the list: beside the buttons, the words of an
        # 800x600 window had a column of one word a line.
        below = QHBoxLayout()
        for button in (self.let_in, self.drop, self.let_all_in):
            below.addWidget(button)
        below.addWidget(self.hint, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 6, 8, 6)
        lay.setSpacing(4)
        lay.addWidget(self.title)
        lay.addWidget(self.list)
        lay.addLayout(below)
        self._colour()
        self.hide()

    def _button(self, text: str, name: str, keys: str, slot: Any) -> QPushButton:
        button = QPushButton(text, objectName=name)
        button.setAccessibleName(f"{text} ({keys})")
        button.clicked.connect(slot)
        return button

    def _colour(self) -> None:
        # A blue edge marks it apart from the cards; the hint in the window's own quiet grey.
        edge = ink("#2f6fb3", self)
        self.setStyleSheet(f"QFrame#heldTray {{ border: 2px solid {edge}; border-radius: 4px; }}")
        self.hint.setStyleSheet(f"color: {ink('#5f5f5f', self.hint)};")

    def show_notes(self, notes: list[Note], names: dict[int, str], waiting: int) -> None:
        """List `notes` (the oldest of the `waiting`), keeping the selected one selected (or
        the one after it)."""
        current = self.current_id()
        row = max(0, self.list.currentRow())
        self.list.clear()
        for n in notes:
            side = n.function.capitalize()
            who = names.get(n.participant_id or -1)
            item = QListWidgetItem(f"{n.text}  ({side}" + (f", {who})" if who else ")"))
            item.setData(NOTE_ID, n.id)
            # In the colour its card will have (dark text: the colours are light in any
            # palette).
            item.setBackground(QColor(COLOURS.get(n.function, COLOURS["other"])))
            item.setForeground(QColor("#1a1a1a"))
            # and its letter where the note starts, as on the card: not the colour alone.
            item.setData(SIDE, side_mark(n.function))
            self.list.addItem(item)
        ids = [n.id for n in notes]
        if notes:
            self.list.setCurrentRow(
                ids.index(current) if current in ids else min(row, len(ids) - 1)
            )
        listed = f" (the oldest {len(notes)} listed)" if waiting > len(notes) else ""
        self.title.setText(
            f"{counted(waiting, 'note')} from phones "
            f"{'waits' if waiting == 1 else 'wait'} for you to let "
            f"{'it' if waiting == 1 else 'them'} onto the board{listed}:"
        )
        self.let_all_in.setVisible(waiting > 1)
        self._fit_height()

    def _fit_height(self) -> None:
        """As many notes high as wait, up to three (two in a window under 700 pixels high,
        without the hint under them): the board keeps the rest of the height."""
        tall = self.window().height() >= TALL
        self.hint.setVisible(tall)
        shown = min(self.list.count(), ROWS_SHOWN if tall else ROWS_SHOWN - 1)
        # The scroll bar there or not before the rows are measured, not after: one that
        # came with the height narrowed the rows, a note wrapped to a second line, and the
        # last note showed only its top half.
        scrolls = self.list.count() > shown
        bar = (
            Qt.ScrollBarPolicy.ScrollBarAlwaysOn
            if scrolls
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        self.list.setVerticalScrollBarPolicy(bar)
        self.list.doItemsLayout()  # the rows as wrapped at the list's width now
        rows = 0
        if shown:  # down to the last row shown, with the spacing between rows (and below it)
            last = self.list.visualRect(self.list.model().index(shown - 1, 0))
            rows = last.bottom() + 1 + self.list.spacing() + self.list.verticalOffset()
        self.list.setFixedHeight(rows + 2 * self.list.frameWidth())

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(NOTE_ID))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        if (
            watched is self.list
            and event.type() == QEvent.Type.ShortcutOverride
            and event.key() in keys  # type: ignore[attr-defined]
        ):
            # The tray's own: Del here drops the waiting note, not the card selected on
            # the board (the window's Delete notes has Del too).
            event.accept()
            return True
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.held.let_in_one()
                return True
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.held.drop_one()
                return True
        if event.type() == QEvent.Type.Resize and watched in (self.list, self.window()):
            self._fit_height()
        return False

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._colour()


class HeldNotes(QObject):
    """The tray, its three actions and the status bar's count, for one main window."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.tray = HeldTray(self)
        column = window.board.parentWidget().layout()
        column.insertWidget(column.indexOf(window.board), self.tray)
        window.installEventFilter(self.tray)  # its height follows the window's
        self.count = QLabel(objectName="heldCount")
        self.count.setToolTip("Notes from phones wait for you in the tray above the board")
        self.count.hide()
        window.statusBar().addPermanentWidget(self.count)
        menu = window.menu("Session")
        self.let_in_action = self._action(
            "&Let in the waiting note", "letInAction", LET_IN_KEYS, self.let_in_one
        )
        self.let_all_in_action = self._action(
            "Let &all waiting notes in", "letAllInAction", LET_ALL_IN_KEYS, self.let_all_in
        )
        self.drop_action = self._action(
            "&Drop the waiting note", "dropHeldAction", DROP_KEYS, self.drop_one
        )
        for action in (self.let_in_action, self.let_all_in_action, self.drop_action):
            menu.addAction(action)
        self._pending = False
        window.signals.changed.connect(self._changed)
        names = window.findChild(QAction, "writerNamesAction")
        if names is not None:
            names.toggled.connect(lambda _on: self.refresh())
        self.refresh()

    def _action(self, text: str, name: str, keys: str, slot: Any) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(keys))
        action.setStatusTip("Notes from phones held for you (Session > Notes from phones…)")
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def _changed(self, change: Change) -> None:
        # Typed notes and edits change no waiting note: only what can is looked at.
        kind = change.kind
        may = kind.startswith("held") or kind in ("note_deleted", "note_restored")
        if (may or change.id is None) and not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self.refresh)

    def waiting(self, limit: int | None = None) -> list[Note]:
        """The waiting notes, oldest first (the oldest `limit`)."""
        store = self.window.store
        return [] if store.read_only else store.held_notes(limit)

    def refresh(self) -> None:
        self._pending = False
        if getattr(self.window, "_closed", False):
            return  # (asked for just before the window closed: its file is closed)
        notes = self.waiting(LISTED)
        count = len(notes) if len(notes) < LISTED else self.window.store.held_count()
        # Whose a note is shows where the cards show it: not in an anonymous session, whose
        # laptop screen the room may see (a note held before the session was made anonymous
        # still has its writer's name).
        shown = notes and self.window.board.show_names
        names = {p.id: p.name for p in self.window.store.participants()} if shown else {}
        if notes:
            self.tray.show_notes(notes, names, count)
        self.tray.setVisible(bool(notes))
        self.count.setText(waiting_said(count))
        self.count.setVisible(bool(notes))
        # On one screen the presenter view covers the tray: its top line says so.
        room = self.window.presenter.wall.words  # the room's language, as the view's
        self.window.presenter.waiting(room.count(count, "room.phones_waiting") if notes else "")
        writable = not self.window.store.read_only
        for action in (self.let_in_action, self.drop_action):
            action.setEnabled(writable and bool(notes))
        self.let_all_in_action.setEnabled(writable and count > 1)

    def _chosen(self) -> Note | None:
        """The note selected in the tray, or else the oldest waiting."""
        notes = self.waiting(LISTED)
        chosen = self.tray.current_id()
        return next((n for n in notes if n.id == chosen), notes[0] if notes else None)

    def let_in_one(self) -> None:
        note = self._chosen()
        if note is None:
            self.window.show_status("No notes from phones are waiting.")
            return
        if self.window.undo_stack.push(LetInNotes(self.window.store, [note.id], note.text)):
            self.window.show_status(
                f"Let in “{brief(note.text)}”: it is on the board. Ctrl+Z takes it back to"
                " the waiting notes."
            )

    def let_all_in(self) -> None:
        notes = self.waiting()
        if not notes:
            self.window.show_status("No notes from phones are waiting.")
            return
        command = LetInNotes(self.window.store, [n.id for n in notes], notes[0].text)
        if self.window.undo_stack.push(command):
            self.window.show_status(
                f"Let in {counted(len(notes), 'note')} from phones: "
                f"{'it is' if len(notes) == 1 else 'they are'} on the board. Ctrl+Z takes "
                f"{'it' if len(notes) == 1 else 'them'} back to the waiting notes."
            )

    def drop_one(self) -> None:
        note = self._chosen()
        if note is None:
            self.window.show_status("No notes from phones are waiting.")
            return
        if self.window.undo_stack.push(DropHeldNote(self.window.store, note.id, note.text)):
            self.window.show_status(
                f"Dropped “{brief(note.text)}” from a phone. Ctrl+Z brings it back to the"
                " waiting notes."
            )


def install(window: Any) -> None:
    window.held = HeldNotes(window)
