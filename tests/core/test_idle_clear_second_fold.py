"""An idle clear whose mark went into the log but whose fold of it into the file failed
(the disk refused at that moment) is tried again at the next pause: a copy made once the
disk is back opens whole and without "notes may be missing"."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from roundtable.store import Store
from roundtable.store import store as store_module
from roundtable.templates import get_template
from tests.core.test_copy_while_idle import opened_copy


def test_a_fold_refused_after_the_mark_was_cleared_is_tried_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "live" / "Q4.roundtable"
    path.parent.mkdir()
    Store.create(path, title="Q4", template=get_template("sales-marketing-roundtable")).close()
    store = Store.open(path)
    store.add_note(store.rounds()[0].id, "Leads wait four days", function="sales")
    folds: list[str] = []
    fold_in = store_module.fold_in

    def disk_refuses_the_second(conn: sqlite3.Connection) -> bool:
        folds.append("fold")
        if len(folds) == 2:
            raise sqlite3.OperationalError("disk I/O error")
        return fold_in(conn)

    with monkeypatch.context() as refusing:
        refusing.setattr(store_module, "fold_in", disk_refuses_the_second)
        assert not store.idle_clear()  # said nothing; tried again at the next pause
    assert folds == ["fold", "fold"]
    said, _ = opened_copy(path, tmp_path / "refused")
    assert said is not None  # the cleared mark is only in the log
    assert store.idle_clear()  # the disk is back
    said, notes = opened_copy(path, tmp_path / "back")
    assert said is None and notes == ["Leads wait four days"]
    store.close()
