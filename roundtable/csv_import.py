"""Reading transcribed paper notes from a CSV file, all or nothing.

The header row names the columns: `round` and `text` are required, `function` and
`participant` optional, in any order and any letter case. A round is its number or its
title. The CSV minutes Roundtable itself writes import as they are: their `note` column is
the text (without the apostrophe written in front of a cell such as "- pricing too high"),
their round title places a numbered row when the numbers differ (a follow-up's round 3 is
another round), and their other columns (theme, votes, time) are read past. Commas,
semicolons and tabs are accepted as separators (spreadsheets in many countries save with
semicolons); how the file's bytes are read as text is `roundtable.csv_text`. Every row is
checked before anything is stored; one bad row (or a column given twice, words under a
column with no name) rejects the file with its line number.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path

from roundtable.csv_text import CsvImportError, read_text
from roundtable.export.csv_export import from_cell
from roundtable.function_words import both_sides, both_sides_said
from roundtable.jobs import Job
from roundtable.model import (
    MAX_NOTE_CHARS,
    InvalidInput,
    Participant,
    Round,
    clean_text,
    parse_function,
    people_named,
    validate_note_text,
    validate_person_name,
)
from roundtable.name_case import in_normal_case
from roundtable.store import NewNote, Store

REQUIRED = ("round", "text")
OPTIONAL = ("function", "participant")
# What the CSV minutes (roundtable.export.csv_export) call the columns: exported notes were
# refused with "missing column text" when brought into a follow-up session.
SYNONYMS = {"note": "text"}
READ_PAST = ("round title", "theme", "theme votes", "created", "source", "open question")
MAX_REPORTED = 5
ASKED = ("yes", "y", "true", "1", "x")  # an "open question" cell that marks the note
PROGRESS_ROWS = 500  # rows read between two progress reports (and checks for Cancel)


@dataclass(frozen=True)
class ImportResult:
    notes: int
    new_participants: int
    encoding: str = "UTF-8"  # how the file was read (Windows-1252 is a guess)
    rounds: tuple[int, ...] = ()  # the positions of the rounds the notes went into
    # The function labels naming both sides ("Sales & Marketing") and their notes (other).
    both_sides: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class CheckedNotes:
    """A file's notes, every row checked, with what to tell the user of how it was read: the
    encoding ("Windows-1252" is a guess) and the function labels naming both sides
    ("Sales & Marketing", as first written, and its number of notes), counted as other."""

    notes: list[NewNote]
    encoding: str = "UTF-8"
    both_sides: tuple[tuple[str, int], ...] = ()

    def said(self) -> str:
        """What the labels naming both sides made of their notes ("" for none)."""
        return both_sides_said(self.both_sides)


# Notes one file may bring in. 50,000 short rows (1 MB: a whole CRM export, say) came in,
# and the session then took 16 s to open and 12 s to show that round, the window frozen.
MAX_IMPORT_NOTES = 10_000

WHOLE_NUMBER = re.compile(r"\d+\.0+")


def _dialect(text: str) -> type[csv.Dialect] | csv.Dialect:
    first = text.split("\n", 1)[0]
    counts = {sep: first.count(sep) for sep in (",", ";", "\t")}
    sep = max(counts, key=lambda s: counts[s])

    class Sheet(csv.excel):
        delimiter = sep if counts[sep] else ","
        # A quote opened and never closed took every row after it into one note, and
        # '"Too dear" he said' lost its quotes: both are refused with the line instead.
        strict = True
        # 'round, "text, with a comma"' (a space after the separator, as people and some
        # scripts write) kept its quotes and split at the comma inside them.
        skipinitialspace = True

    return Sheet


def parse_csv(text: str, store: Store, *, source_name: str = "CSV") -> CheckedNotes:
    """Check every row against the session; return the checked notes or raise CsvImportError."""
    return parse_rows(text, store.rounds(), store.participants(), source_name=source_name)


def parse_rows(
    text: str,
    rounds: list[Round],
    people: list[Participant],
    *,
    source_name: str = "CSV",
    job: Job | None = None,
) -> CheckedNotes:
    """Like parse_csv, against the session's rounds and roster as plain data (so it can run
    off the UI thread); `job` hears how far it got and can stop it (Cancelled)."""
    reader = csv.reader(io.StringIO(text, newline=""), _dialect(text))
    try:
        header = next(reader)
    except StopIteration:
        raise CsvImportError(
            f"{source_name} is empty: it needs a header row 'round,text[,function][,participant]'."
        ) from None
    except csv.Error as exc:
        raise CsvImportError(f"{source_name}, line 1: {_read_error(exc)}.") from exc
    # Invisible characters around a heading (a second byte order mark from a file saved
    # twice, a zero-width space copied from a web page) made "round" a "missing column".
    columns = [
        "".join(c for c in h if unicodedata.category(c) != "Cf").strip().lower() for h in header
    ]
    # Roundtable's own CSV minutes: their cells carry an apostrophe against formulas.
    minutes = "text" not in columns and "note" in columns
    if "text" not in columns:
        columns = [SYNONYMS.get(c, c) for c in columns]
    missing = [c for c in REQUIRED if c not in columns]
    unknown = [c for c in columns if c and c not in REQUIRED + OPTIONAL + READ_PAST]
    # "round,text,text" kept the second text of each row and dropped the first unsaid.
    twice = [c for c in REQUIRED + OPTIONAL if columns.count(c) > 1]
    if twice and not (missing or unknown):
        raise CsvImportError(
            f"{source_name}, line 1: the header has more than one {twice[0]} column, and only"
            " one of their cells in a row could be kept. Nothing was imported; keep one"
            f" {twice[0]} column (for several notes, one note a row) and import it again."
        )
    if missing or unknown:
        problem = (
            f"missing column {', '.join(missing)}"
            if missing
            else f"unknown column {', '.join(unknown)}"
        )
        raise CsvImportError(
            f"{source_name}, line 1: {problem}. The header must be "
            "'round,text' with optional 'function' and 'participant' columns."
        )
    if not rounds:  # every row said "use a round number from 1 to 0"
        raise CsvImportError(
            f"{source_name} was not imported: this session has no rounds yet, so its notes"
            " have nowhere to go. Add the rounds first (Session > Add round, or roundtable new"
            " from a template) and import it again."
        )
    named: dict[str, list[Participant]] = {}  # each name looked up once, not once a row
    lines = text.count("\n") + (not text.endswith("\n"))  # (the last may end in one)
    errors: list[str] = []
    notes: list[NewNote] = []
    rows = 0  # rows with something in them
    both: dict[str, int] = {}  # a label naming both sides, as first written: its notes
    spelled: dict[str, str] = {}  # "sales & marketing" -> as first written
    start = reader.line_num + 1  # where the row being read begins (a text can span lines)
    try:
        for row in reader:
            line, start = reader.line_num, reader.line_num + 1
            if job is not None and line % PROGRESS_ROWS == 0:
                job.progress(line, lines)
            if not any(cell.strip() for cell in row):
                continue
            rows += 1
            if rows > MAX_IMPORT_NOTES:
                raise CsvImportError(
                    f"{source_name} holds more than {MAX_IMPORT_NOTES:,} notes ({lines:,} lines),"
                    " far more than one session's. Nothing was imported; check it is the right"
                    f" file, or split it into files of at most {MAX_IMPORT_NOTES:,} notes."
                )
            if len(row) > len(columns):
                errors.append(
                    f"line {line}: {len(row)} fields but the header has "
                    f"{len(columns)} (is there an unquoted separator in the text?)"
                )
                continue
            unnamed = [v for c, v in zip(columns, row, strict=False) if not c and v.strip()]
            if unnamed:  # words under no heading were dropped without a word
                errors.append(
                    f"line {line}: “{_cut(unnamed[0])}” is in a column with no name in the"
                    " header; give the column a name (text for a note) or move the words"
                    " into the text column"
                )
                continue
            cells = dict(zip(columns, row + [""] * (len(columns) - len(row)), strict=True))
            if minutes:
                cells = {k: from_cell(v) for k, v in cells.items()}
            try:
                notes.append(_note(cells, rounds, people, named))
            except InvalidInput as exc:
                errors.append(f"line {line}: {str(exc).rstrip('.')}")
                continue
            label = cells.get("function", "").strip()
            if notes[-1].function == "other" and label and both_sides(label):
                shown = spelled.setdefault(" ".join(label.casefold().split()), label)
                both[shown] = both.get(shown, 0) + 1
    except csv.Error as exc:
        errors.append(f"line {start}: {_read_error(exc)}")
    if errors:
        errors = _merged(errors)
        more = len(errors) - MAX_REPORTED
        listed = "; ".join(errors[:MAX_REPORTED]) + (f"; and {more} more" if more > 0 else "")
        raise CsvImportError(f"{source_name} was not imported, nothing changed: {listed}.")
    if not notes:
        raise CsvImportError(f"{source_name} has a header but no notes.")
    return CheckedNotes(notes, both_sides=tuple(both.items()))


def _cut(cell: str, limit: int = 40) -> str:
    """A cell's words as quoted in a message: the first `limit` characters."""
    words = " ".join(cell.split())
    return words if len(words) <= limit else words[: limit - 1] + "…"


def _read_error(exc: csv.Error) -> str:
    """What the csv module could not read, in words that say what to look for."""
    problem = str(exc)
    if "field limit" in problem:
        # "field larger than field limit (131072)": a document pasted into one cell, or a
        # quote never closed that took the rest of a long file into one text.
        return (
            f"the text goes on for more than {csv.field_size_limit():,} characters (a note"
            f' has at most {MAX_NOTE_CHARS}); look for a quote (") that is never closed, or'
            " a long document pasted into one cell"
        )
    if '"' in problem or "end of data" in problem:
        return (
            'a text that begins with a quote (") must end with one just before the next'
            ' separator; a quote inside it is written twice ("")'
        )
    return problem


def _merged(errors: list[str]) -> list[str]:
    """One problem said once with its lines: 25 rows of CSV minutes from a round this session
    lacks read the same long sentence five times, "and 20 more"."""
    lines: dict[str, list[str]] = {}
    for error in errors:
        where, _, problem = error.partition(": ")
        lines.setdefault(problem, []).append(where.removeprefix("line "))
    said = []
    for problem, at in lines.items():
        shown = ", ".join(at[:MAX_REPORTED]) + (
            f" and {len(at) - MAX_REPORTED} more" * (len(at) > MAX_REPORTED)
        )
        said.append(f"{'lines' if len(at) > 1 else 'line'} {shown}: {problem}")
    return said


def _note(
    cells: dict[str, str],
    rounds: list[Round],
    people: list[Participant],
    named: dict[str, list[Participant]],
) -> NewNote:
    value = cells["round"].strip()
    if WHOLE_NUMBER.fullmatch(value):  # "2.0", as pandas and some spreadsheets write 2
        value = value.split(".")[0]
    numbered = value.isdecimal()
    titled = [k for k, r in enumerate(rounds, 1) if r.title.casefold() == value.casefold()]
    if not value.isdecimal() and len(titled) == 1:  # "What works"
        value = str(titled[0])
    if not value.isdecimal() and len(titled) > 1:  # it was said not to exist
        raise InvalidInput(
            f"rounds {' and '.join(map(str, titled))} are both called {value!r}; use the number"
            " of the round the note belongs in"
            if len(titled) == 2
            else f"rounds {', '.join(map(str, titled))} are all called {value!r}; use the"
            " number of the round the note belongs in"
        )
    if not value.isdecimal() or not 1 <= int(value) <= len(rounds):
        raise InvalidInput(
            f"round {value!r} does not exist; use a round number from 1 to {len(rounds)}"
            " or a round's title"
        )
    if numbered:  # a title in the round column is where the user wants it
        value = str(_by_title(int(value), cells.get("round title", "").strip(), rounds))
    text = validate_note_text(cells["text"])
    name = cells.get("participant", "").strip()
    # A name is read as @name reads it: "Ben" on a paper note is Ben Okafor when he is the
    # only Ben (it joined the roster as a second person, "Ben"). No function given: the
    # participant's own, as on the capture line; else "other".
    if name and name not in named:
        named[name] = people_named(people, name)
    meant = named[name] if name else []
    person = meant[0] if len(meant) == 1 else None
    if name and person is None:
        # Joins the roster by the roster's rule, written as a name if in capitals.
        name = validate_person_name(in_normal_case(name))
    function = parse_function(cells.get("function"), default=person.function if person else "other")
    return NewNote(
        round_id=rounds[int(value) - 1].id,
        text=text,
        function=function,
        participant_name=(person.name if person else name) or None,
        source="import",
        # CSV minutes say "yes" there: a question still open comes in still open.
        open_question=cells.get("open question", "").strip().casefold() in ASKED,
    )


def _by_title(number: int, title: str, rounds: list) -> int:
    """The round a numbered row of CSV minutes belongs in: minutes exported from another
    session give each note's round title too, and in a follow-up round 3 is another round
    ("Why it's broken" notes went into "What we learned" without a word)."""
    if not title or rounds[number - 1].title.casefold() == title.casefold():
        return number
    titled = [k for k, r in enumerate(rounds, 1) if r.title.casefold() == title.casefold()]
    if len(titled) == 1:
        return titled[0]
    if titled:  # it was said that no round had the title
        raise InvalidInput(
            f"the file says round {number}, “{title}”, and here rounds"
            f" {' and '.join(map(str, titled))} are called “{title}”; write the number of the"
            " round they belong in here in the round column"
        )
    raise InvalidInput(
        f"the file says round {number}, “{title}”, but round {number} here is"
        f" “{rounds[number - 1].title}” and no round is called “{title}”; write the title of"
        " the round they belong in here in the round column"
    )


def read_csv_notes(store: Store, path: Path) -> list[NewNote]:
    """Read and check a CSV of notes for this session without changing anything."""
    return read_csv_file(store, path).notes


def read_csv_file(store: Store, path: Path) -> CheckedNotes:
    """Like read_csv_notes, with the encoding the file was read in ("UTF-8", "UTF-16" or
    "Windows-1252", so the user can be told when it was a guess) and its labels naming
    both sides."""
    return read_csv_rows(path, store.rounds(), store.participants())


def read_csv_rows(
    path: Path, rounds: list[Round], people: list[Participant], job: Job | None = None
) -> CheckedNotes:
    """Like read_csv_file, against the session's rounds and roster as plain data: for a
    worker thread (the store stays on the UI thread). `job` as for parse_rows."""
    text, encoding = read_text(path)
    checked = parse_rows(text, rounds, people, source_name=str(path), job=job)
    return replace(checked, encoding=encoding)


def already_in(store: Store, notes: list[NewNote]) -> int:
    """How many of these notes the session has already, word for word in the same round
    (the file was imported before)."""
    present = {(n.round_id, n.text) for n in store.notes()}
    return sum((n.round_id, clean_text(n.text)) in present for n in notes)


def import_csv(store: Store, path: Path, *, again: bool = True) -> ImportResult:
    """Import a CSV of notes into the session: all rows, or none and a CsvImportError.

    Args:
        again: import notes the session already has word for word; when False, such a
            file is refused (it was most likely imported before).
    """
    before = len(store.participants())
    checked = read_csv_file(store, path)
    notes = checked.notes
    present = already_in(store, notes)
    if present and not again:
        raise CsvImportError(
            f"{present} of the {len(notes)} notes in {path.name} are already in this session,"
            " word for word: the file may have been imported before. Nothing was imported;"
            " add --again to import them anyway."
        )
    store.add_notes(notes)
    rounds = {r.id: r.position for r in store.rounds()}
    return ImportResult(
        notes=len(notes),
        new_participants=len(store.participants()) - before,
        encoding=checked.encoding,
        rounds=tuple(sorted({rounds[n.round_id] for n in notes})),
        both_sides=checked.both_sides,
    )
