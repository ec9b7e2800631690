"""The appendix gives the day, not the time, of a note entered on another day than the
session's: a follow-up's carried commitments (put on its board when it was made, often the
day before) were listed first as "16:05 R2", above the "09:31 R1" of the meeting itself,
and the times of "all notes in order of entry" ran backwards."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import docx

from roundtable.export import export_minutes
from roundtable.store import Store
from roundtable.templates import get_template

# Noon (UTC): the same day in the zone of any machine running the tests.
JANUARY_19 = datetime(2027, 1, 19, 12, 0, tzinfo=UTC).timestamp()
JANUARY_20 = datetime(2027, 1, 20, 12, 0, tzinfo=UTC).timestamp()
EARLY = "Commitment: Write the one-page lead definition"
ON_THE_DAY = "The SLA pilot is live"


def session(path: Path, clock) -> Path:
    clock.now = JANUARY_19
    with Store.create(
        path,
        title="Q1 follow-up",
        template=get_template("follow-up-review"),
        clock=clock,
    ) as store:
        store.add_note(store.round_at(2).id, EARLY, function="sales")
        clock.now = JANUARY_20
        store.start_round(store.round_at(1).id)
        store.add_note(store.round_at(1).id, ON_THE_DAY, function="marketing")
    return path


def export(path: Path, fmt: str, out: Path, language: str | None = None) -> Path:
    with Store.open(path, read_only=True) as store:
        return export_minutes(store.snapshot(), fmt, out, language=language)


def appendix_lines(document) -> list[str]:
    texts = [p.text for p in document.paragraphs]
    start = next(i for i, t in enumerate(texts) if t.startswith("Appendix") or "Anhang" in t)
    return texts[start + 2 :]  # after the heading and the rounds' key


def test_word_appendix_gives_the_day_of_a_note_from_another_day(tmp_path: Path, clock) -> None:
    path = session(tmp_path / "q1.roundtable", clock)
    document = docx.Document(str(export(path, "docx", tmp_path / "q1.docx")))
    assert "Date: 20 January 2027" in [p.text for p in document.paragraphs]
    early, on_the_day = appendix_lines(document)
    assert early == f"19 Jan  R2\t{EARLY}"
    assert on_the_day.endswith(f"  R1\t{ON_THE_DAY}")
    assert on_the_day[2] == ":"  # a time of the day: "12:00"


def test_the_day_is_in_the_minutes_language(tmp_path: Path, clock) -> None:
    path = session(tmp_path / "q1.roundtable", clock)
    document = docx.Document(str(export(path, "docx", tmp_path / "q1.docx", "de")))
    assert appendix_lines(document)[0] == f"19. Jan.  R2\t{EARLY}"


def test_markdown_appendix_says_the_same(tmp_path: Path, clock) -> None:
    path = session(tmp_path / "q1.roundtable", clock)
    text = export(path, "md", tmp_path / "q1.md").read_text(encoding="utf-8")
    assert f"- 19 Jan · R2 · {EARLY}" in text.splitlines()


def across_new_year(path: Path, clock) -> Path:
    """Commitments carried into a follow-up made on 30 December, held on 5 January."""
    clock.now = datetime(2026, 12, 30, 12, 0, tzinfo=UTC).timestamp()
    with Store.create(
        path, title="Q1 follow-up", template=get_template("follow-up-review"), clock=clock
    ) as store:
        store.add_note(store.round_at(2).id, EARLY, function="sales")
        clock.now = datetime(2027, 1, 5, 12, 0, tzinfo=UTC).timestamp()
        store.start_round(store.round_at(1).id)
        store.add_note(store.round_at(1).id, ON_THE_DAY, function="marketing")
    return path


def test_a_note_from_another_year_gives_the_year(tmp_path: Path, clock) -> None:
    path = across_new_year(tmp_path / "q1.roundtable", clock)
    document = docx.Document(str(export(path, "docx", tmp_path / "q1.docx")))
    early, on_the_day = appendix_lines(document)
    assert early == f"30 Dec 2026  R2\t{EARLY}"
    assert on_the_day[2] == ":"
    german = docx.Document(str(export(path, "docx", tmp_path / "q1-de.docx", "de")))
    assert appendix_lines(german)[0] == f"30. Dez. 2026  R2\t{EARLY}"
    text = export(path, "md", tmp_path / "q1.md").read_text(encoding="utf-8")
    assert f"- 30 Dec 2026 · R2 · {EARLY}" in text.splitlines()


def test_the_column_is_wide_enough_for_the_year(tmp_path: Path, clock) -> None:
    """Each note's words start at the same place: "30. Dez. 2026  R2" ran past the
    column's tab stop, and its note started a tab further right than the others'."""

    def column(path: Path, out: Path) -> float:
        document = docx.Document(str(export(path, "docx", out, "fr")))
        texts = [p.text for p in document.paragraphs]
        line = document.paragraphs[next(i for i, t in enumerate(texts) if "Annexe" in t) + 2]
        stop = line.paragraph_format.tab_stops[0].position
        assert line.paragraph_format.left_indent == stop  # the note's lines wrap under it
        return stop.cm

    with_year = column(across_new_year(tmp_path / "a.roundtable", clock), tmp_path / "a.docx")
    without = column(session(tmp_path / "b.roundtable", clock), tmp_path / "b.docx")
    # "30 déc. 2026  R2" is five characters longer than "19 janv.  R2": about 1 cm in bold
    assert with_year >= without + 1
