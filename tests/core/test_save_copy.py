"""File > Save a copy's core: the copy is the whole session and opens as one; a full disk
leaves nothing behind and an existing file as it was; the open file itself is refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from roundtable.store import SessionFileError, Store
from roundtable.store import save_copy as save_copy_module


def _fill(store: Store) -> None:
    rnd = store.round_at(1)
    store.start_round(rnd.id)
    a = store.add_note(rnd.id, "Leads go cold over the weekend", function="sales")
    b = store.add_note(rnd.id, "Nobody owns the follow-up", function="marketing")
    theme = store.add_theme(rnd.id, "Slow follow-up", note_ids=[a.id, b.id])
    store.set_votes(theme.id, "sales", 2)
    store.add_action("Agree a 24-hour follow-up rule", owner="Ana", theme_id=theme.id)


def _whole(store: Store) -> tuple:
    snap = store.snapshot()
    return (
        snap.session,
        snap.participants,
        snap.rounds,
        snap.notes,
        snap.themes,
        snap.votes,
        snap.actions,
    )


def test_the_copy_opens_as_a_normal_session_with_everything_in_it(
    store: Store, tmp_path: Path
) -> None:
    _fill(store)
    want = _whole(store)
    assert all(want[2:])  # rounds, notes, themes, votes and action items to copy
    out = tmp_path / "elsewhere" / "session copy.roundtable"
    out.parent.mkdir()
    assert store.save_copy(out) == out
    # Nothing but the copy itself: no lock, log or temporary file beside it.
    assert sorted(p.name for p in out.parent.iterdir()) == ["session copy.roundtable"]
    store.add_note(store.round_at(1).id, "typed after the copy")  # the original goes on
    with Store.open(out) as copy:
        assert not copy.read_only
        assert _whole(copy) == want
        copy.add_note(copy.round_at(1).id, "typed into the copy")
    with Store.open(out) as again:
        assert "typed into the copy" in [n.text for n in again.notes()]


def test_a_read_only_window_can_save_a_copy(store: Store, session_path: Path, tmp_path) -> None:
    _fill(store)
    want = _whole(store)
    store.close()
    session_path.chmod(0o444)  # write-protected: it opens read-only
    try:
        with Store.open(session_path, read_only=True) as viewer:
            out = viewer.save_copy(tmp_path / "mine.roundtable")
        with Store.open(out) as copy:
            assert not copy.read_only and _whole(copy) == want
    finally:
        session_path.chmod(0o644)


def test_a_full_disk_leaves_no_partial_file_and_the_old_file_as_it_was(
    store: Store, tmp_path: Path, monkeypatch
) -> None:
    _fill(store)
    out = tmp_path / "copies" / "q4 copy.roundtable"
    out.parent.mkdir()
    out.write_bytes(b"yesterday's copy")
    real_open = save_copy_module._open_part

    def small_disk(part: Path) -> sqlite3.Connection:
        conn = real_open(part)
        conn.execute("PRAGMA max_page_count = 2")  # SQLite's own "database or disk is full"
        return conn

    monkeypatch.setattr(save_copy_module, "_open_part", small_disk)
    with pytest.raises(SessionFileError) as err:
        store.save_copy(out)
    said = str(err.value)
    assert "disk is full" in said and "not written" in said
    assert sorted(p.name for p in out.parent.iterdir()) == ["q4 copy.roundtable"]
    assert out.read_bytes() == b"yesterday's copy"


def test_an_os_refusal_leaves_nothing_either(store: Store, tmp_path: Path, monkeypatch) -> None:
    import errno
    import os

    out = tmp_path / "copies" / "q4 copy.roundtable"
    out.parent.mkdir()

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(SessionFileError, match="disk is full"):
        store.save_copy(out)
    assert list(out.parent.iterdir()) == []


def test_the_open_file_itself_is_refused(store: Store, session_path: Path) -> None:
    _fill(store)
    before = session_path.read_bytes()
    for same in (session_path, session_path.parent / "." / session_path.name):
        with pytest.raises(SessionFileError, match="is the session being copied") as err:
            store.save_copy(same)
        assert "Nothing was written" in str(err.value)
    assert session_path.read_bytes() == before
    with pytest.raises(SessionFileError, match="working files"):
        store.save_copy(session_path.with_name(session_path.name + "-wal"))


def test_a_folder_or_a_missing_folder_is_refused(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "a folder.roundtable"
    folder.mkdir()
    with pytest.raises(SessionFileError, match="is a folder; choose a file name"):
        store.save_copy(folder)
    with pytest.raises(SessionFileError, match="does not exist"):
        store.save_copy(tmp_path / "gone" / "x.roundtable")
    assert list(folder.iterdir()) == []


def test_a_file_open_in_another_window_is_not_replaced(store: Store, tmp_path: Path) -> None:
    other = tmp_path / "other.roundtable"
    with Store.create(other, title="Another session") as busy:
        with pytest.raises(SessionFileError, match="open in another Roundtable window"):
            store.save_copy(other)
        assert busy.session().title == "Another session"


def test_part_files_a_killed_copy_left_are_cleared_by_the_next_copy_there(
    store: Store, session_path: Path, tmp_path: Path
) -> None:
    # A copy killed before its rename left a hidden ".q4 copy.roundtable.xxxx.part" for good.
    import os
    import signal
    import subprocess
    import sys
    import time

    _fill(store)
    folder = tmp_path / "copies"
    folder.mkdir()
    out = folder / "q4 copy.roundtable"
    killed = (
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "from roundtable.store import Store\n"
        "os.replace = lambda *paths: os.kill(os.getpid(), signal.SIGKILL)\n"
        "Store.open(Path(sys.argv[1]), read_only=True).save_copy(Path(sys.argv[2]))\n"
    )
    run = subprocess.run([sys.executable, "-c", killed, str(session_path), str(out)])
    assert run.returncode == -signal.SIGKILL
    (left,) = folder.iterdir()
    assert left.name.startswith(".q4 copy.roundtable.") and left.name.endswith(".part")
    journal = left.with_name(left.name + "-journal")  # as when killed inside SQLite's write
    journal.write_bytes(b"")
    recent = folder / ".q4 copy.roundtable.9f8e7d6c.part"  # another copy, still writing
    other = folder / ".other.roundtable.11111111.part"  # another file's
    recent.write_bytes(b"")
    other.write_bytes(b"")
    hour_ago = time.time() - 3600
    for old in (left, journal, other):
        os.utime(old, (hour_ago, hour_ago))
    store.save_copy(out)
    assert sorted(p.name for p in folder.iterdir()) == sorted([out.name, recent.name, other.name])
    with Store.open(out, read_only=True) as copy:
        assert copy.note_count() == 2
