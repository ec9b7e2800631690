"""Every row of a session read once, as the app will read it, when the file opens.

SQLite's own check (session_file.check_contents) finds damage to the file's pages, not to
what a row says: a byte changed inside a note's time ("202\ufffd-12-07T…"), its text (no longer
UTF-8) or its function opened without a word and then stopped the app at the first screen
that read the row. Such a file is now refused as damaged, naming the row, and the rescue
(rescue.py) mends what it can of such rows in its copy.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any, get_args

import sqlite_utils

from roundtable.model import ActionStatus, Function, OwnerFunction, Source, ThemeOrigin
from roundtable.store import rows
from roundtable.store.schema import migrate

# The words a column may hold, where the app looks things up by them.
CHOICES: dict[tuple[str, str], tuple[str, ...]] = {
    ("participants", "function"): get_args(Function),
    ("notes", "function"): get_args(Function),
    ("notes", "source"): get_args(Source),
    ("themes", "origin"): get_args(ThemeOrigin),
    ("votes", "function"): get_args(Function),
    ("actions", "status"): get_args(ActionStatus),
    ("actions", "owner_function"): get_args(OwnerFunction),
}
# Columns holding a time (ISO 8601), per table; "" is read as no time where allowed.
TIMES = {
    "session": ("created_at", "scheduled_start"),
    "rounds": ("started_at", "ended_at"),
    "themes": ("deleted_at",),
    "notes": ("created_at", "updated_at", "deleted_at"),
    "actions": ("created_at", "deleted_at"),
    "events": ("at",),
}
TIME_WORDS = {
    "created_at": "time written",
    "updated_at": "time changed",
    "deleted_at": "time deleted",
    "started_at": "start",
    "ended_at": "end",
    "at": "time",
    "scheduled_start": "planned start",
}
READERS: dict[str, Callable[[rows.Row], Any]] = {
    "session": rows.session,
    "participants": rows.participant,
    "rounds": rows.round_,
    "notes": rows.note,
    "themes": rows.theme,
    "votes": lambda r: int(r["count"]),
    "actions": rows.action,
    "events": rows.event,
}
# What a person reads of a row, per table: a byte of it changed on disk (no longer UTF-8)
# reads as "\ufffd", and the row is named when the file opens (garbled_words).
TEXTS = {
    "session": ("title", "facilitator"),
    "participants": ("name",),
    "rounds": ("title", "prompt"),
    "notes": ("text",),
    "themes": ("label",),
    "actions": ("text", "owner"),
}
# How a person names one row of each table.
ROW_NAMES = {
    "session": "the session's settings",
    "participants": "participant {id}",
    "rounds": "round {id}",
    "notes": "note {id}",
    "themes": "theme {id}",
    "votes": "vote {id}",
    "actions": "action item {id}",
    "events": "entry {id} of the session's history",
}


@dataclass(frozen=True)
class Format:
    """A file of this app's format: each table's columns in order, its primary key and its
    references, and the definition (SQL) of each table and index by name."""

    columns: dict[str, tuple[str, ...]]
    keys: dict[str, tuple[frozenset, frozenset]]
    sql: dict[str, str]


def columns_of(conn: sqlite3.Connection, table: str) -> list[str]:
    """A table's columns, in order ([] for a table the file does not have)."""
    return [r[1] for r in conn.execute(f"PRAGMA table_info([{table}])")]


def keys_of(conn: sqlite3.Connection, table: str) -> tuple[frozenset, frozenset]:
    """A table's primary key, and what its references name (table and column)."""
    own = frozenset(r[1] for r in conn.execute(f"PRAGMA table_info([{table}])") if r[5])
    named = frozenset(r[2:5] for r in conn.execute(f"PRAGMA foreign_key_list([{table}])"))
    return own, named


@functools.cache
def this_version() -> Format:
    db = sqlite_utils.Database(memory=True)
    migrate(db)
    return Format(
        columns={t.name: tuple(c.name for c in t.columns) for t in db.tables},
        keys={t.name: keys_of(db.conn, t.name) for t in db.tables},
        sql=dict(
            db.execute(
                "SELECT name, sql FROM sqlite_master"
                " WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'"
            ).fetchall()
        ),
    )


def table_rows(conn: sqlite3.Connection, table: str) -> Iterator[rows.Row]:
    cursor = conn.execute(f"SELECT * FROM [{table}] ORDER BY rowid")
    names = [c[0] for c in cursor.description]
    for values in cursor:
        yield dict(zip(names, values, strict=True))


def reads_as_time(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def row_problem(table: str, row: rows.Row) -> str | None:
    """Why the app could not use this row, or None."""
    for column in TIMES.get(table, ()):
        value = row.get(column)
        if value and not reads_as_time(value):
            return f"its {TIME_WORDS.get(column, column)}, {value!r}, is not a time"
    try:
        READERS[table](row)
    except (ValueError, KeyError, TypeError) as exc:  # json's errors are ValueErrors
        return str(exc) if not isinstance(exc, KeyError) else f"no {exc} column"
    for (where, column), allowed in CHOICES.items():
        if where == table and row.get(column) not in allowed:
            return f"its {column} is {row.get(column)!r}"
    return None


def not_utf8(conn: sqlite3.Connection, table: str, column: str, rowid: object) -> bool:
    """Whether the stored bytes of this value are not UTF-8 (a "\ufffd" typed or pasted
    by someone is kept as it is, and is not damage)."""
    found = conn.execute(
        f"SELECT CAST([{column}] AS BLOB) FROM [{table}] WHERE rowid = ?", [rowid]
    ).fetchone()
    try:
        bytes(found[0] or b"").decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


def _garbled(conn: sqlite3.Connection, table: str, row: rows.Row) -> str | None:
    """The text of the first column of this row whose bytes are not UTF-8, or None."""
    for column in TEXTS.get(table, ()):
        value = row.get(column)
        damaged = isinstance(value, str) and "\ufffd" in value
        if damaged and not_utf8(conn, table, column, row.get("id")):
            return value
    return None


def _around_damage(text: str) -> str:
    """The words around the first unreadable character, enough to find the note by."""
    at = text.index("\ufffd")
    start, end = max(0, at - 30), at + 12
    if start and " " in text[start:at]:  # from a word's start
        start = text.index(" ", start, at) + 1
    before = "…" if start else ""
    after = "…" if end < len(text) else ""
    return f"{before}{text[start:end].strip()}{after}"


def garbled_words(garbled: list[tuple[str, int, str]]) -> str | None:
    """What to tell the user of rows with characters that could not be read, or None."""
    if not garbled:
        return None
    shown = []
    for table, rowid, text in garbled[:5]:
        shown.append(f"{ROW_NAMES[table].format(id=rowid)} (“{_around_damage(text)}”)")
    if len(garbled) > 5:
        shown.append(f"{len(garbled) - 5} more")
    named = shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]
    return (
        f"Some characters in {named} could not be read: the file was damaged there."
        " They show as �, and the rest is as it was; type them again if you know what"
        " they said."
    )


def first_unreadable(
    conn: sqlite3.Connection, garbled: list[tuple[str, int, str]] | None = None
) -> str | None:
    """The first table or row of the session the app cannot read, and why ("note 12 (its
    time written, '2\ufffd26-…', is not a time)"), or None when every row reads. Rows that
    read but have characters that cannot (their bytes are not UTF-8) are added to
    `garbled` (table, id, text as read) when it is given."""
    form = this_version()
    for table, wanted in form.columns.items():
        if lost := sorted(set(wanted) - set(columns_of(conn, table))):
            return f"the {table} table (it has lost its {', '.join(lost)} column)"
        if keys_of(conn, table) != form.keys[table]:  # notes could no longer be added
            return f"the {table} table (its ids or what they refer to are damaged)"
    for table in READERS:
        where = ROW_NAMES[table]
        last: Any = None
        try:
            for row in table_rows(conn, table):
                last = row.get("id")
                problem = row_problem(table, row)
                if problem is not None:
                    return f"{where.format(id=last)} ({problem})"
                if garbled is not None and (text := _garbled(conn, table, row)) is not None:
                    garbled.append((table, last, text))
        except (sqlite3.Error, UnicodeDecodeError) as exc:
            after = f" after {where.format(id=last)}" if last is not None else ""
            return f"the {table}{after} ({exc})"
        if table == "session" and last != 1:
            return "the session's settings (they are missing)"
    return None
