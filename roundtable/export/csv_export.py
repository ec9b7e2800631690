"""CSV export: one row per note, for spreadsheets and further analysis; its last column
says how the note came in (typed, phone, imported).

Written as UTF-8 with a byte-order mark, because Excel otherwise reads UTF-8 as the local
code page and mangles accents and emoji; LibreOffice and Python ignore the mark. Cells that
a spreadsheet would run as a formula (starting with = + - @), or that begin with an apostrophe,
get a leading apostrophe, which the CSV import (roundtable.csv_import) takes off again.
`created` is the local date and time as "2026-12-06 14:01:26", which Excel and LibreOffice
read as a date and time in any locale; the ISO form with its "T" and offset
("2026-12-06T14:01:26+01:00") stayed text in Excel, so notes could not be sorted or
counted by time there.
"""

from __future__ import annotations

import csv
from pathlib import Path

from roundtable.export.content import Minutes

HEADER = [
    "round",
    "round title",
    "theme",
    "note",
    "function",
    "participant",
    "theme votes",
    "created",
    "source",
    "open question",
]
# How each note reached the session, in the organizer's words.
SOURCE_WORDS = {"facilitator": "typed", "device": "phone", "import": "imported"}


# A cell a spreadsheet would run as a formula gets an apostrophe in front; so does one
# that begins with an apostrophe, so that `from_cell` takes exactly one off either.
_FORMULA_STARTS = ("=", "+", "-", "@", "'")


def _safe(text: str) -> str:
    return "'" + text if text[:1] in _FORMULA_STARTS else text


def from_cell(cell: str) -> str:
    """A cell of these minutes as it was before `_safe`: a follow-up session importing
    them got "'- pricing too high" for the note "- pricing too high"."""
    return cell[1:] if cell[:1] == "'" and cell[1:2] in _FORMULA_STARTS else cell


def write_csv(m: Minutes, out: Path) -> None:
    """Write the notes of `m`, in order of entry, to `out`."""
    with out.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADER)
        for n in m.appendix:
            writer.writerow(
                [
                    n.round_position,
                    _safe(n.round_title),
                    _safe(n.theme),
                    _safe(n.text),
                    n.function,
                    _safe(n.participant),
                    "" if n.theme_votes is None else n.theme_votes,
                    f"{n.created_at:%Y-%m-%d %H:%M:%S}",
                    SOURCE_WORDS.get(n.source, n.source),
                    "yes" if n.open_question else "",
                ]
            )
