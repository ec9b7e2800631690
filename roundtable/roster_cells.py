"""A roster's lines cut into cells, and what kind of line each is: blank, a side's heading,
a title over people, a side's list or several people on one line (roster_sides.py,
roster_addresses.py). roster_text.py reads a roster through here.

The line under the roster box reads the whole roster at each key typed. What one line is
depends on its text alone, so it is remembered by its text: a key reads again only the
line it changed. What depends on the lines around it (the heading above, a list surname
first, the column names) is worked out from these each time (roster_text.py).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache

from .model import Function
from .roster_addresses import recipients
from .roster_forms import is_function, list_cells, strip_marker
from .roster_sides import (
    heading_side,
    is_title,
    names_in_a_row,
    people_after_company,
    people_between_semicolons,
    side_lists,
)

# Lines remembered: a roster of thousands, and the versions of lines typed lately.
REMEMBERED = 16384

# A cell in double quotes (its quotes doubled inside), as CSV writes one.
_QUOTED = re.compile(r'"(?:[^"]|"")*"')


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


@lru_cache(maxsize=REMEMBERED)
def has_text(line: str) -> bool:
    """Whether a line holds a person, a heading or a title: a cell with a letter or digit.
    A row of empty cells (",,,," from a spreadsheet saved as CSV), a mail's rule ("______")
    or an empty bullet is a blank line."""
    return any(all_cells(line)) and any(c.isalnum() for c in line)


@lru_cache(maxsize=REMEMBERED)
def row_cells(line: str) -> tuple[str, ...]:
    """A line's cells as a list without column names reads them (roster_forms.list_cells),
    its list mark left out."""
    return tuple(list_cells(split_cells(strip_marker(line))))


@dataclass(frozen=True)
class LineKind:
    """What a line of a roster without column names is, by its text alone."""

    heading: Function | None  # the side a heading names ("Sales:")
    title: bool  # a title over people, naming no side ("Confirmed:")
    listed: tuple[tuple[str, Function], ...]  # a side's list: its people, each with the side
    several: tuple[str, ...]  # several people on the line, each as a line of its own
    # People after a company ("Anna Keller, Brightline, Tom Berg"), each as a line of its own,
    # read so under a side's heading or when each names a function (`each_function`).
    after_company: tuple[str, ...] = ()
    each_function: bool = False


@lru_cache(maxsize=REMEMBERED)
def line_kind(line: str) -> LineKind:
    """What a line is (see `LineKind`); a line that is none of these is one person's."""
    heading = heading_side(line)
    listed = side_lists(line) if heading is None else None
    several = (
        None
        if heading is not None or listed
        else recipients(strip_marker(line))  # a mail's recipients
        or people_between_semicolons(line)  # "Ana Lopez, Acme, s; Ben Okafor, Globex, m"
        or names_in_a_row(line)  # "Ana Lopez, Ben Okafor and Cara Diaz"
    )
    after = None if heading is not None or listed or several else _after_company(line)
    return LineKind(
        heading,
        is_title(line),
        tuple(listed or ()),
        tuple(several or ()),
        tuple(_as_line(cells) for cells in after or ()),
        bool(after) and all(any(is_function(c) for c in cells[1:]) for cells in after or ()),
    )


def _after_company(line: str) -> list[list[str]] | None:
    return people_after_company(split_cells(strip_marker(line))) if "\t" not in line else None


def _as_line(cells: list[str]) -> str:
    """Cells as a line of their own, a cell holding a comma or a quote in quotes."""
    return ", ".join('"' + c.replace('"', '""') + '"' if "," in c or '"' in c else c for c in cells)
