"""The tables of a rescued copy: made as the damaged file defines them where that still
reads, and as this app defines them where it does not.

A file's list of tables (its schema) is text on its first page, and damage there was the
end of a rescue: a definition that is no longer SQL ("near "|": syntax error"), or a
column whose name changed, after which the copy did not open. For a file of this app's
own format the app knows what the definitions should be: a table whose definition is
damaged is made anew (its rows could not be read anyway), and a column whose name was
damaged gets its name back by its place.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from roundtable.store.contents import columns_of, keys_of, this_version
from roundtable.store.session_file import SessionFileError

# What SQLite says when the copy cannot be written, as opposed to the file's list of tables
# being damaged (a table's definition no longer SQL, an index its damaged rows break).
_NOT_WRITTEN = ("full", "readonly", "unable to open", "disk i/o")


def make(target: sqlite3.Connection, name: str, sql: str, damaged: Path, own: bool) -> bool:
    """Make table or index `name` in the copy from the damaged file's `sql`, or, where that
    is damaged and the file is of this app's format (`own`), from the app's; whether it had
    to be made anew."""
    form = this_version()
    known = form.sql.get(name) if own else None
    try:
        target.execute(sql)
    except sqlite3.DatabaseError as exc:
        if any(word in str(exc).lower() for word in _NOT_WRITTEN):
            raise
        if known is None:
            raise SessionFileError(
                damaged,
                f"{damaged} is too damaged to rescue: its list of tables is damaged ({exc}).",
            ) from exc
        target.execute(known)
        return True
    if known is not None and name in form.keys and keys_of(target, name) != form.keys[name]:
        # Its id or a reference damaged ("REFERENCES rounds(\ufffdd)"): no note could be added.
        target.execute(f"DROP TABLE [{name}]")
        target.execute(known)
        return True
    return False


def names_back(target: sqlite3.Connection) -> int:
    """Give the copy's columns whose names were damaged their names back, by their place in
    a table of this app's format; how many."""
    renamed = 0
    for table, wanted in this_version().columns.items():
        found = columns_of(target, table)
        if len(found) != len(wanted):
            continue  # not the table this app makes (or not there): nothing to go by
        for was, name in zip(found, wanted, strict=True):
            if was != name and name not in found:
                quoted = '"' + was.replace('"', '""') + '"'
                target.execute(f'ALTER TABLE [{table}] RENAME COLUMN {quoted} TO "{name}"')
                renamed += 1
    return renamed
