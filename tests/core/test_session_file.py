"""Session files are never corrupted, overwritten or opened twice for writing."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from roundtable.store import (
    DamagedSessionError,
    NotASessionError,
    SessionFileError,
    SessionLockedError,
    Store,
)
from roundtable.store.schema import SCHEMA_VERSION


def test_second_writer_in_the_same_process_is_refused(store: Store, session_path: Path) -> None:
    with pytest.raises(SessionLockedError, match="already open"):
        Store.open(session_path)
    # Reading alongside the writer is fine.
    with Store.open(session_path, read_only=True) as viewer:
        assert viewer.session().title == store.session().title


def test_second_writer_in_another_process_is_refused(store: Store, session_path: Path) -> None:
    code = (
        "import sys\nfrom roundtable.store import Store, SessionLockedError\n"
        "try:\n    Store.open(sys.argv[1])\nexcept SessionLockedError as e:\n"
        "    print('LOCKED', e)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(session_path)], capture_output=True, text=True, timeout=60
    )
    assert out.stdout.startswith("LOCKED"), out.stderr
    assert str(session_path) in out.stdout


def test_lock_is_released_on_close(store: Store, session_path: Path) -> None:
    store.close()
    with Store.open(session_path) as again:
        assert again.session().title


def test_newer_file_opens_read_only_with_a_reason(store: Store, session_path: Path) -> None:
    store.add_note(store.round_at(2).id, "written by the future")
    store.close()
    conn = sqlite3.connect(session_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with Store.open(session_path) as future:
        assert future.read_only
        assert "newer version" in future.read_only_reason
        assert [n.text for n in future.notes()] == ["written by the future"]
    conn = sqlite3.connect(session_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1


@pytest.mark.parametrize(
    "content, error",
    [
        (b"", NotASessionError),
        (b"title,notes\nnot a database\n", NotASessionError),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, NotASessionError),
    ],
)
def test_files_that_are_not_sessions_are_refused(tmp_path: Path, content, error) -> None:
    path = tmp_path / "odd.roundtable"
    path.write_bytes(content)
    with pytest.raises(error, match="odd.roundtable"):
        Store.open(path)
    assert path.read_bytes() == content  # nothing was overwritten


def test_other_sqlite_databases_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "contacts.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NotASessionError, match="not a Roundtable session"):
        Store.open(path)
    assert path.read_bytes() == before


def test_damaged_file_is_reported_and_left_alone(store: Store, session_path: Path) -> None:
    rnd = store.round_at(2)
    for i in range(300):
        store.add_note(rnd.id, f"note number {i} with enough text to fill a few pages")
    store.close()
    data = bytearray(session_path.read_bytes())
    # Scribble over the middle of the file, where table pages are.
    mid = len(data) // 2
    data[mid : mid + 3000] = b"\xff" * 3000
    session_path.write_bytes(bytes(data))
    with pytest.raises((DamagedSessionError, SessionFileError), match="session.roundtable") as err:
        Store.open(session_path)
    # One line a person can read, not SQLite's six-line report.
    assert "\n" not in str(err.value) and "***" not in str(err.value), str(err.value)
    assert session_path.read_bytes() == bytes(data)
    # Nothing was written beside it either (a -wal and a -shm file were left there).
    beside = [p.name for p in session_path.parent.iterdir()]
    assert not [n for n in beside if n.endswith(("-wal", "-shm"))], beside


def test_missing_file_names_the_path(tmp_path: Path) -> None:
    with pytest.raises(SessionFileError, match="does not exist"):
        Store.open(tmp_path / "gone.roundtable")


def test_create_never_overwrites(store: Store, session_path: Path) -> None:
    with pytest.raises(SessionFileError, match="already exists"):
        Store.create(session_path, title="Another")


def test_full_disk_gives_a_clear_message_and_keeps_earlier_notes(
    store: Store, session_path: Path
) -> None:
    rnd = store.round_at(2)
    kept = store.add_note(rnd.id, "saved before the disk filled up")
    # SQLite reports a page limit exactly as it reports a full disk (SQLITE_FULL).
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(SessionFileError, match="free some disk space") as err:
        for i in range(2000):
            store.add_note(rnd.id, f"filling note {i} " + "x" * 400)
    assert "was not saved" in str(err.value)
    count = store.note_count()
    store.db.execute("PRAGMA max_page_count = 1073741823")
    store.add_note(rnd.id, "saved after space was freed")
    store.close()
    with Store.open(session_path) as again:
        texts = [n.text for n in again.notes()]
        assert texts[0] == kept.text and texts[-1] == "saved after space was freed"
        assert len(texts) == count + 1


def _notes_in_a_copy_of_the_file_alone(session_path: Path, tmp_path: Path) -> list[str]:
    """What someone gets who copies only the .roundtable file while the session is open."""
    copy = tmp_path / "copied.roundtable"
    copy.write_bytes(session_path.read_bytes())
    conn = sqlite3.connect(copy)
    try:
        return [row[0] for row in conn.execute("SELECT text FROM notes ORDER BY id")]
    finally:
        conn.close()


def test_after_a_checkpoint_a_copy_of_the_file_alone_holds_every_note(
    store: Store, session_path: Path, tmp_path: Path
) -> None:
    rid = store.rounds()[1].id
    store.add_note(rid, "Leads wait four days for a call", function="marketing")
    # Committed, but still in the -wal side file: a bare copy would miss it.
    assert "Leads wait four days for a call" not in _notes_in_a_copy_of_the_file_alone(
        session_path, tmp_path
    )
    store.checkpoint()
    assert "Leads wait four days for a call" in _notes_in_a_copy_of_the_file_alone(
        session_path, tmp_path
    )


def test_a_session_on_a_write_protected_disk_opens_read_only(
    store: Store, session_path: Path, monkeypatch
) -> None:
    # On a read-only disk the file was called damaged ("unable to open database file"):
    # SQLite could not make its log's side file. (Root may write anywhere, so the test
    # tells the store that nothing here can be written, as a read-only disk does.)
    import os

    from roundtable.store import NotWritableError
    from roundtable.store import store as store_module

    rid = store.rounds()[0].id
    store.add_note(rid, "Written before the file went on the stick", function="sales")
    store.close()
    real_access = os.access

    def access(path, mode, *args, **kwargs):
        return False if mode & os.W_OK else real_access(path, mode, *args, **kwargs)

    monkeypatch.setattr(store_module.os, "access", access)
    with pytest.raises(NotWritableError, match="Open it read-only"):
        Store.open(session_path)
    with Store.open(session_path, read_only=True) as reader:
        assert [n.text for n in reader.notes()] == ["Written before the file went on the stick"]
        assert reader.read_only
    assert not Path(f"{session_path}-shm").exists()  # nothing was written beside it


def _last_frame_of_page(wal: bytes, page: int) -> bytes:
    """The newest copy of a page in a write-ahead log (32-byte header, then frames of a
    24-byte header, whose first four bytes are the page number, and the page)."""
    size = int.from_bytes(wal[8:12], "big")
    found = b""
    for at in range(32, len(wal) - 24 - size + 1, 24 + size):
        if int.from_bytes(wal[at : at + 4], "big") == page:
            found = wal[at + 24 : at + 24 + size]
    return found


def test_a_file_whose_last_changes_are_in_its_log_opens_with_every_note(
    store: Store, session_path: Path, tmp_path: Path
) -> None:
    # The disk filled while changes were copied from the log into the file: the file alone
    # looked damaged, so it was refused for ever ("database disk image is malformed"),
    # though SQLite read every note through the log.
    rnd = store.round_at(2)
    for i in range(200):
        store.add_note(rnd.id, f"note {i} kept only in the log so far " + "x" * 100)
    moved = tmp_path / "moved"
    moved.mkdir()
    copy = moved / session_path.name
    copy.write_bytes(session_path.read_bytes())
    wal = session_path.with_name(session_path.name + "-wal").read_bytes()
    (moved / (session_path.name + "-wal")).write_bytes(wal)
    # A checkpoint cut short: the log's first page is in the file, the rest is not.
    first = _last_frame_of_page(wal, 1)
    assert first
    data = bytearray(copy.read_bytes())
    data[: len(first)] = first
    copy.write_bytes(bytes(data))
    alone = sqlite3.connect(f"{copy.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    with pytest.raises(sqlite3.DatabaseError):
        alone.execute("PRAGMA quick_check").fetchall()
        alone.execute("SELECT count(*) FROM notes").fetchone()
    alone.close()
    with Store.open(copy) as again:
        assert again.note_count() == 200


def test_note_text_with_damaged_bytes_reads_and_exports(
    store: Store, session_path: Path, tmp_path: Path
) -> None:
    # Bytes overwritten inside a note's text: SQLite's own check said ok, but the app and
    # every export stopped with "Could not decode to UTF-8 column 'text'".
    from roundtable.export import export_minutes

    rnd = store.round_at(2)
    store.add_note(rnd.id, "Benchmark: how fast do we call back")
    store.close()
    data = bytearray(session_path.read_bytes())
    at = data.find(b"Benchmark: how")
    assert at > 0
    data[at + 11 : at + 15] = b"\xff\xfe\xff\xfe"
    session_path.write_bytes(bytes(data))
    with Store.open(session_path, read_only=True) as again:
        (note,) = again.notes(rnd.id)
        assert note.text.startswith("Benchmark: ") and "\ufffd" in note.text
        assert note.text.endswith("fast do we call back")
        for kind in ("docx", "md", "csv"):
            assert export_minutes(again.snapshot(), kind, tmp_path / f"m.{kind}").stat().st_size


def _scribble_on_index(path: Path, index: str) -> bytes:
    """Junk in the middle of an index's first page; the tables themselves stay whole."""
    conn = sqlite3.connect(path)
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [index]).fetchone()
    conn.close()
    data = bytearray(path.read_bytes())
    at = (root - 1) * size + (100 if root == 1 else 0) + 12  # after the page's header
    end = root * size
    data[at:end] = b"\x5a" * (end - at)
    path.write_bytes(bytes(data))
    return bytes(data)


def test_a_damaged_index_is_reported_in_one_line(store: Store, session_path: Path) -> None:
    # SQLite's report ("*** in database main *** / On tree page 10 cell 60: ...") was
    # shown whole: six lines of jargon in the dialog and in the one-line CLI error.
    rnd = store.round_at(2)
    for i in range(200):
        store.add_note(rnd.id, f"note number {i}")
    store.close()
    data = _scribble_on_index(session_path, "idx_notes_round_id")
    with pytest.raises(DamagedSessionError) as err:
        Store.open(session_path)
    message = str(err.value)
    assert "\n" not in message and "***" not in message, message
    assert message.startswith(f"{session_path} is damaged (SQLite found: ")
    assert session_path.read_bytes() == data


class _BusyThenFine:
    """A connection that is busy ("locking protocol") for its first `busy` statements."""

    def __init__(self, real: sqlite3.Connection, busy: int) -> None:
        self.real, self.busy = real, busy

    def execute(self, sql: str, *args):
        if self.busy:
            self.busy -= 1
            raise sqlite3.OperationalError("locking protocol")
        return self.real.execute(sql, *args)


def test_a_file_read_while_a_large_change_is_saved_is_busy_not_damaged(
    store: Store, session_path: Path
) -> None:
    # Read during a 10,000-note import, a file was reported "damaged ... (locking protocol)".
    from roundtable.store.schema import APPLICATION_ID
    from roundtable.store.session_file import BUSY_TRIES, check_contents

    store.close()
    real = sqlite3.connect(session_path)
    try:
        assert (
            check_contents(_BusyThenFine(real, 2), session_path, APPLICATION_ID) == SCHEMA_VERSION
        )
        with pytest.raises(SessionFileError, match="is busy") as err:
            check_contents(_BusyThenFine(real, BUSY_TRIES), session_path, APPLICATION_ID)
        assert not isinstance(err.value, DamagedSessionError)
    finally:
        real.close()


def test_a_save_refused_because_of_a_reader_says_try_again(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = store.db.execute

    def busy(sql: str, *args):
        if sql.startswith("INSERT INTO events"):
            raise sqlite3.OperationalError("locking protocol")
        return real(sql, *args)

    monkeypatch.setattr(store.db, "execute", busy)
    with pytest.raises(SessionFileError, match="another program was reading it.*try again"):
        store.add_note(store.round_at(2).id, "Lost to a reader?")
    monkeypatch.undo()
    assert store.notes() == []


def test_rescue_copies_every_note_of_a_file_with_a_damaged_index(
    store: Store, session_path: Path, tmp_path: Path, capsys
) -> None:
    # The damage was in an index; SQLite still read all 61 notes, but nothing in Roundtable
    # could get them out.
    from roundtable.cli import main

    rnd = store.round_at(2)
    for i in range(200):
        store.add_note(rnd.id, f"note number {i}", function="sales")
    store.close()
    data = _scribble_on_index(session_path, "idx_notes_round_id")
    with pytest.raises(DamagedSessionError, match="roundtable rescue"):
        Store.open(session_path)
    out = tmp_path / "kept.roundtable"
    assert main(["rescue", str(session_path), "-o", str(out)]) == 0
    said = capsys.readouterr().out
    assert "200 notes" in said and "not changed" in said and "in part" not in said
    assert session_path.read_bytes() == data
    with Store.open(out) as kept:
        assert [n.text for n in kept.notes(rnd.id)] == [f"note number {i}" for i in range(200)]
        kept.add_note(rnd.id, "and the session goes on")
    assert main(["rescue", str(session_path), "-o", str(out)]) == 2  # never overwrites
    assert "already exists" in capsys.readouterr().err


def test_rescue_of_damaged_table_pages_says_what_it_could_not_read(
    store: Store, session_path: Path, tmp_path: Path
) -> None:
    from roundtable.store.rescue import rescue

    rnd = store.round_at(2)
    for i in range(400):
        store.add_note(rnd.id, f"note number {i} with enough words to fill several pages")
    store.close()
    conn = sqlite3.connect(session_path)
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(session_path.read_bytes())
    # The page holding note 200 (of the notes table, not an index), scribbled over whole.
    at = data.find(b"note number 200 with") // size * size
    data[at : at + size] = b"\xa5" * size
    session_path.write_bytes(bytes(data))
    result = rescue(session_path, tmp_path / "part.roundtable")
    assert result.rows["session"] == 1 and result.rows["rounds"] >= 3
    assert "notes" in result.cut_short
    read = int(result.cut_short["notes"].split(" rows read")[0])
    assert 0 < read < 400
    # The notes on and after the damaged page come back from the session's history.
    assert result.rows["notes"] == 400
    summary = result.summary()
    assert "Read only in part: notes (" in summary and "not changed" in summary
    assert f"{400 - read} notes that could not be read were rebuilt" in summary
    with Store.open(tmp_path / "part.roundtable", read_only=True) as part:
        assert part.note_count() == result.rows["notes"]


def test_an_import_refused_because_of_a_reader_is_tried_again(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The app's 10,000-row import failed ("locking protocol") whenever a reader polled the
    # file; nothing had been kept, so trying again is safe.
    from roundtable.store import NewNote
    from roundtable.store.session_file import BusyError

    rnd = store.round_at(2)
    real = store.db.execute
    refusals = {"left": 1}

    def busy_once(sql: str, *args):
        if sql.startswith("INSERT INTO events") and refusals["left"]:
            refusals["left"] -= 1
            raise sqlite3.OperationalError("locking protocol")
        return real(sql, *args)

    monkeypatch.setattr(store.db, "execute", busy_once)
    notes = [
        NewNote(rnd.id, f"paper note {i}", "sales", participant_name="Ana Lopez") for i in range(20)
    ]
    ids = store.add_notes(notes)
    assert len(ids) == 20 and store.note_count() == 20
    assert [p.name for p in store.participants()] == ["Ana Lopez"]  # not added twice
    refusals["left"] = 99
    with pytest.raises(BusyError, match="another program was reading it"):
        store.add_notes(notes)
    assert store.note_count() == 20


def _side_files(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name + "-"))


def test_a_read_only_look_leaves_no_side_files(store: Store, session_path: Path) -> None:
    # Exporting minutes or making a follow-up reads the file; it left "-wal" and "-shm"
    # files beside the session, which a user mailing the folder took for part of it.
    round_id = store.rounds()[0].id
    store.add_note(round_id, "Pipeline call every Monday")
    store.close()
    assert _side_files(session_path) == []
    first = Store.open(session_path, read_only=True)
    with Store.open(session_path, read_only=True) as second:
        assert [n.text for n in second.notes(round_id)] == ["Pipeline call every Monday"]
    # The other reader still reads: what it needs was left alone while it was open.
    assert [n.text for n in first.notes(round_id)] == ["Pipeline call every Monday"]
    first.close()
    assert _side_files(session_path) == []


def test_a_read_only_look_beside_the_writer_leaves_its_files_alone(
    store: Store, session_path: Path
) -> None:
    round_id = store.rounds()[0].id
    with Store.open(session_path, read_only=True) as viewer:
        viewer.session()
    store.add_note(round_id, "Written after the look")
    store.close()
    with Store.open(session_path, read_only=True) as again:
        assert [n.text for n in again.notes(round_id)] == ["Written after the look"]


def test_a_file_another_program_is_writing_is_refused_at_once(
    store: Store, session_path: Path, other_program
) -> None:
    # It opened as if writable; the first note then froze the app for 5 s and was not saved.
    store.add_note(store.round_at(2).id, "before the browser")
    store.close()
    browser = other_program(session_path, "BEGIN EXCLUSIVE")
    started = time.monotonic()
    with pytest.raises(SessionLockedError, match="another program") as refused:
        Store.open(session_path)
    assert time.monotonic() - started < 2
    assert str(session_path) in str(refused.value)
    assert "read-only" in str(refused.value)
    with Store.open(session_path, read_only=True) as viewer:
        assert [n.text for n in viewer.notes()] == ["before the browser"]
    browser.stop()
    # Nothing of the refused open is left holding the file (Roundtable's own lock included).
    with Store.open(session_path) as again:
        again.add_note(again.round_at(2).id, "after the browser")
        assert len(again.notes()) == 2


def test_a_file_another_program_only_reads_opens_for_writing(
    store: Store, session_path: Path, other_program
) -> None:
    # In WAL mode readers never block the writer: such a file is not "in use".
    store.close()
    other_program(session_path, "BEGIN")
    with Store.open(session_path) as opened:
        assert not opened.read_only
        started = time.monotonic()
        opened.add_note(opened.round_at(2).id, "while someone reads")
        assert time.monotonic() - started < 2
        assert [n.text for n in opened.notes()] == ["while someone reads"]
