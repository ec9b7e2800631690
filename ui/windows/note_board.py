"""The note board: the shown round's notes as sticky-note cards in theme sections.

A QListWidget in icon mode holds one item per card and one per section header
("Ungrouped" first, then each theme). Adding a note appends one card instead of rebuilding
the board, so Enter stays fast with thousands of notes. Card text is set with
`setText`, which Qt never interprets as rich text. Dropping cards emits `group_requested`;
the board itself changes nothing. A drag from the board carries its notes' ids
(`note_ids_in`), so other views (the Themes panel) can take the cards too.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QKeyEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QListWidget,
    QListWidgetItem,
)

from roundtable.model import Note, Theme
from roundtable.store import Store
from ui.windows.board_hands import BoardHands
from ui.windows.board_headers import fit_header, show_ungrouped, theme_header, ungrouped_header
from ui.windows.board_keys import card_spoken, card_to_move_to, keyboard_onto_a_card
from ui.windows.board_scroll import BoardScroll
from ui.windows.card_filters import CardFilters, show_headers
from ui.windows.card_fit import open_question_line
from ui.windows.card_heights import CardHeights
from ui.windows.card_rows import CardRows
from ui.windows.cards import (
    COLOURS,
    ENGLISH,
    ID,
    KIND,
    PROPOSAL,
    SIDE,
    CardDelegate,
    proposal_line,
    right_to_left,
    side_mark,
)
from ui.windows.plain_tip import plain_tip
from ui.windows.view_top import ViewTop, show_view_top, view_top

# What every card is given, made once: per card, Qt's flag and colour objects made anew were
# a third of redrawing a round (a 500-note round is redrawn on each round picked, each
# theme change and each undo of one).
_CARD_FLAGS = QListWidgetItem().flags() | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDropEnabled
_BRUSHES = {function: QBrush(QColor(colour)) for function, colour in COLOURS.items()}
_INK = QBrush(QColor("#1a1a1a"))
_FROM_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
_FROM_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop


class NoteBoard(BoardScroll, BoardHands, CardRows, CardFilters, QListWidget):
    """Cards of one round; selection, filter by function, drag to group, edit in place."""

    group_requested = Signal(list, str, int)
    proposal_accepted = Signal(int)
    note_edited = Signal(int, str)
    redrawn = Signal()  # the round's cards were drawn again (a find's count may change)

    def __init__(self, store: Store, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("noteBoard")
        self.store = store
        self.round_id: int | None = None
        self.init_filters()  # the function filter and Find's words (card_filters.py)
        self.show_names = True
        # The board's fixed words ("Ungrouped", "3 notes"): English; the wall's are the room's.
        self.words = ENGLISH
        self._cards: dict[int, QListWidgetItem] = {}
        self._notes: dict[int, Note] = {}  # each card's note as drawn (for the filters)
        self._arrived: dict[int, int] = {}  # each card's place in the order of entry
        self._names: dict[int, str] = {}  # participant id -> name, read once per rebuild
        self._proposals: dict[int, str] = {}
        self._ungrouped = dict.fromkeys(COLOURS, 0)
        self._themed = False  # the round has themes (the empty Ungrouped header is quiet)
        self.card_size = QSize(200, 110)  # the smallest card; cards widen to fill a row
        self._sized_for = -1  # the row width the cards were last sized for
        self._heights = CardHeights()  # a text measured once, not at every redraw
        # Cards added since the board was last settled (see note_added): the first row to
        # size, and the card to scroll to.
        self._added_from: int | None = None
        self._added_last: int | None = None
        self._settle_pending = False
        # Notes from phones come in while the facilitator reads or groups: the board stays
        # where it is (what was at its top before the burst), unless it followed the end.
        self._burst_typed = False  # a note of the burst was typed (or let in) here: show it
        self._burst_top: ViewTop | None = None
        self._burst_followed = False
        self._from_top = False  # the next redraw shows another round: from its top
        self._rebuilding = False  # clearing and refilling: a resize then keeps nothing
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setWrapping(True)
        self.setSpacing(6)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setMovement(QListView.Movement.Snap)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setItemDelegate(CardDelegate(self))
        self.itemDoubleClicked.connect(self._maybe_accept)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        """Typing on the board types a note: letters go to the window's capture line (the
        board would only jump its selection to a card starting with that letter, and the
        note was lost); Esc goes back there too, leaving no card selected."""
        entry = getattr(self.window(), "entry", None)
        plain = not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        typing = plain and event.text().isprintable() and event.text() != ""
        editing = self.state() == QAbstractItemView.State.EditingState
        if entry is not None and entry.isEnabled() and not editing:
            if typing:
                entry.setFocus()
                copy = QKeyEvent(event.type(), event.key(), event.modifiers(), event.text())
                QApplication.sendEvent(entry, copy)
                return
            if event.key() == Qt.Key.Key_Escape:
                # Esc lets go of the cards too: two cards left selected were grouped by the
                # next Ctrl+G long after the facilitator had moved on.
                self.clearSelection()
                entry.setFocus()
                return
        super().keyPressEvent(event)

    def moveCursor(  # noqa: N802 (Qt name)
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Arrows, Home and End go from card to card, never onto a header (see board_keys)."""
        qt_index = super().moveCursor(action, modifiers)
        card = card_to_move_to(self, action, self.itemFromIndex(qt_index))
        return self.indexFromItem(card) if card is not None else QModelIndex()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt name)
        """Tab (or a shortcut) onto the board puts the keyboard on a card, selected and in
        view: Qt put it on the Ungrouped header, where Del and F2 did nothing."""
        super().focusInEvent(event)
        if event.reason() != Qt.FocusReason.MouseFocusReason:  # a click chooses its card
            keyboard_onto_a_card(self)

    # ----- drawing --------------------------------------------------------------------------

    def show_round(self, round_id: int | None) -> None:
        """Draw the notes of this round (the only full rebuild: a round change); another
        round is shown from its top."""
        other = round_id != self.round_id
        self.round_id = round_id
        self._from_top = other
        self.rebuild()
        if other and self._takes_drops():
            self.scrollToTop()

    def rebuild(self) -> None:
        # The selection outlives the rebuild (an edit, a regrouping): after F2 the edited
        # card was no longer selected, so the next Del did nothing and said nothing.
        selected = set(self.selected_note_ids())
        current = self.currentItem()
        current_id = (
            current.data(ID) if current is not None and current.data(KIND) == "note" else None
        )
        # The board stays where the facilitator scrolled it: every redraw (a vote, a theme
        # renamed, a note edited) scrolled it back to the current card, away from the theme
        # being read. What a key just moved or added is scrolled to by what moved it.
        kept = view_top(self) if not self._from_top and self._takes_drops() else None
        self._from_top = False
        self._rebuilding = True
        try:
            self._rebuild()
        finally:
            self._rebuilding = False
        for nid in selected:
            if nid in self._cards:
                self._cards[nid].setSelected(True)
        if current_id in self._cards:
            scrolls = self.hasAutoScroll()
            self.setAutoScroll(kept is None)  # making a card current scrolls to it
            try:
                card = self._cards[current_id]
                self.setCurrentItem(card, QItemSelectionModel.SelectionFlag.NoUpdate)
            finally:
                self.setAutoScroll(scrolls)
        if kept is not None and kept.value:  # (at the top, the new layout starts there)
            show_view_top(self, kept)
        self.redrawn.emit()

    def show_cards(self, note_ids: list[int]) -> None:
        """Scroll to the first of these cards on the board (cards a key just moved)."""
        cards = [c for c in (self._cards.get(n) for n in note_ids) if c and not c.isHidden()]
        if cards:
            self.scrollToItem(min(cards, key=self.row))

    def _takes_drops(self) -> bool:
        """The facilitator's board, not the wall (which takes no drops and scrolls itself)."""
        return self.dragDropMode() != QAbstractItemView.DragDropMode.NoDragDrop

    def _rebuild(self) -> None:
        self.clear()
        self._cards.clear()
        self._notes.clear()
        self._arrived.clear()
        self._names = {}
        if self.round_id is None:
            return
        if self.show_names:  # one read for all the cards' name lines
            self._names = {p.id: p.name for p in self.store.participants()}
        notes = self.store.notes(self.round_id)
        self._arrived = {n.id: i for i, n in enumerate(notes)}
        themes = self.store.themes(self.round_id)
        self.find_themes(themes)  # a theme renamed while searching may be found, or not
        by_theme: dict[int | None, list[Note]] = {}
        for n in notes:
            by_theme.setdefault(n.theme_id, []).append(n)
        ungrouped = by_theme.get(None, [])
        self._ungrouped = {f: sum(n.function == f for n in ungrouped) for f in COLOURS}
        self._themed = bool(themes)
        self._header(None, "Ungrouped", ungrouped)
        for n in by_theme.get(None, []):
            self._add_card(n)
        votes: dict[int, int] = {}  # the round's votes in one read, not one per theme
        for vote in self.store.votes(self.round_id):
            votes[vote.theme_id] = votes.get(vote.theme_id, 0) + vote.count
        for t in themes:
            self._header(t, t.label, by_theme.get(t.id, []), votes.get(t.id, 0))
            for n in by_theme.get(t.id, []):
                self._add_card(n)
        if self.search:
            show_headers(self)
        self._size_cards()

    def _header(
        self, theme: Theme | None, label: str, notes: list[Note], theme_votes: int = 0
    ) -> None:
        """Add a section header: Ungrouped (theme None), or a theme's (see board_headers)."""
        if theme is None:
            item = ungrouped_header(self)
            counts = {f: sum(n.function == f for n in notes) for f in COLOURS}
            show_ungrouped(self, item, counts, self._quiet_ungrouped())
        else:
            item = theme_header(self, theme, notes, theme_votes)
        self._fit_header(item)
        self.addItem(item)

    def _quiet_ungrouped(self) -> bool:
        """An empty Ungrouped header is the quiet drop line: on a board that takes drops
        (not the wall), in a round with themes to take cards out of."""
        return self._themed and self._takes_drops()

    def _fit_header(self, item: QListWidgetItem) -> None:
        fit_header(self, item)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        # Narrower or wider, the cards and headers above rewrap: what was read stays put.
        # (Not the wall, which places its own cards; not while the board is being rebuilt.)
        rewraps = event.oldSize().width() != event.size().width() and not self._rebuilding
        kept = None
        if rewraps and self._takes_drops() and self.verticalScrollBar().value():
            kept = view_top(self)
        super().resizeEvent(event)
        for row in range(self.count()):
            item = self.item(row)
            if item.data(KIND) != "note":
                self._fit_header(item)
        if self._row_width() != self._sized_for:
            self._size_cards()
        if kept is not None:
            show_view_top(self, kept)

    def _writer(self, n: Note) -> str:
        """The name shown under a note ("" when names are hidden or nobody is named)."""
        if not self.show_names or n.participant_id is None:
            return ""
        if n.participant_id not in self._names:  # added since the last rebuild
            self._names[n.participant_id] = self.store.participant(n.participant_id).name
        return self._names[n.participant_id]

    def _card_text(self, n: Note, writer: str) -> str:
        text = f"{n.text}\n— {writer}" if writer else n.text
        if n.open_question:
            text += f"\n{open_question_line(self)}"
        if n.id in self._proposals:
            text += f"\n{proposal_line(self._proposals[n.id])}"
        return text

    def _add_card(self, n: Note, row: int | None = None) -> QListWidgetItem:
        writer = self._writer(n)
        item = QListWidgetItem(self._card_text(n, writer))
        item.setData(KIND, "note")
        item.setData(ID, n.id)
        # A rebuilt card keeps its proposal as a tag, not as a plain line of its text.
        item.setData(PROPOSAL, self._proposals.get(n.id))
        # The whole note (a long one is cut on its card), who wrote it and their function.
        by = f"{writer}, {n.function}" if writer else n.function
        item.setData(Qt.ItemDataRole.ToolTipRole, plain_tip(f"{n.text}\n— {by}"))
        # A screen reader read the card's text only, without the writer's function.
        said = card_spoken(n, writer, self._proposals.get(n.id))
        item.setData(Qt.ItemDataRole.AccessibleTextRole, said)
        # Drop-enabled: Qt refused a drag over a card before the drop (cards onto a card
        # is how two notes become a theme with the mouse), so nothing happened.
        item.setFlags(_CARD_FLAGS)
        item.setBackground(_BRUSHES[n.function])
        # Its side as a letter too, not by colour alone (the wall's in the room's words).
        item.setData(SIDE, side_mark(n.function, getattr(self, "words", ENGLISH)))
        item.setForeground(_INK)
        item.setSizeHint(self.card_size)
        # A note in Arabic or Hebrew starts at the right, as it is read.
        item.setTextAlignment(_FROM_RIGHT if right_to_left(n.text) else _FROM_LEFT)
        if row is None:
            self.addItem(item)
        else:
            self.insertItem(row, item)
        # Only once it is on the board: hidden before, it showed under "Showing sales notes
        # only" after every redraw (a note typed, an undo, another round).
        item.setHidden(not self._shows(n))
        self._cards[n.id] = item
        self._notes[n.id] = n
        return item

    def note_added(self, note_id: int) -> None:
        """Insert one card (at the end of Ungrouped or of its theme) without a rebuild."""
        n = self.store.note(note_id)
        if n.round_id != self.round_id or n.deleted_at is not None or note_id in self._cards:
            self.rebuild()
            return
        if n.theme_id is not None:
            self.rebuild()
            return
        if not self._settle_pending:  # the first of a burst: where the board is now
            bar = self.verticalScrollBar()
            self._burst_typed = False
            self._burst_followed = bar.value() == bar.maximum()
            kept = 0 < bar.value() < bar.maximum() and self._takes_drops()
            self._burst_top = view_top(self) if kept else None
        # A note the facilitator let in from the phones' tray is shown as a typed one is.
        self._burst_typed |= (
            n.source != "device" or not self._takes_drops() or self.store.was_let_in(n.id)
        )
        # Ungrouped comes first: its cards fill the rows right after its header.
        self._ungrouped[n.function] += 1
        counts = self._ungrouped
        total = sum(counts.values())
        self._add_card(n, total)
        self._arrived[n.id] = len(self._arrived)
        show_ungrouped(self, self.item(0), counts, self._quiet_ungrouped())
        self._fit_header(self.item(0))
        # Sized and scrolled to once the burst is over: per note, an import of 3,000 notes
        # into the shown round measured the board again 3,000 times (27 s, window frozen).
        first = total if self._added_from is None else min(self._added_from, total)
        self._added_from, self._added_last = first, note_id
        if not self._settle_pending:
            self._settle_pending = True
            QTimer.singleShot(0, self, self._settle_added)

    def _settle_added(self) -> None:
        """Size the rows of the cards just added and show the last of them."""
        self._settle_pending = False
        first, last = self._added_from, self._added_last
        self._added_from = self._added_last = None
        if first is None or last not in self._cards:
            return  # rebuilt since: the rebuild sized every card
        scan_from = 0
        if self.function_filter is None and 1 <= first <= sum(self._ungrouped.values()):
            # In Ungrouped (row 0 its header, no card hidden): the line the new cards start
            # in is known, so the rows above need not be walked (400 cards, every Enter).
            per_row = self._row_of_cards()[0]
            scan_from = 1 + (first - 1) // per_row * per_row
        self._size_cards(range(first, self.row(self._cards[last]) + 1), scan_from)
        if self._burst_typed or self._burst_followed:
            self.scrollToItem(self._cards[last])
        elif self._burst_top is not None:
            show_view_top(self, self._burst_top)  # (at the top, it stays at the top)

    def card(self, note_id: int) -> QListWidgetItem | None:
        return self._cards.get(note_id)

    def arrival(self, note_id: int) -> int:
        """The card's place in the order the notes came onto the board (a note let in from
        the phones' tray came last, whatever its id)."""
        return self._arrived.get(note_id, -1)

    def selected_note_ids(self) -> list[int]:
        return [i.data(ID) for i in self.selectedItems() if i.data(KIND) == "note"]
