"""Copying what can still be read out of a damaged session file into a new one.

A session file whose own check fails is refused when opened (session_file.check_contents),
and nothing ever "repairs" it in place. Often the damage is in an index or in a few pages
only, and the notes themselves are intact: `rescue` reads every table row by row (a full
scan reads a table's own pages, not its indexes), writes the rows into a new file with the
same tables, and says what it got and what it could not read. The damaged file is opened
read-only and immutable, so not a byte of it, and nothing beside it, changes.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from roundtable.store.schema import APPLICATION_ID, SCHEMA_VERSION
from roundtable.store.session_file import SessionFileError

# Tables a session cannot be opened without; their loss is reported as such.
ESSENTIAL = ("session", "rounds", "notes")


@dataclass
class Rescued:
    """What a rescue copied: rows per table, and the tables it could read only in part."""

    out: Path
    rows: dict[str, int] = field(default_factory=dict)
    cut_short: dict[str, str] = field(default_factory=dict)  # table -> what stopped it

    def summary(self) -> str:
        got = ", ".join(f"{n} {table}" for table, n in self.rows.items() if table in COUNTED)
        text = f"Copied into {self.out}: {got}."
        if self.cut_short:
            lost = "; ".join(f"{t} ({why})" for t, why in self.cut_short.items())
            text += f" Read only in part: {lost}."
        return text + " The damaged file was not changed."


# The tables named in the summary, in the order a person thinks of them.
COUNTED = ("participants", "rounds", "notes", "themes", "votes", "actions", "events")


def rescue(damaged: Path, out: Path) -> Rescued:
    """Copy every row that can be read from `damaged` into a new session file `out`.

    Raises SessionFileError when `out` exists, when not even the list of tables can be
    read (then there is nothing to copy), or when what was copied does not open as a
    session (then `out` is removed).
    """
    if out.exists():
        raise SessionFileError(out, f"{out} already exists; choose another name.")
    if not damaged.is_file():
        raise SessionFileError(damaged, f"{damaged} does not exist.")
    source = sqlite3.connect(f"{damaged.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    source.text_factory = lambda raw: str(raw, "utf-8", "replace")
    try:
        try:
            schema = source.execute(
                "SELECT type, name, sql FROM sqlite_master"
                " WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY rowid"
            ).fetchall()
            version = source.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise SessionFileError(
                damaged, f"{damaged} is too damaged to rescue: its list of tables is gone ({exc})."
            ) from exc
        tables = [name for kind, name, _ in schema if kind == "table"]
        if not set(ESSENTIAL) <= set(tables):
            raise SessionFileError(
                damaged, f"{damaged} is not a Roundtable session (or its tables are gone)."
            )
        if version > SCHEMA_VERSION:
            raise SessionFileError(
                damaged,
                f"{damaged} was saved by a newer version of Roundtable (file format {version});"
                " rescue it with that version.",
            )
        result = Rescued(out)
        target = sqlite3.connect(out)
        try:
            target.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            with target:
                for kind, _name, sql in schema:
                    if kind == "table":
                        target.execute(sql)
                for name in tables:
                    _copy_table(source, target, name, result)
                for kind, _name, sql in schema:
                    if kind in ("index", "trigger", "view"):
                        target.execute(sql)
            target.execute(f"PRAGMA user_version = {version}")
        except BaseException:
            target.close()
            out.unlink(missing_ok=True)
            raise
        target.close()
    finally:
        source.close()
    _check_opens(damaged, out)
    return result


def _check_opens(damaged: Path, out: Path) -> None:
    """What was copied must open as a session, or it is no rescue (and is not kept)."""
    from roundtable.store.store import Store  # the store imports this package's modules

    try:
        with Store.open(out, read_only=True):
            pass
    except SessionFileError as exc:
        out.unlink(missing_ok=True)
        raise SessionFileError(
            damaged, f"What could be read from {damaged} does not make a session ({exc})."
        ) from exc


def _copy_table(
    source: sqlite3.Connection, target: sqlite3.Connection, name: str, result: Rescued
) -> None:
    """Copy a table's rows in storage order until its end or an unreadable page."""
    quoted = '"' + name.replace('"', '""') + '"'
    copied = 0
    try:
        cursor = source.execute(f"SELECT * FROM {quoted}")  # a full scan: no index used
        columns = len(cursor.description)
        insert = f"INSERT INTO {quoted} VALUES ({', '.join('?' * columns)})"
        for row in cursor:
            target.execute(insert, row)
            copied += 1
    except sqlite3.DatabaseError as exc:
        result.cut_short[name] = f"{copied} rows read, then {exc}"
    result.rows[name] = copied
