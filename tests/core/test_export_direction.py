"""Arabic and Hebrew in the minutes: typed right-to-left text runs right to left without
pulling the numbers, words, bullets and times around it out of place."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml.ns import qn

from roundtable.export import export_minutes
from roundtable.store import Store

LRM, RLM, RLE, PDF = "\u200e", "\u200f", "\u202b", "\u202c"
MIXED = "International ✨ 国際 دولي"
# Mostly Arabic ("customer data in the system is old and nobody updates it"), with a Latin
# word in brackets in the middle and at the start.
ARABIC = "CRM: بيانات العملاء في النظام (CRM) قديمة ولا أحد يحدثها"
LATIN = "Weekly pipeline call together"
# "Marketing and sales meet every week to review the leads."
WEEKLY = "التسويق والمبيعات يجتمعون كل أسبوع لمراجعة العملاء المحتملين"


def session(store: Store) -> None:
    store.update_session(anonymous=False)  # notes marked "(sales)": a left-to-right run
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


def has_rtl_run(run) -> bool:
    rpr = run._r.rPr
    return rpr is not None and rpr.find(qn("w:rtl")) is not None


def test_word_keeps_arabic_note_lines_left_to_right(store: Store, tmp_path: Path) -> None:
    session(store)
    doc = docx.Document(str(export_minutes(store.snapshot(), "docx", tmp_path / "m.docx")))
    # The bullet stays at the left like the others, "(marketing)" after the note; the note
    # itself is a right-to-left run, embedded so its halves around "(CRM)" keep their order.
    bullet = next(p for p in doc.paragraphs if ARABIC in p.text and "R2" not in p.text)
    assert not is_rtl(bullet) and bullet.style.name == "List Bullet"
    note_run = bullet.runs[0]
    assert note_run.text == f"{RLE}{ARABIC}{PDF}{LRM}" and has_rtl_run(note_run)
    assert bullet.text == f"{RLE}{ARABIC}{PDF}{LRM} (marketing)"
    assert not is_rtl(paragraph(doc, LATIN))


def test_word_appendix_keeps_time_and_round_left_of_arabic_note(
    store: Store, tmp_path: Path
) -> None:
    store.update_session(anonymous=False)
    rnd = store.round_at(2)
    store.start_round(rnd.id)
    for text in (LATIN, WEEKLY, "Shared dashboard"):
        store.add_note(rnd.id, text, function="sales")
    doc = docx.Document(str(export_minutes(store.snapshot(), "docx", tmp_path / "m.docx")))
    start = next(i for i, p in enumerate(doc.paragraphs) if p.text.startswith("Appendix"))
    rows = doc.paragraphs[start + 2 : start + 5]  # (after the key line: "Rounds: R2 …")
    # Every row left to right: time and round first, at the left margin, then the note.
    assert [is_rtl(row) for row in rows] == [False, False, False]
    time_round, note, who = rows[1].runs
    assert time_round.text.endswith("R2\t") and not has_rtl_run(time_round)
    assert note.text == f"{RLE}{WEEKLY}{PDF}{LRM}" and has_rtl_run(note)
    assert who.text == " (sales)" and not has_rtl_run(who)
    assert not any(has_rtl_run(run) for run in rows[0].runs + rows[2].runs)


def test_markdown_marks_directions(store: Store, tmp_path: Path) -> None:
    session(store)
    md = export_minutes(store.snapshot(), "md", tmp_path / "m.md").read_text("utf-8")
    assert f"1. **{MIXED}{LRM}**: 9 votes (5 sales, 4 marketing), round 2, What works" in md
    # As in Word: the note's line keeps its bullet at the left with the others; the note is
    # a right-to-left stretch in it (its words in order around "CRM"), "(marketing)" after.
    assert f"- {RLE}{ARABIC}{PDF}{LRM} _(marketing)_" in md.splitlines()
    assert f"- {LATIN} _(sales)_" in md.splitlines()


def test_word_action_table_says_from_left_to_right_around_a_hebrew_theme(
    store: Store, tmp_path: Path
) -> None:
    # "From “הגדרת ליד”" under an action was one right-to-left line, mostly Hebrew: the
    # PDF showed "הגדרת ליד” “From", "From" at the right and the quotes turned about.
    rnd = store.round_at(2)
    note = store.add_note(rnd.id, "אין לנו הגדרה משותפת לליד", function="marketing").id
    theme = store.add_theme(rnd.id, "הגדרת ליד", note_ids=[note])
    text = "לכתוב הגדרת ליד אחת ששני הצדדים חותמים עליה"
    store.add_action(text, owner="דנה כהן", owner_function="marketing", theme_id=theme.id)
    doc = docx.Document(str(export_minutes(store.snapshot(), "docx", tmp_path / "m.docx")))
    actions = next(t for t in doc.tables if t.rows[0].cells[0].text == "What")
    what, source = actions.rows[1].cells[0].paragraphs
    assert what.text == text and is_rtl(what) and has_rtl_run(what.runs[0])
    assert not is_rtl(source)
    start, theme_run, end = source.runs
    assert (start.text, end.text) == ("From “", "”")
    assert not has_rtl_run(start) and not has_rtl_run(end)
    assert theme_run.text == f"{RLE}הגדרת ליד{PDF}{LRM}" and has_rtl_run(theme_run)
    # Right-to-left runs take the complex-script size: the table's, not the body's.
    assert theme_run._r.rPr.find(qn("w:szCs")).get(qn("w:val")) == "19"


def test_anonymous_arabic_note_line_runs_right_to_left(store: Store, tmp_path: Path) -> None:
    session(store)
    store.update_session(anonymous=True)
    doc = docx.Document(str(export_minutes(store.snapshot(), "docx", tmp_path / "m.docx")))
    # No "(marketing)" after it: the line is the note alone, so it reads right to left.
    bullet = next(p for p in doc.paragraphs if ARABIC in p.text and "R2" not in p.text)
    assert is_rtl(bullet) and "marketing)" not in bullet.text
