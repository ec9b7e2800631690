"""Paragraphs written as runs of plain XML: fast, and in the direction their text runs.

python-docx looks a style up by name and re-validates formatting on every paragraph and
run, which makes a 2,000-note appendix take seconds. `LineWriter` formats one prototype
paragraph through the normal API, then stamps copies of its paragraph properties and
builds the runs as plain XML elements, which is about ten times faster and gives the same
document. `fill` and `settle` set each paragraph's direction (see direction.py); every
paragraph of the minutes goes through one.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence

from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.text.paragraph import Paragraph

from roundtable.export.direction import (
    Part,
    arrange,
    in_ltr_line,
    mostly_rtl,
    rtl_in_ltr_line,
)

GREY_HEX = "595959"
# What may follow w:bidi in a paragraph's properties, and w:szCs in a run's (schema order).
_AFTER_BIDI = (
    "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
    "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
    "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
    "w:pPrChange",
)  # fmt: skip
_AFTER_SZ_CS = (
    "w:highlight", "w:u", "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl",
    "w:cs", "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath",
)  # fmt: skip


class LineWriter:
    """Appends paragraphs shaped like a prototype to the end of the document body."""

    def __init__(
        self,
        doc: DocxDocument,
        style: str | None,
        shape: Callable[[Paragraph], None] = lambda p: None,
    ) -> None:
        proto = add_paragraph(doc, style)
        shape(proto)
        self._ppr = proto._p.pPr
        self._anchor = proto._p.getparent()
        # New paragraphs go where the prototype was: before the body's final sectPr.
        self._next = proto._p.getnext()
        self._anchor.remove(proto._p)

    def line(self, *parts: Part) -> None:
        """Add one paragraph of parts: (text, flags from "big", typed by a person)."""
        p = OxmlElement("w:p")
        if self._ppr is not None:
            p.append(copy.deepcopy(self._ppr))
        fill(p, parts)
        if self._next is not None:
            self._next.addprevious(p)
        else:
            self._anchor.append(p)


def add_paragraph(doc: DocxDocument, style: str | None = None, text: str = "") -> Paragraph:
    """doc.add_paragraph(text, style), the style's id looked up once per document:
    python-docx searches the styles by name for every paragraph, 0.12 s over the 160 styled
    paragraphs of a 2,000-note session's minutes."""
    p = doc.add_paragraph(text)
    if style is not None:
        ids: dict[str, str | None] = vars(doc).setdefault("_style_ids", {})
        if style not in ids:
            ids[style] = doc.part.get_style_id(style, WD_STYLE_TYPE.PARAGRAPH)
        p._p.style = ids[style]
    return p


def fill(p: BaseOxmlElement, parts: Sequence[Part]) -> None:
    """Append `parts` as runs to the paragraph element `p`.

    A line with the minutes' own words in it (a time and round, "(sales)") is laid out left
    to right like the lines around it, its mostly right-to-left typed text a right-to-left
    run within it: a right-to-left paragraph put an Arabic note's time and round, or its
    bullet, at the right margin. A line of typed text alone runs right to left (Word's
    w:bidi) when most of its letters do."""
    if any(text.strip() and not typed for text, _, typed in parts):
        for text, flags, typed in parts:
            if typed and mostly_rtl(text):
                p.append(_run(rtl_in_ltr_line(text), flags, rtl=True))
            else:
                p.append(_run(in_ltr_line(text) if typed else text, flags))
        return
    rtl, arranged = arrange(parts)
    if rtl:
        right_to_left(p)
    for text, flags, typed in arranged:
        p.append(_run(text, flags, rtl=rtl and typed and mostly_rtl(text)))


def settle(p: BaseOxmlElement, *, keep_direction: bool = False) -> None:
    """Make a paragraph already written (a heading, a table cell) run right to left when
    most of its letters do, with its right-to-left runs marked. With `keep_direction` (a
    paragraph `fill` wrote, its size changed since) only its right-to-left runs' sizes are
    brought in line."""
    if keep_direction:
        for rpr in p.iter(qn("w:rPr")):
            if rpr.find(qn("w:rtl")) is not None:
                _mark_rtl(rpr)
        return
    text = "".join(t.text or "" for t in p.iter(qn("w:t")))
    if not mostly_rtl(text):
        return
    right_to_left(p)
    for r in p.iter(qn("w:r")):
        if mostly_rtl("".join(t.text or "" for t in r.iter(qn("w:t")))):
            _mark_rtl(r.get_or_add_rPr())


def right_to_left(p: BaseOxmlElement) -> None:
    ppr = p.get_or_add_pPr()
    if ppr.find(qn("w:bidi")) is None:
        ppr.insert_element_before(OxmlElement("w:bidi"), *_AFTER_BIDI)


def _mark_rtl(rpr: BaseOxmlElement) -> None:
    """Mark a run right-to-left; Word formats such runs by the complex-script properties,
    so bold, italic and size are given for those too."""
    if rpr.find(qn("w:b")) is not None:
        rpr.get_or_add_bCs()
    if rpr.find(qn("w:i")) is not None:
        rpr.get_or_add_iCs()
    size = rpr.find(qn("w:sz"))
    if size is not None and rpr.find(qn("w:szCs")) is None:
        size_cs = OxmlElement("w:szCs")
        size_cs.set(qn("w:val"), size.get(qn("w:val")))
        rpr.insert_element_before(size_cs, *_AFTER_SZ_CS)
    rpr.get_or_add_rtl()


def _run(text: str, flags: str, *, rtl: bool = False) -> BaseOxmlElement:
    r = OxmlElement("w:r")
    if flags or rtl:
        rpr = OxmlElement("w:rPr")
        # Child order follows the schema: b, bCs, i, iCs, color, then rtl.
        if "b" in flags:
            rpr.append(OxmlElement("w:b"))
        if "i" in flags:
            rpr.append(OxmlElement("w:i"))
        if "g" in flags:
            colour = OxmlElement("w:color")
            colour.set(qn("w:val"), GREY_HEX)
            rpr.append(colour)
        if rtl:
            _mark_rtl(rpr)
        r.append(rpr)
    for i, part in enumerate(text.split("\t")):
        if i:
            r.append(OxmlElement("w:tab"))
        if part:
            t = OxmlElement("w:t")
            t.text = part
            t.set(qn("xml:space"), "preserve")
            r.append(t)
    return r


def unbroken_hyphens(run: BaseOxmlElement) -> None:
    """Make each hyphen of a run (a `w:r`) one a line does not break after (Word's
    `w:noBreakHyphen`, read back as "-"): "Nadia El-Amrani" in the action table's narrow
    Owner column broke into "Nadia El-" over "Amrani"."""
    for t in list(run.iter(qn("w:t"))):
        if "-" not in (t.text or ""):
            continue
        at = list(run).index(t)
        run.remove(t)
        for i, piece in enumerate(t.text.split("-")):
            if i:
                run.insert(at, OxmlElement("w:noBreakHyphen"))
                at += 1
            if piece:
                part = OxmlElement("w:t")
                part.text = piece
                part.set(qn("xml:space"), "preserve")
                run.insert(at, part)
                at += 1
