"""A roster typed or pasted as text: one person a line, as the start screen takes it.

A line is a name and a function ("Ana Lopez, sales"), optionally with the company and a role
("Anna Keller, Nordlicht GmbH, sales" or "Anna Keller, sales, Nordlicht GmbH, Head of
demand"). Cells are separated by commas, or by tabs when the rows were copied from a
spreadsheet (where a company may well hold a comma), or by semicolons when a line has
neither; a cell in double quotes is read whole, as CSV writes one ("Acme, Inc."). The
function may stand in any cell after the name; the cells left are the company,
then the role. A first line of column names ("Name, Company, Function") is skipped.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass

from .model import Function, InvalidInput, name_key, parse_function, validate_person_name

# Column names a header line is made of (any case).
HEADER_WORDS = frozenset(
    {
        "name",
        "names",
        "participant",
        "person",
        "function",
        "team",
        "department",
        "company",
        "organisation",
        "organization",
        "org",
        "role",
        "title",
        "job title",
    }
)


# A cell in double quotes (its quotes doubled inside), as CSV writes one.
_QUOTED = re.compile(r'"(?:[^"]|"")*"')


@dataclass(frozen=True)
class RosterLine:
    """One person of a typed roster."""

    name: str
    function: Function
    organisation: str = ""
    role: str = ""


def split_cells(line: str) -> list[str]:
    """The line's cells, stripped, without empty ones at the end.

    A cell in double quotes is read whole, as a CSV file or a spreadsheet writes a cell
    holding the separator ("Acme, Inc.") or a quote (doubled); the separator is the one found
    outside such cells. A quote left open stays in the text, as typed.
    """
    bare = _QUOTED.sub("", line)
    sep = "\t" if "\t" in bare else "," if "," in bare else ";"
    try:
        cells = next(csv.reader([line], delimiter=sep, skipinitialspace=True, strict=True))
    except csv.Error:
        # A quote left open would make the rest of the line one cell: read it as typed.
        # Only a space or so after a closing quote ("Acme, Inc." , sales) is read leniently.
        open_quote = line.count('"') % 2 == 1
        lenient = csv.reader([line], delimiter=sep, skipinitialspace=True)
        cells = line.split(sep) if open_quote else next(lenient)
    cells = [cell.strip() for cell in cells]
    while cells and not cells[-1]:
        cells.pop()
    return cells


def _is_header(cells: list[str]) -> bool:
    return len(cells) >= 2 and all(c.casefold() in HEADER_WORDS for c in cells)


def parse_line(line: str) -> RosterLine:
    """One roster line; InvalidInput says what is wrong with it."""
    cells = split_cells(line)
    name = validate_person_name(cells[0] if cells else "")
    rest = cells[1:]
    if not rest:
        return RosterLine(name, "other")
    found: list[tuple[int, Function]] = []
    for k, cell in enumerate(rest):
        try:
            found.append((k, parse_function(cell, default="other")))
        except InvalidInput:
            continue
    # An empty cell counts as no function given; a cell that names one wins over it.
    named = [(k, f) for k, f in found if rest[k]]
    if named:
        k, function = named[-1]
    elif len(rest) == 1 or not any(rest):
        if rest[0] and not found:
            raise InvalidInput(
                f"Unknown function {rest[0]!r}: use sales, marketing or other"
                " (a line is name, company, function; the company may be left out)."
            )
        k, function = 0, "other"
    else:
        shown = ", ".join(repr(c) for c in rest if c)
        raise InvalidInput(
            f"None of {shown} is a function: use sales, marketing or other"
            " (a line is name, company, function)."
        )
    others = [c for j, c in enumerate(rest) if j != k and c]
    return RosterLine(
        name,
        function,
        organisation=others[0] if others else "",
        role=", ".join(others[1:]),
    )


def parse_roster(text: str) -> list[RosterLine]:
    """Every person of a typed roster; InvalidInput names the first bad line.

    Blank lines and a first line of column names are skipped; a name given twice (as the
    store compares names: any case, accents ignored) is refused, naming both lines, since
    @name could then mean either.
    """
    people: list[RosterLine] = []
    seen: dict[str, str] = {}  # name_key -> "line 1 (Ana Lopez)"
    first = True
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        if first and _is_header(split_cells(line)):
            first = False
            continue
        first = False
        where = f"line {number} ({_shown(line)})"
        try:
            person = parse_line(line)
        except InvalidInput as err:
            raise InvalidInput(f"Roster {where}: {err}") from None
        key = name_key(person.name)
        if key in seen:
            raise InvalidInput(
                f"Roster {seen[key]} and {where} name the same person (names are compared in"
                " any case, accents ignored, so @name could mean either): add a surname or"
                " initial."
            )
        seen[key] = where
        people.append(person)
    return people


def _shown(line: str, limit: int = 60) -> str:
    """A line as a message quotes it: cut with "…" when it is long."""
    line = line.strip()
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def roster_read(people: list[RosterLine]) -> str:
    """What a typed roster gave, by function: "11 people on the roster (6 sales, 5
    marketing)." A pasted list read wrongly shows here, not first in Session > People."""
    if not people:
        return "No one on the roster yet: Session > People (Ctrl+Shift+P) adds people."
    by = [(sum(p.function == f for p in people), f) for f in ("sales", "marketing", "other")]
    parts = ", ".join(f"{n} {f}" for n, f in by if n)
    noun = "person" if len(people) == 1 else "people"
    return f"{len(people)} {noun} on the roster ({parts})."
