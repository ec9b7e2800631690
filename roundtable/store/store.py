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
(ballots.py), to keep each file to one idea.
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
    InvalidInput,
    clean_text,
)
from roundtable.snapshot import SessionSnapshot
from roundtable.store.ballots import BallotsMixin
from roundtable.store.contents import first_unreadable, garbled_words
from roundtable.store.file_shape import in_words
from roundtable.store.held import HeldNotesMixin
from roundtable.store.left_open import copied_while_open, mark
from roundtable.store.log_check import refuse_foreign_log
from roundtable.store.roster import RosterMixin
from roundtable.store.save_copy import write_copy
from roundtable.store.save_errors import saving_error
from roundtable.store.schema import APPLICATION_ID, SCHEMA_VERSION, migrate
from roundtable.store.session_file import (
    DamagedSessionError,
    NotASessionError,
    NotWritableError,
    ReadOnlyError,
    SessionFileError,
    WriterLock,
    check_contents,
    check_header,
    check_not_in_use,
    has_log,
    log_left_out,
    name_refused,
    read_only_connection,
    tidy_after_reading,
    unreadable_words,
    writer_lock_held,
)
from roundtable.store.session_info import SessionMixin
from roundtable.store.undo_steps import UndoStepsMixin
from roundtable.store.vectors import VectorsMixin
from roundtable.store.write_back import FileWatch
from roundtable.templates import Template

Subscriber = Callable[[Change], None]
MAX_TITLE_CHARS = 200


def _lenient_text(raw: bytes) -> str:
    return str(raw, "utf-8", "replace")


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
        # Text whose bytes were damaged on disk reads with "\ufffd" in their place: the app
        # and every export stopped with a traceback ("Could not decode to UTF-8").
        conn.text_factory = _lenient_text
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
        title = clean_text(title)
        if not title:
            raise InvalidInput("A session needs a title.")
        if len(title) > MAX_TITLE_CHARS:
            raise InvalidInput(f"A title can be at most {MAX_TITLE_CHARS} characters.")
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
            store = cls._connect(path, clock=clock, new=True)
        try:
            store._initialise(title, template, anonymous, clean_text(facilitator))
        except BaseException:
            store.close()
            path.unlink(missing_ok=True)
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
        except (NotASessionError, DamagedSessionError) as exc:
            # SQLite's "malformed" told nobody what to do with a file cut short, converted
            # as text or blank at its start: its bytes say which it was (file_shape.py).
            said = in_words(path, isinstance(exc, DamagedSessionError))
            if said is None:
                raise
            raise said from exc

    @classmethod
    def _open(cls, path: Path, *, read_only: bool, clock: Callable[[], float]) -> Store:
        check_header(path)
        # A damaged or foreign file is refused before anything is written beside it: a
        # normal connection to it left -wal and -shm files next to the damaged one. A file
        # with a write-ahead log beside it is checked through the log instead (by _connect):
        # read alone, a file whose last changes are still in its log can look damaged (a
        # checkpoint cut short by a full disk left a file that never opened again).
        newer = False
        left_open = None
        if not has_log(path):
            probe = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
            try:
                newer = check_contents(probe, path, APPLICATION_ID) > SCHEMA_VERSION
                if not writer_lock_held(path):  # (a writer's own mark says nothing)
                    left_open = copied_while_open(probe, path)
            finally:
                probe.close()
        elif not writer_lock_held(path):
            refuse_foreign_log(path)  # another file's -wal: read over ours, it mixed them
        # A file from a newer version opens read-only from the start: taking the writer
        # lock first left a lock file beside a file that was only ever read.
        store = cls._connect(path, clock=clock, read_only=read_only or newer)
        store.left_open_text = left_open
        store._mark_open()
        return store

    @classmethod
    def _connect(
        cls, path: Path, *, clock: Callable[[], float], read_only: bool = False, new: bool = False
    ) -> Store:
        lock = None
        if not read_only:
            # The folder too: SQLite makes its log beside the file, and where it could not,
            # a file whose folder alone was read-only was called damaged.
            writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
            if path.exists() and not writable:
                raise NotWritableError(
                    path,
                    f"{path} cannot be opened for writing here: the file, its folder or the"
                    " disk it is on is write-protected. Open it read-only, or copy it to a"
                    " folder you can write to.",
                )
            lock = WriterLock(path)
            lock.acquire(path)
        conn: sqlite3.Connection | None = None
        try:
            conn = read_only_connection(path) if read_only else sqlite3.connect(path)
            conn.isolation_level = None
            reason = None
            if read_only:
                if writer_lock_held(path):
                    reason = "Open for editing in another Roundtable window."
                elif not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
                    # A USB stick or a share: "as asked" sent the organizer who wanted to fix
                    # a typo looking for a way to ask otherwise.
                    reason = "The file, its folder or the disk it is on is write-protected."
                    if log_left_out(path):  # a crash's latest notes: said, not left out
                        reason += (
                            f" Its latest changes, in {path.name}-wal beside it, cannot be"
                            " read there: copy both files to a folder you can write to and"
                            " open it from there."
                        )
                else:
                    reason = "Opened read-only as asked."
            if not new:
                version = check_contents(conn, path, APPLICATION_ID)
                if version > SCHEMA_VERSION:
                    reason = (
                        f"{path.name} was saved by a newer version of Roundtable (file format "
                        f"{version}, this app reads up to {SCHEMA_VERSION}). It is open "
                        "read-only; update Roundtable to change it."
                    )
                    if not read_only:
                        conn.close()
                        conn = read_only_connection(path)
                        conn.isolation_level = None
                        lock.release()  # type: ignore[union-attr]
                        lock = None
                if lock is not None:
                    check_not_in_use(conn, path)
            conn.execute("PRAGMA foreign_keys = ON")
            if reason is None:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = FULL")
                db = sqlite_utils.Database(conn)
                if new:
                    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                migrate(db)
            garbled: list[tuple[str, int, str]] = []
            if not new and (reason is None or version == SCHEMA_VERSION):
                conn.text_factory = _lenient_text  # as the store reads it (__init__)
                problem = first_unreadable(conn, garbled)
                if problem is not None:
                    raise DamagedSessionError(
                        path, unreadable_words(path, f"is damaged: {problem} cannot be read")
                    )
        except BaseException as exc:
            # Closed, not left to the garbage collector: a refused file (in use by another
            # program, say) must be left as it was found, with nothing of ours holding it.
            if conn is not None:
                conn.close()
            if lock:
                lock.release()
            if isinstance(exc, sqlite3.DatabaseError):
                raise SessionFileError(path, f"{path} could not be opened: {exc}.") from exc
            raise
        store = cls(path, conn, lock=lock, read_only_reason=reason, clock=clock)
        store.unreadable_text = garbled_words(garbled)
        return store

    def _mark_open(self) -> None:
        """Mark the file as open for writing, in the file itself (folded in at once), so
        that a copy of it alone made from now until it closes says so (left_open.py)."""
        if self.read_only_reason is None:
            with suppress(sqlite3.Error):
                mark(self.db.conn, self._now_iso())
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

    def keep_on_disk(self) -> str | None:
        """Write the session back if its file was deleted or replaced while open (see
        write_back.py); a message for the user the first time, else None."""
        return None if self._watch is None else self._watch.keep(self.db.conn)

    def save_copy(self, path: str | Path) -> Path:
        """Write the whole session, as it is now, to another file (see save_copy.py); works
        read-only too. SessionFileError says why nothing was written."""
        return write_copy(self.db.conn, self.path, Path(path))

    def close(self) -> None:
        """Close the file and release the writer lock. Safe to call twice."""
        with suppress(sqlite3.Error):
            self.keep_on_disk()  # a session whose file was deleted: its copy, complete
        try:
            if self.read_only_reason is None:
                mark(self.db.conn, None)  # closed: the file alone is the whole session
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
        try:
            with self._saving(), self.db.atomic():
                yield
        except BaseException:
            self._pending = []
            raise
        finally:
            self._depth = 0
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
            )
