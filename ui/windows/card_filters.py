"""Which of a board's cards show: the function filter (Alt+1/2/3: sales, marketing or other
notes only) and Find's words (find_notes.py), with the notes edited during a search kept in
view. A mixin of `NoteBoard`, which keeps the cards (`_cards`) and their notes (`_notes`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QListWidgetItem

from roundtable.model import Note
from ui.windows.find_notes import filter_cards, matches, searched


class CardFilters:
    """The filters' state and the calls that apply them to the board's cards."""

    _cards: dict[int, QListWidgetItem]
    _notes: dict[int, Note]
    _size_cards: Any

    def init_filters(self) -> None:
        self.function_filter: str | None = None
        self.search: tuple[str, ...] = ()  # words every shown card holds (find_notes.py)
        # Notes edited during a search: a typo fixed took the card off the board, as it no
        # longer held the words found. They stay until the search changes.
        self.search_kept: set[int] = set()

    def _shows(self, n: Note) -> bool:
        """The card is shown: of the function shown (Alt+1/2/3) and holding the search."""
        held = matches(searched(n), self.search) or n.id in self.search_kept
        return self.function_filter in (None, n.function) and held

    def set_filter(self, function: str | None) -> None:
        self.function_filter = function
        self._filter_cards()

    def set_search(self, words: tuple[str, ...]) -> None:
        """Show only the cards holding every one of `words` (() shows all)."""
        if words != self.search:
            self.search_kept = set()
        self.search = words
        self._filter_cards()

    def _filter_cards(self) -> None:
        filter_cards(self, self._cards, self._notes, self._shows)  # type: ignore[arg-type]
        self._size_cards()  # the cards left shown close up into new rows
