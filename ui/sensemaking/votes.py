"""The votes panel: the room's dots per theme, by function, for the shown round.

One row per theme (note counts and editable dots from sales, marketing and other), the
session's dots-per-person setting, and a warning when the round's dots exceed what the
roster could have cast. Every change is an undo command; the table follows the store.
`install(window)` adds the panel as a dock and Ctrl+Shift+V to reach it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from roundtable.anonymity import dots_withheld
from roundtable.model import FUNCTIONS, Change, InvalidInput
from roundtable.room_language import room_words
from ui.bridge import once_per_batch
from ui.sensemaking.comparison import ComparisonChart
from ui.sensemaking.comparison_bars import notes_withheld
from ui.sensemaking.comparison_window import COMPARISON_KEYS, ComparisonWindow, scrolling
from ui.sensemaking.keep_current import KeepCurrent
from ui.sensemaking.stepped_rows import show_control, show_row
from ui.sensemaking.theme_commands import OrderThemes
from ui.sensemaking.vote_commands import MAX_DOTS, SetDotsPerPerson
from ui.sensemaking.vote_enter import VoteTable
from ui.sensemaking.vote_model import (
    COMPACT_HEADERS,
    HEADERS,
    NOTES_COL,
    SORT_ROLE,
    THEME_COL,
    THEME_ID_ROLE,
    TOTAL_COL,
    VOTE_COLS,
    VoteTableModel,
    budget_problems,
)
from ui.sensemaking.vote_split import RoomForChart
from ui.sensemaking.vote_table import VoteDelegate
from ui.windows.contrast import ink
from ui.windows.wall_control import pass_keys

# The narrowest the Theme column gets before S·M·O makes way for it: room for a long word
# and the next ("Compensation and"). At 90 pixels the panel's usual width (1280x800) kept
# every column after a restart and read "Compens… and incentives".
MIN_THEME_WIDTH = 160
# Said after a ranking: the table is sorted when asked, not at each count.
STAY = " Counts typed now leave the rows in place until you rank again."
WARNING_STYLE = (
    "QLabel { background: #fdecea; color: #8c1d18; border: 1px solid #e8a29d;"
    " border-radius: 4px; padding: 6px; font-weight: bold; }"
)


class VotesPanel(QWidget):
    """Dots per theme for the window's shown round, with the room's budget check."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__()
        self.setObjectName("votesPanel")
        self.window_ = window
        self.store, self.undo_stack = window.store, window.undo_stack
        self.model = VoteTableModel(self.store, self.undo_stack)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        # Sorted when asked (Rank by votes, a click on a heading), not again at each count:
        # re-sorted as counts were saved, the row being typed in jumped away mid-typing.
        self.proxy.setDynamicSortFilter(False)

        self.table = VoteTable(
            "voteTable",
            number_columns=(NOTES_COL, *VOTE_COLS, TOTAL_COL),
            bold_columns=(TOTAL_COL,),
            vote_columns=tuple(VOTE_COLS),
            id_role=THEME_ID_ROLE,
        )
        self.table.setAccessibleName("Votes per theme")
        self.table.setModel(self.proxy)
        # A reset of the rows (ranking by votes, a theme added, merged or moved) left the
        # table with no current cell: the next count typed went nowhere, and Ctrl+Alt+A
        # said to select a theme. The cell goes back on the same theme and column.
        KeepCurrent(self.table, self.proxy, THEME_ID_ROLE)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.delegate = VoteDelegate(self.table)
        self.table.setItemDelegate(self.delegate)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # PanelTable.fit_columns
        header.setSectionResizeMode(THEME_COL, QHeaderView.ResizeMode.Stretch)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        # A scroll bar that came and went with the table's height (the over-budget warning
        # takes some) narrowed the columns and moved every cell under the mouse.
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)

        self.dots = QSpinBox(objectName="dotsPerPerson")
        self.dots.setAccessibleName("Dots per person")
        self.dots.setRange(1, MAX_DOTS)
        self.dots.setKeyboardTracking(False)  # one change per Enter or arrow step
        self.dots.setToolTip("How many dots each person may place in a round")
        self.dots.valueChanged.connect(self._dots_changed)
        self.dots.setEnabled(not self.store.read_only)
        rank = QPushButton("Rank by votes", objectName="rankByVotesButton")
        rank.setToolTip("Most votes first, here and on the board (Ctrl+Z undoes)")
        rank.clicked.connect(self.rank_by_votes)
        board = QPushButton("Board order", objectName="boardOrderButton")
        board.setToolTip(
            "The table in the themes' order on the board again, after a click on a column's"
            " heading sorted it"
        )
        board.clicked.connect(self.board_order)
        # Only while the table is sorted: right after Rank by votes it looked like a second
        # button that did nothing (the board had just taken the same order).
        board.setEnabled(False)
        self.table.horizontalHeader().sortIndicatorChanged.connect(
            lambda section, _order: board.setEnabled(section >= 0)
        )
        self.summary = QLabel(objectName="voteSummary")
        self.summary.setWordWrap(True)
        self.warning = QLabel(objectName="voteBudgetWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.message = QLabel(objectName="voteMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(
            f"QLabel {{ color: {ink('#b3261e', self.message)}; font-weight: bold; }}"
        )
        self.message.hide()

        for label in (self.summary, self.warning, self.message):
            # Wrapped to the panel's width: a long line must not widen the dock (the
            # table jumped sideways under the mouse when the warning appeared).
            policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            policy.setHeightForWidth(True)
            label.setSizePolicy(policy)
        top = QHBoxLayout()
        top.addWidget(QLabel("Dots per person:"))
        top.addWidget(self.dots)
        top.addStretch(1)
        order = QHBoxLayout()
        order.addWidget(rank)
        order.addWidget(board)
        order.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(order)
        self.chart = ComparisonChart()
        self.charts = [self.chart]  # the docked chart, and the projector one once opened
        split = QSplitter(Qt.Orientation.Vertical, objectName="votesSplitter")
        split.addWidget(self.table)
        split.addWidget(scrolling(self.chart))
        # The table is what the room's dots are typed into: it takes the larger share
        # (the chart opens large with Ctrl+Shift+C), or as much as its rows need.
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 1)
        self.room = RoomForChart(split, self.table)
        self.table.viewport().installEventFilter(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.warning)
        layout.addWidget(self.message)

        self.model.refused.connect(self.refuse)
        self.delegate.refused.connect(self.refuse)
        signals = window.signals
        # After a batch on a big board, in a turn of its own after the board's (batch_redraws).
        redraws = getattr(window, "redraws", None)
        later = redraws.after_board_turn if redraws is not None else None
        self._refresh_soon = once_per_batch(signals, self._refresh_rows, later)
        signals.changed.connect(self._store_changed)
        signals.session_changed.connect(self.refresh_summary)
        signals.participants_changed.connect(self.refresh_summary)
        window.round_shown.connect(self.show_round)
        self.show_round(window.shown_round_id())

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt name)
        if obj is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(obj, event)

    def _fit_columns(self) -> None:
        """A panel too narrow for every column hides S·M·O (the theme's tooltip still
        gives it) and heads the vote columns S, M, O and Tot, so they stay in view
        without scrolling sideways."""
        metrics = self.table.horizontalHeader().fontMetrics()
        # A header section is its text, the sort arrow and the style's margins.
        need = MIN_THEME_WIDTH + sum(
            metrics.horizontalAdvance(HEADERS[c]) + 24 for c in (NOTES_COL, *VOTE_COLS, TOTAL_COL)
        )
        compact = self.model.headers is COMPACT_HEADERS
        spare = 24 if compact else 0  # no flicker at the edge
        narrow = self.table.viewport().width() < need + spare
        if narrow != compact:
            self.model.headers = COMPACT_HEADERS if narrow else HEADERS
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
            self.table.setColumnHidden(NOTES_COL, narrow)
            self.table.tight_headers = narrow
            self.table.fit_columns()

    # ----- following the store ---------------------------------------------------------------

    def show_round(self, round_id: int | None) -> None:
        self.model.show_round(round_id)
        self.refresh_summary()

    def _store_changed(self, change: Change) -> None:
        # A typed note arrives ungrouped, so it changes no row: skip it (typing stays fast).
        if change.kind == "note_added" or not change.kind.startswith(("note", "theme", "vote")):
            return
        if change.kind == "votes_changed":
            self.message.hide()  # a stored vote answers the last refusal
        if change.round_id in (None, self.model.round_id):
            self._refresh_soon()

    def _refresh_rows(self) -> None:
        self.model.refresh()
        self.refresh_summary()

    def _notes_withheld(self, rows: list) -> bool:
        """Whether the room's chart leaves this round's notes uncounted by function."""
        return notes_withheld(rows, self.store.participants(), self.store.session().anonymous)

    def refresh_summary(self) -> None:
        """Show the dots setting, the charts, the round's totals and any over-budget warning."""
        # The dots the room can cast: people marked absent who said nothing cast none.
        session = self.store.session()
        roster = self.store.participants_here()
        self.dots.blockSignals(True)
        self.dots.setValue(session.dots_per_person)
        self.dots.blockSignals(False)
        rows = self.model.rows
        shown = self.model.round_id
        # What the room reads (the chart on the projector) does not count a side of one
        # person in an anonymous session's dots, from phones or typed in, as the minutes do
        # not (`dots_withheld`); this panel, the facilitator's, keeps the counts the
        # facilitator checks the room's dots against.
        withheld = dots_withheld(
            self.store.participants(),
            anonymous=session.anonymous,
            dots=shown is not None and any(any(r.votes.values()) for r in rows),
        )
        phones = shown in self.store.phone_voted_rounds()
        for chart in self.charts:
            if chart is not self.chart and shown is not None:
                # On the projector the board is not beside it to say which round it is.
                r = self.store.round(shown)
                chart.words = room_words(self.store)  # read by the room: in its language
                chart.title = chart.words("room.chart_title", n=r.position, title=r.title)
                # Its window's title bar too, on the projector (a window, not full screen).
                chart.window().setWindowTitle(chart.words("room.chart_window"))
            if chart is not self.chart and withheld:
                chart.show_withheld(from_phones=phones)
            elif chart is not self.chart and self._notes_withheld(rows):
                chart.show_notes_withheld()  # as the minutes: a side of one's notes uncounted
            else:
                chart.show_rows(rows if shown is not None else None)
        cast = {f: sum(r.votes[f] for r in rows) for f in ("sales", "marketing", "other")}
        # Tab passes over Other when the roster has nobody from another function and no
        # theme has their dots: typing S and M per theme cost an extra Tab a row.
        people = self.store.participants()
        no_other = people and all(p.function != "other" for p in people) and not cast["other"]
        self.table.tab_skips = {VOTE_COLS[2]} if no_other else set()
        total = sum(cast.values())
        if not rows:
            self.summary.setText("No themes in this round yet: group notes to vote on them.")
        elif roster:
            self.summary.setText(
                f"Round total {total} dots (sales {cast['sales']}, marketing "
                f"{cast['marketing']}, other {cast['other']}); {len(roster)} people here × "
                f"{session.dots_per_person} dots can cast {len(roster) * session.dots_per_person}."
            )
        elif self.store.participants():
            # A follow-up starts with last time's people, none ticked as here yet: "Add the
            # roster" sent the facilitator to add people who were already on it.
            self.summary.setText(
                f"Round total {total} dots. Nobody is ticked as here yet: tick who came in"
                " Session > People (Ctrl+Shift+P) to check it against the room."
            )
        else:
            self.summary.setText(
                f"Round total {total} dots. Add the roster to check it against the room."
            )
        problems = budget_problems(rows, session.dots_per_person, roster)
        self.warning.setText(
            "More dots than the room could cast:\n"
            + "\n".join(problems)
            + "\nCheck the counts, or raise “Dots per person” if the room had more."
        )
        self.warning.setVisible(bool(problems))

    # ----- user actions ----------------------------------------------------------------------

    def refuse(self, reason: str) -> None:
        """Say why a typed value was not stored, in the panel and the status bar."""
        self.message.setText(reason)
        self.message.show()
        self.window_.show_status(reason)

    def _dots_changed(self, dots: int) -> None:
        if dots == self.store.session().dots_per_person:
            return
        try:
            command = SetDotsPerPerson(self.store, dots)
        except InvalidInput as err:
            self.refuse(str(err))
            return
        self.undo_stack.push(command)

    def rank_by_votes(self) -> None:
        """Most-voted theme first, on the board (the wall, the Themes panel) and so in the
        table and the chart: the round's themes take that order, one undo step. Counts
        typed afterwards leave every row where it is until the facilitator ranks again
        (the table re-ranked at each count, and the row being typed in jumped away)."""
        rid = self.model.round_id
        if rid is None or self.store.read_only:
            # The board cannot take the order: the table alone is sorted, this once.
            self.table.sortByColumn(TOTAL_COL, Qt.SortOrder.DescendingOrder)
            self.proxy.sort(TOTAL_COL, Qt.SortOrder.DescendingOrder)
            return
        board = [t.id for t in self.store.themes(rid)]
        totals = {row.theme.id: sum(row.votes.values()) for row in self.model.rows}
        ranked = sorted(board, key=lambda tid: -totals.get(tid, 0))  # ties keep board order
        if ranked == board:
            self.board_order()
            self.window_.show_status("The board already shows the themes in vote order." + STAY)
            return
        command = OrderThemes(self.store, rid, ranked, "Rank themes by votes")
        command.batch = self.window_.signals.batch
        self.undo_stack.push(command)
        self.board_order()  # the board's order is the vote order now
        self.window_.show_status(
            "Themes ranked by votes, here and on the board (Ctrl+Z undoes)." + STAY
        )

    def board_order(self) -> None:
        """Back to the order the themes have on the board."""
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.proxy.sort(-1)

    def selected_theme_id(self) -> int | None:
        """The theme of the current row, if the table has one."""
        index = self.table.currentIndex()
        return index.data(THEME_ID_ROLE) if index.isValid() else None

    def shown_labels(self) -> list[str]:
        """Theme labels in the order the table shows them."""
        return [self.proxy.index(r, THEME_COL).data() for r in range(self.proxy.rowCount())]


def install(window: QMainWindow) -> None:
    """Add the votes dock and Ctrl+Shift+V (show it and put the keyboard in the table)."""
    panel = VotesPanel(window)
    dock = window.add_panel(panel, "Votes", "votesDock")

    def focus_votes() -> None:
        dock.show()
        dock.raise_()
        panel.table.setFocus()
        current = panel.table.currentIndex()
        if current.column() not in VOTE_COLS and panel.proxy.rowCount():
            row = max(current.row(), 0)
            panel.table.setCurrentIndex(panel.proxy.index(row, VOTE_COLS[0]))

    def stepped(kind: str, rows: list) -> None:
        """A vote or a ranking undone or redone: the Votes panel in front, at its theme
        (dots per person: at that setting, marked). After the panel's redraw when that
        waits for a big board's: the redraw of a ranking undone lost the row shown."""
        redraws = getattr(window, "redraws", None)
        if redraws is None:
            show_stepped(kind, rows)
        else:
            redraws.after_board_turn(lambda: show_stepped(kind, rows))

    def show_stepped(kind: str, rows: list) -> None:
        if kind == "dots":
            show_control(dock, panel.dots, window.undo_stack)
        if kind != "votes":
            return
        theme_id, function = rows[0] if rows else (None, None)
        if function is None:
            panel.board_order()  # a ranking: the order it put back or put in
        column = VOTE_COLS[FUNCTIONS.index(function)] if function else THEME_COL
        show_row(dock, panel.table, THEME_ID_ROLE, theme_id, column)

    window.rows_stepped.connect(stepped)

    action = QAction("Votes", window, objectName="votesAction")
    action.setShortcut(QKeySequence("Ctrl+Shift+V"))
    action.triggered.connect(focus_votes)
    window.menu("Themes").addAction(action)
    window.addAction(action)

    rank = QAction("Rank themes by votes", window, objectName="rankByVotesAction")
    rank.setShortcut(QKeySequence("Ctrl+Shift+R"))  # the button needed the mouse or five Tabs
    rank.triggered.connect(panel.rank_by_votes)
    window.menu("Themes").addAction(rank)
    window.addAction(rank)

    projected: list[ComparisonWindow] = []

    def toggle_comparison() -> None:
        if not projected:
            projected.append(ComparisonWindow(panel, window))
        big = projected[0]
        if big.isVisible():
            big.take_away()
        elif big.present():  # the room sees it, the facilitator does not: say where it is
            window.activateWindow()  # (a window system may give it the keys all the same)
            window.show_status(
                "The comparison chart is on the projector: Ctrl+Shift+C takes it off."
            )

    action = QAction("Comparison chart on its own (projector)", window)
    action.setObjectName("comparisonAction")
    action.setShortcut(QKeySequence(COMPARISON_KEYS))
    action.triggered.connect(toggle_comparison)
    window.menu("View").addAction(action)
    window.addAction(action)
    # On one screen the wall has the keyboard: Ctrl+Shift+C there did nothing, and the
    # chart was shown only after Esc had put the facilitator's window on the projector.
    window.wall_comparison_key = pass_keys(
        window.presenter, [(COMPARISON_KEYS, action)], window._key_on_the_wall
    )
