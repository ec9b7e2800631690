"""The minutes of an anonymous session do not give away whose a note is through the
count of each function's notes on a theme.

Compared by notes (a round without votes from both sides), a theme whose notes were all
by the one person marked other was "not compared (only other functions gave it notes)",
and a theme of one note by them counted it under Other: everyone who was in the room,
and the front page's "1 other", said whose note that was.
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.shared import Pt

from roundtable.export import export_minutes
from roundtable.store import Store
from roundtable.templates import get_template

LONE_OTHER_NOTE = "RevOps referees because both teams massage their numbers"


def session(
    path: Path, clock, *, anonymous: bool, votes: bool = False, lone_other: bool = True
) -> Path:
    """Two sales people, two marketers and one RevOps lead (the only "other", unless not
    `lone_other`: then a second RevOps lead is on the roster)."""
    with Store.create(
        path,
        title="Q4 roundtable",
        template=get_template("sales-marketing-roundtable"),
        anonymous=anonymous,
        clock=clock,
    ) as store:
        ana, _, cleo, dev, ola = (
            store.add_participant(name, function)
            for name, function in [
                ("Ana Lopez", "sales"),
                ("Ben Ode", "sales"),
                ("Cleo Park", "marketing"),
                ("Dev Rao", "marketing"),
                ("Ola Nordmann", "other"),
            ]
        )
        if not lone_other:
            store.add_participant("Kim Berg", "other")
        rnd = store.round_at(2)
        store.start_round(rnd.id)
        written = [
            store.add_note(rnd.id, text, function=p.function, participant_id=p.id).id
            for text, p in [
                ("Monday pipeline call with both teams", ana),
                ("One dashboard for both teams", cleo),
                (LONE_OTHER_NOTE, ola),
                ("Objection FAQ written from reps' voice notes", dev),
            ]
        ]
        pipeline = store.add_theme(rnd.id, "Pipeline", note_ids=written[:2])
        store.add_theme(rnd.id, "Referee", note_ids=[written[2]])
        store.add_theme(rnd.id, "Content", note_ids=[written[3]])
        if votes:
            store.set_votes(pipeline.id, "sales", 3)
            store.set_votes(pipeline.id, "marketing", 2)
    return path


def export(path: Path, fmt: str, out: Path) -> Path:
    with Store.open(path, read_only=True) as store:
        return export_minutes(store.snapshot(), fmt, out)


def all_text(document) -> str:
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_anonymous_word_minutes_count_no_sides_of_notes(tmp_path: Path, clock) -> None:
    path = session(tmp_path / "q4.roundtable", clock, anonymous=True)
    document = docx.Document(str(export(path, "docx", tmp_path / "q4.docx")))
    text = all_text(document)
    assert LONE_OTHER_NOTE in text  # the note itself is there, under its theme
    assert "Ola Nordmann" not in text
    # No table of each function's notes on each theme, no theme named as only other's.
    assert document.tables == []  # (and no action items were agreed)
    assert "only other functions" not in text
    assert "compared by their notes" not in text
    said = [p for p in document.paragraphs if "not compared" in p.text]
    # Set apart from the last theme's notes: it is not one of them.
    assert said[0].paragraph_format.space_before == Pt(10)
    assert [p.text for p in said] == [
        "Sales and marketing are not compared in this round: it has no votes from both,"
        " and counting its anonymous notes by function would say whose some of them are"
        " (one function here is a single person)."
    ]


def test_anonymous_markdown_minutes_count_no_sides_of_notes(tmp_path: Path, clock) -> None:
    path = session(tmp_path / "q4.roundtable", clock, anonymous=True)
    text = export(path, "md", tmp_path / "q4.md").read_text(encoding="utf-8")
    assert LONE_OTHER_NOTE in text
    assert "| Theme |" not in text
    assert "only other functions" not in text
    assert "are not compared in this round" in text


def test_anonymous_minutes_with_dots_give_totals_and_say_why_once(tmp_path: Path, clock) -> None:
    # Dots typed in from the wall, with Ola the one RevOps lead on the roster: each theme's
    # total, every dot in it, and the line about the dots in place of the one about notes.
    path = session(tmp_path / "q4.roundtable", clock, anonymous=True, votes=True)
    document = docx.Document(str(export(path, "docx", tmp_path / "q4.docx")))
    text = all_text(document)
    assert "5 votes · 2 notes" in text
    assert "sales and marketing compared" not in text and document.tables == []
    assert (
        "Votes are not counted by function in this round: one function here is a single"
        " person, so its count would say how they voted. Each theme shows its total."
    ) in text
    assert "are not compared in this round" not in text


def test_anonymous_minutes_without_a_lone_function_compare_notes(tmp_path: Path, clock) -> None:
    # The split stays in the counts (DESIGN) where no count is one person's.
    path = session(tmp_path / "q4.roundtable", clock, anonymous=True, lone_other=False)
    document = docx.Document(str(export(path, "docx", tmp_path / "q4.docx")))
    assert "compared by their notes" in all_text(document)


def test_minutes_with_names_still_compare_by_notes(tmp_path: Path, clock) -> None:
    path = session(tmp_path / "q4.roundtable", clock, anonymous=False)
    document = docx.Document(str(export(path, "docx", tmp_path / "q4.docx")))
    assert "compared by their notes" in all_text(document)
    assert len(document.tables) == 1  # the comparison
