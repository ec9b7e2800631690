"""Copying what can still be read out of a damaged session file into a new one.

A session file whose own check fails is refused when opened (session_file.check_contents),
and nothing ever "repairs" it in place. Often the damage is in an index or in a few pages
only, and the notes themselves are intact: `rescue` reads every table row by row (a full
scan reads a table's own pages, not its indexes), writes the rows into a new file with the
same tables, and says what it got and what it could not read. Rows that name lost rows are
mended (stand-in rounds and session, cleared links) so that the copy always opens. Notes
the notes table lost are rebuilt from the session's journal where it kept them
(rescue_journal.py). The damaged file is opened read-only and immutable, so not a byte of
it, and nothing beside it, changes.
"""

from __future__ import annotations

import sqlite3
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from roundtable.model import counted, not_a_file_words
from roundtable.store.contents import TEXTS, columns_of, garbled_words, not_utf8
from roundtable.store.file_shape import undone
from roundtable.store.left_open import mark
from roundtable.store.rescue_journal import notes_from_journal
from roundtable.store.rescue_rows import mend_rows
from roundtable.store.rescue_schema import make, names_back
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
    mended: list[str] = field(default_factory=list)  # what was done so the copy holds together

    def summary(self) -> str:
        got = ", ".join(
            counted(n, SINGULAR[table]) for table, n in self.rows.items() if table in COUNTED
        )
        text = f"Copied into {self.out}: {got}."
        if self.cut_short:
            lost = "; ".join(f"{t} ({why})" for t, why in self.cut_short.items())
            text += f" Read only in part: {lost}."
        for said in self.mended:
            text += f" {said}."
        return text + " The damaged file was not changed."


# The tables named in the summary, in the order a person thinks of them.
COUNTED = ("participants", "rounds", "notes", "themes", "votes", "actions", "events")
# "1 participant", not "1 participants": each table's rows in the singular.
SINGULAR = {
    "participants": "participant",
    "rounds": "round",
    "notes": "note",
    "themes": "theme",
    "votes": "vote",
    "actions": "action",
    "events": "event",
}


def rescue(damaged: Path, out: Path) -> Rescued:
    """Copy every row that can be read from `damaged` into a new session file `out`.

    Raises SessionFileError when `out` exists, when not even the list of tables can be
    read (then there is nothing to copy), or when what was copied does not open as a
    session (then `out` is removed).
    """
    if damaged.is_dir():
        raise SessionFileError(damaged, f"{damaged} is a folder, not a session file.")
    if said := not_a_file_words(damaged):
        raise SessionFileError(damaged, f"{said} Nothing was changed.")
    if not damaged.is_file():
        raise SessionFileError(damaged, f"{damaged} does not exist.")
    if out.exists():
        raise SessionFileError(out, f"{out} already exists; choose another name.")
    if not out.parent.is_dir():
        raise SessionFileError(
            out, f"The folder {out.parent} does not exist; create it or choose another."
        )
    with tempfile.TemporaryDirectory(prefix="roundtable-rescue-") as scratch:
        readable, undid = _text_undone(damaged, Path(scratch))
        readable = _whole_pages(readable, Path(scratch))
        try:
            result = _rescue_from(readable, damaged, out)
        except sqlite3.OperationalError as exc:
            # Reading is guarded table by table; what is left is writing the copy (a folder
            # that cannot be written, a full disk). It was a traceback on the command line.
            why = "the disk is full" if "full" in str(exc) else str(exc)
            raise SessionFileError(
                out, f"{out} cannot be written ({why}); choose another place."
            ) from exc
    if undid:
        result.mended.insert(0, undid)
    if readable.name == CUT_NAME:  # what stopped each table: the end of what is there
        for table, why in result.cut_short.items():
            result.cut_short[table] = why.replace(MALFORMED, "then the file's end")
    if result.cut_short and not any(result.rows.get(t) for t in ("rounds", "notes", "themes")):
        # A copy with nothing in it, "rescued session", helped nobody and said it worked.
        out.unlink(missing_ok=True)
        raise SessionFileError(
            damaged,
            f"{damaged} is too damaged to rescue: not one round, note or theme in it could be"
            " read.",
        )
    _check_opens(damaged, out)
    return result


MALFORMED = "then database disk image is malformed"
CUT_NAME = "cut-short.roundtable"


def _text_undone(damaged: Path, scratch: Path) -> tuple[Path, str | None]:
    """`damaged`, or a copy in `scratch` with a text conversion done to it undone (its line
    endings put back, say: file_shape.py), and what was undone, to be said."""
    try:
        back = undone(damaged.read_bytes())
    except OSError:
        return damaged, None
    if back is None:
        return damaged, None
    copy = scratch / "as-sent.roundtable"
    copy.write_bytes(back[0])
    return copy, f"The file had been changed as text on its way ({back[1]}); that was undone"


def _whole_pages(damaged: Path, scratch: Path) -> Path:
    """The file to read: `damaged` itself, or, when it was cut short, a copy that says so.

    A file cut short (a copy or download that stopped, a stick pulled out mid-write) is
    shorter than its header says, and SQLite then refuses every page of it as "malformed",
    even the ones that are all there. The copy in `scratch` ends on a whole page and its
    header gives its real length, so the pages that are there can be read; rows on the lost
    pages are reported as unreadable, as any damage is.
    """
    with damaged.open("rb") as f:
        header = f.read(100)
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        return damaged
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return damaged
    pages = damaged.stat().st_size // page_size
    if not 0 < pages < int.from_bytes(header[28:32], "big"):
        return damaged
    data = bytearray(damaged.read_bytes()[: pages * page_size])
    data[28:32] = pages.to_bytes(4, "big")
    copy = scratch / CUT_NAME
    copy.write_bytes(bytes(data))
    return copy


def _rescue_from(readable: Path, damaged: Path, out: Path) -> Rescued:
    """Copy the rows `readable` (`damaged` or its whole pages) holds into `out`."""
    source = sqlite3.connect(f"{readable.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    source.text_factory = lambda raw: str(raw, "utf-8", "replace")
    # Tables whose pages were cut off are still listed (each is then reported unreadable);
    # without this, one such table made SQLite refuse the whole list.
    source.execute("PRAGMA writable_schema = ON")
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
            own = version == SCHEMA_VERSION  # the app knows what its tables should be
            with target:
                for kind, name, sql in schema:
                    if kind == "table" and make(target, name, sql, damaged, own):
                        result.mended.append(
                            f"The definition of the {name} table was damaged; it was made anew"
                        )
                if own and names_back(target):
                    result.mended.append("Columns whose names were damaged have them back")
                for name in tables:
                    _copy_table(source, target, name, result)
                _rebuilt_notes(target, result)
                result.mended += mend_rows(target)
                if said := _unreadable_characters(source, target, tables):
                    result.mended.append(said.rstrip("."))
                mark(target, None)  # a new file, not one left open (left_open.py)
                _mend_references(target, result)
                for kind, name, sql in schema:
                    if kind in ("index", "trigger", "view"):
                        make(target, name, sql, damaged, own)
            target.execute(f"PRAGMA user_version = {version}")
        except BaseException:
            target.close()
            out.unlink(missing_ok=True)
            raise
        target.close()
    finally:
        source.close()
    return result


def _rebuilt_notes(target: sqlite3.Connection, result: Rescued) -> None:
    """Notes the notes table lost and the journal kept, added to the copy and said."""
    if "notes" not in result.cut_short:
        return
    rebuilt = notes_from_journal(target)
    if rebuilt:
        result.rows["notes"] += rebuilt
        said = (
            f"{counted(rebuilt, 'note')} that could not be read"
            f" {'was' if rebuilt == 1 else 'were'} rebuilt from the session's history, ungrouped"
        )
        if "events" in result.cut_short:
            said += "; changes made after the history breaks off are missing, so check them"
        result.mended.append(said)


def _unreadable_characters(
    source: sqlite3.Connection, target: sqlite3.Connection, tables: list[str]
) -> str | None:
    """The rows whose characters could not be read (their bytes in `source` are not UTF-8),
    as opening the damaged file names them. The copy holds a plain "\ufffd" in their place,
    which opening it cannot tell from one typed, so the rescue is the last to say which."""
    garbled: list[tuple[str, int, str]] = []
    for table, columns in TEXTS.items():
        if table not in tables:
            continue
        for column in columns:
            try:
                found = target.execute(
                    f"SELECT id, [{column}] FROM [{table}] WHERE instr([{column}], ?) > 0"
                    " ORDER BY id",
                    ["\ufffd"],
                ).fetchall()
            except sqlite3.Error:  # a column the damaged file lost
                continue
            for rowid, text in found:
                try:
                    damaged = not_utf8(source, table, column, rowid)
                except (sqlite3.Error, TypeError):  # a row rebuilt from the history
                    damaged = False
                if damaged:
                    garbled.append((table, rowid, text))
    return garbled_words(garbled)


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


# A stand-in round holds the notes, themes and actions that name it. Its question is gone, so
# it says so rather than guess; the timebox is the one a new round gets.
STAND_IN_PROMPT = "The question for this round could not be read from the damaged file."
STAND_IN_TIMEBOX_S = 600


def _mend_references(target: sqlite3.Connection, result: Rescued) -> None:
    """Make what was copied hang together, so that the copy opens and every note is reached.

    A table read only in part leaves rows elsewhere naming rows that are gone (the app then
    failed to open the copy at all). Lost rounds that something kept refers to get stand-ins
    with the same ids; references to anything else that was lost are cleared, or, for votes
    and note vectors that mean nothing without their theme or note, left out. Only columns
    of the first file format are relied on, except where a column is checked for first.
    """
    have = {r[0] for r in target.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    result.mended += _stand_in_session(target, have)
    result.mended += _stand_in_rounds(target, have)
    if "current_round_id" in columns_of(target, "session"):
        # A current round with nothing kept in it has no stand-in: the window starts at the
        # first round instead.
        target.execute(
            "UPDATE session SET current_round_id = NULL"
            " WHERE current_round_id NOT IN (SELECT id FROM rounds)"
        )

    def tell(n: int, one: str, many: str) -> None:
        if n:
            result.mended.append(one if n == 1 else many.format(n=n))

    ungroup = "theme_id = NULL" + (
        ", placement = NULL" if "placement" in columns_of(target, "notes") else ""
    )
    lost_theme = "theme_id IS NOT NULL AND theme_id NOT IN (SELECT id FROM themes)"
    tell(
        target.execute(f"UPDATE notes SET {ungroup} WHERE {lost_theme}").rowcount,
        "1 note lost its theme and is ungrouped",
        "{n} notes lost their theme and are ungrouped",
    )
    if "votes" in have:
        tell(
            target.execute(f"DELETE FROM votes WHERE {lost_theme}").rowcount,
            "1 vote for a theme that could not be read was left out",
            "{n} votes for themes that could not be read were left out",
        )
    if "actions" in have:
        tell(
            target.execute(f"UPDATE actions SET theme_id = NULL WHERE {lost_theme}").rowcount,
            "1 action no longer names the theme it came from",
            "{n} actions no longer name the theme they came from",
        )
    tell(
        target.execute(
            "UPDATE notes SET participant_id = NULL WHERE participant_id IS NOT NULL"
            " AND participant_id NOT IN (SELECT id FROM participants)"
        ).rowcount,
        "1 note lost who wrote it (it keeps its function)",
        "{n} notes lost who wrote them (each keeps its function)",
    )
    if "note_vectors" in have:
        # Worked out again from the note text when needed; not worth a word in the report.
        target.execute("DELETE FROM note_vectors WHERE note_id NOT IN (SELECT id FROM notes)")


def _stand_in_session(target: sqlite3.Connection, have: set[str]) -> list[str]:
    """Insert a stand-in for the session's own row (title, settings) when it was lost."""
    if target.execute("SELECT 1 FROM session WHERE id = 1").fetchone():
        return []
    # Dated when its journal began, else now. Anonymous, as the safer guess: names can be
    # shown again with one click, but a name shown on the wall cannot be taken back.
    began = target.execute("SELECT min(at) FROM events").fetchone()[0] if "events" in have else None
    target.execute(
        "INSERT INTO session (id, title, created_at, anonymous, status) VALUES (1, ?, ?, 1, ?)",
        [
            "Rescued session",
            began or datetime.now(UTC).isoformat(timespec="milliseconds"),
            "planned",
        ],
    )
    return [
        "The session's title and settings could not be read; it is now titled 'Rescued session'"
    ]


def _stand_in_rounds(target: sqlite3.Connection, have: set[str]) -> list[str]:
    """Insert a stand-in for every lost round that notes, themes or actions name."""
    naming = " UNION ".join(
        f"SELECT round_id FROM {t}" for t in ("notes", "themes", "actions") if t in have
    )
    lost = [
        r[0]
        for r in target.execute(
            f"SELECT round_id FROM ({naming}) WHERE round_id IS NOT NULL"
            " AND round_id NOT IN (SELECT id FROM rounds) ORDER BY round_id"
        )
    ]
    if not lost:
        return []
    # After the rounds that were read: a table scan stops at the first unreadable page, so
    # the lost rounds are the later ones. The title numbers the round as the agenda shows it.
    (last,) = target.execute("SELECT coalesce(max(position), 0) FROM rounds").fetchone()
    for position, round_id in enumerate(lost, start=last + 1):
        target.execute(
            "INSERT INTO rounds (id, position, title, prompt, timebox_s) VALUES (?, ?, ?, ?, ?)",
            [
                round_id,
                position,
                f"Round {position} (rescued)",
                STAND_IN_PROMPT,
                STAND_IN_TIMEBOX_S,
            ],
        )
    if len(lost) == 1:
        return ["1 round could not be read; a stand-in made for it"]
    return [f"{len(lost)} rounds could not be read; stand-ins made for them"]


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
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # a column's name damaged too
        result.cut_short[name] = f"{copied} rows read, then {exc}"
    result.rows[name] = copied
