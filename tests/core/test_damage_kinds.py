"""Damage as it happens to a session file, told in words that say what was done to it: a
copy cut short, a file sent as text (its line endings converted), an empty file. Each was
"database disk image is malformed" or "another kind of file", and a file whose line
endings were converted could not be rescued at all, though every byte of it was there."""

from __future__ import annotations

from pathlib import Path

import pytest

from roundtable.demo import write_demo
from roundtable.store import DamagedSessionError, NotASessionError, SessionFileError, Store
from roundtable.store.rescue import rescue


def demo(tmp_path: Path) -> tuple[Path, list[str]]:
    path = write_demo(tmp_path / "demo.roundtable")
    with Store.open(path, read_only=True) as store:
        return path, sorted(n.text for n in store.notes())


def test_a_file_sent_as_text_is_said_so_and_its_rescue_puts_every_note_back(
    tmp_path: Path,
) -> None:
    path, texts = demo(tmp_path)
    data = path.read_bytes()
    path.write_bytes(data.replace(b"\n", b"\r\n"))

    with pytest.raises(DamagedSessionError) as refused:
        Store.open(path)
    said = str(refused.value)
    assert "was changed on its way by something that treated it as text" in said
    assert "every line ending was converted" in said
    assert "send it again as an attachment or a file" in said

    result = rescue(path, tmp_path / "kept.roundtable")
    assert "(every line ending was converted); that was undone" in result.summary()
    with Store.open(tmp_path / "kept.roundtable") as kept:
        assert sorted(n.text for n in kept.notes()) == texts


def test_a_file_cut_short_says_how_much_of_it_is_there(tmp_path: Path) -> None:
    path, _ = demo(tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 700])  # a download stopped mid-page

    with pytest.raises(DamagedSessionError) as refused:
        Store.open(path)
    assert (
        f"is cut short: only {len(data) // 2 + 700:,} of its {len(data):,} bytes are there,"
        " as when a copy or a download stops part way" in str(refused.value)
    )


def test_a_file_cut_short_before_anything_of_the_session_is_not_rescued_into_an_empty_copy(
    tmp_path: Path,
) -> None:
    # Its rescue made "Rescued session", with 0 rounds and 0 notes, and said it was copied.
    path, _ = demo(tmp_path)
    path.write_bytes(path.read_bytes()[: 3 * 4096])

    with pytest.raises(SessionFileError) as refused:
        rescue(path, tmp_path / "kept.roundtable")
    assert "is too damaged to rescue: not one round, note or theme" in str(refused.value)
    assert not (tmp_path / "kept.roundtable").exists()


@pytest.mark.parametrize(
    ("cut", "words"),
    [
        (0, "is empty (0 bytes): its copy or download did not finish"),
        (16, "is cut short: only its first 16 bytes are there"),
        (1000, "is cut short: only 1,000 of its"),
    ],
)
def test_a_file_with_nothing_of_the_session_left_says_what_happened(
    tmp_path: Path, cut: int, words: str
) -> None:
    path, _ = demo(tmp_path)
    path.write_bytes(path.read_bytes()[:cut])
    with pytest.raises(NotASessionError) as refused:  # nothing to rescue: not offered
        Store.open(path)
    assert words in str(refused.value)
    assert "open a copy you mailed or saved earlier" in str(refused.value)


def test_a_block_of_zeros_inside_the_file_is_said_and_the_rescue_offered(tmp_path: Path) -> None:
    path, texts = demo(tmp_path)
    data = bytearray(path.read_bytes())
    data[4096:8192] = bytes(4096)  # a bad sector
    path.write_bytes(bytes(data))

    with pytest.raises(DamagedSessionError) as refused:
        Store.open(path)
    assert "a block of it (4,096 bytes from byte 4,096) is blank (all zeros)" in str(refused.value)
    rescue(path, tmp_path / "kept.roundtable")
    with Store.open(tmp_path / "kept.roundtable") as kept:
        assert sorted(n.text for n in kept.notes()) == texts


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (
            b"PK\x03\x04rest of a .docx",
            "not a Roundtable session file: it is a Word document or another ZIP file",
        ),
        ("round,text\n1,Leads go cold é\n".encode(), "File > Import notes from CSV…"),
    ],
)
def test_another_kind_of_file_renamed_says_which_kind(
    tmp_path: Path, content: bytes, words: str
) -> None:
    path = tmp_path / "minutes.roundtable"
    path.write_bytes(content)
    with pytest.raises(NotASessionError) as refused:
        Store.open(path)
    assert words in str(refused.value)


def test_an_empty_database_of_another_app_is_not_called_damaged(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "other.roundtable"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("DROP TABLE t")  # leaves a blank free page
    conn.close()
    with pytest.raises(NotASessionError) as refused:
        Store.open(path)
    assert "is a database, but not a Roundtable session" in str(refused.value)
