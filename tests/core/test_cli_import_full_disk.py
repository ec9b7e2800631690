"""`roundtable import-csv` on a full disk says the disk is full and that nothing was
imported; it said "The last change was not saved", naming no import."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from roundtable.store import Store
from tests.core.test_cli import run


def test_import_csv_on_a_full_disk_says_nothing_was_imported(
    capsys, tmp_path: Path, monkeypatch
) -> None:
    path = tmp_path / "s.roundtable"
    run(capsys, "new", path)
    good = tmp_path / "good.csv"
    good.write_text("round,text,function\n2,One pipeline call,sales\n3,No SLA,m\n", "utf-8")
    with monkeypatch.context() as full:

        def disk_full(*_args: object, **_kwargs: object) -> None:
            raise sqlite3.OperationalError("database or disk is full")

        full.setattr(Store, "_insert", disk_full)
        code, out, err = run(capsys, "import-csv", path, good)
    assert code == 2 and out == ""
    assert err == (
        f"roundtable: error: Nothing was imported from good.csv: the disk the session is on"
        f" ({tmp_path}) is full. Make room on that disk (empty its trash, move files off it)"
        " and import the file again.\n"
    )
    assert json.loads(run(capsys, "info", path, "--json")[1])["notes"] == 0
