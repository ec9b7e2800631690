"""Adapts the core store's change events into Qt signals.

Views never patch themselves ahead of the store: an action calls the store, the store
commits and announces a `Change`, and this bridge re-emits it as a Qt signal that item
models and widgets listen to. One bridge per open store.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, QTimer, Signal

from roundtable.model import Change
from roundtable.store import Store

# More new notes than this in one round and one batch are announced as one change.
BULK_NOTES = 50


class StoreSignals(QObject):
    """Qt signals for one store's committed changes.

    `changed` carries every `Change`; the narrower signals let views listen only to what
    they draw. `round_id` is -1 where a change concerns no round.
    """

    changed = Signal(object)  # Change
    notes_changed = Signal(int)  # round id
    themes_changed = Signal(int)  # round id
    votes_changed = Signal(int)  # round id
    rounds_changed = Signal()
    actions_changed = Signal()
    session_changed = Signal()
    participants_changed = Signal()
    flushed = Signal()  # a batch's changes have all been announced (see `flushing`)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._held: list[Change] | None = None
        # True while a batch's changes are announced one after the other: a view that
        # redraws whole may wait for `flushed` and redraw once (a 150-note Accept all
        # redrew the board and the wall twice each, 60 ms of the UI thread).
        self.flushing = False
        self._unsubscribe = store.subscribe(self._on_change)

    def detach(self) -> None:
        """Stop listening (call before the store closes)."""
        self._unsubscribe()

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Hold changes during a many-note command, then announce each kind once per round.

        Placing 150 notes commits 150 "note_updated" changes; views redraw per change, so
        without this one click would redraw the board 150 times. A collapsed change keeps
        its id only when a single row changed.
        """
        if self._held is not None:  # already inside a batch
            yield
            return
        self._held = []
        try:
            yield
        finally:
            held, self._held = self._held, None
            merged: dict[tuple[str, int | None], Change] = {}
            added: dict[int | None, int] = {}
            for change in held:
                if change.kind == "note_added":
                    added[change.round_id] = added.get(change.round_id, 0) + 1
            for change in held:
                # New notes are announced one by one: the board inserts them by id. Many in
                # one round (an import) are one change without an id: the views redraw once
                # (3,000 notes, one by one, held the window for 1.5 s).
                key = (change.kind, change.round_id)
                if change.kind == "note_added" and added[change.round_id] <= BULK_NOTES:
                    key = (f"{change.kind}:{change.id}", change.round_id)
                first = merged.get(key)
                merged[key] = (
                    change
                    if first is None or first.id == change.id
                    else (Change(change.kind, None, change.round_id))
                )
            self.flushing = True
            try:
                for change in merged.values():
                    self._on_change(change)
            finally:
                self.flushing = False
            self.flushed.emit()

    def _on_change(self, change: Change) -> None:
        if self._held is not None:
            self._held.append(change)
            return
        self.changed.emit(change)
        kind, rid = change.kind, change.round_id if change.round_id is not None else -1
        if kind.startswith("note"):
            self.notes_changed.emit(rid)
        elif kind.startswith("theme"):
            self.themes_changed.emit(rid)
        elif kind.startswith("vote"):
            self.votes_changed.emit(rid)
        elif kind.startswith("round") or kind == "current_round_changed":
            self.rounds_changed.emit()
        elif kind.startswith("action"):
            self.actions_changed.emit()
        elif kind.startswith("session"):
            self.session_changed.emit()
        elif kind.startswith("participant"):
            self.participants_changed.emit()

    def announce_outside_change(self, round_ids: list[int]) -> None:
        """Tell every view that the file changed under it (another window wrote to it), as
        if each kind of thing in each round had changed: they all read the store again."""
        with self.batch():
            for rid in round_ids:
                for kind in ("note_updated", "theme_updated", "votes_changed"):
                    self._on_change(Change(kind, None, rid))
            for kind in ("round_updated", "action_updated", "session_updated"):
                self._on_change(Change(kind, None, None))


def once_per_batch(
    signals: StoreSignals,
    redraw: Callable[[], None],
    later: Callable[[Callable[[], None]], None] | None = None,
) -> Callable[[], None]:
    """Return a function that calls `redraw` now, or, while a batch's changes are being
    announced, once when the batch is done (Accept all on 150 notes announced a note change
    and a theme change, and the Themes and Votes panels each redrew twice). With `later`,
    the redraw after a batch is handed to it (the window's BatchRedraws.after_board_turn)."""
    pending = False

    def request() -> None:
        nonlocal pending
        if signals.flushing:
            pending = True
        else:
            redraw()

    def flush() -> None:
        nonlocal pending
        if pending:
            pending = False
            if later is None:
                redraw()
            else:
                later(redraw)

    signals.flushed.connect(flush)
    return request


class IdleCheckpoint(QObject):
    """Folds the store's write-ahead log into the session file once changes pause, and
    makes the file alone the whole session once the session sits idle.

    Each change restarts a short timer; when it runs out the store checkpoints, so a copy of
    the session file taken a moment after the last note (the README's "one file that can be
    mailed") holds every note, not just what was there when the session was opened. Such a
    copy still says notes may be missing while the session is open (left_open.py); after
    `CLEAR_MS` without a change the store also clears that mark in the file
    (`Store.idle_clear`), so a copy made at lunch or overnight opens whole and says nothing.
    """

    IDLE_MS = 1500
    # Half a minute: longer than the gaps between notes while a round runs (a clear between
    # two notes would only be undone by the second, which then folds the file in on the UI
    # thread), far shorter than a pause, a break or a night, before anyone copies the file.
    CLEAR_MS = 30_000
    # An idle clear that could not be done (another program reading or writing the file, a
    # full disk) is tried again this many times in all, then only after the next change.
    CLEAR_TRIES = 3
    # The session file was deleted or replaced while open and the session written back
    # (Store.keep_on_disk): the message says where.
    written_back = Signal(str)

    def __init__(self, signals: StoreSignals, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = signals.store
        self.timer = QTimer(self, singleShot=True, interval=self.IDLE_MS)
        self.timer.timeout.connect(self.pause)
        self.clear_timer = QTimer(self, singleShot=True, interval=self.CLEAR_MS)
        self.clear_timer.timeout.connect(self.clear)
        self._tries = 0
        signals.changed.connect(self._changed)
        if not self.store.read_only:
            # A mark a crash left is cleared too; with none, the store writes nothing.
            self.clear_timer.start()

    def _changed(self, _change: object) -> None:
        self.timer.start()
        self._tries = 0
        self.clear_timer.start()

    def pause(self) -> None:
        self.store.checkpoint()
        said = self.store.keep_on_disk()
        if said:
            self.written_back.emit(said)

    def clear(self) -> None:
        """The session has been idle: the file alone becomes the whole session. A failure
        says nothing (the mark stays, so a copy still warns) and is tried again later."""
        if self.store.idle_clear():
            self._tries = 0
            return
        self._tries += 1
        if self._tries < self.CLEAR_TRIES:
            self.clear_timer.start()

    def stop(self) -> None:
        """No checkpoint after this (call before the store closes, which checkpoints)."""
        self.timer.stop()
        self.clear_timer.stop()
