"""Keeping an open session on disk when its file is deleted or replaced under it.

A session file deleted while it is open (tidying a folder, a sync tool, a colleague) is
still written to: the open connection holds the deleted file, and every change since then
went with it when the app closed. `FileWatch` notices, when changes pause and on closing,
that the name no longer leads to the file the session was opened from, and writes the
whole session back under that name, or next to it when another file now has the name.
From then on it refreshes that copy at every pause, and last on closing.
A file renamed in its folder is named as such (it is not gone: it has
every change once the window closes).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path


def _identity(path: Path) -> tuple[int, int] | None:
    """The file a path leads to (device and inode), or None when it leads nowhere."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_dev, found.st_ino


def _renamed_to(path: Path, opened: tuple[int, int] | None) -> Path | None:
    """The file in `path`'s folder that is the one opened, under another name, if any."""
    try:
        for entry in os.scandir(path.parent):
            if entry.name != path.name and entry.is_file(follow_symlinks=False):
                found = entry.stat(follow_symlinks=False)
                if (found.st_dev, found.st_ino) == opened:
                    return Path(entry.path)
    except OSError:
        return None
    return None


def _beside(path: Path) -> Path:
    """A free name next to `path`: "q4 (open copy).roundtable", "(open copy 2)", ..."""
    for n in range(1, 1000):
        mark = " (open copy)" if n == 1 else f" (open copy {n})"
        candidate = path.with_name(f"{path.stem}{mark}{path.suffix}")
        if not candidate.exists():
            return candidate
    raise OSError(f"no free name next to {path}")


class FileWatch:
    """Notices that a writable session's file is gone and writes the session back."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.opened = _identity(path)
        self.copy: Path | None = None  # where the session has been written back
        self._copy_identity: tuple[int, int] | None = None
        self._failure_said = False

    def keep(self, conn: sqlite3.Connection) -> str | None:
        """Write the session back if its file is gone; a message the first time, else None.

        Never raises: a copy that cannot be written is said once, and tried again at the
        next pause.
        """
        if self.opened is None:
            return None
        now = _identity(self.path)
        if self.copy is None and now == self.opened:
            return None  # the usual case: the file is where it was
        if self.copy is not None and _identity(self.copy) == self._copy_identity:
            return self._write(conn, self.copy, first=False)
        target = self.path if now is None else _beside(self.path)
        if now is None and not self.path.parent.is_dir():
            target = Path.home() / self.path.name
            if target.exists():
                target = _beside(target)
        return self._write(conn, target, first=True)

    def _write(self, conn: sqlite3.Connection, target: Path, *, first: bool) -> str | None:
        part = target.with_name(target.name + ".part")
        try:
            copy = sqlite3.connect(part)
            try:
                conn.backup(copy)
            finally:
                copy.close()
            os.replace(part, target)
        except (OSError, sqlite3.Error) as exc:
            part.unlink(missing_ok=True)
            if not first or self._failure_said:
                return None
            self._failure_said = True
            return (
                f"The session file {self.path} was deleted or replaced while open, and "
                f"writing it back to {target} failed: {exc}. The session is still open "
                "here; keep this window open and free some space or the folder, and the "
                "next change tries again."
            )
        self.copy, self._copy_identity = target, _identity(target)
        if not first:
            return None
        if target == self.path:
            renamed = _renamed_to(self.path, self.opened)
            if renamed is not None:
                # Renamed by hand: "deleted" told the facilitator they had lost it. The new
                # name gets every change too once the window closes (SQLite's log of them
                # keeps the old name until then), so both files end up whole.
                return (
                    f"The session file {self.path} was renamed to {renamed.name} while open."
                    " Roundtable wrote the whole session back under its old name too, and"
                    f" keeps it up to date; {renamed.name} has every change once this window"
                    " closes, and either file can then be opened."
                )
            return (
                f"The session file {self.path} was deleted while open. Roundtable wrote the "
                "whole session back under its name, and keeps it up to date."
            )
        why = (
            "another file now has its name"
            if target.parent == self.path.parent
            else ("its folder is gone")
        )
        return (
            f"The session file {self.path} was deleted or replaced while open, and {why}. "
            f"Roundtable wrote the whole session to {target}, and keeps that copy up to date."
        )
