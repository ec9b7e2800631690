"""Telling whether another window has a session open for writing, without disturbing it."""

from __future__ import annotations

from pathlib import Path

import pytest

from roundtable.store import SessionLockedError, Store, writer_lock_held
from roundtable.store.session_file import lock_path


def test_the_lock_is_seen_while_a_window_writes_and_not_after(store: Store) -> None:
    path = Path(store.path)
    assert writer_lock_held(path) is True
    with Store.open(path, read_only=True) as viewer:
        assert writer_lock_held(viewer.path) is True
        store.close()
        assert writer_lock_held(viewer.path) is False
        # Looking did not keep the file: it opens for writing again at once.
        with Store.open(path) as again:
            assert writer_lock_held(path) is True
            again.add_note(again.rounds()[0].id, "Written after the look", function="sales")


def test_looking_leaves_no_lock_file_and_takes_no_lock(tmp_path: Path, store: Store) -> None:
    store.close()
    mailed = tmp_path / "mailed.roundtable"
    mailed.write_bytes(Path(store.path).read_bytes())
    assert writer_lock_held(mailed) is False
    assert not lock_path(mailed).exists()
    with Store.open(mailed) as writer:
        assert writer_lock_held(mailed) is True
        with pytest.raises(SessionLockedError):
            Store.open(mailed)  # a second writer is still refused
        writer.add_note(writer.rounds()[0].id, "Still writable", function="sales")


def test_a_viewer_of_a_file_open_elsewhere_is_told_so(store: Store) -> None:
    # The window opened read-only because another one writes said "Opened read-only as
    # asked.", as if nobody else had the file.
    path = Path(store.path)
    with Store.open(path, read_only=True) as viewer:
        assert "another Roundtable window" in (viewer.read_only_reason or "")
    store.close()
    with Store.open(path, read_only=True) as viewer:
        assert viewer.read_only_reason == "Opened read-only as asked."
