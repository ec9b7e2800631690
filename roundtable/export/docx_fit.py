"""How much of a page the parts of a round's comparison take, estimated before Word lays it out.

A round's comparison (heading, caption, table, chart) reads as one thing and belongs on one
page. Word and LibreOffice keep paragraphs together only when they fit on a page: with
thirteen themes whose names wrapped onto three lines, table and chart were taller than a
page, so both programs sent the chart alone to the next page and left half of two pages
blank. Here the heights are estimated, generously, so the chart can be drawn shorter to fit
under its table, or, when even a short chart cannot, the table is let run on from the
notes above it, its last rows kept with the chart.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from docx.document import Document as DocxDocument

CM_PER_PT = 2.54 / 72
# A letter is about half its font size wide on average; a bit more is assumed, so that
# Calibri and the wider fonts that stand in for it (DejaVu Sans) both fit.
CHAR_EM = 0.56
LINE_EM = 1.22  # a line's height in its font size
CELL_PADDING_CM = 0.4  # Word's cell margins, left and right together
SAFETY_CM = 1.0


def text_height_cm(doc: DocxDocument) -> float:
    section = doc.sections[-1]
    height, top, bottom = section.page_height, section.top_margin, section.bottom_margin
    if height is None or top is None or bottom is None:
        return 25.7  # A4 with the minutes' own margins
    return (height - top - bottom) / 360_000


def lines(text: str, width_cm: float, size_pt: float) -> int:
    """How many lines `text` takes wrapped at word boundaries in `width_cm`."""
    per_line = max(1, int(width_cm / (size_pt * CHAR_EM * CM_PER_PT)))
    count = 0
    for paragraph in text.split("\n"):
        count += 1
        used = 0
        for word in paragraph.split():
            if used and used + 1 + len(word) > per_line:
                count += 1
                used = 0
            extra = len(word) if not used else used + 1 + len(word)
            while extra > per_line:  # a word longer than a line breaks where it must
                count += 1
                extra -= per_line
            used = extra
    return count


def paragraph_cm(text: str, width_cm: float, size_pt: float, space_pt: float) -> float:
    """The height of a paragraph of `text` with `space_pt` of spacing around it."""
    return (lines(text, width_cm, size_pt) * size_pt * LINE_EM + space_pt) * CM_PER_PT


def table_cm(rows: Sequence[Sequence[str]], widths: Sequence[float], size_pt: float) -> float:
    """The height of a table whose rows hold `rows`, each cell one paragraph with a
    point of space after it and a half-point border."""
    total = 0.0
    for row in rows:
        tallest = max(
            lines(text, width - CELL_PADDING_CM, size_pt)
            for text, width in zip(row, widths, strict=True)
        )
        total += (tallest * size_pt * LINE_EM + 1.5) * CM_PER_PT
    return total


def chart_room_cm(doc: DocxDocument, above_cm: float) -> float:
    """How tall the chart may be to share a page with `above_cm` of heading, caption and
    table above it (less a margin for what the estimate misses)."""
    return text_height_cm(doc) - above_cm - SAFETY_CM


@functools.cache
def word_cm(word: str, *, bold: bool = False, size_pt: float = 9.5) -> float:
    """How wide a table cell must be for `word` to fit on a line in it: measured in DejaVu
    Sans (matplotlib's own font, the widest that stands in for Calibri: LibreOffice without
    Carlito uses it), so it fits in Calibri too."""
    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    weight = "bold" if bold else "normal"
    path = font_manager.findfont(font_manager.FontProperties(family="DejaVu Sans", weight=weight))
    font = FT2Font(path)
    font.set_size(size_pt * 100, 72)  # measured large: hinting at 9.5 px widens letters
    font.set_text(word, 0)
    return font.get_width_height()[0] / 6400 * CM_PER_PT + CELL_PADDING_CM


def widen_to_words(
    widths: Sequence[float],
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    flexible: Sequence[int],
) -> list[float]:
    """Column widths in cm, each column but the `flexible` ones widened until its longest
    word fits on a line (the header's in bold), the room taken evenly from the `flexible`
    columns (free text, which wraps). German headers ("Verantwortlich", "Sonstige") and
    statuses ("verworfen") broke in the middle of the word in columns sized for English."""
    out = list(widths)
    for i in range(len(out)):
        if i in flexible:
            continue
        needs = [word_cm(w, bold=True) for w in _words(header[i])]
        needs += [word_cm(w) for row in rows for w in _words(row[i])]
        extra = max(needs, default=0.0) - out[i]
        if extra > 0:
            out[i] += extra
            for j in flexible:
                out[j] -= extra / len(flexible)
    return out


def _words(text: str) -> list[str]:
    """The parts of `text` a line may break between (Word breaks after a hyphen too)."""
    return [w for w in re.split(r"(?<=-)|[\s/]+", text) if w]
