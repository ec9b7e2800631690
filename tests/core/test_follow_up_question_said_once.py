"""A question carried over to a follow-up is said to be open once in its round's notes.

The follow-up's minutes read "Open question: Benchmark: how do others split the budget?
(open question)" in the review round and in the appendix: the words the follow-up put
before the question, then the mark every open question gets.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import docx

from roundtable.export import export_minutes
from roundtable.follow_up import create_follow_up
from roundtable.store import Store
from roundtable.templates import get_template

OCTOBER_26 = datetime(2026, 10, 26, 14, 0, tzinfo=UTC).timestamp()
DECEMBER_7 = datetime(2026, 12, 7, 14, 0, tzinfo=UTC).timestamp()
QUESTION = "Benchmark: how do others split the budget?"


def test_a_carried_question_reads_open_once(tmp_path: Path, clock) -> None:
    clock.now = OCTOBER_26
    earlier = tmp_path / "october.roundtable"
    with Store.create(
        earlier,
        title="Roundtable",
        template=get_template("sales-marketing-roundtable"),
        clock=clock,
    ) as old:
        old.start_round(old.round_at(1).id)
        note = old.add_note(old.round_at(1).id, QUESTION, function="sales")
        old.update_note(note.id, open_question=True)
    later = create_follow_up(earlier, tmp_path / "december.roundtable")
    clock.now = DECEMBER_7
    with Store.open(later, clock=clock) as new:
        new.start_round(new.round_at(1).id)
        new.add_note(new.round_at(1).id, "We finally share one dashboard", function="marketing")

    with Store.open(later, read_only=True) as store:
        out = export_minutes(store.snapshot(), "docx", tmp_path / "december.docx")
        md = export_minutes(store.snapshot(), "md", tmp_path / "december.md")
    lines = [p.text for p in docx.Document(str(out)).paragraphs]
    assert f"{QUESTION} (open question)" in lines  # in its round
    assert not any("Open question: Benchmark" in line for line in lines), lines
    appendix = [c.text for t in docx.Document(str(out)).tables for r in t.rows for c in r.cells]
    assert not any("Open question: Benchmark" in cell for cell in appendix)
    assert "Open question: Benchmark" not in md.read_text(encoding="utf-8")
