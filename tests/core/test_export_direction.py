"""Arabic and Hebrew in the minutes: lines run in their letters' direction, and typed
right-to-left text no longer pulls the numbers and words around it out of place."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml.ns import qn

from roundtable.export import export_minutes
from roundtable.store import Store

LRM, RLM = "\u200e", "\u200f"
MIXED = "International ✨ 国際 دولي"
# Mostly Arabic ("customer data in the system is old and nobody updates it"), with a Latin
# word in brackets in the middle and at the start.
ARABIC = "CRM: بيانات العملاء في النظام (CRM) قديمة ولا أحد يحدثها"
LATIN = "Weekly pipeline call together"


def session(store: Store) -> None:
    rnd = store.round_at(2)
    store.start_round(rnd.id)
    ids = [
        store.add_note(rnd.id, ARABIC, function="marketing").id,
        store.add_note(rnd.id, LATIN, function="sales").id,
    ]
    theme = store.add_theme(rnd.id, MIXED, note_ids=ids)
    store.set_votes(theme.id, "sales", 5)
    store.set_votes(theme.id, "marketing", 4)


def paragraph(document, text: str):
    return next(p for p in document.paragraphs if p.text.startswith(text))


def is_rtl(p) -> bool:
    ppr = p._p.pPr
    return ppr is not None and ppr.find(qn("w:bidi")) is not None


def test_word_keeps_numbers_after_right_to_left_labels(store: Store, tmp_path: Path) -> None:
    session(store)
    doc = docx.Document(str(export_minutes(store.snapshot(), "docx", tmp_path / "m.docx")))
    # The label is mostly Latin: a left-to-right line, with a mark after the Arabic word so
    # ": 9 votes" stays after it (it read "International ✨ 国際 9 :دولي votes").
    top = paragraph(doc, "International")
    assert top.text.startswith(f"{MIXED}{LRM}: 9 votes (5 sales, 4 marketing)")
    assert not is_rtl(top)


def test_word_sets_mostly_arabic_lines_right_to_left(store: Store, tmp_path: Path) -> None:
    session(store)
    doc = docx.Document(str(export_minutes(store.snapshot(), "docx", tmp_path / "m.docx")))
    bullet = next(p for p in doc.paragraphs if p.text.startswith(ARABIC))
    assert is_rtl(bullet) and bullet.style.name == "List Bullet"
    note_run = bullet.runs[0]
    assert note_run.text == ARABIC and note_run._r.rPr.find(qn("w:rtl")) is not None
    # The minutes' own "(marketing)" stays whole beside it, brackets included.
    assert bullet.text == f"{ARABIC} {LRM}(marketing){LRM}"
    assert not is_rtl(paragraph(doc, LATIN))
    # The appendix line, the same note with its time and round.
    entry = next(p for p in doc.paragraphs if "R2" in p.text and ARABIC in p.text)
    assert is_rtl(entry)


def test_markdown_marks_directions(store: Store, tmp_path: Path) -> None:
    session(store)
    md = export_minutes(store.snapshot(), "md", tmp_path / "m.md").read_text("utf-8")
    assert f"1. **{MIXED}{LRM}**: 9 votes (5 sales, 4 marketing), round 2, What works" in md
    # Viewers take a line's direction from its first letter, here the Latin "CRM": the
    # line starts with a right-to-left mark.
    assert f"- {RLM}{ARABIC} _{LRM}(marketing){LRM}_" in md.splitlines()
    assert f"- {LATIN} _(sales)_" in md.splitlines()
