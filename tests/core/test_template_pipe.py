"""A named pipe called *.toml in the user's template folder is left out at once, named like
any other template that cannot be read: reading it waited for a writer that never came, and
the start screen (and `roundtable templates`) froze while listing the templates."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from roundtable.template_list import left_out, readable_templates

GOOD = "title='Quick huddle'\n[[rounds]]\ntitle='One thing'\nprompt='What?'\nminutes=15\n"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_among_the_templates_is_left_out_at_once(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("ROUNDTABLE_TEMPLATE_DIR", str(tmp_path))
    (tmp_path / "quick-huddle.toml").write_text(GOOD, encoding="utf-8")
    pipe = tmp_path / "board-prep.toml"
    os.mkfifo(pipe)
    listed: list[tuple[list[str], list[str]]] = []

    def listing() -> None:
        found, problems = readable_templates()
        listed.append(([t.title for t in found], problems))

    worker = threading.Thread(target=listing, daemon=True)
    worker.start()
    worker.join(timeout=5)
    if worker.is_alive():  # frozen on the pipe: a writer lets it go, then the test fails
        os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
        worker.join(timeout=10)
        pytest.fail("listing the templates waited on the pipe")
    titles, problems = listed[0]
    assert "Quick huddle" in titles and "Sales and marketing roundtable" in titles
    assert problems == [f"{pipe} is not a file (it is a pipe or a device)"]
    assert left_out(problems[0]).startswith(
        f"Template left out: {pipe} is not a file (it is a pipe or a device). Correct that"
    )
