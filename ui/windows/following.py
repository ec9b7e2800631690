"""A read-only window on a session another Roundtable window is writing to.

It follows the writer: every couple of seconds it asks SQLite whether the file changed
(`Store.data_version`, one cheap query that also sees what is still in the write-ahead log)
and, only when a change was journaled there, has every view read the store again; the
round shown, the board's scroll position and the keyboard stay where they were. A line in
the status bar says when it last followed. When the writing window lets the file go, the
line says the session can now be opened for editing, with a button that does it; nothing
switches on its own.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QPushButton

from roundtable.store import writer_lock_held

# Windows opened with "Reopen to edit": kept here so that they outlive the window that
# opened them (which closes).
_REOPENED: list = []


class FollowWriter(QObject):
    """Follows the writing window's changes into a read-only main window."""

    INTERVAL_MS = 1500

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window, self.store, self.signals = window, window.store, window.signals
        self.seen = self.store.data_version()
        self.journal_seen = self.store.last_event_id()
        self.updated_at: float | None = None
        held = writer_lock_held(self.store.path)
        self.writer_open = bool(held)
        self.writer_was_open = self.writer_open  # only then is "closed there" news
        self.label = QLabel(objectName="followStatus")
        self.reopen_button = QPushButton("Reopen to edit", objectName="reopenToEditButton")
        self.reopen_button.setToolTip("Close this read-only window and open the session to edit")
        self.reopen_button.clicked.connect(self.reopen)
        bar = window.statusBar()
        bar.addPermanentWidget(self.label)
        bar.addPermanentWidget(self.reopen_button)
        bar.setMinimumHeight(self.reopen_button.sizeHint().height())  # no jump when it shows
        self._say()
        self.timer = QTimer(self, interval=self.INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        """Redraw if the file changed since the last look; say if the writer let it go. A
        file that can no longer be read (a share or a stick gone) stops the following, with
        one line saying so, not an error box every 1.5 s."""
        try:
            self._check()
        except (sqlite3.Error, OSError) as err:
            self.timer.stop()
            self.reopen_button.hide()
            self.label.setText(
                f"Stopped following the other window: the file cannot be read ({err})"
            )
            self.label.show()

    def _check(self) -> None:
        version = self.store.data_version()
        said = False
        if version != self.seen:
            self.seen = version
            # Every change is journaled. A commit that journals none is the writer's own
            # housekeeping (clearing its mark of being open once it sits idle): nothing
            # shown changed, so nothing is redrawn and "updated" keeps its time.
            journal = self.store.last_event_id()
            if journal != self.journal_seen:
                self.journal_seen = journal
                self._redraw()
                self.updated_at = self.window.clock()
                said = True
        held = writer_lock_held(self.store.path)
        if held is not None and held != self.writer_open:
            self.writer_open = held
            self.writer_was_open |= held
            said = True
        if said:
            self._say()

    def _redraw(self) -> None:
        """Every view reads the store again, as after a change made here. Nothing is shown
        or focused: the round shown, the board's scroll position and the keyboard stay."""
        ids = [r.id for r in self.store.rounds()]
        shown = self.window.shown_round_id()
        if shown not in ids and (shown is not None or ids):
            # The round on screen was removed there (or the first round was added): the
            # board showed a round that no longer existed, under no row of the agenda.
            current = self.store.session().current_round_id
            self.window.show_round(current if current in ids else (ids[0] if ids else None))
            if shown is not None:
                self.window.show_status(
                    "The round you were looking at was removed in the other window."
                )
        self.signals.announce_outside_change(ids)

    def _say(self) -> None:
        when = (
            datetime.fromtimestamp(self.updated_at).strftime("%H:%M")
            if self.updated_at is not None
            else None
        )
        free = self.writer_was_open and not self.writer_open
        self.reopen_button.setVisible(free)
        reason = getattr(self.window, "read_only_reason", None)
        if reason is not None:  # no longer the reason once the file is free to edit
            reason.setVisible(not free)
        if self.writer_open:
            text = "Following changes made in the other window: " + (
                f"updated {when}" if when else "nothing new yet"
            )
        elif self.writer_was_open:
            text = "The other window closed this session: you can now reopen it to edit"
            # Room for it: "Read-only: Opened read-only as asked." stays in the note line.
            self.window.statusBar().clearMessage()
        elif when:
            text = f"Following changes made to this file elsewhere: updated {when}"
        else:
            text = ""
        self.label.setText(text)
        self.label.setVisible(bool(text))

    def reopen(self) -> None:
        """Open the session to edit in a new window in this one's place, then close this one
        (if it cannot be opened to edit, the usual message says why and this one stays)."""
        from ui.windows.dialogs import open_session

        win = open_session(self.store.path, self.window, clock=self.window.clock)
        if win is None or win.store.read_only:
            if win is not None and win is not self.window:
                win.close()
            return
        _REOPENED[:] = [w for w in _REOPENED if w.isVisible()]  # closed ones go
        _REOPENED.append(win)
        win.setGeometry(self.window.geometry())
        win.show()
        self.window.close()

    def stop(self) -> None:
        self.timer.stop()
