"""A session whose file was deleted while open is written back under its name; that file is
the one mailed afterwards. Once the session closes, or sits idle, it must open whole and
without "copied while it was open": it did not, as the copy was written with the mark of
being open still in it and never written again."""

from __future__ import annotations

from pathlib import Path

from roundtable.store import Store
from roundtable.templates import get_template


def opened(path: Path) -> tuple[str | None, list[str]]:
    with Store.open(path) as again:
        return again.left_open_text, [n.text for n in again.notes()]


def deleted_while_open(tmp_path: Path) -> tuple[Store, Path]:
    path = tmp_path / "Q4.roundtable"
    Store.create(path, title="Q4", template=get_template("sales-marketing-roundtable")).close()
    store = Store.open(path)
    rid = store.rounds()[0].id
    store.add_note(rid, "Leads wait four days", function="sales")
    path.unlink()  # a sync tool tidied the folder
    store.add_note(rid, "Nobody owns the handover", function="marketing")
    assert store.keep_on_disk() is not None  # written back at the pause
    return store, path


def test_the_written_back_file_opens_without_the_warning_once_closed(tmp_path: Path) -> None:
    store, path = deleted_while_open(tmp_path)
    store.close()
    said, notes = opened(path)
    assert said is None and notes == ["Leads wait four days", "Nobody owns the handover"]


def test_the_written_back_file_is_whole_and_unmarked_once_the_session_sits_idle(
    tmp_path: Path,
) -> None:
    store, path = deleted_while_open(tmp_path)
    try:
        assert store.idle_clear()
        copy = tmp_path / "mailed" / path.name
        copy.parent.mkdir()
        copy.write_bytes(path.read_bytes())
        said, notes = opened(copy)
        assert said is None and notes == ["Leads wait four days", "Nobody owns the handover"]
    finally:
        store.close()
