"""Opening a session file: the checks before anything is written, and the connection.

`Store.open` and `Store.create` (store.py) call `look_before_opening` and `connect`; what
they find (why the file is read-only, rows whose characters could not be read, a copy made
while the session was open) travels to the window in `Opened` and on the store.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from roundtable.store.contents import first_unreadable
from roundtable.store.disk_space import disk_full
from roundtable.store.left_open import copied_while_open
from roundtable.store.log_check import refuse_foreign_log
from roundtable.store.old_format import show_as_current
from roundtable.store.schema import APPLICATION_ID, SCHEMA_VERSION, migrate
from roundtable.store.session_file import (
    DamagedSessionError,
    NotWritableError,
    SessionFileError,
    WriterLock,
    check_contents,
    check_header,
    check_not_in_use,
    has_log,
    log_left_out,
    read_only_connection,
    unreadable_words,
    writer_lock_held,
)


def lenient_text(raw: bytes) -> str:
    """Text as the store reads it: bytes damaged on disk become "\ufffd" (the app and every
    export stopped with a traceback, "Could not decode to UTF-8")."""
    return str(raw, "utf-8", "replace")


@dataclass
class Opened:
    """A connection to a session file, with what was found while opening it."""

    conn: sqlite3.Connection
    lock: WriterLock | None
    read_only_reason: str | None
    garbled: list[tuple[str, int, str]]  # rows with characters that could not be read
    older: int | None = None  # the format of an older file opened read-only (not upgraded)


@dataclass(frozen=True)
class FirstLook:
    newer: bool  # saved by a newer version: open read-only from the start
    left_open: str | None  # what to say of a copy made while the session was open


def look_before_opening(path: Path) -> FirstLook:
    """Refuse a damaged or foreign file before anything is written beside it.

    A normal connection to it left -wal and -shm files next to the damaged one. A file with a
    write-ahead log beside it is checked through the log instead (by `connect`): read alone,
    a file whose last changes are still in its log can look damaged (a checkpoint cut short
    by a full disk left a file that never opened again).
    """
    check_header(path)
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
    return FirstLook(newer, left_open)


def _writer_lock(path: Path) -> WriterLock:
    # The folder too: SQLite makes its log beside the file, and where it could not, a file
    # whose folder alone was read-only was called damaged.
    writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    if path.exists() and not writable:
        raise NotWritableError(
            path,
            f"{path} cannot be opened for writing here: the file, its folder or the disk it"
            " is on is write-protected. Open it read-only, or copy it to a folder you can"
            " write to.",
        )
    lock = WriterLock(path)
    lock.acquire(path)
    return lock


def _why_read_only(path: Path) -> str:
    if writer_lock_held(path):
        return "Open for editing in another Roundtable window."
    if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        # A USB stick or a share: "as asked" sent the organizer who wanted to fix a typo
        # looking for a way to ask otherwise.
        reason = "The file, its folder or the disk it is on is write-protected."
        if log_left_out(path):  # a crash's latest notes: said, not left out
            reason += (
                f" Its latest changes, in {path.name}-wal beside it, cannot be read there:"
                " copy both files to a folder you can write to and open it from there."
            )
        return reason
    if disk_full(path):  # what to do to write to it again, not "as asked"
        return "The disk it is on is full: make room on it and open the file again to change it."
    return "Opened read-only as asked."


def connect(path: Path, *, read_only: bool = False, new: bool = False) -> Opened:
    """Connect to `path` for writing (taking the writer lock) or read-only, migrate it to
    this version's format when writable, and read every row once as the store will.

    Raises a SessionFileError subclass, with nothing of ours left holding the file.
    """
    lock = None if read_only else _writer_lock(path)
    conn: sqlite3.Connection | None = None
    try:
        conn = read_only_connection(path) if read_only else sqlite3.connect(path)
        conn.isolation_level = None
        reason = _why_read_only(path) if read_only else None
        version = SCHEMA_VERSION
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
                    assert lock is not None
                    lock.release()
                    lock = None
            if lock is not None:
                check_not_in_use(conn, path)
        conn.execute("PRAGMA foreign_keys = ON")
        if reason is None:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            if new:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            migrate(sqlite_utils.Database(conn))
        older = None
        if not new and reason is not None and version < SCHEMA_VERSION:
            # Not upgraded: read as if it were (old_format.py), nothing written to it.
            show_as_current(conn, version)
            conn.text_factory = lenient_text
            older = version
        garbled: list[tuple[str, int, str]] = []
        if not new and (reason is None or version == SCHEMA_VERSION):
            conn.text_factory = lenient_text  # as the store reads it
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
    return Opened(conn, lock, reason, garbled, older)
