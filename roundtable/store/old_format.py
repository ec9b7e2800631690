"""A file of an older format opened read-only: read as if it were of this version.

Opened to write, a file is brought up to this version (schema.migrate). Opened read-only
(a write-protected disk, a file open in another window, `Store.open(read_only=True)`) it
cannot be, and every reader of the store that names a column or table a later format added
failed on it (a version 1 file: no `placement`, no `facilitator`, no themes' `deleted_at`).
Here, in one place, each such table is shown through a temporary view of the same name
(SQLite looks in `temp` before `main`) with this version's columns: those the file has, and
the others as the upgrade would fill them in. Nothing is written to the file.
"""

from __future__ import annotations

import sqlite3
from functools import cache

import sqlite_utils

from roundtable.store.schema import SCHEMA_VERSION, migrate

# Columns the upgrade fills in from others, not with their plain default (schema._v2).
FILLED_AS = {
    ("notes", "placement"): "CASE WHEN [theme_id] IS NOT NULL THEN 'manual' END",
    ("actions", "position"): "[id]",
    ("actions", "owner"): "coalesce([owner], '')",
}


@cache
def _current_tables() -> dict[str, tuple[tuple[str, str], ...]]:
    """This version's tables: each column's name and the SQL of its default ('NULL')."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        migrate(sqlite_utils.Database(conn))
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
                " AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        return {
            name: tuple(
                (c[1], c[4] if c[4] is not None else "NULL")
                for c in conn.execute(f"PRAGMA table_info([{name}])")
            )
            for name in names
        }
    finally:
        conn.close()


def show_as_current(conn: sqlite3.Connection, version: int) -> None:
    """Make the read-only `conn` to a file of format `version` (older than this app's)
    read as this version's tables, through temporary views."""
    if version >= SCHEMA_VERSION:
        return
    for table, columns in _current_tables().items():
        have = {c[1] for c in conn.execute(f"PRAGMA main.table_info([{table}])")}
        merge_votes = table == "votes" and have and version < 2
        if have >= {name for name, _ in columns} and not merge_votes:
            continue
        picked = ", ".join(
            f"[{name}]" if name in have else f"{FILLED_AS.get((table, name), default)} AS [{name}]"
            for name, default in columns
        )
        if not have:  # a table of a later format: there, and empty
            select = f"SELECT {picked} WHERE 0"
        elif merge_votes:
            # Version 1 allowed several rows a theme, voter and function: their sum (_v2).
            select = (
                "SELECT min([id]) AS [id], [theme_id], [voter], sum([count]) AS [count],"
                " [function] FROM main.[votes] GROUP BY [theme_id], [voter], [function]"
            )
        else:
            select = f"SELECT {picked} FROM main.[{table}]"
        conn.execute(f"CREATE TEMP VIEW [{table}] AS {select}")


def older_words(name: str, version: int) -> str:
    """What to say of a file of an older format that was opened read-only."""
    return (
        f"{name} was saved by an older version of Roundtable (file format {version}; this"
        f" version writes format {SCHEMA_VERSION}). It is open read-only, so it is shown as"
        " it is, not brought up to date; that happens the first time it is opened to change it."
    )
