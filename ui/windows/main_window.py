"""The facilitator's main window: agenda, round timer, capture line and note board.

Implements the main-window contract the other UI engineers build on (store, signals,
undo stack, shown round, selection, menus, panels, status). Every change goes through the
undo stack; the views follow the store's change events.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QToolBar,
    QWidget,
)

from roundtable.model import Change, Function, InvalidInput
from roundtable.store import Store
from ui.bridge import IdleCheckpoint, StoreSignals
from ui.undo import SessionUndoStack
from ui.undo_history import UndoHistory
from ui.windows.agenda_rows import AgendaList
from ui.windows.batch_redraws import BatchRedraws
from ui.windows.board_place import keep_board_place, restore_board_place
from ui.windows.closing import stop_reading
from ui.windows.drafts import DraftKeeper, keep_draft, restore_draft, switch_line
from ui.windows.following import FollowWriter
from ui.windows.front_panel import keep_front_panel, restore_front_panel, watch_front_panel
from ui.windows.keyboard import KeyboardRouting
from ui.windows.main_layout import lay_out
from ui.windows.note_actions import NoteActions
from ui.windows.note_board import COLOURS as CARD_COLOURS
from ui.windows.opening import OpeningWords, say_clock_ran_on, tell_notes_may_be_missing
from ui.windows.presenter import PresenterWindow
from ui.windows.quit_question import close_may_go_on, quit_app
from ui.windows.read_only import lock_read_only
from ui.windows.round_controls import RoundControls
from ui.windows.sizing import make_room_for_board
from ui.windows.stepped import rows_to_show, said_after, said_of_clock
from ui.windows.wall_back import WallBack
from ui.windows.wall_control import WallControl
from ui.windows.window_actions import add_action, build_actions

MENUS = ("File", "Edit", "Session", "Round", "Themes", "View", "Help")


# The side panels' width where the window has room: about a third of a laptop's window.
PANEL_WIDTH = 420
# Of a wider window, the panels' share (576 pixels of 1920): at 420 the Action items
# panel's columns left an item's text 94 pixels, six lines of a typical item, beside a
# board with room for five columns of cards.
PANEL_SHARE = 0.3


class MainWindow(NoteActions, RoundControls, KeyboardRouting, WallControl, AgendaList, QMainWindow):
    round_shown = Signal(int)
    themes_stepped = Signal(list)  # theme ids an undo or redo changed (the Themes panel)
    rows_stepped = Signal(str, list)  # "votes" or "actions" and their rows, as themes_stepped

    def __init__(self, store: Store, clock: Callable[[], float] = time.time) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.store, self.clock = store, clock
        self.opening = OpeningWords(self)
        self._closed = False
        self.signals = StoreSignals(store, self)
        self.checkpoint = IdleCheckpoint(self.signals, self)
        self.checkpoint.written_back.connect(self._written_back)
        self.outside: FollowWriter | None = None  # a read-only window's (below)
        self.undo_stack = SessionUndoStack(store, self, self.signals.batch)
        self.undo_stack.refused.connect(self.show_status)
        self.undo_stack.stepped.connect(self._stepped)
        self.undo_stack.pushed.connect(self._undo_said_of_another_step)
        # Undo survives a restart: the stack is kept in the file and put back here.
        self.history = UndoHistory(self.undo_stack, store, self.signals.batch)
        self.function: Function = "sales"
        self._menus: dict[str, QMenu] = {}
        self.toolbar = QToolBar("Main", self, objectName="mainToolbar")
        self.addToolBar(self.toolbar)
        # The file's name too: a copy open beside its original must not look the same.
        self.setWindowTitle(f"{store.session().title} — {Path(store.path).name} — Roundtable")

        lay_out(self)

        self.presenter = PresenterWindow(self.board, None)
        # Back from the wall, typing goes on in the note line: focus went back to where it
        # was, and a note typed into a vote cell became that theme's dots.
        self.presenter.returned.connect(self.entry.setFocus)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._show_focused_panel)
        build_actions(self)
        self._wire_wall_keys()
        self.redraws = BatchRedraws(self)
        self.signals.changed.connect(self._on_change)
        self.signals.flushed.connect(self.redraws.flushed)
        self._tick = QTimer(self, interval=500)
        self._tick.timeout.connect(self.refresh_timer)
        self._tick.start()
        self._shown: int | None = None
        self.line_drafts: dict[int, str] = {}  # notes typed, not added, in rounds not shown
        self._wall_pin: int | None = None  # a round put on the wall by hand (Shift+F5)
        self._current_seen = store.session().current_round_id
        self.refresh_agenda()
        self.show_round(store.session().current_round_id or self._first_round())
        self._set_function(self.function_typed_last())  # as it was before a restart
        self._refresh_completer()
        area = self.screen().availableGeometry()  # a 1366x768 laptop has no room for 800
        self.resize(min(1280, area.width()), min(800, area.height() - 40))
        geo = QSettings().value("mainWindow/geometry")
        if geo is not None:
            self.restoreGeometry(geo)
        self.entry.setFocus()
        from ui.extensions import install_all

        install_all(self)
        self.wire_work_keys_on_the_wall()
        # Last in File: every window closes as its own Close would (all is on disk already).
        self.menu("File").addSeparator()
        add_action(self, "File", "&Quit", "Ctrl+Q", lambda: quit_app(self), "quitAction")
        if not store.read_only:
            say_clock_ran_on(self)  # said first, of all said as it opens: the room's time
        for news in store.opening_news:
            self.show_status(news)
        if missing := store.left_open_text:  # notes may be missing: said until read
            QTimer.singleShot(0, self, lambda: tell_notes_may_be_missing(self, missing))
        restore_board_place(self)  # the round looked at when closed, not the clock's
        if not store.read_only:  # after the panels, whose commands the history may hold
            self.history.restore()
            self.history.watch()
            restore_draft(self)
            self.drafts = DraftKeeper(self)
            self.wall_back = WallBack(self)  # the presenter view, if up when it died
        if store.read_only:
            lock_read_only(self)  # after the panels: their commands are locked too
            self.outside = FollowWriter(self)  # what the writing window puts in the file
        docks = self.findChildren(QDockWidget)
        if docks:  # tabbed panels show the last one added; start on the first (Themes)
            docks[0].raise_()
            restore_front_panel(self)  # or the one in front when the file was closed
            watch_front_panel(self)
            # The board comes first: the panels start at about a third of the window.
            self.resizeDocks([docks[0]], [PANEL_WIDTH], Qt.Orientation.Horizontal)

    # ----- contract -------------------------------------------------------------------------

    def menu(self, name: str) -> QMenu:
        for n in MENUS:
            if n not in self._menus and (n == name or MENUS.index(n) < MENUS.index(name)):
                self._menus[n] = self.menuBar().addMenu(f"&{n}")
                self._menus[n].aboutToHide.connect(
                    lambda: QTimer.singleShot(0, self._typing_back_to_capture)
                )
        return self._menus[name]

    def add_panel(
        self,
        widget: QWidget,
        title: str,
        object_name: str,
        area=Qt.DockWidgetArea.RightDockWidgetArea,
    ) -> QDockWidget:
        dock = QDockWidget(title, self, objectName=object_name)
        dock.setWidget(widget)
        existing = [
            d
            for d in self.findChildren(QDockWidget)
            if d is not dock and self.dockWidgetArea(d) == area
        ]
        self.addDockWidget(area, dock)
        if existing:
            self.tabifyDockWidget(existing[-1], dock)
        return dock

    def show_status(self, text: str) -> None:
        if not self.opening.say(text):  # (as it opens, all it says is shown together)
            self.statusBar().showMessage(text, 8000)

    def _undo_said_of_another_step(self) -> None:
        """A step done: a message of what Ctrl+Z takes back ("Deleted note “Leads…”: Ctrl+Z ...
        brings it back") spoke of the step before, and goes. A step's own message is
        shown after it is done, so it stays."""
        if "Ctrl+Z" in self.statusBar().currentMessage():
            self.statusBar().clearMessage()

    def _written_back(self, text: str) -> None:
        """The session file was deleted or replaced while open: say where it is now."""
        box = QMessageBox(QMessageBox.Icon.Warning, "Session file written back", text, parent=self)
        box.setObjectName("writtenBackMessage")
        box.setWindowModality(Qt.WindowModality.NonModal)  # capture goes on meanwhile
        box.show()

    def shown_round_id(self) -> int | None:
        return self._shown

    def selected_note_ids(self) -> list[int]:
        return self.board.selected_note_ids()

    # ----- actions --------------------------------------------------------------------------

    def _set_function(self, fn: Function) -> None:
        self.function = fn
        self.fn_label.setText({"sales": "Sales", "marketing": "Marketing", "other": "Other"}[fn])
        # In the colour of the cards it makes: the function stays set for the next notes,
        # and a plain grey word was easy to miss.
        self.fn_label.setStyleSheet(
            f"QLabel {{ background: {CARD_COLOURS[fn]}; color: #1a1a1a; padding: 2px 6px;"
            " border-radius: 3px; font-weight: bold; }"
        )

    def _run(self, command) -> bool:
        """Do and keep a command; False (after saying why) when it was refused."""
        try:
            return self.undo_stack.push(command) is not False
        except InvalidInput as err:
            QMessageBox.warning(self, "Not possible", str(err))
            return False

    def open_other(self) -> None:
        from ui.windows.dialogs import choose_file, open_session

        path = choose_file(self)
        if path is not None:
            win = open_session(path, self)
            if win is not None:
                win.show()
                self._others = [*getattr(self, "_others", []), win]

    def show_start(self) -> None:
        """The start screen, for a new session or another file; this session stays open."""
        from ui.windows.start_screen import StartScreen

        start = getattr(self, "_start", None)
        if start is None or not start.isVisible():  # one start screen, not one per press
            self._start = start = StartScreen()
        start.show()
        start.raise_()
        start.activateWindow()

    # ----- views ----------------------------------------------------------------------------

    def _first_round(self) -> int | None:
        rounds = self.store.rounds()
        return rounds[0].id if rounds else None

    def _show_question(self) -> None:
        """The shown round's title and question above the capture line."""
        r = self.store.round(self._shown)
        # "What works: Where do ...", but "Stop doing? Which habit ..." (no "?:").
        joint = " " if r.title.rstrip()[-1:] in "?!.:" else ": "
        self.question.setText(f"{r.title}{joint}{r.prompt}")
        self.guidance.setText(f"For you: {r.guidance}" if r.guidance else "")
        self.guidance.setVisible(bool(r.guidance))

    def _stepped(self, text: str) -> None:
        """After Ctrl+Z / Ctrl+Shift+Z: say what it did, and show the round it changed when
        that is not the round on screen (round 4's themes vanished unseen from round 5)."""
        touched, step = self.undo_stack.touched, self.undo_stack.last_step
        rid = next(iter(touched)) if len(touched) == 1 else None
        if step is not None and {"timeboxes", "added"} & set(rows_to_show(*step)):
            # Minutes, or a round added again: marked in the agenda; the board stays (a note
            # typed next went to round 5, or to the new round's empty board).
            rid = None
        if rid is not None and rid != self.shown_round_id():
            # (None when the step took the round itself away.)
            rnd = next((r for r in self.store.rounds() if r.id == rid), None)
            if rnd is not None:
                self.show_round(rid)
                # "Undone: Move round in round 1" read as if the round moved inside itself.
                where = f"round {rnd.position}, “{rnd.title}”."
                if re.search(r"\bround\b", text.split(":", 1)[-1], re.IGNORECASE):
                    text = f"{text.rstrip('.')}. Showing {where}"
                else:
                    text = f"{text.rstrip('.')} in {where}"
        if step is not None:  # "… 42 notes are ungrouped again."
            more = (said_after(*step), self.said_of_line_after(*step), said_of_clock(self, *step))
            text = " ".join([text, *(m for m in more if m)])
        self.show_status(text)
        self.redraws.after_board(self.show_stepped_cards)

    def show_round(self, round_id: int | None) -> None:
        if round_id != self._shown:
            switch_line(self, self._shown, round_id)
        self._shown = round_id
        self.board.show_round(round_id)
        if round_id is not None:
            self._show_question()
            ids = [x.id for x in self.store.rounds()]
            self.agenda.blockSignals(True)
            self.agenda.setCurrentRow(ids.index(round_id))
            self.agenda.blockSignals(False)
            self.round_shown.emit(round_id)
        self._sync_presenter()
        self.refresh_timer()

    def _refresh_completer(self) -> None:
        self.mentions.set_names([p.name for p in self.store.participants()])

    def _on_change(self, change: Change) -> None:
        if change.kind == "note_added" and change.id is not None:
            if change.round_id == self._shown:
                self.board.note_added(change.id)
            if change.round_id == self.presenter.wall.round_id:
                self.redraws.follows.note_added(change.id)
        elif change.kind.startswith(("note", "theme", "vote")):
            if self.signals.flushing:  # redrawn once, when the whole batch is announced
                self.redraws.note(shown=change.round_id == self._shown)
                return
            if change.round_id == self._shown:
                self.board.rebuild()
            self.redraws.redraw_wall()
        elif change.kind.startswith("participant"):
            # A name changed or went: the cards' name lines and the @name completion follow.
            self._refresh_completer()
            self.board.rebuild()
            self.redraws.redraw_wall()
        elif change.kind.startswith("round") or change.kind == "current_round_changed":
            if change.kind == "current_round_changed":
                self._wall_pin = None  # the next round started: the wall follows it
            if change.round_id == self._shown and change.kind == "round_updated":
                self._show_question()  # renamed or re-asked while shown
            self._follow_current(self.store.session().current_round_id)
            self._deadline_cache = None
            self._added_cache = None  # a round added, started or ended: read again
            self.refresh_agenda()
            self._sync_presenter()
            self.refresh_timer()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        # A 1024-pixel window (a projector mirrored) gives the agenda less, and so the
        # panels more: at 320 px for the agenda they were too narrow for their columns.
        self._left.setMaximumWidth(max(210, min(320, int(self.width() * 0.22))))
        QTimer.singleShot(0, self._make_room_for_board)

    def _make_room_for_board(self) -> None:
        make_room_for_board(self, max(PANEL_WIDTH, int(self.width() * PANEL_SHARE)))

    def _follow_current(self, round_id: int | None) -> None:
        """When the running round changes (next round, or its undo), a board that showed
        the old running round follows it, so timer and board never talk of two rounds."""
        old, self._current_seen = self._current_seen, round_id
        if round_id is not None and round_id != old and self._shown in (old, None):
            self.show_round(round_id)

    def show_clock_round(self) -> None:
        """Back to the round on the clock, from any earlier or later round looked at (only
        the mouse on the agenda did that)."""
        cur = self._current()
        if cur is None:
            return
        self.show_round(cur.id)
        self.entry.setFocus()
        self.show_status(f"Round {cur.position}, {cur.title}: the round on the clock.")

    def filter_notes(self, function: str | None) -> None:
        """Show only one function's cards (None: all), and say so above the board."""
        self.board.set_filter(function)
        if function is None:
            self.filter_banner.hide()
            return
        self.filter_banner.setText(
            f"Showing {function} notes only: theme counts still include every note."
            " Alt+0 shows all."
        )
        self.filter_banner.show()

    def closeEvent(self, event) -> None:  # noqa: N802
        if self._closed:
            return super().closeEvent(event)
        if event.spontaneous() and not close_may_go_on(self):  # the close button, Alt+F4
            event.ignore()
            return None
        self._closed = True
        focus = QApplication.focusWidget()
        if focus is not None and self.isAncestorOf(focus):
            # An open cell editor (an owner, a vote) saves now, while the file is open:
            # closing the window first had it write to a closed file and crash.
            focus.clearFocus()
        QSettings().setValue("mainWindow/geometry", self.saveGeometry())
        keep_draft(self)
        keep_board_place(self)
        keep_front_panel(self)
        stop_reading(self)  # and the file closes
        super().closeEvent(event)
