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
    assert code == 0 and "already" in out

    code, out, _ = run(capsys, "set", path, "--named")
    assert code == 0 and "2 notes" in out and "names" in out
    with Store.open(path, read_only=True) as store:
        assert not store.session().anonymous


def test_set_needs_one_setting_and_refuses_a_file_open_in_the_app(capsys, tmp_path: Path) -> None:
    path = tmp_path / "q4.roundtable"
    named_with_notes(capsys, path)
    with pytest.raises(SystemExit) as exited:  # argparse: one of --anonymous or --named
        main(["set", str(path)])
    assert exited.value.code == 2
    assert "--anonymous --named" in capsys.readouterr().err
    with Store.open(path):
        code, _, err = run(capsys, "set", path, "--anonymous")
    assert code == 2 and err.startswith("roundtable: error:") and "Traceback" not in err
    with Store.open(path, read_only=True) as store:
        assert not store.session().anonymous
