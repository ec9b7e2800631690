"""One broken template of the user's own does not hide the others: `roundtable templates`
lists every template it can read and says which file it could not read, and why."""

from __future__ import annotations

from pathlib import Path

from roundtable.cli import main

GOOD = "title='Quick huddle'\n[[rounds]]\ntitle='One thing'\nprompt='What?'\nminutes=15\n"
# A timebox typed as a yes, in a file the organizer edited by hand.
BROKEN = "title='Board prep'\n[[rounds]]\ntitle='A'\nprompt='p'\nminutes=true\n"


def test_templates_lists_the_readable_ones_and_names_the_broken_file(
    tmp_path: Path, monkeypatch, capsys
) -> None:
    monkeypatch.setenv("ROUNDTABLE_TEMPLATE_DIR", str(tmp_path))
    (tmp_path / "quick-huddle.toml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "board-prep.toml").write_text(BROKEN, encoding="utf-8")
    (tmp_path / "saved-from-word.toml").write_bytes(b"\xff\xfe t\x00i\x00")

    code = main(["templates"])
    out, err = capsys.readouterr()

    assert code == 0
    assert "Quick huddle" in out and "Sales and marketing roundtable" in out
    assert "board-prep" not in out
    assert str(tmp_path / "board-prep.toml") in err
    assert "'minutes' must be a positive number" in err
    assert str(tmp_path / "saved-from-word.toml") in err
    assert "left out" in err.lower()
