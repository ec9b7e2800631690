"""Which way a line of the minutes runs, when people write in Arabic, Hebrew or Persian.

A line of the minutes mixes what people typed (a note, a theme's name, a person) with the
minutes' own English words and numbers. Left alone, the Unicode bidirectional algorithm
lets right-to-left text pull its neighbours into its direction: "دولي: 9 votes" showed as
"9 :دولي votes", and a mostly Arabic note shown left-to-right had its halves around a Latin
word swapped. So a line is built from parts, each marked as typed text or the minutes' own,
and `arrange` decides the line's direction from its letters and adds invisible direction
marks where a part would otherwise drag its neighbours along. Markdown uses it for every
line; Word for lines of typed text alone, and `rtl_in_ltr_line` for right-to-left typed
text inside a line that has the minutes' own words in it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

LRM = "\u200e"  # LEFT-TO-RIGHT MARK: a letter that runs left to right, zero width
RLM = "\u200f"  # RIGHT-TO-LEFT MARK
RLE = "\u202b"  # RIGHT-TO-LEFT EMBEDDING: what follows runs right to left, up to a PDF
PDF = "\u202c"  # POP DIRECTIONAL FORMATTING: ends the embedding
_RTL_KINDS = ("R", "AL")

# One piece of a line: its text, its formatting flags, and whether a person typed it.
Part = tuple[str, str, bool]


def _letters(text: str) -> tuple[int, int]:
    """How many letters of `text` run right to left, and how many left to right."""
    rtl = ltr = 0
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in _RTL_KINDS:
            rtl += 1
        elif kind == "L":
            ltr += 1
    return rtl, ltr


def has_rtl(text: str) -> bool:
    if text.isascii():
        return False
    return any(unicodedata.bidirectional(ch) in _RTL_KINDS for ch in text)


def mostly_rtl(text: str) -> bool:
    """Whether most of the letters of `text` are right-to-left ones."""
    if text.isascii():  # most lines: not one right-to-left letter (no need to count)
        return False
    rtl, ltr = _letters(text)
    return rtl > ltr


def first_strong_rtl(text: str) -> bool | None:
    """Whether the first letter with a direction runs right to left (None: no such letter).
    Viewers that guess a paragraph's direction (GitHub, most mail) go by this letter."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in _RTL_KINDS:
            return True
        if kind == "L":
            return False
    return None


def in_ltr_line(text: str) -> str:
    """Typed text placed inside an English sentence: a LEFT-TO-RIGHT MARK after it when it
    holds right-to-left letters, so the numbers and words after it stay in their place."""
    return text + LRM if has_rtl(text) else text


def rtl_in_ltr_line(text: str) -> str:
    """Mostly right-to-left typed text placed inside an English line: embedded as a right-to-
    left stretch, so its words keep their order around a Latin word in it ("CRM") while the
    line around it still runs left to right; a LEFT-TO-RIGHT MARK after it keeps what follows
    in place. The embedding marks, not the isolates of Unicode 6.3, because Word knows them."""
    return f"{RLE}{text}{PDF}{LRM}"


def arrange(parts: Sequence[Part]) -> tuple[bool, list[Part]]:
    """Whether the line runs right to left (most of its letters do), and its parts with the
    direction marks it needs.

    In a left-to-right line, typed text with right-to-left letters is followed by a LEFT-TO-
    RIGHT MARK. In a right-to-left line the minutes' own words (" (sales)", ": 9 votes") are
    held together between two marks, so their brackets and numbers stay with them; the
    spaces around them stay outside, next to the text they separate.
    """
    rtl = mostly_rtl("".join(text for text, _, _ in parts))
    out: list[Part] = []
    for text, flags, typed in parts:
        if not rtl:
            out.append((in_ltr_line(text) if typed else text, flags, typed))
        elif typed or not text.strip():
            out.append((text, flags, typed))
        else:
            core = text.strip()
            start = text.index(core)
            lead, tail = text[:start], text[start + len(core) :]
            out.append((f"{lead}{LRM}{core}{LRM}{tail}", flags, typed))
    return rtl, out
