"""Open questions: notes the room could not answer, listed in the minutes and carried over.

DESIGN: "Action items and open questions carry over: a follow-up session can be created from
a previous one and starts by reviewing its commitments."
"""

from __future__ import annotations

import csv
import io
import sqlite3
from pathlib import Path

import docx
import pytest

from roundtable.export import export_minutes
from roundtable.follow_up import create_follow_up
from roundtable.store import Store, schema
from roundtable.store import opening as opening_module
from roundtable.templates import get_template

ASKED = "How do other companies split the events budget?"
ANSWERED = "Could we share one dashboard?"


def session_with_a_question(store: Store, *, anonymous: bool = False) -> dict[str, int]:
    store.update_session(anonymous=anonymous)
    hannah = store.add_participant("Hannah Berg", "sales", "Nordlicht", "VP Sales")
    r2 = store.round_at(2)
    store.start_round(r2.id)
    asked = store.add_note(r2.id, ASKED, function="sales", participant_id=hannah.id)
    answered = store.add_note(r2.id, ANSWERED, function="marketing")
    plain = store.add_note(r2.id, "Weekly pipeline call together", function="sales")
    store.update_note(asked.id, open_question=True)
    store.update_note(answered.id, open_question=True)
    store.update_note(answered.id, open_question=False)  # answered in the room after all
    return {"round": r2.id, "asked": asked.id, "plain": plain.id}


def test_the_mark_is_kept_in_the_file_and_journaled(store: Store) -> None:
    ids = session_with_a_question(store)
    path = store.path
    store.close()
    with Store.open(path) as again:
        assert [n.text for n in again.notes() if n.open_question] == [ASKED]
        event = [e for e in again.events() if e.kind == "note_updated"][0]
        assert event.payload["id"] == ids["asked"]
        assert (event.payload["before"], event.payload["after"]["open_question"]) == (
            {"open_question": False},
            True,
        )


def paragraphs(path: Path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs]


def test_word_minutes_list_the_open_questions_on_the_summary_page(
    store: Store, tmp_path: Path
) -> None:
    session_with_a_question(store)
    lines = paragraphs(export_minutes(store.snapshot(), "docx", tmp_path / "m.docx"))
    at = lines.index("Open questions")
    assert lines.index("Summary") < at < lines.index("Round 2: What works")
    assert lines[at + 1] == f"{ASKED} (Hannah Berg, sales; round 2, What works)"
    assert ANSWERED not in lines[at + 1 :][:2]
    # In its round too, marked where it was said.
    assert f"{ASKED} (Hannah Berg, sales; open question)" in lines[at + 2 :]
    assert f"{ANSWERED} (marketing)" in lines


def test_anonymous_minutes_name_nobody_with_the_question(store: Store, tmp_path: Path) -> None:
    session_with_a_question(store, anonymous=True)
    lines = paragraphs(export_minutes(store.snapshot(), "docx", tmp_path / "m.docx"))
    assert f"{ASKED} (round 2, What works)" in lines
    assert f"{ASKED} (open question)" in lines
    md = export_minutes(store.snapshot(), "md", tmp_path / "m.md").read_text("utf-8")
    assert "### Open questions" in md
    assert f"- {ASKED} _(round 2, What works)_" in md.splitlines()
    assert "Hannah" not in md


def test_minutes_without_questions_have_no_such_heading(store: Store, tmp_path: Path) -> None:
    r2 = store.round_at(2)
    store.add_note(r2.id, "Weekly pipeline call together", function="sales")
    assert "Open questions" not in paragraphs(
        export_minutes(store.snapshot(), "docx", tmp_path / "m.docx")
    )
    md = export_minutes(store.snapshot(), "md", tmp_path / "m.md").read_text("utf-8")
    assert "Open questions" not in md


def test_markdown_and_csv_mark_the_question(store: Store, tmp_path: Path) -> None:
    session_with_a_question(store)
    md = export_minutes(store.snapshot(), "md", tmp_path / "m.md").read_text("utf-8")
    assert f"- {ASKED} _(Hannah Berg, sales; round 2, What works)_" in md.splitlines()
    assert f"- {ASKED} _(Hannah Berg, sales; open question)_" in md.splitlines()
    raw = export_minutes(store.snapshot(), "csv", tmp_path / "m.csv").read_text("utf-8-sig")
    rows = {r["note"]: r["open question"] for r in csv.DictReader(io.StringIO(raw))}
    assert rows == {ASKED: "yes", ANSWERED: "", "Weekly pipeline call together": ""}


def test_a_follow_up_starts_with_the_open_questions(store: Store, tmp_path: Path) -> None:
    ids = session_with_a_question(store)
    gone = store.add_note(ids["round"], "Is this deleted question carried?", function="other")
    store.update_note(gone.id, open_question=True)
    store.delete_note(gone.id)
    path = store.path
    store.close()
    follow = create_follow_up(path, tmp_path / "next.roundtable")
    with Store.open(follow) as new:
        review = next(r for r in new.rounds() if r.title == "Commitments review")
        asked = [n for n in new.notes(review.id) if n.open_question]
        assert [(n.text, n.function) for n in asked] == [(f"Open question: {ASKED}", "sales")]
        assert [n for n in new.notes() if n.open_question] == asked
        new.update_note(asked[0].id, open_question=False)  # answered this time
        snap = new.snapshot()
    lines = paragraphs(export_minutes(snap, "docx", tmp_path / "next.docx"))
    assert "Open questions" not in lines


def test_the_command_line_says_what_the_follow_up_carried(store: Store, tmp_path: Path, capsys):
    from roundtable.cli import main

    session_with_a_question(store)
    path = store.path
    store.close()
    assert main(["new", str(tmp_path / "next.roundtable"), "--follow-up", str(path)]) == 0
    out = capsys.readouterr().out
    assert "with 0 open commitments and 1 open question to review in round" in out


def test_a_version_4_file_reads_without_the_mark_and_takes_it_once_upgraded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.roundtable"
    with monkeypatch.context() as older:  # made by the app before this version
        older.setattr(opening_module, "SCHEMA_VERSION", 4)
        older.setattr(opening_module, "migrate", lambda db: schema.migrate(db, to_version=4))
        template = get_template("sales-marketing-roundtable")
        with Store.create(path, title="Last year's", template=template) as old:
            old.add_note(old.round_at(2).id, ASKED)
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 4
    with Store.open(path, read_only=True) as old:
        assert [(n.text, n.open_question) for n in old.notes()] == [(ASKED, False)]
    with Store.open(path) as upgraded:
        note = upgraded.notes()[0]
        upgraded.update_note(note.id, open_question=True)
        assert upgraded.note(note.id).open_question


def test_csv_minutes_imported_into_another_session_keep_their_open_questions(
    store: Store, tmp_path: Path
) -> None:
    session_with_a_question(store)
    out = export_minutes(store.snapshot(), "csv", tmp_path / "m.csv")
    with Store.create(
        tmp_path / "other.roundtable",
        title="Same questions",
        template=get_template("sales-marketing-roundtable"),
    ) as other:
        from roundtable.csv_import import import_csv

        import_csv(other, out)
        assert [n.text for n in other.notes() if n.open_question] == [ASKED]
        assert len(other.notes()) == 3


def test_info_counts_the_open_questions(store: Store, capsys) -> None:
    from roundtable.cli import main

    session_with_a_question(store)
    path = store.path
    store.close()
    assert main(["info", str(path)]) == 0
    assert "3 notes, 0 themes, 0 action items, 1 open question" in capsys.readouterr().out
    assert main(["info", str(path), "--json"]) == 0
    assert '"open_questions": 1' in capsys.readouterr().out


def test_a_question_carried_twice_keeps_one_prefix(store: Store, tmp_path: Path) -> None:
    session_with_a_question(store)
    path = store.path
    store.close()
    first = create_follow_up(path, tmp_path / "next.roundtable")
    second = create_follow_up(first, tmp_path / "after.roundtable")
    with Store.open(second) as new:
        asked = [n.text for n in new.notes() if n.open_question]
    assert asked == [f"Open question: {ASKED}"]  # not "Open question: Open question: …"


def test_the_follow_ups_minutes_list_a_carried_question_without_its_prefix(
    store: Store, tmp_path: Path
) -> None:
    session_with_a_question(store)
    path = store.path
    store.close()
    follow = create_follow_up(path, tmp_path / "next.roundtable")
    with Store.open(follow) as new:
        snap = new.snapshot()
    lines = paragraphs(export_minutes(snap, "docx", tmp_path / "next.docx"))
    at = lines.index("Open questions")
    assert lines[at + 1] == f"{ASKED} (sales; round 2, Commitments review)"
    assert f"{ASKED} (sales; open question)" in lines  # its round says so, once
    assert f"Open question: {ASKED} (sales; open question)" not in lines
    md = export_minutes(snap, "md", tmp_path / "next.md").read_text("utf-8")
    assert f"- {ASKED} _(sales; round 2, Commitments review)_" in md.splitlines()


def test_a_question_too_long_to_carry_whole_is_cut_at_a_word_and_says_so(
    store: Store, tmp_path: Path
) -> None:
    r2 = store.round_at(2)
    long = "Why " + " ".join(["does the handover stall"] * 20) + " for weeks?"
    assert len(long) <= 500 < len("Open question: " + long)
    note = store.add_note(r2.id, long, function="sales")
    store.update_note(note.id, open_question=True)
    path = store.path
    store.close()
    with Store.open(create_follow_up(path, tmp_path / "next.roundtable")) as new:
        (carried,) = [n.text for n in new.notes() if n.open_question]
    assert carried.startswith("Open question: Why does the handover stall")
    assert carried.endswith("stall…") and len(carried) <= 500
