"""Edit > Find notes (Ctrl+F): a line above the board that keeps only the shown round's
cards holding every word typed, in any order, whatever their case or accents.

A round of 150 notes is too many to read for "the one about the CRM" while the room waits.
Theme headers with no card left are hidden too, so what matches stands together; the
count beside the line says how many match, and where else they are when this round has
none. Enter (or Down) goes to the first card found (to the first round with notes found,
when this one has none); Esc closes the line and shows every card again. A note typed into
the round ends the search: a card typed in front of the room must not be hidden by it.
(Notes from phones do not: they come in all through the round.) A card edited while searching
stays until the search changes, though the typo fixed may have been the word found.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from roundtable.model import Change, Note
from ui.windows.cards import KIND, OPEN_QUESTION_LINE

if TYPE_CHECKING:
    from ui.windows.main_window import MainWindow
    from ui.windows.note_board import NoteBoard

FIND_KEYS = QKeySequence.StandardKey.Find  # Ctrl+F


@lru_cache(maxsize=8192)  # a round's notes, folded once rather than at every key
def folded(text: str) -> str:
    """Text as a search compares it: case and accents gone ("Équipe" finds "equipe")."""
    parts = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in parts if not unicodedata.combining(c))


def search_words(text: str) -> tuple[str, ...]:
    return tuple(folded(text).split())


def searched(note: Note) -> str:
    """What a search reads of a note: its text, and its mark as an open question (so "open
    question" finds the round's open questions, and says which rounds have more)."""
    return f"{note.text}\n{OPEN_QUESTION_LINE}" if note.open_question else note.text


def matches(text: str, words: tuple[str, ...]) -> bool:
    """Every word is somewhere in the text (as a word or a part of one: "onboard" finds
    "onboarding")."""
    if not words:
        return True
    seen = folded(text)
    return all(w in seen for w in words)


def hide_headers_left_empty(board: NoteBoard) -> None:
    """While a search is on, a section whose cards are all hidden loses its header too;
    without one, every header shows (with the function filter alone, as before)."""
    searching = bool(board.search)
    header, shown = None, False
    for row in range(board.count() + 1):
        item = board.item(row) if row < board.count() else None
        if item is None or item.data(KIND) != "note":
            if header is not None:
                header.setHidden(searching and not shown)
            header, shown = item, False
        elif not item.isHidden():
            shown = True


def filter_cards(
    board: NoteBoard,
    cards: dict[int, QListWidgetItem],
    notes: dict[int, Note],
    shows: Callable[[Note], bool],
) -> None:
    """Hide the cards `shows` says no to, and the headers left with none while searching."""
    for nid, item in cards.items():
        hidden = nid in notes and not shows(notes[nid])
        if item.isHidden() != hidden:
            item.setHidden(hidden)
    hide_headers_left_empty(board)


class FindBar(QWidget):
    """The search line, its count and its close button, above the board."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(objectName="findBar")
        self.window_ = window
        self.board = window.board
        self.line = QLineEdit(objectName="findNotes")
        self.line.setPlaceholderText("Find notes in this round: words in any order")
        self.line.setAccessibleName("Find notes")
        self.line.setClearButtonEnabled(True)
        self.line.textChanged.connect(self._search)
        self.line.installEventFilter(self)
        # The first other round with notes found, when this one has none: (id, number).
        self.elsewhere: tuple[int, int] | None = None
        self.count = QLabel(objectName="findCount")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        # It wraps rather than asks for width (a long sentence pushed the side panels).
        self.count.setWordWrap(True)
        self.count.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        close = QToolButton(objectName="closeFind", text="×")
        close.setToolTip("Close the search and show every card (Esc)")
        close.setAutoRaise(True)
        close.clicked.connect(self.close_search)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.line, 2)
        row.addWidget(self.count, 3)
        row.addWidget(close)
        self.hide()
        self.board.redrawn.connect(self._count)
        self.board.note_edited.connect(self._keep_edited)
        self._refilter_pending = False
        window.signals.changed.connect(self._note_added)

    def open_search(self) -> None:
        self.show()
        self.line.setFocus()
        self.line.selectAll()

    def close_search(self) -> None:
        self.hide()
        self.line.clear()  # shows every card again
        self.window_.entry.setFocus()

    def _search(self, text: str) -> None:
        self.board.set_search(search_words(text))
        self._count()

    def _count(self) -> None:
        """Say how many cards match, or where the notes are when this round has none."""
        words = self.board.search
        self.elsewhere = None
        if not words or not self.isVisible():
            self.count.clear()
            return
        found = self._found()
        total = self._cards_in_round()
        if found:
            self.count.setText(f"{found} of {total} notes. Enter: to the first, Esc: close.")
            return
        self.count.setText(self._elsewhere(words))

    def _found(self) -> int:
        return sum(
            1
            for row in range(self.board.count())
            if self.board.item(row).data(KIND) == "note" and not self.board.item(row).isHidden()
        )

    def _cards_in_round(self) -> int:
        return sum(
            1 for row in range(self.board.count()) if self.board.item(row).data(KIND) == "note"
        )

    def _elsewhere(self, words: tuple[str, ...]) -> str:
        store, here = self.window_.store, self.board.round_id
        places = []
        self.elsewhere = None
        for position, r in enumerate(store.rounds(), start=1):
            if r.id == here:
                continue
            n = sum(matches(searched(note), words) for note in store.notes(r.id))
            if n:
                places.append(f"{n} in round {position} ({r.title})")
                if self.elsewhere is None:
                    self.elsewhere = (r.id, position)
        shown = " ".join(self.line.text().split())
        if self.board.function_filter is not None:
            lead = f"No {self.board.function_filter} note shown here has “{shown}”"
        else:
            lead = f"No note in this round has “{shown}”"
        if not places or self.elsewhere is None:
            return f"{lead}."
        return f"{lead}; {', '.join(places)}. Enter: to round {self.elsewhere[1]}."

    def _to_first_card(self) -> None:
        if self.elsewhere is not None and not self._found():
            # None here, some in another round: Enter did nothing, and the words had to be
            # typed again there. The board keeps the search as it shows that round.
            self.window_.show_round(self.elsewhere[0])
            self._count()
        for row in range(self.board.count()):
            item = self.board.item(row)
            if item.data(KIND) == "note" and not item.isHidden():
                self.board.setFocus()
                self.board.clearSelection()
                self.board.setCurrentItem(item)
                self.board.scrollToItem(item)
                return

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if watched is self.line and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape:
                self.close_search()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down):
                self._to_first_card()
                return True
        return super().eventFilter(watched, event)

    def _note_added(self, change: Change) -> None:
        if (
            change.kind == "note_added"
            and change.round_id == self.board.round_id
            and self.board.search
        ):
            if self.window_.store.note(change.id).source == "device":
                # From a phone: nobody here typed it, and the room's notes coming in while
                # the facilitator searches closed the search at each one. It stays; the new
                # cards are sorted in or out like the rest (once per burst of them).
                if not self._refilter_pending:
                    self._refilter_pending = True
                    QTimer.singleShot(0, self, self._refilter)
                return
            self.hide()
            self.line.clear()
            self.window_.show_status("Search closed: a note was added, and every card shows again.")

    def _keep_edited(self, note_id: int, _text: str) -> None:
        """A card edited (F2) while searching stays on the board, though the typo fixed may
        have been the word found: it vanished, in the middle of fixing typos for the
        minutes. It goes with the next change of the search."""
        if self.board.search:
            self.board.search_kept.add(note_id)
            self._refilter()

    def _refilter(self) -> None:
        self._refilter_pending = False
        if self.board.search:
            self.board.set_search(self.board.search)
            self._count()


def install(window: MainWindow) -> None:
    """The find line above the board, and Edit > Find notes… with its key."""
    bar = FindBar(window)
    column = window.board.parentWidget().layout()
    column.insertWidget(column.indexOf(window.board), bar)
    window.find_bar = bar
    action = QAction("Find notes…", window, objectName="findNotesAction")
    action.setShortcut(QKeySequence(FIND_KEYS))
    action.triggered.connect(bar.open_search)
    window.menu("Edit").addAction(action)
    window.addAction(action)
