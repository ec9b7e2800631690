"""Damage inside a row (a time, a word the app relies on, a history entry) or in the file's
list of tables: the file is refused as it opens, naming the row and leaving the file as it
was, and its rescue mends the row in the copy and says so, instead of the app stopping at
the first screen that reads the row."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from roundtable.demo import write_demo
from roundtable.store import DamagedSessionError, Store
from roundtable.store.rescue import rescue


def demo(tmp_path: Path) -> Path:
    return write_demo(tmp_path / "demo.roundtable")


def change(path: Path, sql: str, *args: object, schema: bool = False) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    if schema:
        conn.execute("PRAGMA writable_schema = ON")
    conn.execute(sql, args)
    conn.close()


def flip(path: Path, old: bytes, new: bytes) -> None:
    """Change bytes in the file itself, as a bad sector or a mangled copy does."""
    data = path.read_bytes()
    assert data.count(old) == 1 and len(old) == len(new)
    path.write_bytes(data.replace(old, new))


def refused(path: Path) -> str:
    before = path.read_bytes()
    with pytest.raises(DamagedSessionError) as err:
        Store.open(path)
    assert path.read_bytes() == before  # nothing written to the damaged file
    assert not path.with_name(path.name + "-wal").exists()
    assert "`roundtable rescue`" in str(err.value)
    return str(err.value)


def test_a_note_whose_time_was_damaged_is_named_and_the_rescue_gives_it_the_time_before(
    tmp_path: Path,
) -> None:
    path = demo(tmp_path)
    with Store.open(path) as store:
        notes = store.notes()
        hit, before = notes[5], notes[4]
        texts = [n.text for n in notes]
    change(path, "UPDATE notes SET created_at = ? WHERE id = ?", "2031-01-02T03:04:05", hit.id)
    flip(path, b"2031-01-02T03:04:05", b"2\xff31-01-02T03:04:05")

    said = refused(path)
    assert f"note {hit.id} (its time written, '2\ufffd31-01-02T03:04:05', is not a time)" in said

    copy = tmp_path / "copy.roundtable"
    result = rescue(path, copy)
    assert "1 time that could not be read now read as the time of the row before" in (
        result.summary()
    )
    with Store.open(copy) as kept:
        assert [n.text for n in kept.notes()] == texts  # in the same order of entry
        assert kept.note(hit.id).created_at == before.created_at


def test_a_side_that_is_no_longer_a_side_is_named_and_rescued_as_other(tmp_path: Path) -> None:
    path = demo(tmp_path)
    with Store.open(path) as store:
        hit = next(n for n in store.notes() if n.function == "sales")
    change(path, "UPDATE notes SET function = 'sa\x7fes' WHERE id = ?", hit.id)

    assert f"note {hit.id} (its function is 'sa\\x7fes')" in refused(path)

    result = rescue(path, tmp_path / "copy.roundtable")
    assert "1 side, status or origin that could not be read" in result.summary()
    with Store.open(tmp_path / "copy.roundtable") as kept:
        assert kept.note(hit.id).function == "other"
        assert kept.note(hit.id).text == hit.text


def test_a_history_entry_that_is_no_longer_json_is_left_out_of_the_rescue(
    tmp_path: Path,
) -> None:
    path = demo(tmp_path)
    with Store.open(path) as store:
        texts = sorted(n.text for n in store.notes())
    conn = sqlite3.connect(path)
    (entry,) = conn.execute("SELECT max(id) FROM events").fetchone()
    conn.close()
    change(path, 'UPDATE events SET payload_json = \'{"id": 3, "te\' WHERE id = ?', entry)

    assert f"entry {entry} of the session's history" in refused(path)

    result = rescue(path, tmp_path / "copy.roundtable")
    assert "1 of the entries of its history could not be read and was left out" in (
        result.summary()
    )
    with Store.open(tmp_path / "copy.roundtable") as kept:
        assert sorted(n.text for n in kept.notes()) == texts


def test_a_damaged_table_definition_is_made_anew_and_the_notes_are_kept(tmp_path: Path) -> None:
    path = demo(tmp_path)
    with Store.open(path) as store:
        texts = sorted(n.text for n in store.notes())
    change(
        path,
        "UPDATE sqlite_master SET sql = replace(sql, 'CREATE TABLE', 'CREATE TA|LE')"
        " WHERE name = 'actions'",
        schema=True,
    )
    refused(path)

    result = rescue(path, tmp_path / "copy.roundtable")
    assert "The definition of the actions table was damaged; it was made anew" in (result.summary())
    with Store.open(tmp_path / "copy.roundtable") as kept:
        assert sorted(n.text for n in kept.notes()) == texts
        kept.add_action("Write the lead definition down", owner="Ana")  # the table works


def test_a_column_whose_name_was_damaged_gets_it_back_and_deleted_notes_stay_deleted(
    tmp_path: Path,
) -> None:
    path = demo(tmp_path)
    with Store.open(path) as store:
        gone = store.notes()[3]
        store.delete_note(gone.id)
        texts = sorted(n.text for n in store.notes())
    change(
        path,
        "UPDATE sqlite_master SET sql = replace(sql, '\"deleted_at\" TEXT\n',"
        " '\"deleted_a|\" TEXT\n') WHERE name = 'notes'",
        schema=True,
    )

    assert "the notes table (it has lost its deleted_at column)" in refused(path)

    result = rescue(path, tmp_path / "copy.roundtable")
    assert "Columns whose names were damaged have them back" in result.summary()
    with Store.open(tmp_path / "copy.roundtable") as kept:
        assert sorted(n.text for n in kept.notes()) == texts
        assert gone.id not in {n.id for n in kept.notes()}


def test_notes_whose_characters_cannot_be_read_open_as_they_are_and_are_named(
    tmp_path: Path,
) -> None:
    # A byte changed inside a note's text (no longer UTF-8) opened and showed "\ufffd" with
    # no word of it, so nobody knew to look at the note again.
    path = demo(tmp_path)
    with Store.open(path) as store:
        hit, typed = store.notes()[3], store.notes()[9]
        round_id = store.notes()[0].round_id
    change(
        path,
        "UPDATE notes SET text = CAST(? AS TEXT) WHERE id = ?",
        b"Leads go cold after the " + b"\xff\xfehand-off",
        hit.id,
    )
    change(path, "UPDATE notes SET text = ? WHERE id = ?", "Pasted \ufffd on purpose", typed.id)

    with Store.open(path) as store:
        assert store.note(hit.id).text == "Leads go cold after the \ufffd\ufffdhand-off"
        said = store.unreadable_text
        store.add_note(round_id, "Still works", function="sales")
    assert said is not None
    assert f"note {hit.id} (“Leads go cold after the \ufffd\ufffdhand-off”)" in said
    assert f"note {typed.id}" not in said  # typed, not damaged
    assert "type them again" in said
    with Store.open(path, read_only=True) as again:
        assert again.unreadable_text == said  # said each time, until the note is retyped


def test_a_file_with_no_unreadable_characters_says_nothing_of_them(tmp_path: Path) -> None:
    with Store.open(demo(tmp_path)) as store:
        assert store.unreadable_text is None


def test_the_rescue_names_the_notes_whose_characters_could_not_be_read(tmp_path: Path) -> None:
    # The copy holds "\ufffd" as plain text, so opening it says nothing more: the rescue
    # itself has to name those notes, or nobody knows which ones to look at again.
    path = demo(tmp_path)
    with Store.open(path) as store:
        hit, typed = store.notes()[3], store.notes()[9]
    change(
        path,
        "UPDATE notes SET text = CAST(? AS TEXT) WHERE id = ?",
        b"Leads go cold after the " + b"\xff\xfehand-off",
        hit.id,
    )
    change(path, "UPDATE notes SET text = ? WHERE id = ?", "Pasted \ufffd on purpose", typed.id)

    summary = rescue(path, tmp_path / "copy.roundtable").summary()

    assert f"note {hit.id} (“Leads go cold after the \ufffd\ufffdhand-off”)" in summary
    assert f"note {typed.id}" not in summary  # typed, not damaged
    assert "type them again" in summary
    assert ".." not in summary
    with Store.open(tmp_path / "copy.roundtable", read_only=True) as copy:
        assert copy.note(hit.id).text == "Leads go cold after the \ufffd\ufffdhand-off"


def test_a_rescue_of_a_file_with_no_unreadable_characters_says_nothing_of_them(
    tmp_path: Path,
) -> None:
    path = demo(tmp_path)
    change(path, "UPDATE notes SET text = ? WHERE id = 2", "Pasted \ufffd on purpose")
    assert "could not be read" not in rescue(path, tmp_path / "copy.roundtable").summary()
