"""The store: the one place that reads and writes a session file.

`Store` opens one `.roundtable` file (SQLite through sqlite-utils) on the calling thread and
keeps it for its life. Every change is one transaction that also journals an event, is on
disk (WAL, synchronous=FULL) when the method returns, and is then announced to subscribers
as a `Change`. Reads return the frozen dataclasses of `roundtable.model`. Themes and votes
live in `BoardMixin` (board.py), action items in `ActionsMixin` (actions.py), note vectors in
`VectorsMixin` (vectors.py), rounds in `AgendaMixin` (agenda.py), notes in `NotesMixin`
(notes.py), phone notes held for the facilitator in `HeldNotesMixin` (held.py), the
session's own settings and journal in `SessionMixin` (session_info.py) and the app's saved
undo history in `UndoStepsMixin` (undo_steps.py), dot voting from phones in `BallotsMixin`
(ballots.py), and the checks and connection of opening a file in opening.py, to keep each
file to one idea.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from roundtable.model import (
    Change,
    not_a_file_words,
    validate_facilitator,
    validate_session_title,
)
from roundtable.snapshot import SessionSnapshot
from roundtable.store.ballots import BallotsMixin
from roundtable.store.contents import garbled_words
from roundtable.store.disk_space import disk_full, full_disk_words
from roundtable.store.file_shape import in_words
from roundtable.store.held import HeldNotesMixin
from roundtable.store.left_open import fold_in, is_marked, mark
from roundtable.store.old_format import older_words
from roundtable.store.opening import connect, lenient_text, look_before_opening
from roundtable.store.roster import RosterMixin
from roundtable.store.save_copy import write_copy
from roundtable.store.save_errors import saving_error
from roundtable.store.session_file import (
    DamagedSessionError,
    NotASessionError,
    NotWritableError,
    ReadOnlyError,
    SessionFileError,
    SessionLockedError,
    WriterLock,
    name_refused,
    tidy_after_reading,
)
from roundtable.store.session_info import SessionMixin
from roundtable.store.undo_steps import UndoStepsMixin
from roundtable.store.vectors import VectorsMixin
from roundtable.store.write_back import FileWatch
from roundtable.templates import Template

Subscriber = Callable[[Change], None]


class Store(SessionMixin, RosterMixin, HeldNotesMixin, UndoStepsMixin, VectorsMixin, BallotsMixin):
    """A session file opened for reading and (unless read-only) writing."""

    def __init__(
        self,
        path: Path,
        conn: sqlite3.Connection,
        *,
        lock: WriterLock | None,
        read_only_reason: str | None,
        clock: Callable[[], float],
    ) -> None:
        self.path = path
        conn.text_factory = lenient_text  # damaged bytes read as "\ufffd" (opening.py)
        self.db = sqlite_utils.Database(conn)
        self._lock = lock
        self.read_only_reason = read_only_reason
        self.clock = clock
        self._subscribers: list[Subscriber] = []
        self._pending: list[Change] = []
        self._depth = 0  # transaction() nesting
        self._origin: dict[str, Any] | None = None  # see _session_origin
        self._watch = FileWatch(path) if read_only_reason is None else None
        # Said when the window opens: rows with characters that could not be read, and a
        # copy made while the session was open (left_open.py).
        self.unreadable_text: str | None = None
        self.left_open_text: str | None = None
        self.older_text: str | None = None  # an older file opened read-only (old_format.py)
        self._marked = False  # the file says it is open for writing (left_open.py)
        self._unfolded = False  # the mark cleared in the log, not yet in the file (idle_clear)

    # ----- opening and closing -------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: str | Path,
        *,
        title: str,
        template: Template | None = None,
        anonymous: bool | None = None,
        facilitator: str = "",
        clock: Callable[[], float] = time.time,
    ) -> Store:
        """Make a new session file from a template (or with no rounds) and open it."""
        path = Path(path)
        title = validate_session_title(title)
        facilitator = validate_facilitator(facilitator)
        with name_refused(path):
            if path.exists():
                raise SessionFileError(path, f"{path} already exists; choose another name.")
            if not path.parent.is_dir():
                # Not "its folder is not writable ... open it read-only": nothing to open.
                raise SessionFileError(
                    path, f"The folder {path.parent} does not exist; create it or choose another."
                )
            if not os.access(path.parent, os.W_OK):
                # Not the writer lock's "open it read-only": there is no file to open yet.
                raise SessionFileError(
                    path,
                    f"{path.name} cannot be made in {path.parent}: that folder is"
                    " write-protected (a read-only disk or share, or someone else's folder)."
                    " Choose another place, such as your Documents folder.",
                )
            try:
                store = cls._connect(path, clock=clock, new=True)
            except SessionFileError as exc:
                # An empty file left behind stopped the same name from being used again
                # ("already exists") once room was made, and opened as "empty (0 bytes)".
                # Not one refused before it was ours: made an instant before by another.
                if not isinstance(exc, SessionLockedError | NotWritableError):
                    _remove_new(path)
                if isinstance(exc.__cause__, sqlite3.Error) and disk_full(path):
                    raise SessionFileError(path, full_disk_words(path, new=True)) from exc
                raise
        try:
            store._initialise(title, template, anonymous, facilitator)
        except BaseException:
            store.close()
            _remove_new(path)
            raise
        store._mark_open()  # (and the new file alone is a whole session from the start)
        return store

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        read_only: bool = False,
        clock: Callable[[], float] = time.time,
    ) -> Store:
        """Open an existing session file.

        Raises a SessionFileError subclass when the file is missing, not a session, damaged
        or open elsewhere. A file from a newer version opens read-only; `read_only_reason`
        says why.
        """
        path = Path(path)
        try:
            return cls._open(path, read_only=read_only, clock=clock)
        except SessionFileError as exc:
            # SQLite's "disk I/O error" on a full disk is no damage: said so, and read-only
            # offered (it opens as immutable there, read_only_connection).
            # Only a failure to write (I/O, full): a damaged file on a full disk is damaged.
            sqlite_failed = _no_room(exc.__cause__)
            if sqlite_failed and not isinstance(exc, SessionLockedError) and disk_full(path):
                if read_only:
                    raise SessionFileError(path, full_disk_words(path, read_only)) from exc
                raise NotWritableError(path, full_disk_words(path, read_only)) from exc
            if not isinstance(exc, NotASessionError | DamagedSessionError):
                raise
            # SQLite's "malformed" told nobody what to do with a file cut short, converted
            # as text or blank at its start: its bytes say which it was (file_shape.py).
            said = in_words(path, isinstance(exc, DamagedSessionError))
            if said is None:
                raise
            raise said from exc

    @classmethod
    def _open(cls, path: Path, *, read_only: bool, clock: Callable[[], float]) -> Store:
        if said := not_a_file_words(path):
            raise SessionFileError(path, f"{said} Nothing was changed.")
        look = look_before_opening(path)
        # A file from a newer version opens read-only from the start: taking the writer
        # lock first left a lock file beside a file that was only ever read.
        store = cls._connect(path, clock=clock, read_only=read_only or look.newer)
        store.left_open_text = look.left_open
        # Marked as open with its first change, not as it opens: a file opened only to
        # look at was written (and, in a synced folder, sent again) each time. A mark
        # already there (a crash's, or a copy's) is cleared as it closes.
        store._marked = store.read_only_reason is None and is_marked(store.db.conn)
        return store

    @classmethod
    def _connect(
        cls, path: Path, *, clock: Callable[[], float], read_only: bool = False, new: bool = False
    ) -> Store:
        opened = connect(path, read_only=read_only, new=new)
        store = cls(
            path,
            opened.conn,
            lock=opened.lock,
            read_only_reason=opened.read_only_reason,
            clock=clock,
        )
        store.unreadable_text = garbled_words(opened.garbled)
        if opened.older is not None:
            store.older_text = older_words(path.name, opened.older)
        return store

    def _mark_open(self) -> None:
        """Mark the file as open for writing, in the file itself (folded in at once), so
        that a copy of it alone made from now until it closes says so (left_open.py)."""
        if self.read_only_reason is None:
            with suppress(sqlite3.Error):
                mark(self.db.conn, self._now_iso())
                self._marked = True
            self.checkpoint()

    def checkpoint(self) -> None:
        """Fold the write-ahead log into the session file itself.

        Committed changes are safe in the `-wal` side file, but a copy of the `.roundtable`
        file alone (mailed, or put on a USB stick at a break) holds only what has been folded
        in. The app calls this when the facilitator pauses, so such a copy is complete; it
        never waits for other readers and never raises (the next pause tries again).
        """
        if self.read_only_reason is not None:
            return
        with suppress(sqlite3.Error):
            self.db.execute("PRAGMA wal_checkpoint(PASSIVE)")

    def idle_clear(self) -> bool:
        """The session sits idle (no change for a while): make the file alone the whole
        session, without the mark of being open, so a copy of it made now (mailed at lunch,
        put on a USB stick overnight) opens with every note and no warning. The next change
        marks the file again, as the first change after opening does (left_open.py).

        Writes nothing when there is nothing to clear: no change since the file opened or
        since the last idle clear, or a file opened read-only. Never waits for another
        program and never raises: False when it cannot be done now (a reader still on an
        older state of the file, another program writing to it, a full disk). Nothing is
        lost then, the mark stays (a copy still says notes may be missing), and the caller
        may try again later.
        """
        if self.read_only_reason is not None or not (self._marked or self._unfolded):
            return True
        if self.db.conn.in_transaction:
            return False
        try:
            with self._not_waiting():
                if self._marked:
                    # Every change into the file first, with the mark still on: a copy
                    # without the mark must hold every change. (A fold cut short, by a full
                    # disk or a failing USB stick, stops here, before the mark is touched.)
                    if not fold_in(self.db.conn):
                        return False
                    with self._saving(), self.db.atomic():
                        mark(self.db.conn, None)
                    self._marked = False  # the next change marks the file again
                    if self._watch is not None and self._watch.copy is not None:
                        # The file was deleted and the session written back: that copy,
                        # the one to mail, goes without the mark too.
                        self._watch.keep(self.db.conn)
                    # Not in the file until the fold below says so: a fold the disk refuses
                    # raises, and the next try must still fold the cleared mark in.
                    self._unfolded = True
                # Only the mark's own page goes in now: the file does not grow. A reader
                # that came in between holds it back: the next try folds it in.
                self._unfolded = not fold_in(self.db.conn)
        except (SessionFileError, sqlite3.Error):
            return False
        return not self._unfolded

    @contextmanager
    def _not_waiting(self) -> Iterator[None]:
        """SQLite's wait for another program's lock (the connection's 5 s) off for a moment:
        the window must not stall on a pause's housekeeping."""
        waited = int(self.db.execute("PRAGMA busy_timeout").fetchone()[0])
        self.db.execute("PRAGMA busy_timeout = 0")
        try:
            yield
        finally:
            self.db.execute(f"PRAGMA busy_timeout = {waited}")

    def keep_on_disk(self) -> str | None:
        """Write the session back if its file was deleted or replaced while open (see
        write_back.py); a message for the user the first time, else None."""
        return None if self._watch is None else self._watch.keep(self.db.conn)

    def save_copy(self, path: str | Path, *, without_writers: bool = False) -> Path:
        """Write the whole session, as it is now, to another file (see save_copy.py); works
        read-only too. `without_writers`: the copy records no note's writer and is marked
        anonymous (no_writers.py). SessionFileError says why nothing was written."""
        return write_copy(self.db.conn, self.path, Path(path), without_writers=without_writers)

    def close(self) -> None:
        """Close the file and release the writer lock. Safe to call twice."""
        unmarked = False
        if self.read_only_reason is None and self._marked:
            with suppress(sqlite3.Error):
                mark(self.db.conn, None)  # closed: the file alone is the whole session
                unmarked = True
        with suppress(sqlite3.Error):
            # A session whose file was deleted: its copy, complete and, written after the
            # mark went, without it (it said "copied while it was open" ever after).
            self.keep_on_disk()
        try:
            # (An idle clear a reader held back has its cleared mark only in the log.)
            if unmarked or self._unfolded:
                self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error:
            pass
        self.db.conn.close()
        if self._lock:
            self._lock.release()
            self._lock = None
        elif self.read_only_reason is not None and os.access(self.path.parent, os.W_OK):
            tidy_after_reading(self.path)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    @property
    def opening_news(self) -> list[str]:
        """What to tell whoever opened the file, found as it opened: a file of an older format
        shown as it is (read-only, not upgraded), a copy made while the session was open,
        notes with characters that could not be read."""
        found = (self.older_text, self.left_open_text, self.unreadable_text)
        return [news for news in found if news]

    def data_version(self) -> int:
        """A number that changes when another connection commits to the file (SQLite's
        data_version): how a read-only window notices the writer's changes."""
        return int(self.db.execute("PRAGMA data_version").fetchone()[0])

    # ----- change events -------------------------------------------------------------------

    def subscribe(self, callback: Subscriber) -> Callable[[], None]:
        """Call `callback(change)` after each committed change; returns an unsubscribe."""
        self._subscribers.append(callback)
        return lambda: self._subscribers.remove(callback)

    def _emit(self, kind: str, id: int | None = None, round_id: int | None = None) -> None:
        self._pending.append(Change(kind, id, round_id))

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Several changes saved as one: all of them or, on any error, none.

        An undo step that takes three calls (merging themes back apart: the theme, its notes,
        its votes) must not be left a third done by a crash or a full disk. Changes inside are
        announced once the whole transaction is on disk; nested, it is a savepoint.
        """
        if self.read_only_reason is not None:
            raise ReadOnlyError(self.path, self.read_only_reason)
        if self._depth:
            already = len(self._pending)
            try:
                with self.db.atomic():
                    yield
            except BaseException:
                del self._pending[already:]  # rolled back: nothing of it to announce
                raise
            return
        self._pending = []
        self._depth = 1
        marking = not self._marked
        try:
            with self._saving(), self.db.atomic():
                if marking:  # the first change: from now a copy of the file alone is not whole
                    mark(self.db.conn, self._now_iso())
                yield
        except BaseException:
            self._pending = []
            raise
        finally:
            self._depth = 0
        if marking:
            self._marked = True
            self.checkpoint()  # the mark in the file itself, where a copy of it alone sees it
        pending, self._pending = self._pending, []
        for change in pending:
            for callback in list(self._subscribers):
                callback(change)

    @contextmanager
    def _saving(self) -> Iterator[None]:
        """Turn SQLite's errors on saving into messages that say what to do."""
        try:
            yield
        except sqlite3.OperationalError as exc:
            refused = saving_error(self.path, exc)
            if refused is None:
                raise
            raise refused from exc

    @contextmanager
    def _write(self, kind: str, payload: dict[str, Any]) -> Iterator[dict[str, Any]]:
        """One journaled change; subscribers hear about it only after it committed.

        The body may add to `payload` (for example the id it created) before it is journaled.
        """
        with self.transaction():
            yield payload
            self.db.execute(
                "INSERT INTO events (at, kind, payload_json) VALUES (?, ?, ?)",
                [self._now_iso(), kind, json.dumps(payload, ensure_ascii=False)],
            )

    def _now_iso(self) -> str:
        return datetime.fromtimestamp(self.clock(), UTC).isoformat(timespec="milliseconds")

    def snapshot(self) -> SessionSnapshot:
        """The whole session as plain data, read in one transaction (safe to hand to threads)."""
        with self.db.atomic():
            return SessionSnapshot(
                path=self.path,
                session=self.session(),
                participants=tuple(self.participants()),
                rounds=tuple(self.rounds()),
                notes=tuple(self.notes()),
                themes=tuple(self.themes()),
                votes=tuple(self.votes()),
                actions=tuple(self.actions()),
                phone_voted_rounds=self.phone_voted_rounds(),
            )


def _no_room(error: BaseException | None) -> bool:
    """Whether SQLite failed as it does for want of room ("disk I/O error", "database or
    disk is full"), not as for a damaged file ("malformed", "not a database")."""
    if not isinstance(error, sqlite3.Error):
        return False
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:
        return "disk I/O error" in str(error) or "is full" in str(error)
    return code & 0xFF in (sqlite3.SQLITE_IOERR, sqlite3.SQLITE_FULL)


def _remove_new(path: Path) -> None:
    """Remove a session file that could not be made whole, with SQLite's side files."""
    for end in ("", "-wal", "-shm"):
        path.with_name(path.name + end).unlink(missing_ok=True)
