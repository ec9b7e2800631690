"""Many paragraphs of the same shape, written quickly into a python-docx document.

python-docx looks a style up by name and re-validates formatting on every paragraph and
run, which makes a 2,000-note appendix take seconds. `LineWriter` formats one prototype
paragraph through the normal API, then stamps copies of its paragraph properties and
builds the runs as plain XML elements, which is about ten times faster and gives the same
document.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.text.paragraph import Paragraph

GREY_HEX = "595959"


class LineWriter:
    """Appends paragraphs shaped like a prototype to the end of the document body."""

    def __init__(
        self,
        doc: DocxDocument,
        style: str | None,
        shape: Callable[[Paragraph], None] = lambda p: None,
    ) -> None:
        proto = doc.add_paragraph(style=style)
        shape(proto)
        self._ppr = proto._p.pPr
        self._anchor = proto._p.getparent()
        # New paragraphs go where the prototype was: before the body's final sectPr.
        self._next = proto._p.getnext()
        self._anchor.remove(proto._p)

    def line(self, *runs: tuple[str, str]) -> None:
        """Add one paragraph of runs; each run is (text, flags) with flags from "big"."""
        p = OxmlElement("w:p")
        if self._ppr is not None:
            p.append(copy.deepcopy(self._ppr))
        for text, flags in runs:
            p.append(_run(text, flags))
        if self._next is not None:
            self._next.addprevious(p)
        else:
            self._anchor.append(p)


def _run(text: str, flags: str) -> BaseOxmlElement:
    r = OxmlElement("w:r")
    if flags:
        rpr = OxmlElement("w:rPr")
        # Child order follows the schema: b, i, then color.
        if "b" in flags:
            rpr.append(OxmlElement("w:b"))
        if "i" in flags:
            rpr.append(OxmlElement("w:i"))
        if "g" in flags:
            colour = OxmlElement("w:color")
            colour.set(qn("w:val"), GREY_HEX)
            rpr.append(colour)
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
