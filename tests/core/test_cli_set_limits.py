"""`roundtable set FILE --title ... --facilitator ...` keeps to the limits the app keeps: a
title of 200 characters at most, a facilitator's name of 80 (a person's name on the roster).
It wrote a title of any length (a paste of a whole paragraph headed the minutes and filled
the window's title bar), while the app refused one. Over the limit it says so, and writes
nothing."""

from __future__ import annotations

from pathlib import Path

from roundtable.model import MAX_NAME_CHARS, MAX_TITLE_CHARS
from roundtable.store import Store
from tests.core.test_cli_set import run


def events(path: Path) -> int:
    with Store.open(path, read_only=True) as store:
        return len(store.events())


def test_set_refuses_a_title_or_facilitator_over_the_limit_and_writes_nothing(
    capsys, tmp_path: Path
) -> None:
    path = tmp_path / "q4.roundtable"
    assert run(capsys, "new", path, "--title", "Q4 roundtable", "--facilitator", "Marta K")[0] == 0
    written = events(path)
    long_title = "Sales and marketing " * 12  # 240 characters
    code, out, err = run(capsys, "set", path, "--title", long_title)
    assert code == 2 and out == ""
    assert err == (
        f"roundtable: error: A title can be at most {MAX_TITLE_CHARS} characters; this one has"
        f" 239. {path} was not changed.\n"
    )
    long_name = "Marta " * 20  # 119 characters once cleaned
    code, out, err = run(capsys, "set", path, "--facilitator", long_name, "--named")
    assert code == 2 and out == ""
    assert (
        f"The facilitator's name can be at most {MAX_NAME_CHARS} characters; this one has 119."
        in err
    )
    with Store.open(path, read_only=True) as store:
        info = store.session()
        assert (info.title, info.facilitator, info.anonymous) == ("Q4 roundtable", "Marta K", True)
    assert events(path) == written
    # At the limit it is taken, whole.
    code, out, err = run(capsys, "set", path, "--title", "T" * MAX_TITLE_CHARS)
    assert code == 0, err
    code, out, err = run(capsys, "set", path, "--facilitator", "M" * MAX_NAME_CHARS)
    assert code == 0, err
    with Store.open(path, read_only=True) as store:
        info = store.session()
        assert (info.title, info.facilitator) == ("T" * MAX_TITLE_CHARS, "M" * MAX_NAME_CHARS)


def test_a_new_session_keeps_to_the_facilitators_limit_too(capsys, tmp_path: Path) -> None:
    path = tmp_path / "q4.roundtable"
    code, _, err = run(capsys, "new", path, "--facilitator", "M" * (MAX_NAME_CHARS + 1))
    assert code == 2 and "The facilitator's name can be at most" in err
    assert not path.exists()
