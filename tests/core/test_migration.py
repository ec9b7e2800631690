"""A file saved by the first schema version opens, upgrades, and keeps all its data."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from roundtable.store import Store
from roundtable.store.schema import SCHEMA_VERSION

FIXTURE = Path(__file__).parent / "fixtures" / "v1.roundtable"


def test_version_1_file_is_migrated_without_loss(tmp_path: Path) -> None:
    path = tmp_path / "old.roundtable"
    shutil.copy(FIXTURE, path)
    with Store.open(path) as store:
        assert store.session().title == "Spring roundtable (v1 file)"
        assert store.session().dots_per_person == 3
        assert [r.title for r in store.rounds()] == ["What works", "Why it's broken"]
        notes = store.notes()
        assert [n.text for n in notes] == [
            "We share one pipeline call",
            "Marketing joins deal reviews",
            "Nobody agrees on an MQL — ça coûte cher",
        ]
        assert store.notes(include_deleted=True)[-1].deleted
        # Notes grouped by hand in version 1 count as placed by hand.
        assert [n.placement for n in notes] == ["manual", "manual", None]
        assert store.theme_votes(1) == {"sales": 5, "marketing": 4, "other": 0}
        (action,) = store.actions()
        assert (action.text, action.owner_function, action.due.isoformat()) == (
            "Invite marketing to deal reviews",
            "joint",
            "2026-04-01",
        )
        # The upgraded file takes new data of the new version.
        store.add_note(store.rounds()[1].id, "new note after the upgrade")
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_fixture_itself_stays_version_1() -> None:
    conn = sqlite3.connect(f"{FIXTURE.resolve().as_uri()}?mode=ro", uri=True)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
