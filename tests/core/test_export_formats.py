"""Markdown and CSV minutes carry the same facts as the Word file; the CLI's export."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import docx
import pytest
from test_export_docx import fill  # rootdir-relative import: tests/core has no __init__

from roundtable.cli import main
from roundtable.export import export_minutes
from roundtable.store import Store


def test_markdown_has_the_same_structure(store: Store, tmp_path: Path) -> None:
    fill(store, anonymous=True)
    md = export_minutes(store.snapshot(), "md", tmp_path / "m.md").read_text("utf-8")
    lines = md.splitlines()
    assert lines[0] == "# Q4 sales and marketing roundtable"
    h2 = [line for line in lines if line.startswith("## ")]
    assert h2[0] == "## Summary" and h2[1].startswith("## Round 2: ")
    assert h2[-2:] == ["## Action items", "## Appendix: all notes in order of entry"]
    assert md.index("### Sales shapes the content") < md.index("### Shared pipeline reviews")
    # One person a side in an anonymous session: totals only, and why, in the table's place.
    assert "**9 votes** · 1 note" in md and "| Theme |" not in md
    assert "_Votes are not counted by function in this round: one function here" in md
    assert "- Christmas party 🙂 café" in lines  # anonymous: no note marked
    assert (
        "| Write a one-page lead definition<br>from “What counts as a lead” | Jonas Weber | joint"
        " | 15 January 2030 | open |" in md
    )
    assert "deleted" not in md and "Hannah" not in md


def test_markdown_compares_the_sides_in_a_table(store: Store, tmp_path: Path) -> None:
    fill(store, anonymous=False)
    md = export_minutes(store.snapshot(), "md", tmp_path / "m.md").read_text("utf-8")
    assert "| Sales shapes the content | 3 | 6 | 0 | 9 | Marketing \\+3 |" not in md
    # The chart shades it (among the biggest gaps): Markdown sets it in bold.
    assert "| **Sales shapes the content** | 3 | 6 | 0 | 9 | **Marketing +26 points** |" in md


def test_markdown_shows_note_punctuation_literally(store: Store, tmp_path: Path) -> None:
    store.update_session(anonymous=False)  # notes marked "(sales)" after their text
    store.add_note(store.round_at(2).id, "<b>bold</b> *not* # a heading", function="sales")
    md = export_minutes(store.snapshot(), "md", tmp_path / "m.md").read_text("utf-8")
    assert "\\<b\\>bold\\</b\\> \\*not\\* # a heading" in md
    store.add_note(store.round_at(2).id, "# not a heading", function="sales")
    store.add_note(store.round_at(2).id, "- not a sub-list", function="sales")
    md = export_minutes(store.snapshot(), "md", tmp_path / "m.md").read_text("utf-8")
    assert "- \\# not a heading _(sales)_" in md
    assert "- \\- not a sub-list _(sales)_" in md


def test_a_note_that_starts_with_its_number_keeps_it_without_a_backslash(
    store: Store, tmp_path: Path
) -> None:
    # "1. Shared goals" (points numbered as the room said them) was written "\1. Shared
    # goals": a backslash before a digit escapes nothing, so every reader showed it.
    store.update_session(anonymous=False)
    rid = store.round_at(2).id
    store.add_note(rid, "1. Shared goals", function="sales")
    store.add_note(rid, "2) One pipeline review", function="marketing")
    store.add_action("3. Send the SLA draft", owner="Ana")
    md = export_minutes(store.snapshot(), "md", tmp_path / "m.md").read_text("utf-8")
    assert "- 1\\. Shared goals _(sales)_" in md
    assert "- 2\\) One pipeline review _(marketing)_" in md
    assert "| 3\\. Send the SLA draft | Ana |" in md
    assert "\\1" not in md and "\\2" not in md and "\\3" not in md


def rows_of(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM that makes Excel read UTF-8
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))


def test_csv_one_row_per_note(store: Store, tmp_path: Path) -> None:
    fill(store, anonymous=False)
    rows = rows_of(export_minutes(store.snapshot(), "csv", tmp_path / "m.csv"))
    assert list(rows[0]) == [
        "round",
        "round title",
        "theme",
        "note",
        "function",
        "participant",
        "theme votes",
        "created",
        "source",
        "open question",
    ]
    assert {r["source"] for r in rows} == {"typed"}
    assert [r["note"] for r in rows] == [
        "Weekly pipeline call together",
        "One funnel report, not two",
        "Reps record objections for FAQs",
        "Christmas party 🙂 café",
        "MQL numbers never become meetings",
    ]
    first = rows[0]
    assert (first["round"], first["theme"], first["function"]) == (
        "2",
        "Shared pipeline reviews",
        "sales",
    )
    assert first["participant"] == "Hannah Berg" and first["theme votes"] == "3"
    assert rows[3]["theme"] == "" and rows[3]["theme votes"] == ""
    assert rows[2]["theme votes"] == "9"


def test_csv_says_which_notes_came_from_phones_and_reads_back_in(
    store: Store, tmp_path: Path
) -> None:
    from roundtable.csv_import import import_csv

    rid = store.rounds()[1].id
    store.add_note(rid, "Typed at the front")
    store.add_note(rid, "Sent from a phone", source="device")
    out = export_minutes(store.snapshot(), "csv", tmp_path / "m.csv")
    assert [(r["note"], r["source"]) for r in rows_of(out)] == [
        ("Typed at the front", "typed"),
        ("Sent from a phone", "phone"),
    ]
    import_csv(store, out)  # the export's own columns are read past
    assert [n.text for n in store.notes(rid)][-2:] == ["Typed at the front", "Sent from a phone"]


def test_csv_anonymous_has_no_names(store: Store, tmp_path: Path) -> None:
    fill(store, anonymous=True)
    rows = rows_of(export_minutes(store.snapshot(), "csv", tmp_path / "m.csv"))
    assert {r["participant"] for r in rows} == {""}
    # The data keeps each note's function (the warnings say so when it gives someone away).
    assert {r["function"] for r in rows} == {"sales", "marketing"}


def test_csv_cells_a_spreadsheet_would_run_are_defused(store: Store, tmp_path: Path) -> None:
    store.add_note(store.round_at(2).id, '=HYPERLINK("x")', function="sales")
    rows = rows_of(export_minutes(store.snapshot(), "csv", tmp_path / "m.csv"))
    assert rows[0]["note"] == '\'=HYPERLINK("x")'


# ----- the command line --------------------------------------------------------------------


@pytest.fixture
def session_file(store: Store, session_path: Path) -> Path:
    fill(store, anonymous=True)
    store.close()
    return session_path


def test_cli_export_default_is_word_next_to_the_session(session_file: Path, capsys) -> None:
    assert main(["export", str(session_file)]) == 0
    out = session_file.with_name("session-minutes.docx")
    assert str(out) in capsys.readouterr().out
    assert "Summary" in [p.text for p in docx.Document(str(out)).paragraphs]


def test_cli_export_says_when_it_replaced_earlier_minutes(session_file: Path, capsys) -> None:
    # Minutes in German written after the English ones took their file without a word.
    assert main(["export", str(session_file)]) == 0
    assert "replaced" not in capsys.readouterr().out
    assert main(["export", str(session_file), "--language", "de"]) == 0
    said = capsys.readouterr().out
    name = session_file.with_name(f"{session_file.stem}-minutes.docx").name
    assert f"They replaced the earlier {name}; -o FILE writes them under another name." in said
    chosen = session_file.with_name("chosen.md")
    for _ in range(2):
        assert main(["export", str(session_file), "-o", str(chosen)]) == 0
    assert capsys.readouterr().out.endswith("They replaced the earlier chosen.md.\n")


def test_cli_export_markdown_to_a_chosen_place(session_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "mail.md"
    assert main(["export", str(session_file), "--format", "md", "-o", str(out)]) == 0
    assert out.read_text("utf-8").startswith("# Q4 sales and marketing roundtable")


def test_cli_export_writes_what_the_output_name_says(
    session_file: Path, tmp_path: Path, capsys
) -> None:
    # "-o minutes.md" without --format wrote a Word file named minutes.md.
    md, csv_out, word = tmp_path / "mail.md", tmp_path / "sheet.CSV", tmp_path / "print.docx"
    assert main(["export", str(session_file), "-o", str(md)]) == 0
    assert "Markdown minutes" in capsys.readouterr().out
    assert md.read_text("utf-8").startswith("# Q4 sales and marketing roundtable")
    assert main(["export", str(session_file), "-o", str(csv_out)]) == 0
    assert csv_out.read_text("utf-8-sig").startswith("round,")
    assert main(["export", str(session_file), "--format", "md", "-o", str(word)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "end the name in .md, or leave out --format" in err
    assert not word.exists()


def test_cli_export_to_dash_prints_markdown_and_csv(
    session_file: Path, tmp_path: Path, capsys, monkeypatch
) -> None:
    # "-o -" wrote a file named "-".
    monkeypatch.chdir(tmp_path)
    assert main(["export", str(session_file), "--format", "md", "-o", "-"]) == 0
    assert capsys.readouterr().out.startswith("# Q4 sales and marketing roundtable")
    assert main(["export", str(session_file), "--format", "csv", "-o", "-"]) == 0
    assert capsys.readouterr().out.splitlines()[0].startswith("round")
    assert main(["export", str(session_file), "-o", "-"]) == 2
    assert "cannot be printed" in capsys.readouterr().err
    assert not (tmp_path / "-").exists()


def test_cli_export_errors_are_one_line(session_file: Path, tmp_path: Path, capsys) -> None:
    assert main(["export", str(tmp_path / "missing.roundtable")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("roundtable: error: ") and err.count("\n") == 1
    assert "missing.roundtable" in err

    assert main(["export", str(session_file), "-o", str(tmp_path / "no" / "m.docx")]) == 2
    assert "does not exist; choose another place" in capsys.readouterr().err

    assert main(["export", str(session_file), "--template", str(session_file)]) == 2
    assert "not a Word .docx file" in capsys.readouterr().err

    with pytest.raises(SystemExit) as exit_:
        main(["export", str(session_file), "--format", "pdf"])
    assert exit_.value.code == 2
    assert "invalid choice: 'pdf'" in capsys.readouterr().err


def test_duration_is_not_made_up_when_no_round_was_timed(tmp_path: Path, capsys) -> None:
    path = tmp_path / "typed-up.roundtable"
    assert main(["new", str(path), "--title", "Typed up afterwards"]) == 0
    csv_file = tmp_path / "notes.csv"
    csv_file.write_text("round,text\n2,Shared pipeline reviews\n3,Leads wait four days\n")
    assert main(["import-csv", str(path), str(csv_file)]) == 0
    assert main(["export", str(path), "--format", "md", "-o", str(tmp_path / "m.md")]) == 0
    capsys.readouterr()
    md = (tmp_path / "m.md").read_text("utf-8")
    assert "- **Duration:** not recorded" in md


def test_an_export_clears_temporary_files_a_crash_left(session_file: Path, tmp_path: Path) -> None:
    # A kill during an export left empty hidden .part files beside the minutes for good.
    import os
    import time

    out = tmp_path / "mail.md"
    old = tmp_path / ".mail.md.0a1b2c3d.part"
    recent = tmp_path / ".mail.md.9f8e7d6c.part"
    other = tmp_path / ".other.md.11111111.part"
    for left in (old, recent, other):
        left.write_bytes(b"")
    hour_ago = time.time() - 3600
    os.utime(old, (hour_ago, hour_ago))
    os.utime(other, (hour_ago, hour_ago))
    assert main(["export", str(session_file), "--format", "md", "-o", str(out)]) == 0
    assert not old.exists()  # left by a crash
    assert recent.exists()  # maybe another export still writing
    assert other.exists()  # another file's


def test_an_export_never_writes_over_a_session_or_its_own_template(
    session_file: Path, tmp_path: Path, capsys
) -> None:
    # "-o q4.roundtable" (a name completed one key too far) replaced the session with its
    # Word minutes and said "Wrote the Word minutes": every note was gone.
    before = session_file.read_bytes()
    assert main(["export", str(session_file), "-o", str(session_file)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "writing there would replace the session" in err
    renamed = tmp_path / "q4-backup"  # a session under a name without its ending
    renamed.write_bytes(before)
    assert main(["export", str(session_file), "--format", "md", "-o", str(renamed)]) == 2
    assert "is a session file" in capsys.readouterr().err
    assert session_file.read_bytes() == before and renamed.read_bytes() == before
    with Store.open(session_file, read_only=True) as store:
        assert store.snapshot().notes

    letterhead = tmp_path / "house.docx"
    assert main(["export", str(session_file), "-o", str(letterhead)]) == 0
    capsys.readouterr()
    kept = letterhead.read_bytes()
    assert (
        main(["export", str(session_file), "-o", str(letterhead), "--template", str(letterhead)])
        == 2
    )
    assert "is the Word template the minutes use" in capsys.readouterr().err
    assert letterhead.read_bytes() == kept


def test_cli_export_to_a_name_of_no_minutes_format(
    session_file: Path, tmp_path: Path, capsys
) -> None:
    # "-o minutes.pdf" wrote a Word file named minutes.pdf, and "-o minutes" one with no
    # ending at all: neither opened where the organizer double-clicked it.
    pdf = tmp_path / "minutes.pdf"
    assert main(["export", str(session_file), "-o", str(pdf)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "minutes are written as Word (.docx), Markdown (.md) or CSV (.csv)" in err
    assert not pdf.exists()
    assert main(["export", str(session_file), "-o", str(tmp_path / "minutes")]) == 0
    assert f"to {tmp_path / 'minutes.docx'}." in capsys.readouterr().out
    assert "Summary" in [p.text for p in docx.Document(str(tmp_path / "minutes.docx")).paragraphs]
    assert not (tmp_path / "minutes").exists()
    # A name the user gave with --format is theirs: Markdown in a .txt for a mail.
    assert main(["export", str(session_file), "--format", "md", "-o", str(tmp_path / "m.txt")]) == 0
    assert (tmp_path / "m.txt").read_text("utf-8").startswith("# Q4")
