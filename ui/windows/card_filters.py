"""Which of a board's cards and headers show: the function filter (Alt+1/2/3: sales,
marketing or other notes only) and Find's words (find_notes.py), with the notes edited
during a search kept in view. A theme whose name holds the words keeps all its cards, and
its header is marked as what was found ("Found: Pricing — …", on a band of its own colour).
A mixin of `NoteBoard`, which keeps the cards (`_cards`) and their notes (`_notes`)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from roundtable.model import Note, Theme
from ui.windows.board_headers import fit_header
from ui.windows.cards import ID, KIND
from ui.windows.find_words import matches, searched

if TYPE_CHECKING:
    from ui.windows.note_board import NoteBoard

# A theme header found by its name: what it said and how it looked before it was marked.
UNMARKED = Qt.ItemDataRole.UserRole + 4  # (+0 to +3: cards.py and board_headers.py)
ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
FOUND_MARK = "Found: "
# Amber, apart from the cards' pale yellow, blue and green; dark text in a dark palette too.
FOUND_BACKGROUND, FOUND_TEXT = "#ffc857", "#1a1a1a"


def found_theme(board: NoteBoard, item: QListWidgetItem) -> bool:
    return item.data(KIND) == "theme" and item.data(ID) in board.found_themes


def mark_found(board: QListWidget, item: QListWidgetItem, found: bool) -> None:
    """Mark a theme header as found by its name, or take the mark off."""
    before = item.data(UNMARKED)
    if found == (before is not None):
        return
    if found:
        said = item.data(ACCESSIBLE)
        item.setData(UNMARKED, (item.text(), said, item.background(), item.foreground()))
        item.setText(f"{FOUND_MARK}{item.text()}")
        item.setData(ACCESSIBLE, f"Found by its name. {said}")
        item.setBackground(QBrush(QColor(FOUND_BACKGROUND)))
        item.setForeground(QBrush(QColor(FOUND_TEXT)))
    else:
        text, said, background, foreground = before
        item.setText(text)
        item.setData(ACCESSIBLE, said)
        item.setBackground(background)
        item.setForeground(foreground)
        item.setData(UNMARKED, None)
    fit_header(board, item)  # the mark may take the header to another line


def show_headers(board: NoteBoard) -> None:
    """While a search is on, a section whose cards are all hidden loses its header too,
    unless its theme's name was found (marked so); without one, every header shows (with
    the function filter alone, as before), unmarked."""
    searching = bool(board.search)
    header, shown = None, False
    for row in range(board.count() + 1):
        item = board.item(row) if row < board.count() else None
        if item is None or item.data(KIND) != "note":
            if header is not None:
                found = found_theme(board, header)
                header.setHidden(searching and not shown and not found)
                if header.data(KIND) == "theme":
                    mark_found(board, header, found)
            header, shown = item, False
        elif not item.isHidden():
            shown = True


class CardFilters:
    """The filters' state and the calls that apply them to the board's cards."""

    _cards: dict[int, QListWidgetItem]
    _notes: dict[int, Note]
    _size_cards: Any
    store: Any
    round_id: int | None

    def init_filters(self) -> None:
        self.function_filter: str | None = None
        self.search: tuple[str, ...] = ()  # words every shown card holds (find_notes.py)
        # Notes edited during a search: a typo fixed took the card off the board, as it no
        # longer held the words found. They stay until the search changes.
        self.search_kept: set[int] = set()
        # The round's themes whose names hold the words: all their cards show.
        self.found_themes: set[int] = set()

    def find_themes(self, themes: Iterable[Theme]) -> None:
        """Note which of the shown round's themes have the words searched in their names."""
        words = self.search
        self.found_themes = {t.id for t in themes if words and matches(t.label, words)}

    def _shows(self, n: Note) -> bool:
        """The card is shown: of the function shown (Alt+1/2/3) and holding the search, or
        in a theme whose name holds it."""
        held = (
            matches(searched(n), self.search)
            or n.id in self.search_kept
            or n.theme_id in self.found_themes
        )
        return self.function_filter in (None, n.function) and held

    def kept_only(self) -> set[int]:
        """The shown cards kept only because they were edited during the search: they no
        longer hold the words, so the count does not say they were found."""
        return {
            nid
            for nid in self.search_kept
            if nid in self._notes
            and nid in self._cards
            and not self._cards[nid].isHidden()
            and not matches(searched(self._notes[nid]), self.search)
            and self._notes[nid].theme_id not in self.found_themes
        }

    def set_filter(self, function: str | None) -> None:
        self.function_filter = function
        self._filter_cards()

    def set_search(self, words: tuple[str, ...]) -> None:
        """Show only the cards holding every one of `words`, or in a theme whose name holds
        them (() shows all)."""
        if words != self.search:
            self.search_kept = set()
        self.search = words
        rid = self.round_id
        self.find_themes(self.store.themes(rid) if words and rid is not None else ())
        self._filter_cards()

    def _filter_cards(self) -> None:
        """Hide the cards `_shows` says no to, and the headers left with none while searching."""
        for nid, item in self._cards.items():
            hidden = nid in self._notes and not self._shows(self._notes[nid])
            if item.isHidden() != hidden:
                item.setHidden(hidden)
        show_headers(self)  # type: ignore[arg-type]
        self._size_cards()  # the cards left shown close up into new rows
