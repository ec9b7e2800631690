"""A named pipe given where a session file or a CSV belongs is refused at once. Opening one
to read its first bytes waits for a writer that never comes: `roundtable info PIPE` and
`roundtable import-csv FILE PIPE` hung until killed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from roundtable.demo import write_demo

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "roundtable", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )


@pytest.mark.parametrize(
    "command",
    [
        ["info", "pipe"],
        ["export", "pipe", "-o", "minutes.docx"],
        ["set", "pipe", "--named"],
        ["rescue", "pipe", "-o", "rescued.roundtable"],
    ],
)
def test_a_pipe_as_the_session_file_is_refused_not_waited_on(tmp_path: Path, command) -> None:
    os.mkfifo(tmp_path / "pipe")
    done = run(*command, cwd=tmp_path)
    assert done.returncode == 2
    assert "pipe is not a file (it is a pipe or a device). Nothing was changed." in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]


def test_a_pipe_as_the_csv_is_refused_and_nothing_is_imported(tmp_path: Path) -> None:
    session = write_demo(tmp_path / "q4.roundtable")
    before = session.read_bytes()
    os.mkfifo(tmp_path / "notes.csv")
    done = run("import-csv", str(session), "notes.csv", cwd=tmp_path)
    assert done.returncode == 2
    assert "notes.csv is not a file (it is a pipe or a device). Nothing was imported." in (
        done.stderr
    )
    assert session.read_bytes() == before
