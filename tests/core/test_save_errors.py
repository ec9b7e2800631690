"""A write the disk or the file refuses: the message says what happened and the next step
that fits it, the change is not half kept, and the session goes on once the problem is gone."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from roundtable.store import SessionFileError, Store


@pytest.mark.parametrize(
    ("sqlite_says", "user_reads", "advice"),
    [
        ("database or disk is full", "the disk is full", "free some disk space"),
        ("disk I/O error", "the disk did not take the change", "disk or network share"),
        ("unable to open database file", "the disk did not take the change", "network share"),
        (
            "attempt to write a readonly database",
            "became write-protected",
            "File > Save a copy",
        ),
        ("database disk image is malformed", "the file reports damage", "rescue a copy"),
    ],
)
def test_a_refused_write_says_why_and_what_to_do(
    store: Store, session_path: Path, monkeypatch, sqlite_says, user_reads, advice
) -> None:
    rnd = store.round_at(2)
    store.add_note(rnd.id, "saved before the problem")

    def refused(*_args: object) -> None:
        raise sqlite3.OperationalError(sqlite_says)

    with monkeypatch.context() as broken:
        broken.setattr(store, "_insert", refused)
        with pytest.raises(SessionFileError) as err:
            store.add_note(rnd.id, "typed while the disk refused it")
    message = str(err.value)
    assert str(session_path) in message and "was not saved" in message
    assert user_reads in message and advice in message
    # More space is no help for a disk that was unplugged or a file that went read-only.
    assert ("free some disk space" in message) == ("full" in sqlite_says)
    store.add_note(rnd.id, "saved once the problem was gone")
    store.close()
    with Store.open(session_path) as again:
        assert [n.text for n in again.notes(rnd.id)] == [
            "saved before the problem",
            "saved once the problem was gone",
        ]
