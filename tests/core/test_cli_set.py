"""`roundtable set FILE --anonymous | --named`: the organizer makes a session anonymous
before the minutes go out (or shows names again), without the app. The notes taken with
names before keep their writer in the file, and the minutes written after show none."""

from __future__ import annotations

from pathlib import Path

import pytest

from roundtable.cli import main
from roundtable.store import Store


def run(capsys, *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def named_with_notes(capsys, path: Path) -> None:
    assert run(capsys, "new", path, "--named")[0] == 0
    for text, who, side in (
        ("Leads wait four days", "Ana Lopez", "sales"),
        ("Nobody reads the battlecards", "Ben Okafor", "marketing"),
    ):
        added = run(capsys, "add-note", path, 2, text, "--participant", who, "--function", side)
        assert added[0] == 0


def test_set_anonymous_hides_the_names_of_notes_taken_before(capsys, tmp_path: Path) -> None:
    path = tmp_path / "q4.roundtable"
    named_with_notes(capsys, path)
    code, out, _ = run(capsys, "export", path, "-o", tmp_path / "before.md")
    assert code == 0 and "Ana Lopez" in (tmp_path / "before.md").read_text(encoding="utf-8-sig")

    code, out, err = run(capsys, "set", path, "--anonymous")
    assert code == 0, err
    assert "anonymous" in out and "2 notes" in out
    # Each side is held by one person: said, as `export` says it after a CSV.
    assert "Ana Lopez is the only sales participant" in out
    with Store.open(path, read_only=True) as store:
        assert store.session().anonymous
        assert all(n.participant_id is not None for n in store.notes())  # kept in the file
    code, out, _ = run(capsys, "info", path)
    assert "anonymous notes" in out
    for fmt in ("md", "csv"):
        out_file = tmp_path / f"after.{fmt}"
        assert run(capsys, "export", path, "-o", out_file)[0] == 0
        text = out_file.read_text(encoding="utf-8-sig")
        assert "Leads wait four days" in text
        assert "Ana Lopez" not in text and "Ben Okafor" not in text

    code, out, _ = run(capsys, "set", path, "--anonymous")
    assert code == 0 and "nothing changed" in out

    code, out, _ = run(capsys, "set", path, "--named")
    assert code == 0 and "2 notes" in out and "names" in out
    with Store.open(path, read_only=True) as store:
        assert not store.session().anonymous


def test_set_needs_one_setting_and_refuses_a_file_open_in_the_app(capsys, tmp_path: Path) -> None:
    path = tmp_path / "q4.roundtable"
    named_with_notes(capsys, path)
    code, _, err = run(capsys, "set", path)
    assert code == 2 and "--anonymous or --named, --title" in err
    with pytest.raises(SystemExit) as exited:  # argparse: not both
        main(["set", str(path), "--anonymous", "--named"])
    assert exited.value.code == 2
    capsys.readouterr()
    with Store.open(path):
        code, _, err = run(capsys, "set", path, "--anonymous")
    assert code == 2 and err.startswith("roundtable: error:") and "Traceback" not in err
    with Store.open(path, read_only=True) as store:
        assert not store.session().anonymous


def test_set_fixes_a_typo_in_the_title_and_the_facilitator(capsys, tmp_path: Path) -> None:
    path = tmp_path / "q4.roundtable"
    assert run(capsys, "new", path, "--title", "Q4 roundtabel", "--facilitator", "Marta K")[0] == 0
    code, out, err = run(
        capsys, "set", path, "--title", " Q4 roundtable ", "--facilitator", "Marta Kowalski"
    )
    assert code == 0, err
    assert "“Q4 roundtable”" in out and "Marta Kowalski" in out and "anonymous" not in out
    out_file = tmp_path / "q4.md"
    assert run(capsys, "export", path, "-o", out_file)[0] == 0
    md = out_file.read_text(encoding="utf-8-sig")
    assert md.startswith("# Q4 roundtable\n") and "**Facilitator:** Marta Kowalski" in md
    code, _, err = run(capsys, "set", path, "--title", "  ")
    assert code == 2 and "title" in err
    with Store.open(path, read_only=True) as store:
        assert store.session().title == "Q4 roundtable"


def test_set_on_a_copy_made_while_open_says_notes_may_be_missing(capsys, tmp_path: Path) -> None:
    # The organizer sets the mailed copy anonymous before sending the minutes: written to
    # and closed here, the copy no longer says it may lack the last notes, so set says it,
    # as add-note and import do.
    path = tmp_path / "q4.roundtable"
    named_with_notes(capsys, path)
    with Store.open(path) as store:
        store.add_note(store.rounds()[1].id, "Marketing joins the deal desk", function="other")
        copy = tmp_path / "mailed" / path.name
        copy.parent.mkdir()
        copy.write_bytes(path.read_bytes())  # the file alone, the -wal left behind
    code, out, err = run(capsys, "set", copy, "--anonymous")
    assert code == 0 and "anonymous now" in out
    assert err.startswith("roundtable: warning:") and "copied while it was open" in err


def test_set_named_counts_the_writers_on_the_tray_and_of_deleted_notes(
    capsys, tmp_path: Path
) -> None:
    # Only the notes on the board were counted: a note waiting on the phone tray and a
    # deleted one show their writers too once let in or restored.
    path = tmp_path / "q4.roundtable"
    named_with_notes(capsys, path)
    with Store.open(path) as store:
        rid, ana = store.round_at(2).id, store.find_participant("Ana Lopez")
        held = store.add_note(rid, "Leads wait", participant_id=ana.id, source="device")
        store.hold_again([held.id])
        store.delete_note(store.add_note(rid, "Typed by mistake", participant_id=ana.id).id)
    code, out, _ = run(capsys, "set", path, "--anonymous")
    assert code == 0 and "also for the 4 notes taken with one" in out
    code, out, _ = run(capsys, "set", path, "--named")
    assert code == 0
    assert (
        "2 notes with a writer recorded will show it in the minutes and on the wall (so will"
        " 1 note waiting on the phone tray once let in and 1 deleted note if restored)."
    ) in out
