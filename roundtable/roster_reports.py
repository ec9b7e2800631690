"""A meeting app's attendance list pasted as the roster: a Microsoft Teams attendance report
or a Zoom participants export, as a CSV file's text or rows copied from a spreadsheet.

Such a list starts with the meeting's summary rows (its title, start time, the number who
came), then a table with a row a join: "Name, First Join, Last Leave, In-Meeting Duration,
Email, Participant ID (UPN), Role" (Teams) or "Name (Original Name), User Email, Join
Time, Leave Time, Duration (Minutes), Guest" (Zoom). Read as a roster, the summary rows
were refused as people, the table's header as unknown columns, and whoever joined twice
was named twice. Here the table is found under its header and read one person an attendee
(the same address or name is one person), up to the next section (Teams' "3. In-Meeting
Activities" lists each join again). The name is the one shown in the meeting, without the
app's "(Guest)", written first name first ("Okafor, Ben"); a function is read only from a
column that says it (a "Department"), so everyone is other until set. roster_text.py
reads the rows it gives as lines under column names.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache

from .job_titles import is_job_title
from .model import name_key
from .roster_columns import COLUMNS
from .roster_forms import is_function, name_parts

# The header's first cell: the attendee's name.
_NAME_HEADS = frozenset(
    {"name", "full name", "name (original name)", "user name (original name)"}
    | {"participant", "participant name", "attendee name", "display name"}
)
# Cells only a list of joins has, by the app that writes them.
_TEAMS_HEADS = frozenset(
    {"first join", "last leave", "in-meeting duration", "participant id (upn)", "user action"}
)
_ZOOM_HEADS = frozenset({"name (original name)", "user email", "duration (minutes)", "guest"})
_JOIN_HEADS = _TEAMS_HEADS | _ZOOM_HEADS | {"join time", "leave time", "duration", "timestamp"}
_EMAIL_HEADS = frozenset({"email", "e-mail", "user email", "email address"})
_ORGANISERS = frozenset({"organizer", "organiser", "host", "organisator", "organisateur"})
# What the app adds after a name: Teams' "(Guest)", "(External)", "(Unverified)".
_TAG = re.compile(
    r"\s*[(\[](?:guest|external|unverified|extern|gast|invité|invitado)[)\]]\s*$", re.IGNORECASE
)
# A name Zoom shows for a device rather than a person ("Ben's iPhone", "Galaxy S23").
_DEVICE = re.compile(r"\b(?:iphone|ipad|android|galaxy|pixel|macbook|laptop|zoom user)\b", re.I)
_LAST_BRACKETS = re.compile(r"(?P<shown>.*\S)\s*\((?P<original>[^()]*)\)\s*$")
# A section's title: Teams' "2. Participants", "3. In-Meeting Activities".
_SECTION = re.compile(r"\d{1,2}\.\s+\S.*")
# A report's header is looked for in its first lines only: a typed roster is read at each key.
_HEADER_WITHIN = 60


@dataclass(frozen=True)
class AttendanceReport:
    """The people of an attendance list, as lines of a roster under `columns`."""

    app: str  # "Teams attendance report", "Zoom participants export"
    columns: list[str]  # "name", "company", and "function" when a column says it
    rows: list[tuple[int, str]]  # (line number from 1, a tab-separated line), one a person
    rejoined: int  # people on more than one row, each given once
    organiser: str  # the name of who organised the meeting, when the list says


def _head(cell: str) -> str:
    return " ".join(cell.casefold().strip().strip("\ufeff").rstrip(":").split())


def _cells(line: str, sep: str) -> list[str]:
    try:
        return [c.strip() for c in next(csv.reader([line], delimiter=sep, strict=True))]
    except (csv.Error, StopIteration):
        return [c.strip() for c in line.split(sep)]


def _header(line: str) -> tuple[str, list[str]] | None:
    """The separator and the column names of a report's table header; None for any line
    that is not one."""
    sep = "\t" if "\t" in line else ","
    heads = [_head(c) for c in _cells(line, sep)]
    if len(heads) < 2 or heads[0] not in _NAME_HEADS or not _JOIN_HEADS & set(heads[1:]):
        return None
    return sep, heads


@lru_cache(maxsize=8)
def attendance_report(text: str) -> AttendanceReport | None:
    """The people of a pasted Teams or Zoom attendance list; None for any other roster."""
    lines = text.splitlines()
    found = next(
        ((k, h) for k, line in enumerate(lines[:_HEADER_WITHIN]) if (h := _header(line))), None
    )
    if found is None:
        return None
    start, (sep, heads) = found
    above = {_head(c) for line in lines[:start] for c in _cells(line, sep)}
    teams = bool(_TEAMS_HEADS & set(heads)) or bool({"meeting title", "meeting summary"} & above)
    app = "Teams attendance report" if teams else "Zoom participants export"
    kinds = [COLUMNS.get(h) for h in heads]
    function = "function" in kinds
    rows: list[tuple[int, str]] = []
    seen: dict[str, int] = {}  # an address's or a name's key -> the person's index
    rejoined: set[int] = set()
    organiser = ""
    for number, line in enumerate(lines[start + 1 :], start + 2):
        cells = _cells(line, sep)
        if not any(cells) or _header(line) or (len(cells) == 1 and _SECTION.fullmatch(line)):
            break  # the table ends: a blank line, or the next section
        row = dict(zip(heads, cells, strict=False))
        name, company = _person(cells[0], original="original name" in heads[0])
        if not name:
            continue
        address = next((row[h].casefold() for h in _EMAIL_HEADS if row.get(h)), "")
        keys = [k for k in (address, name_key(name)) if k]
        known = next((seen[k] for k in keys if k in seen), None)
        if known is not None:
            rejoined.add(known)
            continue
        for key in keys:
            seen[key] = len(rows)
        said = [c for c, kind in zip(cells, kinds, strict=False) if kind == "function" and c]
        company = company or next(
            (c for c, kind in zip(cells, kinds, strict=False) if kind == "company" and c), ""
        )
        cells = [name, company, said[0] if said else ""] if function else [name, company]
        rows.append((number, "\t".join(cells)))
        if not organiser and _head(row.get("role", "")) in _ORGANISERS:
            organiser = name
    columns = ["name", "company", *(["function"] if function else [])]
    return AttendanceReport(app, columns, rows, len(rejoined), organiser)


def _person(cell: str, *, original: bool) -> tuple[str, str]:
    """The name and company a report's name cell gives: "Lisa Wong | Globex (Lisa Wong)"
    (Zoom's name shown, then the account's in brackets) is Lisa Wong of Globex, "Ben's
    iPhone (Ben Okafor)" Ben Okafor, "Marc Roy (Guest)" Marc Roy and "Okafor, Ben" Ben
    Okafor."""
    name = _TAG.sub("", cell.strip())
    renamed = _LAST_BRACKETS.fullmatch(name) if original else None
    if renamed:
        shown, first = renamed["shown"], renamed["original"].strip()
        name = first if _DEVICE.search(shown) and first else shown
    if name.count(",") == 1:  # as a company's address book lists people
        surname, first = (part.strip() for part in name.split(","))
        brackets = _LAST_BRACKETS.fullmatch(first)  # "Keller, Anna (Brightline)"
        after = f" ({brackets['original']})" if brackets else ""
        name = f"{brackets['shown'] if brackets else first} {surname}{after}".strip()
    parts = name_parts(name)
    if parts is None:
        return name, ""
    company = next((p for p in parts[1] if not is_function(p) and not is_job_title(p)), "")
    return parts[0], company
