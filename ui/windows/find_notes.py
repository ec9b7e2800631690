"""Edit > Find notes (Ctrl+F): a line above the board that keeps only the shown round's
cards holding every word typed where a word starts ("lead" finds "leads", not "misleading"),
in any order, whatever their case or accents (find_words.py), and all the cards of a theme
whose name holds them (its header marked, card_filters.py).
Other places search too while it is on: the Actions panel shows only its items holding the
words, and comes in front when they are all that is found (ui/sensemaking/action_find.py).

A round of 150 notes is too many to read for "the one about the CRM" while the room waits.
Theme headers with no card left are hidden too, so what matches stands together; the
count beside the line says what was found (find_count.py), and where else when this round
has none. Enter (or Down) goes to the first card found (to the first round with notes found,
when this one has none, or else to the first action item found); Esc closes the line and
shows every card and item again. A note typed into the round ends the search: a card typed
in front of the room must not be hidden by it. (Notes from phones do not: they come in all
through the round.) A card edited while searching stays until the search changes, though
the typo fixed may have been the word found; the count no longer counts it as found, and
says it is kept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from roundtable.model import Change, counted
from ui.spoken import clear_button_named
from ui.windows.cards import ID, KIND
from ui.windows.find_count import Searched, found_here, in_other_rounds, none_here
from ui.windows.find_words import search_words

if TYPE_CHECKING:
    from ui.windows.main_window import MainWindow

FIND_KEYS = QKeySequence.StandardKey.Find  # Ctrl+F
# The least width of the count beside the line (about 40 letters a line); narrower, it goes
# under the line.
NARROWEST_COUNT = 240


class FindBar(QWidget):
    """The search line, its count and its close button, above the board."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(objectName="findBar")
        self.window_ = window
        self.board = window.board
        self.line = QLineEdit(objectName="findNotes")
        self.line.setPlaceholderText("Find notes, themes, action items")
        # Room for the hint whole (and the clear button): at 1024 wide it was cut.
        hint = self.line.fontMetrics().horizontalAdvance(self.line.placeholderText())
        self.line.setMinimumWidth(hint + 40)
        self.line.setToolTip(
            "Words in any order, any case, accents aside, found where a word starts:"
            " this round's notes and themes' names, and the action items' text, owner and theme"
        )
        self.line.setAccessibleName("Find notes")
        clear_button_named(self.line, "Clear the search")
        self.line.textChanged.connect(self._search)
        self.line.installEventFilter(self)
        # The first other round with notes found, when this one has none: (id, number).
        self.elsewhere: tuple[int, int] | None = None
        # Other places searched too (the Actions panel's items), with how many each found.
        self.places: list[Searched] = []
        self.found: list[tuple[int, Searched]] = []
        self.count = QLabel(objectName="findCount")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        # It wraps rather than asks for width (a long sentence pushed the side panels).
        self.count.setWordWrap(True)
        self.count.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        close = QToolButton(objectName="closeFind", text="×")
        close.setToolTip("Close the search and show every card and action item (Esc)")
        close.setAccessibleName("Close the search")  # it was read as "times"
        close.setAutoRaise(True)
        close.clicked.connect(self.close_search)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.addWidget(self.line, 0, 0)
        self.grid.addWidget(close, 0, 2)
        self.grid.setColumnStretch(0, 2)
        self.grid.setColumnStretch(1, 3)
        self.stacked = True
        self._lay_out(stacked=False)
        self.hide()
        self.board.redrawn.connect(self._count)
        self.board.note_edited.connect(self._keep_edited)
        self._refilter_pending = False
        window.signals.changed.connect(self._note_added)

    def _lay_out(self, *, stacked: bool) -> None:
        """The count beside the line, or, in a narrow bar, under it: at 800 pixels it had 39
        beside the line and stood in 14 lines, the board squeezed under it."""
        if stacked == self.stacked:
            return
        self.stacked = stacked
        self.grid.removeWidget(self.count)
        if stacked:
            self.grid.addWidget(self.count, 1, 0, 1, 3)
            self.grid.setColumnStretch(1, 0)
        else:
            self.grid.addWidget(self.count, 0, 1)
            self.grid.setColumnStretch(1, 3)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        # Beside the line while the count has room for a sentence in two lines.
        room = event.size().width() - self.line.minimumWidth() - 40
        self._lay_out(stacked=room < NARROWEST_COUNT)

    def open_search(self) -> None:
        self.show()
        self.line.setFocus()
        self.line.selectAll()

    def close_search(self) -> None:
        self._end()
        self.window_.entry.setFocus()

    def _end(self) -> None:
        self.hide()
        self.line.clear()  # shows every card again
        for place in self.places:
            place.put_back()  # a panel brought forward goes back behind

    def _search(self, text: str) -> None:
        words = search_words(text)
        self.board.set_search(words)
        typed = " ".join(text.split())
        self.found = [(place.show_found(words, typed), place) for place in self.places]
        self._count()

    def recount(self) -> None:
        """Say again what was found: a place searched changed what it holds."""
        if self.board.search:
            self.found = [
                (place.show_found(self.board.search, self._typed()), place) for place in self.places
            ]
        self._count()

    def _typed(self) -> str:
        return " ".join(self.line.text().split())

    def _count(self) -> None:
        """Say what was found: the cards, the themes found by name and the things found in
        other places, or where the notes are when this round has none."""
        words = self.board.search
        self.elsewhere = None
        if not words or not self.isVisible():
            self.count.clear()
            return
        found = self._found()
        themes = len(self.board.found_themes)
        if found:
            total = self._cards_in_round()
            self.count.setText(found_here(found, total, themes, self.found) + self._kept_said())
            return
        rounds = in_other_rounds(self.window_.store, self.board.round_id, words)
        if rounds:
            self.elsewhere = (rounds[0].id, rounds[0].position)
        if self.board.function_filter is not None:
            lead = f"No {self.board.function_filter} note shown here has “{self._typed()}”"
        else:
            lead = f"No note in this round has “{self._typed()}”"
        self.count.setText(none_here(lead, themes, rounds, self.found) + self._kept_said())
        if not themes and not rounds:
            # Only another place found anything: it comes forward, as unseen behind
            # another panel it looked as if nothing was found.
            for n, place in self.found:
                if n:
                    place.bring_forward()

    def _found(self) -> int:
        """The cards shown that hold the words (not those kept only as edited)."""
        kept = self.board.kept_only()
        return sum(
            1
            for row in range(self.board.count())
            if self.board.item(row).data(KIND) == "note"
            and not self.board.item(row).isHidden()
            and self.board.item(row).data(ID) not in kept
        )

    def _kept_said(self) -> str:
        """ " 1 card you edited stays shown until the search changes.", or "": a typo fixed
        was the word found, and the count said "1 of 17 notes" of a card without it."""
        kept = len(self.board.kept_only())
        if not kept:
            return ""
        stays = "stays" if kept == 1 else "stay"
        return f" {counted(kept, 'card')} you edited {stays} shown until the search changes."

    def _cards_in_round(self) -> int:
        return sum(
            1 for row in range(self.board.count()) if self.board.item(row).data(KIND) == "note"
        )

    def _to_first_card(self) -> None:
        """The first card found; or the first round with notes found; or else the first
        thing found in another place (an action item)."""
        if not self._found():
            if self.elsewhere is not None:
                # None here, some in another round: Enter did nothing, and the words had to
                # be typed again there. The board keeps the search as it shows that round.
                self.window_.show_round(self.elsewhere[0])
                self._count()
            else:
                place = next((place for n, place in self.found if n), None)
                if place is not None:
                    place.go_to_first()
                return
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
            self._end()
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
    # Tab reads the centre column top to bottom: note line, find line, its close button,
    # cards (made after the panels, the bar came after the Action items panel).
    close = bar.findChild(QToolButton, "closeFind")
    for first, second in ((window.entry, bar.line), (bar.line, close), (close, window.board)):
        QWidget.setTabOrder(first, second)
    action = QAction("Find notes…", window, objectName="findNotesAction")
    action.setShortcut(QKeySequence(FIND_KEYS))
    action.triggered.connect(bar.open_search)
    window.menu("Edit").addAction(action)
    window.addAction(action)
