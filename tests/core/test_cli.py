"""The `roundtable` command does what its help says and fails with one clear line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from roundtable.cli import main
from roundtable.store import Store


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_templates_lists_names_rounds_and_minutes(capsys) -> None:
    code, out, _ = run(capsys, "templates")
    assert code == 0
    line = next(x for x in out.splitlines() if x.startswith("sales-marketing-roundtable"))
    assert "Sales and marketing roundtable" in line and "5 rounds, 90 min" in line


def test_new_add_note_and_info_json(capsys, tmp_path: Path) -> None:
    path = tmp_path / "q4.roundtable"
    assert run(capsys, "new", path, "--title", "Q4 roundtable ✨", "--anonymous")[0] == 0
    code, out, _ = run(
        capsys,
        "add-note",
        path,
        "3",
        "Leads wait four days",
        "--function",
        "marketing",
        "--participant",
        "Lena",
    )
    assert code == 0 and "round 3" in out
    code, out, _ = run(capsys, "info", path, "--json")
    data = json.loads(out)
    assert data["title"] == "Q4 roundtable ✨"
    assert data["anonymous"] is True
    assert data["notes"] == 1
    assert [r["position"] for r in data["rounds"]] == [1, 2, 3, 4, 5]
    third = data["rounds"][2]
    assert (third["title"], third["notes"], third["timebox_s"]) == ("Why it's broken", 1, 1500)
    assert third["prompt"].startswith("What gets in the way")
    with Store.open(path, read_only=True) as store:
        (note,) = store.notes()
        assert store.participant(note.participant_id).name == "Lena"


def test_new_with_another_template(capsys, tmp_path: Path) -> None:
    path = tmp_path / "launch.roundtable"
    assert run(capsys, "new", path, "--template", "campaign-preview")[0] == 0
    _, out, _ = run(capsys, "info", path, "--json")
    assert json.loads(out)["title"] == "Campaign preview and pre-planning"
    assert json.loads(out)["anonymous"] is False


def test_new_without_an_ending_gets_the_session_ending(capsys, tmp_path: Path) -> None:
    # "new t5" made a file named "t5", which the app's Open dialog does not list.
    code, out, _ = run(capsys, "new", tmp_path / "t5")
    assert code == 0
    assert (tmp_path / "t5.roundtable").is_file() and not (tmp_path / "t5").exists()
    assert f"Created {tmp_path / 't5.roundtable'}:" in out
    # Another ending is the user's choice and stays.
    assert run(capsys, "new", tmp_path / "t6.session")[0] == 0
    assert (tmp_path / "t6.session").is_file()


def test_import_csv_and_its_errors(capsys, tmp_path: Path) -> None:
    path = tmp_path / "s.roundtable"
    run(capsys, "new", path)
    good = tmp_path / "good.csv"
    good.write_text("round,text,function\n2,One pipeline call,sales\n3,No SLA,m\n", "utf-8")
    code, out, _ = run(capsys, "import-csv", path, good)
    assert code == 0 and "Imported 2 notes" in out and "(rounds 2, 3)" in out
    # The same file again: refused, as the app asks first (it was imported twice unsaid).
    code, _, err = run(capsys, "import-csv", path, good)
    assert code == 2 and "2 of the 2 notes in good.csv are already in this session" in err
    assert json.loads(run(capsys, "info", path, "--json")[1])["notes"] == 2
    code, out, _ = run(capsys, "import-csv", path, good, "--again")
    assert code == 0 and "Imported 2 notes" in out
    # A file saved as Excel's plain CSV is read as Windows-1252, and the user is told.
    western = tmp_path / "western.csv"
    western.write_bytes("round,text\n2,Grüße aus München\n".encode("cp1252"))
    code, out, _ = run(capsys, "import-csv", path, western)
    assert code == 0 and "read as Windows-1252" in out
    bad = tmp_path / "bad.csv"
    bad.write_text("round,text\n2,fine\n7,nope\n", "utf-8")
    code, out, err = run(capsys, "import-csv", path, bad)
    assert code == 2
    assert "line 3" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert json.loads(run(capsys, "info", path, "--json")[1])["notes"] == 5


def test_a_refused_note_does_not_put_its_author_on_the_roster(capsys, tmp_path: Path) -> None:
    path = tmp_path / "s.roundtable"
    run(capsys, "new", path, "--named")
    for text in ("", "x" * 600):
        code, _, err = run(capsys, "add-note", path, "2", text, "--participant", "Ghost Two")
        assert code == 2 and ("cannot be empty" in err or "at most 500" in err)
    assert json.loads(run(capsys, "info", path, "--json")[1])["participants"] == 0


@pytest.mark.parametrize(
    "argv, message",
    [
        (["info", "{dir}/missing.roundtable"], "does not exist"),
        (["add-note", "{dir}/s.roundtable", "9", "hi"], "There is no round 9"),
        (["add-note", "{dir}/s.roundtable", "2", "   "], "cannot be empty"),
        (["new", "{dir}/s.roundtable"], "already exists"),
        (["new", "{dir}/t.roundtable", "--template", "nope"], "No template named 'nope'"),
        (["info", "{dir}/notes.txt"], "not a Roundtable session file"),
        (["demo", "{dir}/s.roundtable"], "already exists"),
        # A folder given as the new file: `new` made a session beside it, named after it.
        (["new", "{dir}"], "is a folder; give the new file a name, such as"),
        (["demo", "{dir}"], "is a folder; give the new file a name, such as"),
        # Both were a traceback or the wrong reason.
        (["rescue", "{dir}/s.roundtable", "-o", "{dir}/gone/s.roundtable"], "The folder"),
        (["rescue", "{dir}"], "is a folder, not a session file"),
        # An empty name added the note with no author and no word.
        (["add-note", "{dir}/s.roundtable", "2", "hi", "--participant", ""], "needs a name"),
        # Swapped: only "notes.csv is not a Roundtable session file" was said.
        (["import-csv", "{dir}/n.csv", "{dir}/s.roundtable"], "The session comes first"),
    ],
)
def test_errors_are_one_line_and_exit_2(capsys, tmp_path: Path, argv, message) -> None:
    run(capsys, "new", tmp_path / "s.roundtable")
    (tmp_path / "notes.txt").write_text("hello", "utf-8")
    code, _, err = run(capsys, *[a.format(dir=tmp_path) for a in argv])
    assert code == 2
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert not Path(f"{tmp_path}.roundtable").exists()  # nothing made beside the folder


def test_add_note_to_a_file_open_elsewhere_is_refused(capsys, tmp_path: Path) -> None:
    path = tmp_path / "s.roundtable"
    run(capsys, "new", path)
    with Store.open(path):
        code, _, err = run(capsys, "add-note", path, "2", "hi")
        assert code == 2 and "already open" in err
        # The command line has no read-only mode to point to; it names what only reads.
        assert "read-only" not in err and "`roundtable info`, `roundtable export`" in err
        # Reading while the app has it open is fine.
        assert run(capsys, "info", path)[0] == 0


def test_demo_without_an_ending_gets_the_session_ending(capsys, tmp_path: Path) -> None:
    # "demo demo2" wrote a file with no ending, which the app's Open dialog does not list.
    code, out, _err = run(capsys, "demo", tmp_path / "demo2")
    assert code == 0 and (tmp_path / "demo2.roundtable").is_file()
    assert not (tmp_path / "demo2").exists() and "demo2.roundtable" in out


def test_demo_writes_a_realistic_session(capsys, tmp_path: Path) -> None:
    path = tmp_path / "demo.roundtable"
    assert run(capsys, "demo", path)[0] == 0
    data = json.loads(run(capsys, "info", path, "--json")[1])
    assert 50 <= data["notes"] <= 80
    main_rounds = [
        r
        for r in data["rounds"]
        if r["title"] in ("What works", "Why it's broken", "Game changers")
    ]
    assert all(r["notes"] >= 12 and r["themes"] >= 3 for r in main_rounds)
    assert data["participants"] >= 10
    assert 2 <= data["actions"] <= 3
    with Store.open(path, read_only=True) as store:
        functions = {p.function for p in store.participants()}
        assert {"sales", "marketing"} <= functions
        assert sum(v.count for v in store.votes()) > 0


@pytest.mark.parametrize("module", ["roundtable.cli", "roundtable"])
def test_console_script_runs_without_a_traceback(tmp_path: Path, module: str) -> None:
    # `python -m roundtable info FILE` said "No module named roundtable.__main__".
    out = subprocess.run(
        [sys.executable, "-m", module, "info", str(tmp_path / "nope.roundtable")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 2
    assert out.stderr.startswith("roundtable: error:") and "Traceback" not in out.stderr


def test_new_named_follow_up_titles_folders_and_protected_rounds(capsys, tmp_path: Path) -> None:
    # The default template is anonymous and `new` had no way to turn names on; a follow-up
    # of a follow-up was "Follow-up: Follow-up: ..."; a missing folder was called "not
    # writable" with advice to open the file read-only; info did not say which rounds a
    # re-plan protects.
    first = tmp_path / "march.roundtable"
    code, out, _ = run(capsys, "new", str(first), "--title", "Q3 roundtable", "--named")
    assert code == 0 and "notes show names" in out
    code, out, _ = run(capsys, "new", str(tmp_path / "a.roundtable"))
    assert code == 0 and "anonymous notes" in out  # the template's own choice
    second, third = tmp_path / "april.roundtable", tmp_path / "may.roundtable"
    assert run(capsys, "new", str(second), "--follow-up", str(first))[0] == 0
    assert run(capsys, "new", str(third), "--follow-up", str(second))[0] == 0
    with Store.open(third, read_only=True) as store:
        assert store.session().title == "Follow-up: Q3 roundtable"
    code, _out, err = run(capsys, "new", str(tmp_path / "nowhere" / "x.roundtable"))
    assert code == 2 and "does not exist" in err and "read-only" not in err
    code, out, _ = run(capsys, "info", str(first))
    assert "4. Game changers (25 min, protected):" in out
    code, out, _ = run(capsys, "info", str(first), "--json")
    assert [r["protected"] for r in json.loads(out)["rounds"]] == [False, False, False, True, False]


def test_export_beside_a_session_on_a_read_only_disk_names_the_folder_and_the_way_out(
    capsys, tmp_path: Path, monkeypatch
) -> None:
    """An organizer in the folder of a session copied from a write-protected USB stick runs
    `roundtable export demo.roundtable`: the error named the folder ".", and said to choose
    another place without saying how."""
    import errno

    import roundtable.export as export

    stick = tmp_path / "stick"
    stick.mkdir()
    assert run(capsys, "new", str(stick / "demo.roundtable"))[0] == 0
    monkeypatch.chdir(stick)

    def read_only_disk(folder, name):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(export, "new_part_file", read_only_disk)
    code, out, err = run(capsys, "export", "demo.roundtable")
    assert code == 2
    assert out == ""
    assert err.splitlines() == [
        f"roundtable: error: {stick} is on a read-only disk; choose another place."
        f" To write them to your home folder: roundtable export demo.roundtable"
        f" -o {Path.home() / 'demo-minutes.docx'}"
    ]


def test_one_round_and_one_note_are_said_in_the_singular(
    capsys, tmp_path: Path, monkeypatch
) -> None:
    # "Created q.roundtable: 'Huddle', 1 rounds", "(1 rounds, 15 min)", "(1 notes)".
    monkeypatch.setenv("ROUNDTABLE_TEMPLATE_DIR", str(tmp_path))
    (tmp_path / "huddle.toml").write_text(
        "title='Huddle'\n[[rounds]]\ntitle='One thing'\nprompt='What?'\nminutes=15\n",
        encoding="utf-8",
    )
    assert "Huddle  (1 round, 15 min)" in run(capsys, "templates")[1]
    path = tmp_path / "q.roundtable"
    assert "'Huddle', 1 round, " in run(capsys, "new", path, "--template", "huddle")[1]
    run(capsys, "add-note", path, "1", "Leads wait")
    said = run(capsys, "save-copy", path, "-o", tmp_path / "copy.roundtable")[1]
    assert said.endswith("(1 note).\n")
    said = run(capsys, "save-copy", path, "--without-writers", "-o", tmp_path / "bare.roundtable")
    assert ": 1 note, none with a writer" in said[1]
