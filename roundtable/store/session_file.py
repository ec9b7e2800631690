"""Opening a session file safely: the writer lock, file checks and the errors users see.

A session is one SQLite file. Before the store touches it, this module makes sure that it
is a Roundtable session (not some other file), that it is not damaged, that no other
process has it open for writing, and whether it comes from a newer version of the app. Each
problem becomes a `SessionFileError` whose message names the file and says what to do.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from roundtable.store.disk_space import disk_full

SQLITE_HEADER = b"SQLite format 3\x00"


class SessionFileError(Exception):
    """A session file that cannot be used as asked; `str(err)` is the message for the user.

    A change the file refused (save_errors.py) also keeps its parts, for a command that says
    more of what was lost than "the last change" (a CSV import): `why` it was refused, what
    to do `then`, and whether the disk is `full`."""

    def __init__(
        self, path: Path, message: str, *, why: str = "", then: str = "", full: bool = False
    ) -> None:
        super().__init__(message)
        self.path = path
        self.why, self.then, self.full = why, then, full


@contextmanager
def name_refused(path: Path) -> Iterator[None]:
    """A new file's name the disk refuses, as a SessionFileError: a title of 100 Japanese
    characters (300 bytes; a disk takes 255 a name) was "Unexpected error" and a traceback
    from the start screen."""
    try:
        yield
    except OSError as exc:
        raise SessionFileError(
            path,
            f"{path.name} cannot be made in {path.parent} ({exc.strerror or exc});"
            " choose a shorter name or another place.",
        ) from exc


class NotASessionError(SessionFileError):
    """The file is not a Roundtable session (or is too damaged to tell)."""


class BusyError(SessionFileError):
    """Another program was reading the file at the instant a change was saved; nothing of
    the change was kept, and trying again shortly normally works."""


class DamagedSessionError(SessionFileError):
    """The file is a session but SQLite reports damage; nothing has been changed."""


class ForeignLogError(SessionFileError):
    """The `-wal` file beside the session belongs to another file (log_check.py); nothing
    has been read through it or changed."""


class SessionLockedError(SessionFileError):
    """Another process has the file open for writing."""


class InUseByAnotherProgramError(SessionLockedError):
    """Another program (not Roundtable: a database browser, a sync tool) is writing to the
    file; it can be opened read-only, or for writing once that program lets go."""


class NotWritableError(SessionFileError):
    """The file can be read but not written where it is (a read-only disk, share or folder,
    or a write-protected file): it can still be opened read-only."""


class ReadOnlyError(SessionFileError):
    """A change was asked of a session that is open read-only."""


def lock_path(path: Path) -> Path:
    """The side file whose lock marks `path` as open for writing."""
    return path.with_name(f".{path.name}.lock")


# A read-only window looks every 1.5 s whether the writer is still there by taking the lock
# for an instant (writer_lock_held); a window opening the file for writing in that instant
# was told it was in use. Opening tries again a few times over half a second first.
LOCK_TRIES = 6
LOCK_PAUSE_S = 0.1


def _pause(seconds: float) -> None:
    time.sleep(seconds)


class WriterLock:
    """An exclusive, process-wide lock on a session file, released when the process dies.

    The lock is taken on a small side file, not on the database, so it never interferes with
    SQLite's own locking. The operating system drops it if the process is killed, so a crash
    never leaves a session locked.
    """

    def __init__(self, path: Path) -> None:
        self.path = lock_path(path)
        self._fh: IO[bytes] | None = None

    def acquire(self, session_path: Path, tries: int = LOCK_TRIES) -> None:
        """Take the lock, trying `tries` times in all (LOCK_PAUSE_S apart) while someone
        else has it, or raise SessionLockedError."""
        try:
            fh = open(self.path, "a+b")  # noqa: SIM115 - held open while locked
        except OSError as exc:
            raise NotWritableError(
                session_path,
                f"{session_path} cannot be opened for writing: its folder is not writable "
                f"({exc.strerror}). Open it read-only, or copy it to a folder you can write to.",
            ) from exc
        try:
            _lock_patiently(fh, tries)
        except OSError as exc:
            fh.close()
            raise SessionLockedError(
                session_path,
                f"{session_path} is already open in another Roundtable window or program. "
                "Close it there first, or open it read-only to look at it.",
            ) from exc
        self._fh = fh

    def release(self) -> None:
        if self._fh is not None:
            # The side file stays: unlinking it would let a process that opened it a moment
            # earlier lock a file nobody else can see any more.
            self._fh.close()
            self._fh = None


def _lock_patiently(fh: IO[bytes], tries: int) -> None:
    """Lock the side file for writing, trying again after a pause while someone else has it;
    the last try's OSError is raised."""
    for attempt in range(1, max(1, tries) + 1):
        try:
            _lock_now(fh, shared=False)
            return
        except OSError:
            if attempt >= tries:
                raise
        _pause(LOCK_PAUSE_S)


def _lock_now(fh: IO[bytes], *, shared: bool) -> None:
    """Lock the open side file without waiting, or raise OSError if someone else has it.
    (Windows has no shared lock: there `shared` takes the only kind there is.)"""
    if sys.platform == "win32":
        import msvcrt

        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(fh.fileno(), (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)


def writer_lock_held(path: Path) -> bool | None:
    """Whether a Roundtable window (in this process or another) has `path` open for writing
    now; None when that cannot be told (the lock file cannot be read).

    Only looks: the lock is taken shared for an instant and let go, and a file that never had
    a lock file is not given one (nobody has it open for writing). A read-only window asks
    this every couple of seconds to say when the writing window has let the file go.
    """
    try:
        fh = open(lock_path(path), "rb")  # noqa: SIM115 - closed below, after the unlock
    except FileNotFoundError:
        return False
    except OSError:
        return None
    try:
        try:
            _lock_now(fh, shared=True)
        except OSError:
            return True
        if sys.platform == "win32":
            import msvcrt

            fh.seek(0)
            msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)
        # (On other systems closing the file lets go of the lock.)
        return False
    finally:
        fh.close()


def check_header(path: Path) -> None:
    """Refuse files that are missing, empty, or not SQLite at all, before SQLite sees them."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except FileNotFoundError as exc:
        raise SessionFileError(path, f"{path} does not exist.") from exc
    except IsADirectoryError as exc:
        raise NotASessionError(path, f"{path} is a folder, not a session file.") from exc
    except OSError as exc:
        raise SessionFileError(path, f"{path} cannot be read ({exc.strerror}).") from exc
    if head != SQLITE_HEADER:
        raise NotASessionError(
            path,
            f"{path} is not a Roundtable session file (it is empty or another kind of file). "
            "Nothing was changed.",
        )


# A file being written at the instant it is read: tried again this often, this far apart.
BUSY_TRIES = 5
BUSY_WAIT_S = 0.2


def _first_problem(problems: list[str]) -> str:
    """SQLite's findings in one line: the first, and how many more ("*** in database main
    ***" and the rest of its report ran to six lines in a message that should be one)."""
    lines = [
        line.strip()
        for problem in problems
        for line in problem.splitlines()
        if line.strip() and not line.strip().startswith("***")
    ]
    if not lines:
        return "its own check failed"
    more = f", and {len(lines) - 1} more" if len(lines) > 1 else ""
    return f"SQLite found: {lines[0]}{more}"


def check_contents(conn: sqlite3.Connection, path: Path, application_id: int) -> int:
    """Check the open file is an undamaged session; return its schema version."""
    for attempt in range(BUSY_TRIES):
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            problems = [r[0] for r in conn.execute("PRAGMA quick_check(5)")]
            break
        except sqlite3.OperationalError as exc:
            # Read while the app saves a large change: busy for a moment, not damaged (it
            # was called damaged, "locking protocol", during a 10,000-note import).
            busy = "locking protocol" in str(exc) or "locked" in str(exc)
            if busy and attempt < BUSY_TRIES - 1:
                time.sleep(BUSY_WAIT_S)
                continue
            if busy:
                raise SessionFileError(
                    path,
                    f"{path} is busy: the app is saving a large change to it ({exc}). "
                    "Nothing was changed; try again in a moment.",
                ) from exc
            raise DamagedSessionError(path, _unreadable(path, exc)) from exc
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # names no longer UTF-8
            raise DamagedSessionError(path, _unreadable(path, exc)) from exc
    if app_id != application_id or "notes" not in tables:
        raise NotASessionError(
            path, f"{path} is a database, but not a Roundtable session. Nothing was changed."
        )
    if problems != ["ok"]:
        raise DamagedSessionError(
            path,
            f"{path} is damaged ({_first_problem(problems)}). Nothing was changed; "
            "open a copy you mailed or saved earlier, or run `roundtable rescue` on it to copy what"
            " can still be read into a new file.",
        )
    return int(version)


# How long opening waits for another program's write to end before calling the file in use.
# Short: SQLite's own wait (the connection's 5 s busy timeout) is what froze the window.
IN_USE_WAIT_MS = 250


def check_not_in_use(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse a file that another program is writing to, before anything is typed into it.

    Roundtable's own `WriterLock` cannot see a database browser or a sync tool holding
    SQLite's write lock: the file opened as if writable, and the first note then waited
    5 s and was not saved. Taking the write lock for a moment (and writing nothing) tells.
    Readers do not hold it in WAL mode, so a file that is only being read still opens.
    """
    waited = int(conn.execute("PRAGMA busy_timeout").fetchone()[0])
    conn.execute(f"PRAGMA busy_timeout = {IN_USE_WAIT_MS}")
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
    except sqlite3.OperationalError as exc:
        # The primary result code; the extended ones (SQLITE_BUSY_SNAPSHOT...) add high bits.
        if exc.sqlite_errorcode & 0xFF not in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            raise
        raise InUseByAnotherProgramError(
            path,
            f"{path} is being used by another program (a database browser or a sync tool?). "
            "Close it there and try again, or open the session read-only to look at it.",
        ) from exc
    finally:
        conn.execute(f"PRAGMA busy_timeout = {waited}")


def _unreadable(path: Path, exc: Exception) -> str:
    return unreadable_words(path, f"is damaged and cannot be read ({exc})")


def unreadable_words(path: Path, what: str) -> str:
    """The message for a damaged file: `what` is wrong with it, and what to do."""
    return (
        f"{path} {what}. Nothing was changed; "
        "open a copy you mailed or saved earlier, or run `roundtable rescue` on it to copy what"
        " can still be read into a new file."
    )


def has_log(path: Path) -> bool:
    """Whether the session file has a write-ahead log beside it with changes in it."""
    log = path.with_name(path.name + "-wal")
    try:
        return log.stat().st_size > 0
    except OSError:
        return False


def tidy_after_reading(path: Path) -> None:
    """Remove the empty side files (`-wal`, `-shm`) a read-only look left beside the file.

    A read-only connection makes them but may not delete them, so exporting minutes or
    opening a follow-up left two stray files by the session. Only when nobody is writing
    (the writer lock is free) and the log holds nothing: then a brief read-write connection
    is opened and closed, and SQLite removes them itself, and only if no other program still
    reads the file. The session file is not changed, and no lock file is made: a file that
    never had one (a copy mailed in) was left with a hidden ".name.lock" beside it, though
    only read; where there is none, no Roundtable window is writing, and SQLite's own locks
    keep a writer that starts now safe. Never raises.
    """
    log = path.with_name(path.name + "-wal")
    try:
        if log.stat().st_size > 0:
            return  # changes not yet folded in: that is the next writer's job, not a reader's
    except OSError:
        return  # no log: nothing to tidy
    lock = WriterLock(path)
    if lock.path.exists():
        try:
            lock.acquire(path, tries=1)  # a writer has it: nothing to tidy, no waiting
        except SessionFileError:
            return
    try:
        conn = sqlite3.connect(path)
        try:
            conn.execute("PRAGMA schema_version").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        pass
    finally:
        lock.release()


def read_only_connection(path: Path) -> sqlite3.Connection:
    """A connection that never writes, and leaves the folder as it found it.

    Where nothing can be written at all (a read-only disk or share), SQLite could not even
    make the side file its write-ahead log needs and the file was called damaged: there the
    file is opened as immutable. Where the folder can be written but the file cannot (a
    colleague's file, a write-protected one), SQLite made `-wal` and `-shm` files beside it
    that it could then not remove: they stayed, owned by the viewer, and could stop the
    file's owner from writing to it again. There too the file is opened as immutable, unless
    its log is already there (its owner is writing to it: the log holds their latest notes).
    Immutable reads only the file, which is the whole session: the app folds the log into
    the file whenever it closes one."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    folder_locked = not os.access(path.parent, os.W_OK)
    if folder_locked and has_log(path) and _side_file(path, "-shm"):
        # A crash's log and its index on a USB stick: SQLite reads both where they are
        # (immutable left the notes typed after the last checkpoint out, without a word).
        return sqlite3.connect(uri, uri=True)
    # On a full disk too (no room for SQLite's index of the log), unless the log has changes.
    full = not has_log(path) and disk_full(path)
    if folder_locked or (not os.access(path, os.W_OK) and not _side_files(path)) or full:
        uri += "&immutable=1"
    return sqlite3.connect(uri, uri=True)


def log_left_out(path: Path) -> bool:
    """Whether a read-only opening of `path` leaves out the changes in its log: a log with
    changes in it is beside it, on a disk or in a folder that cannot be written, without
    the index (`-shm`) that SQLite needs to read it there."""
    folder_locked = not os.access(path.parent, os.W_OK)
    return folder_locked and has_log(path) and not _side_file(path, "-shm")


def _side_file(path: Path, end: str) -> bool:
    return path.with_name(path.name + end).exists()


def _side_files(path: Path) -> bool:
    """Whether SQLite's `-wal` or `-shm` file is beside the session file."""
    return any(path.with_name(path.name + end).exists() for end in ("-wal", "-shm"))
