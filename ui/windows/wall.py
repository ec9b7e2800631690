"""The presenter's wall of notes: with themes, one column per theme.

The main window's board lists a round in rows, a header across the board above each
theme's cards. On a projector that left most of a wide screen empty beside short themes
and pushed the last themes below the fold. Once a round has themes, the wall stands them
side by side as columns headed by their names (an affinity wall); a theme too tall for the
screen takes two or more columns, and themes that do not fit across start a new band, whose
spare columns widen its tallest themes (wall_bands.py).
Without themes the wall is the board's flowing rows of cards.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QListView, QListWidgetItem

from roundtable.room_language import room_words
from ui.windows.note_board import KIND, NoteBoard
from ui.windows.view_top import ViewTop, put_back
from ui.windows.wall_keep import wall_top
from ui.windows.wall_plan import ColumnPlan, least_height, plan_columns, plan_key
from ui.windows.wall_type import CardType

# The largest type of a section's header line on the wall ...
HEADER_POINTS = 20
# ... and of a theme's name over its column, which the notes under it do not outgrow on a
# large wall (wall_fit.MAX_COLUMN_POINTS) while it stays smaller than the question.
COLUMN_HEADER_POINTS = 24
# What the wall says over a round with no note yet (in English; in the room's language,
# the catalogue's "room.no_notes_yet").
NO_NOTES_YET = "No notes yet"


class WallBoard(CardType, NoteBoard):
    """A read-only board for the projector; see the module's docstring."""

    def __init__(self, store, parent=None) -> None:
        super().__init__(store, parent)
        self.setObjectName("presenterWall")
        self.setAccessibleName("Notes on the wall")
        # Free movement lets the wall put each item where its column says.
        self.setMovement(QListView.Movement.Free)
        self.setDragDropMode(self.DragDropMode.NoDragDrop)
        self.columns = False
        self._placing = False
        self._flows = 0  # Qt's layouts of the items so far (doItemsLayout)
        self._settling = 0  # layouts of a themed round under way (doItemsLayout)
        self._unplaced = False  # laid out while hidden, its cards not in their places yet
        self._undrawn = False  # a round given while hidden, drawn when the wall shows
        # Called once a themed round's items stand where their plan puts them (`placed`),
        # after a layout: the presenter's "more above/below" lines say how many notes are
        # out of view (wall_cues.py).
        self.settled: Callable[[], None] = lambda: None
        self.placed: dict[int, QRect] = {}  # the last plan's places (ColumnPlan)
        self.band_tops: list[int] = []  # of the plan the cards stand by (ColumnPlan)
        # Plans the presenter has just made of the round as it is (plan_key -> plan), for
        # the layout it then asks for; empty at any other time.
        self.known_plans: dict[tuple, ColumnPlan] = {}
        # The sections() they were made of (None at any other time): read once per Enter, not
        # once for the fit and again for the layout (a walk over every item).
        self.known_sections: list[tuple[int, list[int]]] | None = None
        # The height of the presenter's "more below" strip at the wall's foot (wall_cues.py).
        self.strip_height: Callable[[], int] = lambda: 0
        # A round without themes that fits the wall has no scroll bar's room kept beside
        # it: its rows stopped 30 pixels short of the right edge (wall_rows.py).
        self.rows_fit = False
        # A note that arrived drawn already (see show_arrived), scrolled to in the next turn.
        self._arriving: int | None = None
        # What the room read at the wall's top before a redraw, put back there once the
        # redrawn items stand in their places (wall_keep.py); the round it was drawn for.
        self._keep: ViewTop | None = None
        self._drawn: int | None = None
        self._init_type()

    # ----- what is shown -------------------------------------------------------------------

    def show_round(self, round_id: int | None) -> None:
        """Draw this round; a hidden wall is drawn as it shows (draw_if_undrawn). Each round
        picked in the agenda redrew the hidden wall of the round on the clock: 300 ms a
        click with 500 notes in it, for nobody."""
        if self.isVisible():
            self._undrawn = False
            super().show_round(round_id)
            return
        self.round_id, self._undrawn = round_id, True
        self.words = room_words(self.store)  # the question above it is in them

    def draw_if_undrawn(self) -> None:
        """Draw the round given while hidden: called as the presenter is about to show."""
        if self._undrawn:
            self.rebuild()

    def rebuild(self) -> None:
        self._undrawn = False
        kept = None
        if self.round_id != self._drawn:
            self._keep = None  # another round: from its top
        elif self._keep is None and self.isVisible():
            kept = wall_top(self, self.placed if self.columns else {})
        self._drawn = self.round_id
        # The room reads the wall in its language (roundtable/room_language.py).
        self.words = room_words(self.store)
        self.columns = self.round_id is not None and bool(self.store.themes(self.round_id))
        if not self.columns:
            # Rows of cards lay out as the board's (note_board.py), beside a scroll bar's
            # room only when the round scrolls (the presenter's fit says, `rows_fit`).
            self._scroll_bar(self.rows_fit)
        super().rebuild()
        self._hide_empty_ungrouped()
        if kept is not None:
            self._keep = kept

    def forget_top(self) -> None:
        """The wall was scrolled on purpose (a page turned, a new note, shown from its top):
        a redraw under way puts back nothing."""
        self._keep = None

    def fitted(self) -> None:
        """The presenter's fit is done: the kept top is put back once the items are laid
        out (a wall of rows is laid out after its fit) and then let go."""
        if self._keep is not None:
            self.executeDelayedItemsLayout()
            self._keep = None

    def scrollTo(self, index, hint=QListView.ScrollHint.EnsureVisible) -> None:  # noqa: N802
        self.forget_top()  # a card shown (a new note): that is what the room is to read
        super().scrollTo(index, hint)

    def _put_back(self) -> None:
        """What was at the top before the redraw at the top again (twice: the "more above"
        strip coming or going moves the wall by its height). After every layout until the
        presenter's fit is done (`fitted`): a layout on the way, at a size the fit
        then changed, put the wall's top in another place than the last."""
        kept = self._keep
        if kept is not None:
            put_back(self, kept)
            put_back(self, kept)

    def retype(self) -> None:
        """A themed round already on the wall takes the wall's new card size and type (the
        presenter's fit) as a rebuild at that size would give it: headers in the new type,
        bold, at most HEADER_POINTS; every shown card sized and typed when next placed
        (`_place`). Accept all on a 150-note round with the wall open rebuilt it twice,
        about 20 ms each: once for the themes and once for the size they fit at."""
        for row in range(self.count()):
            item = self.item(row)
            if item.data(KIND) == "note":
                continue
            font = QFont(self.font())
            font.setBold(True)
            font.setPointSize(min(font.pointSize(), self.header_points()))
            item.setFont(font)
        if self._keep is None and self.isVisible():
            self._keep = wall_top(self, self.placed)  # a new card size moves every card
        self.scheduleDelayedItemsLayout()

    def _header(self, theme, label: str, notes, theme_votes: int = 0) -> None:
        super()._header(theme, label, notes, theme_votes)
        item = self.item(self.count() - 1)
        if item.font().pointSize() > self.header_points():
            # The notes of a round being captured grow to fill their cards; the line over
            # them stays smaller than the question it answers.
            font = item.font()
            font.setPointSize(self.header_points())
            item.setFont(font)
            self._fit_header(item)
        if self.columns:
            if theme is None:
                label = self.words("room.ungrouped")
            self._column_header(self.item(self.count() - 1), label, len(notes), theme, theme_votes)
        if theme is not None and not notes and not theme_votes:
            # A theme whose last note was dragged out: an empty column took a top slot on
            # the wall and pushed the themes the room votes on below the fold.
            self.item(self.count() - 1).setHidden(True)

    def header_points(self) -> int:
        """The largest type of a header line: a theme's name over its column, or a line
        over a round's rows of cards."""
        return COLUMN_HEADER_POINTS if self.columns else HEADER_POINTS

    def _column_header(
        self, item: QListWidgetItem, label: str, count: int, theme, votes: int = 0
    ) -> None:
        """A column's header: the theme's name, and under it its notes and `votes` (the card
        colours show sales and marketing; a narrow column had no room for the tally)."""
        w = self.words
        tally = w.count(count, "notes")
        if theme is not None and votes:  # "· 0 votes" under every theme before the vote
            tally += f" · {w.count(votes, 'votes')}"
        item.setText(f"{label}\n{tally}")
        item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)

    def note_added(self, note_id: int) -> None:
        if self._undrawn:
            return  # drawn whole, with it, when the wall shows
        super().note_added(note_id)
        self.forget_top()  # the wall shows the new note (show_arrived, _settle_added)
        head = self.item(0) if self.count() else None
        if self.columns and head is not None and head.data(KIND) == "ungrouped":
            label = self.words("room.ungrouped")
            self._column_header(head, label, sum(self._ungrouped.values()), None)
        self._hide_empty_ungrouped()
        self.show_arrived(note_id)  # (a card in its place already: redrawn, not added)

    def show_arrived(self, note_id: int) -> None:
        """Scroll to a note that has just arrived though a redraw drew its card first: the
        presenter's refit redraws the wall from the store, and the wall's own scroll to a
        note added (note_added) was skipped, so on a wall that scrolls the room did not see
        the note typed as the projector view was refitted. Done in the next turn, once the
        fit asked for by that redraw has laid the cards out; the last note asked for wins."""
        if self._added_last == note_id:
            return  # added, not redrawn: note_added's own step shows it
        if not self.isVisible() or note_id not in self._cards:
            return  # a hidden wall is shown from its top (presenter.present)
        if self._arriving is None:
            QTimer.singleShot(0, self, self._show_arrived)
        self._arriving = note_id

    def _show_arrived(self) -> None:
        card, self._arriving = self._cards.get(self._arriving or -1), None
        if card is not None and not card.isHidden():
            self.scrollToItem(card)

    def _hide_empty_ungrouped(self) -> None:
        """Beside themes, an "Ungrouped — 0 notes" column is only noise; in a round with no
        note yet it says so, not "Ungrouped — 0 notes (S 0 · M 0 · O 0)" in bold."""
        head = self.item(0) if self.count() else None
        if head is not None and head.data(KIND) == "ungrouped":
            empty = sum(self._ungrouped.values()) == 0
            head.setHidden(self.columns and empty)
            if empty and not self.columns:
                said = self.words("room.no_notes_yet")
                head.setText(said)
                head.setData(Qt.ItemDataRole.AccessibleTextRole, said)

    def sections(self) -> list[tuple[int, list[int]]]:
        """(header row, its shown card rows) for each shown header, in order."""
        out: list[tuple[int, list[int]]] = []
        item_at = self.item
        cards: list[int] | None = None  # the last shown header's
        for row in range(self.count()):
            item = item_at(row)
            if item.data(KIND) != "note":
                if not item.isHidden():
                    cards = []
                    out.append((row, cards))
            elif cards is not None and not item.isHidden():
                cards.append(row)
        return out

    # ----- columns ---------------------------------------------------------------------------

    def plan(
        self,
        card: QSize,
        font: QFont,
        area: QSize,
        least: int | None = None,
        sections: list[tuple[int, list[int]]] | None = None,
    ) -> ColumnPlan:
        """Lay out the themed round with cards of `card` size and type `font` in a wall of
        `area`: each theme a column (more than one when it is taller than the wall), themes
        side by side in bands that use the wall's width (wall_bands.py). Cards widen to
        share the whole width and are only as tall as their text (at least half a card), so
        a round of short notes fits. The cards of a band start on one line, under the
        tallest header of the band.

        A note too long for its card in `font` takes smaller type on its own card, down to
        `least` points (the wall's least size when not given); too long even then, its card
        grows to hold it whole. With one size for every card, a 200-character note ended in
        "…" at the foot of its card on a 1024x768 projector.

        `sections` are the wall's sections() when the caller has them (one walk over the
        items for the dozen plans of a fit, not two per plan)."""
        return plan_columns(self, card, font, area, least, sections)

    def doItemsLayout(self) -> None:  # noqa: N802 (Qt name)
        if not self.columns or self._placing:
            super().doItemsLayout()
            self._flows += 1
            if not self._placing and self.isVisible():
                self._put_back()  # a wall of rows
            return
        if not self.isVisible():
            # Nobody sees a hidden wall: its cards are put in their places when it shows
            # (showEvent). Placed while hidden, every note typed into a themed round with
            # the wall closed cost 1.6 ms of planning and placing cards.
            super().doItemsLayout()
            self._flows += 1
            self._unplaced = True
            return
        self._unplaced = False
        self._settling += 1
        try:
            super().doItemsLayout()
            self._flows += 1
            self._place()
            self._put_back()
        finally:
            self._settling -= 1
        if not self._settling:
            self.settled()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        if self._unplaced:
            self.scheduleDelayedItemsLayout()

    def settling(self) -> bool:
        """True while a themed round's items are laid out and put in their places."""
        return self._settling > 0

    def room(self) -> QSize:
        """The wall's whole inside: the viewport without a scroll bar and without the
        presenter's strips saying there are more notes above or below (wall_cues.py), all
        of which go once the round fits."""
        margins = self.viewportMargins()
        return self.maximumViewportSize() + QSize(0, margins.top() + margins.bottom())

    def _scroll_bar(self, fits: bool) -> None:
        """No vertical scroll bar for a themed round that fits the wall, else as needed."""
        policy = (
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff if fits else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        if self.verticalScrollBarPolicy() != policy:
            self.setVerticalScrollBarPolicy(policy)

    def row_width(self, scroll_bar: bool | None = None) -> int:
        """The width a round without themes flows its rows of cards in (note_board.py):
        beside the scroll bar's room or not (`scroll_bar`; None: as the wall is now)."""
        return self._row_width(scroll_bar) - self.spacing()

    def _place(self) -> None:
        """Put every item where the column plan says (after each layout Qt does), and make
        the list exactly as tall as the plan.

        Qt first flows the items in rows and keeps that height as the list's, however
        high the columns they are moved to: with taller cards the flow was taller than
        the wall, and the wall scrolled (a few pixels) and said "More below" under a
        round that fitted."""
        self._placing = True
        try:
            room, sections = self.room(), self.known_sections
            if sections is None:
                sections = self.sections()
            plan = self.known_plans.get(
                plan_key(self.card_size, self.font(), room, self.least_points)
            )
            if plan is None and least_height(self, self.card_size, room, sections) <= room.height():
                plan = self.plan(self.card_size, self.font(), room, sections=sections)
            fits = plan is not None and plan.fits  # (None: too tall to need a plan to say so)
            # A round that fits has no scroll bar: one shown while the wall settled stayed,
            # empty, and narrowed the wall.
            self._scroll_bar(fits)
            if plan is None or not fits:
                # It scrolls: in the room beside the scroll bar and over the "more below"
                # strip, as the wall's top shows it. Not in the viewport as it is: its height
                # goes with the strips shown at the moment, and the same round was laid out
                # in four columns or five by where the wall happened to be scrolled.
                area = QSize(self.viewport().width(), room.height() - self.strip_height())
                plan = self.plan(self.card_size, self.font(), area, sections=sections)
            spots = self._size_and_type(plan)
            self.band_tops, self.placed = plan.band_tops, plan.places
            put = self.setPositionForIndex
            for _ in range(3):
                # A card put below the list's foot can show the scroll bar, and Qt lays the
                # narrower list out again at the next card put: the cards put before it went
                # back to Qt's rows, over the headers (a theme's cards strewn across the
                # wall). Put again until no layout came in between.
                flows = self._flows
                for spot, index in spots:
                    put(spot, index)
                if self._flows == flows:
                    break
            right = max((rect.right() + 1 for rect in plan.places.values()), default=0)
            # Never wider than the viewport: beside a scroll bar shown for a moment, a few
            # pixels too wide added a horizontal bar, which kept the other one (and "More
            # below") for good.
            self.resizeContents(min(right + self.spacing(), self.viewport().width()), plan.height)
            self.updateGeometries()
        finally:
            self._placing = False

    def _size_and_type(self, plan: ColumnPlan) -> list[tuple[QPoint, QModelIndex]]:
        """Give each item of a themed round its size in `plan`, and each card its own type
        size where it is not the wall's (one pass over the items, not one for each); return
        where each item goes, with its index."""
        own, role = self.font().pointSize(), Qt.ItemDataRole.FontRole
        points, item_at, index_at = plan.points, self.item, self.model().index
        spots = []
        for row, rect in plan.places.items():
            item: QListWidgetItem = item_at(row)
            size = rect.size()
            if item.sizeHint() != size:
                item.setSizeHint(size)
            points_here = points.get(row)
            if points_here is not None:
                font = None
                if points_here != own:
                    font = QFont(self.font())
                    font.setPointSize(points_here)
                if item.data(role) != font:
                    item.setData(role, font)
            spots.append((rect.topLeft(), index_at(row, 0)))
        return spots

    def _size_cards(self, rows: range | None = None, scan_from: int = 0) -> None:
        """The presenter view sizes the wall's cards (its scale and stretch, or the plan);
        without themes, each row of cards is as tall as its notes need (wall_type.py)."""
        if not self.columns:
            if rows is None:
                # Sized for this width: the wall's cues resize its viewport on every note
                # typed, and each resize sized all 400 cards again (NoteBoard.resizeEvent).
                self._sized_for = self._row_width()
            self._type_rows(rows, scan_from)

    def _fit_header(self, item: QListWidgetItem) -> None:
        if not self.columns:
            super()._fit_header(item)  # rows: a header across the wall
