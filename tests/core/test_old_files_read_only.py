"""A file of an older format opened read-only (not upgraded) shows all it holds."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import docx
import pytest
import sqlite_utils

from roundtable.export import export_minutes
from roundtable.store import Store
from roundtable.store.schema import SCHEMA_VERSION, migrate

FIXTURES = Path(__file__).parent / "fixtures"
V1_NOTES = [
    "We share one pipeline call",
    "Marketing joins deal reviews",
    "Nobody agrees on an MQL — ça coûte cher",
]


def _old_file(tmp_path: Path, version: int) -> Path:
    """The version 1 fixture, brought up to `version` (still older than this app's)."""
    path = tmp_path / f"v{version}.roundtable"
    shutil.copy(FIXTURES / "v1.roundtable", path)
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(sqlite_utils.Database(conn), to_version=version)
    conn.close()
    return path


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_old_file_opened_read_only_shows_its_notes(tmp_path: Path, version: int) -> None:
    path = _old_file(tmp_path, version)
    with Store.open(path, read_only=True) as store:
        assert store.read_only
        snap = store.snapshot()
        assert [n.text for n in snap.notes] == V1_NOTES
        assert [r.title for r in snap.rounds] == ["What works", "Why it's broken"]
        assert [a.text for a in snap.actions] == ["Invite marketing to deal reviews"]
        assert store.theme_votes(1)["sales"] == 5
        out = export_minutes(snap, "docx", tmp_path / "m.docx")
        # Said once as it opens: why the file is not brought up to date.
        (older,) = [n for n in store.opening_news if f"file format {version}" in n]
        assert "older version" in older and "read-only" in older
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    text += "\n".join(
        c.text for t in docx.Document(str(out)).tables for r in t.rows for c in r.cells
    )
    for note in V1_NOTES:
        assert note in text
    # Read-only: the file is left in its own format.
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == version
