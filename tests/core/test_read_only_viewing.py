"""Looking at a session read-only leaves its folder as it was: no log, no lock file beside it.

Root may write anywhere, so, as in the other tests of write-protected files, the store is
told what cannot be written (os.access), as a write-protected file or folder would say.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from roundtable.store import NotWritableError, Store
from roundtable.store import store as store_module


@pytest.fixture
def mailed(store: Store, tmp_path: Path) -> Path:
    """A closed session with a note, copied alone into a folder of its own (as mailed)."""
    store.add_note(store.rounds()[0].id, "Leads wait four days for a call", function="sales")
    store.close()
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    return Path(shutil.copy(store.path, inbox / "colleague.roundtable"))


def _cannot_write(monkeypatch, *paths: Path) -> None:
    real_access = os.access
    refused = {str(p) for p in paths}

    def access(path, mode, *args, **kwargs):
        if mode & os.W_OK and str(path) in refused:
            return False
        return real_access(path, mode, *args, **kwargs)

    monkeypatch.setattr(store_module.os, "access", access)


def _folder(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


def test_a_write_protected_file_is_read_with_nothing_made_beside_it(mailed, monkeypatch) -> None:
    # A colleague's file (or one marked read-only) in a folder that can be written: SQLite
    # made -wal and -shm files it could then not remove, and closing added a lock file; they
    # stayed, owned by the viewer, in the owner's folder.
    before = _folder(mailed)
    _cannot_write(monkeypatch, mailed)
    with pytest.raises(NotWritableError, match="Open it read-only"):
        Store.open(mailed)
    assert _folder(mailed) == before
    with Store.open(mailed, read_only=True) as viewer:
        assert viewer.read_only
        assert [n.text for n in viewer.notes()] == ["Leads wait four days for a call"]
        assert _folder(mailed) == before
    assert _folder(mailed) == before


def test_reading_a_writable_file_leaves_no_lock_file(mailed) -> None:
    # Exporting minutes or following up a session reads it read-only; a copy that never had
    # a lock file was left with a hidden ".colleague.roundtable.lock".
    before = _folder(mailed)
    with Store.open(mailed, read_only=True) as viewer:
        assert [n.text for n in viewer.notes()] == ["Leads wait four days for a call"]
    assert _folder(mailed) == before


def test_a_file_in_a_read_only_folder_is_offered_read_only_not_called_damaged(
    mailed, monkeypatch
) -> None:
    # The file itself writable, its folder not: opening for writing got as far as SQLite,
    # which could not make its log, and the file was called damaged.
    before = _folder(mailed)
    _cannot_write(monkeypatch, mailed.parent)
    with pytest.raises(NotWritableError, match="its folder"):
        Store.open(mailed)
    with Store.open(mailed, read_only=True) as viewer:
        assert [n.text for n in viewer.notes()] == ["Leads wait four days for a call"]
    assert _folder(mailed) == before


def test_a_writable_file_still_opens_with_its_log(mailed) -> None:
    with Store.open(mailed) as writer:
        assert writer.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        writer.add_note(writer.rounds()[0].id, "Second note", function="marketing")
        assert (mailed.parent / "colleague.roundtable-wal").exists()
    with Store.open(mailed, read_only=True) as again:
        assert [n.text for n in again.notes()][-1] == "Second note"


def test_a_file_from_a_newer_version_is_read_with_nothing_left_beside_it(mailed) -> None:
    import sqlite3

    from roundtable.store.schema import SCHEMA_VERSION

    conn = sqlite3.connect(mailed)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = _folder(mailed)
    with Store.open(mailed) as future:
        assert future.read_only and "newer version" in future.read_only_reason
        assert [n.text for n in future.notes()] == ["Leads wait four days for a call"]
    assert _folder(mailed) == before
