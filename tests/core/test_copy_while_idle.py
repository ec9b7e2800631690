"""A copy of the session file alone, made while the session sits idle (the round paused,
lunch, the laptop left open overnight), is the whole session and opens without "notes may
be missing": once changes pause the store folds its log into the file and clears the file's
mark of being open (`Store.idle_clear`). The next change marks it again, as the first change
after opening does. An idle clear that cannot be done now (another program reading or
writing the file, a full disk) loses nothing, says nothing and leaves the mark; a session
with no change since it opened, or since its last idle clear, is not written at all."""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from roundtable.store import Store
from roundtable.store import store as store_module
from roundtable.templates import get_template


def mailed(path: Path, folder: Path) -> Path:
    """The session file alone, copied while the session is open (its -wal left behind)."""
    folder.mkdir(exist_ok=True)
    copy = folder / path.name
    shutil.copyfile(path, copy)
    return copy


def opened_copy(path: Path, folder: Path) -> tuple[str | None, list[str]]:
    """What opening a copy of the file alone says, and the notes it has."""
    with Store.open(mailed(path, folder)) as copy:
        return copy.left_open_text, [n.text for n in copy.notes()]


def as_it_is(path: Path) -> list[tuple[bytes, int]]:
    """The session file and its log, byte for byte, with their times of change."""
    found = []
    for side in (path, Path(f"{path}-wal")):
        if side.exists():
            found.append((side.read_bytes(), side.stat().st_mtime_ns))
    return found


@pytest.fixture
def closed_session(tmp_path: Path) -> Path:
    path = tmp_path / "live" / "Q4.roundtable"
    path.parent.mkdir()
    with Store.create(path, title="Q4", template=get_template("sales-marketing-roundtable")):
        pass
    return path


def test_a_copy_made_while_the_session_sits_idle_opens_whole_and_without_a_warning(
    closed_session: Path, tmp_path: Path
) -> None:
    store = Store.open(closed_session)
    rid = store.rounds()[0].id
    store.add_note(rid, "Leads wait four days", function="sales")
    store.add_note(rid, "Nobody owns the handover", function="marketing")
    said, _ = opened_copy(closed_session, tmp_path / "busy")
    assert said and "Q4.roundtable was copied while it was open in Roundtable" in said

    assert store.idle_clear()  # the facilitator paused the round and went for lunch
    said, notes = opened_copy(closed_session, tmp_path / "lunch")
    assert said is None
    assert notes == ["Leads wait four days", "Nobody owns the handover"]

    # Back from lunch: the next change marks the file again, as the first change did.
    store.add_note(rid, "Pricing page is out of date", function="marketing")
    store.add_note(rid, "Webinar leads sit in a queue", function="marketing")
    said, notes = opened_copy(closed_session, tmp_path / "afternoon")
    assert said and "Q4.roundtable was copied while it was open in Roundtable" in said
    assert "copy both files together" in said
    assert "Webinar leads sit in a queue" not in notes  # in Q4.roundtable-wal: said, not silent

    assert store.idle_clear()  # the next pause: whole again
    said, notes = opened_copy(closed_session, tmp_path / "evening")
    assert said is None and len(notes) == 4
    store.close()
    with Store.open(closed_session) as again:
        assert again.left_open_text is None and again.note_count() == 4


def test_an_idle_session_is_written_only_once_a_pause(closed_session: Path) -> None:
    # Opened and left: not a byte written (a synced folder would send it again each time).
    before = (closed_session.read_bytes(), closed_session.stat().st_mtime_ns)
    store = Store.open(closed_session)
    opened = as_it_is(closed_session)  # (SQLite makes an empty log beside it as it opens)
    assert store.idle_clear()
    assert as_it_is(closed_session) == opened
    assert opened[0] == before
    # A change, one idle clear; then nothing more until the next change.
    store.add_note(store.rounds()[0].id, "Leads wait four days", function="sales")
    assert store.idle_clear()
    for side in (closed_session, Path(f"{closed_session}-wal")):
        os.utime(side, ns=(10**18, 10**18))  # (a later write would show in its time)
    cleared = as_it_is(closed_session)
    assert store.idle_clear() and store.idle_clear()
    assert as_it_is(closed_session) == cleared
    store.close()


def test_a_read_only_session_is_never_written(closed_session: Path, tmp_path: Path) -> None:
    writer = Store.open(closed_session)
    writer.add_note(writer.rounds()[0].id, "Leads wait four days", function="sales")
    writer.checkpoint()
    before = as_it_is(closed_session)
    with Store.open(closed_session, read_only=True) as reader:
        assert reader.idle_clear()  # nothing it may do: nothing to try again
        assert as_it_is(closed_session) == before
    said, _ = opened_copy(closed_session, tmp_path / "copy")
    assert said is not None  # the writer's mark is the writer's to clear
    writer.close()


def test_a_reader_in_the_middle_of_the_file_keeps_the_mark_until_it_is_done(
    closed_session: Path, tmp_path: Path, other_program
) -> None:
    # Another program reading an older state of the file: the log cannot all go into the
    # file yet, and a copy without the mark would lack the last note without a word.
    store = Store.open(closed_session)
    rid = store.rounds()[0].id
    store.add_note(rid, "Leads wait four days", function="sales")
    reader = other_program(closed_session, "BEGIN")
    store.add_note(rid, "Nobody owns the handover", function="marketing")
    started = time.monotonic()
    assert not store.idle_clear()
    assert time.monotonic() - started < 1  # not the connection's 5 s wait
    said, _ = opened_copy(closed_session, tmp_path / "while-read")
    assert said and "copied while it was open" in said
    reader.stop()
    assert store.idle_clear()  # tried again later
    said, notes = opened_copy(closed_session, tmp_path / "after")
    assert said is None and notes == ["Leads wait four days", "Nobody owns the handover"]
    store.close()


def test_another_program_writing_does_not_hold_the_window(
    closed_session: Path, tmp_path: Path, other_program
) -> None:
    store = Store.open(closed_session)
    store.add_note(store.rounds()[0].id, "Leads wait four days", function="sales")
    browser = other_program(closed_session, "BEGIN EXCLUSIVE")
    started = time.monotonic()
    assert not store.idle_clear()
    assert time.monotonic() - started < 1
    said, notes = opened_copy(closed_session, tmp_path / "while-held")
    assert said and notes == ["Leads wait four days"]
    browser.stop()
    assert store.idle_clear()
    said, notes = opened_copy(closed_session, tmp_path / "after")
    assert said is None and notes == ["Leads wait four days"]
    # The file's own wait is back as it was for changes (a moment's lock is waited out).
    assert store.db.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
    store.close()


def test_a_full_disk_at_an_idle_clear_loses_nothing_and_the_next_change_goes_on(
    closed_session: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store.open(closed_session)
    rid = store.rounds()[0].id
    store.add_note(rid, "Leads wait four days", function="sales")

    def disk_full(conn: sqlite3.Connection, when: str | None) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    with monkeypatch.context() as full:
        full.setattr(store_module, "mark", disk_full)
        assert not store.idle_clear()  # no exception, no message: tried at the next pause
    said, notes = opened_copy(closed_session, tmp_path / "full")
    assert said and notes == ["Leads wait four days"]
    store.add_note(rid, "Nobody owns the handover", function="marketing")
    assert store.idle_clear()
    said, notes = opened_copy(closed_session, tmp_path / "freed")
    assert said is None and notes == ["Leads wait four days", "Nobody owns the handover"]
    store.close()


def test_a_crash_s_mark_is_cleared_at_the_first_pause(tmp_path: Path) -> None:
    # Reopened after a flat battery and left idle: the file alone is whole once the pause
    # folded in what the crash left in its log.
    from tests.core.test_log_beside_the_file import crashed

    image = crashed(tmp_path, "Ours", ["Leads go cold", "Budget sign-off"])
    store = Store.open(image)
    assert store.idle_clear()
    said, notes = opened_copy(image, tmp_path / "copy")
    assert said is None and notes == ["Leads go cold", "Budget sign-off"]
    store.close()


def test_a_reader_arriving_as_the_mark_is_cleared_holds_it_back_until_the_next_try(
    closed_session: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store.open(closed_session)
    rid = store.rounds()[0].id
    store.add_note(rid, "Leads wait four days", function="sales")
    folds: list[bool] = []
    fold_in = store_module.fold_in

    def reader_comes_in_after_the_first(conn: sqlite3.Connection) -> bool:
        folds.append(not folds and fold_in(conn))
        return folds[-1]

    with monkeypatch.context() as reader:
        reader.setattr(store_module, "fold_in", reader_comes_in_after_the_first)
        assert not store.idle_clear()
    assert folds == [True, False]
    said, _ = opened_copy(closed_session, tmp_path / "held-back")
    assert said is not None  # the cleared mark is not in the file yet
    assert store.idle_clear()  # the reader is done
    said, notes = opened_copy(closed_session, tmp_path / "whole")
    assert said is None and notes == ["Leads wait four days"]
    store.add_note(rid, "Nobody owns the handover", function="marketing")  # marked again
    said, _ = opened_copy(closed_session, tmp_path / "after")
    assert said is not None
    store.close()
