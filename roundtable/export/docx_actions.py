"""The Word minutes' table of action items: what, owner, function, due and status, each
item's theme and whether it was carried over under its words, the Owner column as wide
as its names need (docx_minutes.py writes the heading over it)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from docx.document import Document as DocxDocument

from roundtable.export.content import ActionRow, Minutes
from roundtable.export.direction import Part
from roundtable.export.docx_document import TABLE_FONT, Cell, add_table
from roundtable.export.docx_fit import CELL_PADDING_CM, CHAR_EM, CM_PER_PT, widen_to_words
from roundtable.export.docx_lines import unbroken_hyphens
from roundtable.export.wording import carried_text, overdue, owner_function

# The Owner column widens for a long word up to this (What keeps 3.9 cm of its 6.8).
OWNER_MOST_CM = 5.8


def action_table(doc: DocxDocument, m: Minutes) -> None:
    """The table of `m`'s action items (there is at least one)."""
    w = m.words
    rows: list[list[Cell]] = [
        [
            _with_source(a, m),
            a.owner or "—",
            owner_function(w, a),
            w.day(a.due, short=True) + (f"\n{w('overdue')}" if overdue(a, m) else "")
            if a.due
            else "—",
            w.status(a.status),
        ]
        for a in m.actions
    ]
    header = [w(f"col.{c}") for c in ("what", "owner", "function", "due", "status")]
    widths = _action_widths([a.owner for a in m.actions])
    # The short columns widen, out of What's room, for a long word ("Verantwortlich",
    # "abandonnée"); the owners' own names are fitted above, up to a most.
    words = [["", "", *(str(c) for c in row[2:])] for row in rows]
    widths = widen_to_words(widths, header, words, flexible=(0,))
    table = add_table(doc, header, rows, widths)
    for row, a in zip(table.rows[1:], m.actions, strict=True):
        owner = row.cells[1]
        # A hyphenated name stays whole where it fits its line; one longer than the column
        # may still break at its hyphens rather than anywhere.
        if owner.width and all(_word_cm(x) <= owner.width.cm + 0.01 for x in a.owner.split()):
            for p in owner.paragraphs:
                for run in p.runs:
                    unbroken_hyphens(run._r)


def _action_widths(owners: Sequence[str]) -> list[float]:
    """The action table's column widths in cm: the Owner column widens, out of What's room,
    until its longest word fits on a line. An owner typed as an address
    ("j.vandenbroucke@example.com") or a long name broke in the middle of a word."""
    what, owner, rest = 6.8, 2.9, [2.2, 2.8, 1.8]
    # Word breaks a line after a slash: the parts between are what must fit. A hyphen in an
    # owner's name does not break (`unbroken_hyphens`) where the whole word fits the most
    # the column takes: "El-Amrani" fits whole.
    words = [w for o in owners for w in re.split(r"[\s/]+", o) if w]
    parts = [p for w in words for p in ([w] if _word_cm(w) <= OWNER_MOST_CM else w.split("-"))]
    need = max((_word_cm(p) for p in parts), default=0.0)
    wider = min(max(need, owner), OWNER_MOST_CM) - owner
    return [what - wider, owner + wider, *rest]


def _word_cm(word: str) -> float:
    """How wide the action table's Owner column must be for `word` on one line (half a
    letter more: a word of exactly a line's letters was counted as two lines)."""
    return (len(word) + 0.5) * TABLE_FONT.pt * CHAR_EM * CM_PER_PT + CELL_PADDING_CM


def _with_source(a: ActionRow, m: Minutes) -> list[list[Part]]:
    """The action's text, then on lines of their own the theme it came from and, for one
    carried over, the day of the session it was carried over from. "From “…”" runs left
    to right around a Hebrew or Arabic theme's name: as one right-to-left line it read
    "הגדרת ליד” “From", the quotes turned about."""
    lines: list[list[Part]] = [[(a.text, "", True)]]
    if a.theme:
        before, _, after = m.words("source_line", theme="\0").partition("\0")
        lines.append([(before, "", False), (a.theme, "", True), (after, "", False)])
    if a.carried:
        lines.append([(carried_text(m, a), "", False)])
    return lines
