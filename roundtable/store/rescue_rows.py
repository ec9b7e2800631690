"""Rows a rescue copied whose values the app cannot read, mended in the copy.

A byte changed inside a row leaves SQLite's pages whole but the row unreadable to the app
(contents.py refuses such a file as it opens): a time that no longer parses, a side or a
status that is no longer one of the app's words, a journal entry that is no longer JSON.
The rescue copies the row as it is, and this makes it readable again, saying what it did:
a time takes the time of the row before it (so notes keep their order of entry), a word
takes the plainest choice ("other", "open"), and what cannot be mended (a journal entry, a
vote count) is left out. Rows still unreadable after that are left out, said per table.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from roundtable.store.contents import (
    CHOICES,
    READERS,
    TIMES,
    columns_of,
    reads_as_time,
    row_problem,
    table_rows,
)

# The plainest choice for a word that could not be read; None: leave the row out.
RESET: dict[tuple[str, str], str | None] = {
    ("participants", "function"): "other",
    ("notes", "function"): "other",
    ("notes", "source"): "facilitator",
    ("themes", "origin"): "manual",
    ("votes", "function"): None,  # a count for nobody's side would be counted twice
    ("actions", "status"): "open",
    ("actions", "owner_function"): "joint",
}
# What a table's rows are, in a sentence.
ROWS_SAID = {"session": "the session's settings", "events": "the entries of its history"}


def mend_rows(target: sqlite3.Connection) -> list[str]:
    """Mend the copied rows of `target` the app cannot read; what was done, in words."""
    tables = {r[0] for r in target.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    said: list[str] = []
    times = words = 0
    for table, columns in TIMES.items():
        if table in tables:
            times += _mend_times(target, table, columns)
    for (table, column), plain in RESET.items():
        if table not in tables or column not in columns_of(target, table):
            continue
        allowed = CHOICES[(table, column)]
        marks = ", ".join("?" * len(allowed))
        where = f"[{column}] IS NULL OR [{column}] NOT IN ({marks})"
        if plain is None:
            words += target.execute(f"DELETE FROM [{table}] WHERE {where}", allowed).rowcount
        else:
            sql = f"UPDATE [{table}] SET [{column}] = ? WHERE {where}"
            words += target.execute(sql, [plain, *allowed]).rowcount
    if times:
        said.append(
            f"{times} {'time' if times == 1 else 'times'} that could not be read now"
            " read as the time of the row before"
        )
    if words:
        said.append(
            f"{words} {'side, status or origin' if words == 1 else 'sides, statuses or origins'}"
            " that could not be read were set to the plainest choice (a side to other, a"
            " status to open) or, for a vote count, left out"
        )
    for table in READERS:
        if table in tables:
            left_out = _leave_out_unreadable(target, table)
            if left_out:
                what = ROWS_SAID.get(table, f"the {table}")
                was = "was" if left_out == 1 else "were"
                said.append(f"{left_out} of {what} could not be read and {was} left out")
    return said


def _mend_times(target: sqlite3.Connection, table: str, columns: tuple[str, ...]) -> int:
    have = columns_of(target, table)
    mended = 0
    for column in (c for c in columns if c in have):
        found = target.execute(f"SELECT rowid, [{column}] FROM [{table}] ORDER BY rowid").fetchall()
        good = [v for _rowid, v in found if v and reads_as_time(v)]
        before = good[0] if good else datetime.now(UTC).isoformat(timespec="milliseconds")
        for rowid, value in found:
            if value is None or value == "" or reads_as_time(value):
                before = value or before
                continue
            target.execute(f"UPDATE [{table}] SET [{column}] = ? WHERE rowid = ?", [before, rowid])
            mended += 1
    return mended


def _leave_out_unreadable(target: sqlite3.Connection, table: str) -> int:
    bad = [r.get("id") for r in table_rows(target, table) if row_problem(table, r) is not None]
    for rid in bad:
        target.execute(f"DELETE FROM [{table}] WHERE id = ?", [rid])
    return len(bad)
