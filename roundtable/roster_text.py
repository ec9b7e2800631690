"""A roster typed or pasted as text: one person a line, as the start screen takes it.

A line is a name and a function ("Ana Lopez, sales"), optionally with the company and a role
("Anna Keller, Nordlicht GmbH, sales" or "Anna Keller, sales, Nordlicht GmbH, Head of
demand"). Cells are separated by commas, or by tabs when the rows were copied from a
spreadsheet (where a company may well hold a comma), or by semicolons when a line has
neither; a cell in double quotes is read whole, as CSV writes one ("Acme, Inc."). The
function may stand in any cell after the name; the cells left are the company,
then the role. A first line of column names ("Name, Company, Function") is skipped.
A list's numbers or bullets, a name written with its company in brackets or after a dash,
and a list sorted by surname are read as a person reads them (roster_forms.py); a list
written by side, a mail's recipients and several people on one line give a person each
(roster_sides.py, roster_addresses.py); a Teams or Zoom attendance list one an attendee
(roster_reports.py). A name in capitals is written as a name (name_case.py).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field

from . import word_lists
from .function_words import both_sides, role_side, team_side
from .job_titles import is_job_title
from .model import Function, InvalidInput, name_key, parse_function, validate_person_name
from .name_case import in_normal_case
from .roster_addresses import recipients
from .roster_columns import by_column, column_kinds, unknown_columns
from .roster_forms import (
    capital_surname,
    company_and_role,
    function_out_of_brackets,
    has_company,
    is_address,
    is_function,
    is_phone,
    is_surname,
    list_cells,
    name_parts,
    one_name,
    strip_marker,
    suggested_header,
    surname_first,
)
from .roster_reports import attendance_report
from .roster_sides import (
    heading_side,
    is_title,
    names_in_a_row,
    people_between_semicolons,
    side_lists,
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
    # Why the function is other though the line did not say so: the function cell as typed
    # when it names both sides ("Sales & Marketing"), or NO_FUNCTION_COLUMN.
    note: str = field(default="", compare=False)


# The note of a line read under column names without a Function column ("Name, Job title").
NO_FUNCTION_COLUMN = "no function column"
# The note of a line whose function its job title gave ("Ben Okafor - Head of Sales").
BY_JOB_TITLE = "by job title"


def _note(cell: str, function: Function) -> str:
    return cell.strip() if function == "other" and cell and both_sides(cell) else ""


def split_cells(line: str) -> list[str]:
    """The line's cells, stripped, without empty ones at the end (see `all_cells`)."""
    cells = all_cells(line)
    while cells and not cells[-1]:
        cells.pop()
    return cells


def all_cells(line: str) -> list[str]:
    """The line's cells, stripped, empty ones at the end too.

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
    return [cell.strip() for cell in cells]


class RosterError(InvalidInput):
    """A roster line that cannot be read; `line` is its number (from 1), for the box to
    show it."""

    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.line = line


def parse_line(
    line: str,
    columns: list[str] | None = None,
    *,
    surname: bool = False,
    side: Function | None = None,
) -> RosterLine:
    """One roster line (read by the header's `columns` when the roster has a header line,
    see roster_columns.py; `surname` when the list is "Surname, First name, ..."; `side`
    the function of the heading it is under, see roster_sides.py); InvalidInput says what
    is wrong with it."""
    line = strip_marker(line)
    cells = split_cells(line)
    if columns is None or len(all_cells(line)) < len(columns):
        # A line typed under the column names with fewer cells than they have ("Ana Lopez,
        # sales" under "Name, Company, Function": the company left out) is read as one
        # without them; a spreadsheet's or a CSV file's row has every cell, empty or not.
        # A spreadsheet's row keeps its empty cells at the end: an empty function cell.
        return _read_list(all_cells(line) if "\t" in line else cells, surname, side)
    name, functions, company, role = by_column(cells, columns)
    if "function" not in columns:
        return RosterLine(_person_name(name), "other", company, role, NO_FUNCTION_COLUMN)
    cell = functions[0] if functions else ""
    try:
        function = parse_function(cell, default="other")
    except InvalidInput:
        try:  # a line that does not follow the columns ("Ana Lopez, Acme, s" under "Name,
            # Function") is read as one without them; a job title in the function column
            # ("Head of Sales") is said, not read as its side
            return _read(cells[0], cells[1:], by_title=False)
        except InvalidInput:
            pass
        raise InvalidInput(
            f"Unknown function {cell!r} in the function column: use sales, marketing or other."
        ) from None
    return RosterLine(_person_name(name), function, company, role, _note(cell, function))


def _person_name(name: str) -> str:
    """A name as the roster keeps it: checked, and written as a name if in capitals."""
    return validate_person_name(in_normal_case(name))


def _read_list(cells: list[str], surname: bool, side: Function | None = None) -> RosterLine:
    """A line of a list without column names, as written by hand (roster_forms.py)."""
    typed = list_cells(cells)  # a line of column names suggested must fit every cell
    kept = [c for c in typed[1:] if not is_address(c) and not is_phone(c)]
    cells = [typed[0], *kept] if typed else typed
    surname = surname or capital_surname(cells)  # "KELLER, Jonas" in a list name first
    if surname and len(cells) >= 2:
        # "KELLER, Anna" is Anna Keller; "VAN DER BERG, Piet" Piet van der Berg.
        last = in_normal_case(cells[0], first=not cells[1].strip())
        cells = [f"{in_normal_case(cells[1])} {last}".strip(), *cells[2:]]
    name_cell, rest = (cells[0] if cells else ""), cells[1:]
    parts = None if has_company(rest) else name_parts(name_cell)
    if parts is not None:
        # "Anna Keller (Brightline) - Sales": the name cell held the company and function.
        name_cell, rest = parts[0], parts[1] + rest
    rest = function_out_of_brackets(rest)  # "Brightline (Sales)", "Sales (EMEA)"
    if parts is not None and not any(is_function(c) for c in rest):
        # "Ana Lopez - Head of Sales": the job title is the role, and says the side.
        return _by_title(_person_name(name_cell), rest, side)
    try:
        return _read(name_cell, rest, side)
    except InvalidInput as err:
        header = suggested_header(typed) if len(typed) >= 2 else ""
        if surname or not header or not (is_surname(typed[0]) and one_name(typed[1])):
            raise
        raise InvalidInput(
            f"{err} If the list is surname first, start it with this line: {header}."
        ) from None


def _read(
    name_cell: str, rest: list[str], side: Function | None = None, *, by_title: bool = True
) -> RosterLine:
    """A line without a header: the name first, the function in any cell after it, else
    the side a job title names (unless not `by_title`), else `side` (the heading's) when
    given."""
    name = _person_name(name_cell)
    if not any(rest):
        return RosterLine(name, side or "other")
    found: list[tuple[int, Function]] = []
    for k, cell in enumerate(rest):
        try:
            found.append((k, parse_function(cell, default="other")))
        except InvalidInput:
            continue
    # An empty cell counts as no function given; a cell that names one wins over it, and
    # one that says the function itself over a team kept as the role ("sales, SDR").
    named = [(k, f) for k, f in found if rest[k]]
    said = [(k, f) for k, f in named if team_side(rest[k]) is None]
    titled = {role_side(c) for c in rest if by_title and is_job_title(c)} - {"other"}
    if named:
        k, function = (said or named)[-1]
    elif len(titled) == 1 or side is not None:
        return _by_title(name, rest, side)  # "Ana Lopez, Acme, VP Sales"
    elif len(rest) == 1:
        if rest[0] and not found:
            raise InvalidInput(
                f"Unknown function {rest[0]!r}: use sales, marketing or other"
                " (a line is name, company, function; the company may be left out)."
            )
        k, function = 0, "other"
    elif not rest[-1] and sum(1 for c in rest if c) == 1:
        # A spreadsheet's row with the company and an empty function cell ("Li Wei<tab>Acme<tab>").
        k, function = len(rest) - 1, "other"
    else:
        shown = ", ".join(repr(c) for c in rest if c)
        raise InvalidInput(
            f"None of {shown} is a function: use sales, marketing or other"
            " (a line is name, company, function)."
        )
    # A job title read as the function ("VP Sales & Marketing": other) is the role too.
    company, role = company_and_role([c for j, c in enumerate(rest) if j != k or is_job_title(c)])
    return RosterLine(name, function, company, role, note=_note(rest[k], function))


def _by_title(name: str, rest: list[str], side: Function | None) -> RosterLine:
    """A person whose line names no function: the side their job title names ("Head of
    Sales"), else the heading's (`side`), else other; the note says when the title gave it
    and no heading did."""
    company, role = company_and_role(rest)
    sides = {role_side(c) for c in rest if is_job_title(c)} - {"other"}
    if len(sides) == 1:
        titled = sides.pop()
        return RosterLine(name, titled, company, role, BY_JOB_TITLE if titled != side else "")
    return RosterLine(name, side or "other", company, role)


def parse_roster(text: str) -> list[RosterLine]:
    """Every person of a typed roster; RosterError names the first bad line, and the
    numbers of the others.

    Blank lines are skipped. A first line of column names ("First name, Last name, Email,
    Company, Function") is not a person: it says how the lines under it are read. A name
    given twice (as the store compares names: any case, accents ignored) is refused, naming
    both lines, since @name could then mean either.
    """
    people: list[RosterLine] = []
    seen: dict[str, str] = {}  # name_key -> "line 1 (Ana Lopez)"
    bad: list[tuple[int, str]] = []  # (line number, what is wrong), every line
    columns, lines, surname = roster_lines(text)
    for number, line, side in lines:
        where = f"line {number} ({_shown(line)})"
        if columns is None and number == lines[0][0]:
            _refuse_unknown_columns(line, where, number)
        try:
            person = parse_line(line, columns, surname=surname, side=side)
        except InvalidInput as err:
            bad.append((number, f"Roster {where}: {err}"))
            continue
        if bad:  # the lines that cannot be read are said first
            continue
        key = name_key(person.name)
        if key in seen:
            raise RosterError(
                f"Roster {seen[key]} and {where} name the same person (names are compared in"
                " any case, accents ignored, so @name could mean either): add a surname or"
                " initial.",
                number,
            )
        seen[key] = where
        people.append(person)
    if bad:
        raise RosterError(bad[0][1] + _also_bad([n for n, _ in bad[1:]]), bad[0][0])
    return people


# A person's line of a roster: its number (from 1), its text, and the side of the heading
# it is under (None when none).
Entry = tuple[int, str, Function | None]


def roster_lines(text: str) -> tuple[list[str] | None, list[Entry], bool]:
    """A roster's column names (None when its first line is a person's), its people's lines
    (blank lines, rows of empty cells and side headings left out; a line listing people by
    side gives each) and whether they are surname first."""
    # A row of empty cells (",,,," from a spreadsheet saved as CSV) is a blank line too, as
    # is a line without a letter or digit: a mail's rule ("______", "-----") or an empty
    # bullet was a person, counted with the side heading above it.
    report = attendance_report(text)
    if report is not None:  # a Teams or Zoom attendance list: its people, one a row
        return report.columns, [(n, line, None) for n, line in report.rows], False
    lines = [
        (n, line)
        for n, line in enumerate(text.splitlines(), 1)
        if any(all_cells(line)) and any(c.isalnum() for c in line)
    ]
    columns = column_kinds(split_cells(strip_marker(lines[0][1]))) if lines else None
    if columns is not None and len(columns) == 1:
        # One column of names, or a title over the list ("Participants:"): its lines are
        # read as written ("Anna Keller, Sales" under it put "Sales" in the role).
        columns, lines = None, lines[1:]
    if columns is not None:
        return columns, [(n, line, None) for n, line in lines[1:]], False
    headings = [heading_side(line) for _, line in lines]
    entries: list[Entry] = []
    side: Function | None = None
    if _name_above_side(headings):
        # "Ana Lopez" over "Sales", "Ben Okafor" over "Marketing": each side is the name's.
        # The last name may have no side under it yet (still to confirm): other.
        sides = [*headings[1::2], None]
        entries = [(n, line, sides[k // 2]) for k, (n, line) in enumerate(lines) if k % 2 == 0]
        lines = []
    for (number, line), heading in zip(lines, headings, strict=False):
        listed = side_lists(line) if heading is None else None
        several = (
            None
            if heading is not None or listed
            else recipients(strip_marker(line))
            or people_between_semicolons(line)
            or names_in_a_row(line)
        )
        if heading is not None:
            side = heading
        elif is_title(line):  # "Confirmed:", "Here is who is coming:", "Guests:"
            side = None  # names no side: those under it are no longer the heading's above
            continue
        elif listed:
            entries += [(number, name, said) for name, said in listed]
        elif several:  # a mail's recipients ("Ana Lopez <ana@acme.com>; Ben Okafor <ben@...>"),
            # or people between semicolons ("Ana Lopez, Acme, s; Ben Okafor, Globex, m")
            entries += [(number, name, side) for name in several]
        else:
            entries.append((number, line, side))
    rows = [list_cells(split_cells(strip_marker(line))) for _, line, _ in entries]
    return None, entries, surname_first(rows)


def _name_above_side(headings: list[Function | None]) -> bool:
    """Whether a roster's lines are a name, its side, a name, its side...: a line naming a
    side under each person's line (but perhaps the last's, of two people or more), and none
    at the start (a list by side starts with one)."""
    people, sides = headings[0::2], headings[1::2]
    return (
        (len(headings) >= 2 and len(headings) % 2 == 0 or len(headings) >= 5)
        and all(h is None for h in people)
        and all(h is not None for h in sides)
    )


def _also_bad(numbers: list[int], shown: int = 5) -> str:
    """ " Lines 4 and 6 cannot be read either.": a roster pasted from a spreadsheet with job
    titles in its function column was refused one line at a time, each fixed before the
    next was said."""
    if not numbers:
        return ""
    if len(numbers) == 1:
        return f" Line {numbers[0]} cannot be read either."
    return f" Lines {word_lists.listed([str(n) for n in numbers], shown)} cannot be read either."


def _refuse_unknown_columns(line: str, where: str, number: int) -> None:
    """A first line of column names with one the roster does not know ("Name, Company,
    Function, Notes") was refused as a person's line: "None of 'Company', 'Function',
    'Notes' is a function"."""
    unknown = unknown_columns(split_cells(line))
    if not unknown:
        return
    raise RosterError(
        f"Roster {where} looks like column names, but Roundtable does not know"
        f" {', '.join(repr(c) for c in unknown)}: rename {'it' if len(unknown) == 1 else 'them'}"
        " (Name, First name, Last name, Company, Function, Role or Email) or take"
        f" {'that column' if len(unknown) == 1 else 'those columns'} out.",
        number,
    )


def _shown(line: str, limit: int = 60) -> str:
    """A line as a message quotes it: cut with "…" when it is long."""
    line = line.strip()
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
