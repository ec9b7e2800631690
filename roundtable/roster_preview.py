"""What a roster being typed or pasted gives, said while it is typed: "12 people: 6 sales,
5 marketing, 1 other.", and in the status line once the session is made (`roster_read`).

The side counts were said only in the status line after Create session, so a list read
wrongly (everyone other, a first name taken for the company) was found out once the
session existed. The start screen shows this line under its roster box as it changes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .function_words import BOTH_SIDES_REASON
from .model import InvalidInput, name_key
from .name_case import in_normal_case
from .roster_forms import list_cells, maybe_surname_first, strip_marker, suggested_header
from .roster_reports import AttendanceReport, attendance_report
from .roster_text import (
    BY_JOB_TITLE,
    NO_FUNCTION_COLUMN,
    RosterLine,
    parse_line,
    roster_lines,
    split_cells,
)
from .word_lists import listed


@dataclass(frozen=True)
class RosterRead:
    """A roster read as far as it can be: the lines that cannot be read are left out."""

    people: list[RosterLine]
    unread: list[int]  # numbers (from 1) of lines that cannot be read
    surname: bool  # read as "Surname, First name, ..."
    # A line of column names that would read the list surname first, when the lines start
    # with two single names and nothing shows which is the surname ("Keller, Anna, Sales").
    maybe_surname: str = ""
    # The line of column names that reads a list read surname first name first instead.
    name_first: str = ""
    twice: list[int] = field(default_factory=list)  # lines naming someone named above
    # The first person's line read surname first, as typed: ("Keller", "Anna Maria").
    surname_cells: tuple[str, str] = ("", "")
    # The first name typed in capitals, as typed and as written: ("SEAN MCDONALD", "Sean
    # McDonald"); the cards showed it in capitals.
    capitals: tuple[str, str] = ("", "")


def read_roster(text: str) -> RosterRead:
    """The people of a roster box as Create session would read them, leniently."""
    columns, lines, surname = roster_lines(text)
    people: list[RosterLine] = []
    unread: list[int] = []
    twice: list[int] = []
    seen: set[str] = set()
    rows = [list_cells(split_cells(strip_marker(line))) for _, line, _ in lines]
    surname_cells = capitals = ("", "")
    for (number, line, side), row in zip(lines, rows, strict=True):
        try:
            person = parse_line(line, columns, surname=surname, side=side)
        except InvalidInput:
            unread.append(number)
            continue
        if name_key(person.name) in seen:
            twice.append(number)
            continue
        seen.add(name_key(person.name))
        if surname and row[1] and not surname_cells[1]:  # one with a first name
            surname_cells = (row[0], row[1])
        elif not capitals[0] and person.name.upper() in line and person.name.upper() != person.name:
            capitals = (person.name.upper(), person.name)
        people.append(person)
    maybe = name_first = ""
    longest = max(rows, key=len) if rows else []  # a line of column names fits it
    if columns is None and not surname and maybe_surname_first(rows) and len(longest) >= 3:
        maybe = suggested_header(longest)
    if surname:
        name_first = suggested_header(longest, surname=False)
    return RosterRead(people, unread, surname, maybe, name_first, twice, surname_cells, capitals)


def roster_preview(text: str, typing: int | None = None) -> str:
    """The line under the roster box; empty when the box is. Line `typing` (from 1), where
    the cursor is, is not said to be unreadable: it is being typed ("Dan Berg, mark")."""
    read = read_roster(text)
    unread = [n for n in read.unread if n != typing]
    if not read.people and not unread:
        return ""
    n = len(read.people)
    counts = ", ".join(
        f"{sum(p.function == f for p in read.people)} {f}" for f in ("sales", "marketing", "other")
    )
    report = attendance_report(text)
    said = [
        _report_read(report, read.people, counts)
        if report
        else f"{n} {'person' if n == 1 else 'people'}: {counts}."
    ]
    titled = [f"{p.name} ({p.role})" for p in read.people if p.note == BY_JOB_TITLE]
    if titled:
        said.append(f"Side taken from the job title: {_listed(titled)}.")
    if unread:
        lines = _numbers(unread)
        said.append(f"{lines} cannot be read yet: Create session says why.")
    if read.twice:
        verb = "names" if len(read.twice) == 1 else "name"
        said.append(f"{_numbers(read.twice)} {verb} someone already on the roster.")
    if read.surname and read.people:
        surname, first = read.surname_cells
        if first:
            called = f"{in_normal_case(first)} {in_normal_case(surname, first=False)}"
            said.append(f"Read surname first: “{surname}, {first}” is {called}.")
        else:
            said.append("Read surname first.")
        if read.name_first:
            said.append(f"If not, start the list with this line: {read.name_first}.")
    elif read.maybe_surname and read.people:
        p = read.people[0]
        said.append(
            f"Read as {p.name} of the company {p.organisation or 'none'}: if the list is"
            f" surname first, start it with this line: {read.maybe_surname}."
        )
    if read.capitals[0]:
        typed, written = read.capitals
        said.append(f"Names in capitals are written as names: “{typed}” is {written}.")
    return " ".join(said)


def _report_read(report: AttendanceReport, people: list[RosterLine], counts: str) -> str:
    """What a pasted attendance list gave: "Read a Teams attendance report: 9 people.", who
    joined twice counted once, and that no one's function is known yet."""
    n = len(people)
    said = f"Read a {report.app}: {n} {'person' if n == 1 else 'people'}"
    if report.rejoined:
        said += f" ({report.rejoined} who joined more than once counted once)"
    if "function" in report.columns:
        said += f": {counts}."
    else:
        every = "this person is" if n == 1 else "both are" if n == 2 else f"all {n} are"
        said += (
            f". No column says a function, so {every} other for now: set them in"
            " Session > People (Ctrl+Shift+P) once the session is made."
        )
    organiser = [p.name for p in people if name_key(p.name) == name_key(report.organiser)]
    if report.organiser and organiser:
        said += (
            f" {organiser[0]} organised the meeting: if they are not taking part, take them"
            " off the roster in Session > People."
        )
    return said


def _numbers(numbers: list[int], shown: int = 4) -> str:
    """ "Line 4", "Lines 4 and 7", "Lines 2, 3, 4, 5 and 3 more"."""
    if len(numbers) == 1:
        return f"Line {numbers[0]}"
    return f"Lines {listed([str(k) for k in numbers], shown)}"


def _listed(items: list[str], shown: int = 2) -> str:
    """ "A", "A and B", "A, B and 3 more"."""
    return listed(items, shown)


def roster_read(people: list[RosterLine]) -> str:
    """What a typed roster gave, by function: "11 people on the roster (6 sales, 5
    marketing)." A pasted list read wrongly shows here, not first in Session > People."""
    if not people:
        return "No one on the roster yet: Session > People (Ctrl+Shift+P) adds people."
    by = [(sum(p.function == f for p in people), f) for f in ("sales", "marketing", "other")]
    parts = ", ".join(f"{n} {f}" for n, f in by if n)
    noun = "person" if len(people) == 1 else "people"
    return f"{len(people)} {noun} on the roster ({parts}).{_why_other(people)}"


def _why_other(people: list[RosterLine]) -> str:
    """What made people other without their line saying "other": a label naming both sides,
    or a list without a Function column (a "Job title" column is their role)."""
    if all(p.note == NO_FUNCTION_COLUMN for p in people):
        return (
            " The list has no Function column (a job title is kept as the role), so everyone"
            " is other: set each person's"
            " function in Session > People (Ctrl+Shift+P), or add a Function column."
        )
    labels: dict[str, list[str]] = {}
    for p in people:
        if p.note and p.note not in (NO_FUNCTION_COLUMN, BY_JOB_TITLE):
            labels.setdefault(p.note, []).append(p.name)
    said = []
    for label, names in labels.items():
        who = f"{names[0]} is" if len(names) == 1 else f"{names[0]} and {len(names) - 1} more are"
        said.append(f" “{label}” {BOTH_SIDES_REASON}, so {who} counted as other.")
    if said:
        said.append(" Session > People (Ctrl+Shift+P) changes a function.")
    return "".join(said)
