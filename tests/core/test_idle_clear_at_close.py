"""A session closed while its idle clear was still held back (a reader came in as the mark
was cleared) folds the cleared mark into the file as it closes, as it does a mark: with a
read-only window still open on the file, a copy of the file alone said notes may be
missing though it held every one."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from roundtable.store import Store
from roundtable.store import store as store_module
from roundtable.templates import get_template
from tests.core.test_copy_while_idle import opened_copy


def test_a_held_back_idle_clear_goes_into_the_file_as_the_session_closes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "live" / "Q4.roundtable"
    path.parent.mkdir()
    Store.create(path, title="Q4", template=get_template("sales-marketing-roundtable")).close()
    store = Store.open(path)
    store.add_note(store.rounds()[0].id, "Leads wait four days", function="sales")
    folds: list[bool] = []
    fold_in = store_module.fold_in

    def reader_comes_in_after_the_first(conn: sqlite3.Connection) -> bool:
        folds.append(not folds and fold_in(conn))
        return folds[-1]

    with monkeypatch.context() as reader:
        reader.setattr(store_module, "fold_in", reader_comes_in_after_the_first)
        assert not store.idle_clear()
    follower = Store.open(path, read_only=True)  # a read-only window, still open
    try:
        store.close()  # before the next try
        said, notes = opened_copy(path, tmp_path / "closed")
        assert said is None and notes == ["Leads wait four days"]
    finally:
        follower.close()
