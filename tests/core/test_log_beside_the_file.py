"""The `-wal` file beside a session: its own, left by a crash, is read with it (every note
typed before the crash is there); another file's is refused with words, and neither file is
changed (it was read over the session's pages: the other session's notes showed in its
place and, opened for writing, were folded into it for good)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from roundtable.store import ForeignLogError, NotWritableError, Store
from roundtable.templates import get_template

SIDES = ("", "-wal", "-shm")


def crashed(folder: Path, title: str, notes: list[str]) -> Path:
    """A session as a crash leaves it: `notes` typed after the file was last folded in are
    in its -wal only (the files are copied while the store is still open)."""
    live = folder / "live" / f"{title}.roundtable"
    live.parent.mkdir(parents=True, exist_ok=True)
    with Store.create(live, title=title, template=get_template("sales-marketing-roundtable")):
        pass
    store = Store.open(live)
    for text in notes:
        store.add_note(store.rounds()[0].id, text, function="sales")
    image = folder / "crashed" / live.name
    image.parent.mkdir(exist_ok=True)
    for end in SIDES:
        shutil.copyfile(f"{live}{end}", f"{image}{end}")
    store.close()
    return image


def test_a_crash_s_own_log_is_read_with_the_file(tmp_path: Path) -> None:
    image = crashed(tmp_path, "Ours", ["Leads go cold", "Budget sign-off"])
    with Store.open(image) as store:
        assert [n.text for n in store.notes()] == ["Leads go cold", "Budget sign-off"]


@pytest.mark.parametrize("read_only", [False, True])
def test_another_session_s_log_beside_the_file_is_refused_and_nothing_changes(
    tmp_path: Path, read_only: bool
) -> None:
    ours = crashed(tmp_path / "a", "Ours", ["Leads go cold"])
    with Store.open(ours) as store:  # folded in and closed: the file alone is the session
        store.add_note(store.rounds()[0].id, "Handover is late", function="marketing")
    theirs = crashed(tmp_path / "b", "Theirs", ["Someone else's note"])
    shutil.copyfile(f"{theirs}-wal", f"{ours}-wal")
    before = ours.read_bytes(), Path(f"{ours}-wal").read_bytes()

    with pytest.raises(ForeignLogError) as refused:
        Store.open(ours, read_only=read_only)

    said = str(refused.value)
    assert "Ours.roundtable-wal, whose changes do not belong to it" in said
    assert "move Ours.roundtable-wal (and Ours.roundtable-shm, if it is there) out of" in said
    assert (ours.read_bytes(), Path(f"{ours}-wal").read_bytes()) == before
    Path(f"{ours}-wal").unlink()
    Path(f"{ours}-shm").unlink(missing_ok=True)
    with Store.open(ours) as store:  # as the words say: without it, our session
        assert [n.text for n in store.notes()] == ["Leads go cold", "Handover is late"]


def write_protected(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """The folder as on a USB stick whose switch is set: nothing can be written there."""
    real_access = os.access

    def access(path, mode, *args, **kwargs):
        if mode & os.W_OK and Path(path).resolve().parent in (folder, folder.parent):
            return False
        return real_access(path, mode, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)


def test_a_crash_s_log_on_a_write_protected_disk_is_read_with_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The file was read alone there: the two notes typed before the crash were not shown.
    image = crashed(tmp_path, "Ours", ["Leads go cold", "Budget sign-off"])
    write_protected(monkeypatch, image.parent.resolve())
    with pytest.raises(NotWritableError):
        Store.open(image)
    with Store.open(image, read_only=True) as store:
        assert [n.text for n in store.notes()] == ["Leads go cold", "Budget sign-off"]


def test_a_log_that_cannot_be_read_on_a_write_protected_disk_is_said(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    image = crashed(tmp_path, "Ours", ["Leads go cold"])
    Path(f"{image}-shm").unlink()  # copied to the stick without it
    write_protected(monkeypatch, image.parent.resolve())
    with Store.open(image, read_only=True) as store:
        said = store.read_only_reason or ""
    assert "Its latest changes, in Ours.roundtable-wal beside it, cannot be read there" in said
    assert "copy both files to a folder you can write to" in said


def test_a_copy_of_the_file_alone_made_while_it_was_open_says_so(tmp_path: Path) -> None:
    # Mailed without its -wal: it opened without the notes typed last, and without a word.
    image = crashed(tmp_path, "Ours", ["Leads go cold", "Budget sign-off"])
    mailed = tmp_path / "mail" / "Ours.roundtable"
    mailed.parent.mkdir()
    shutil.copyfile(image, mailed)

    with Store.open(mailed) as store:
        said = store.left_open_text or ""
    assert "Ours.roundtable was copied while it was open in Roundtable" in said
    assert "changes made after " in said
    assert "may be only in Ours.roundtable-wal, beside the original" in said
    assert "copy both files together" in said
    with Store.open(mailed, read_only=True) as again:  # closed here: now whole as it is
        assert again.left_open_text is None
    with Store.open(image) as store:  # the crash's files together: all there, nothing said
        assert store.left_open_text is None and len(store.notes()) == 2


def test_files_closed_saved_as_a_copy_or_looked_at_while_open_say_nothing_of_it(
    tmp_path: Path,
) -> None:
    path = tmp_path / "s.roundtable"
    with Store.create(path, title="S", template=get_template("sales-marketing-roundtable")):
        pass
    with Store.open(path) as store:
        assert store.left_open_text is None  # closed as it should be
        store.save_copy(tmp_path / "copy.roundtable")
        with Store.open(path, read_only=True) as look:  # the writer's own mark
            assert look.left_open_text is None
    with Store.open(tmp_path / "copy.roundtable") as copy:
        assert copy.left_open_text is None


def test_info_and_export_of_a_copy_made_while_open_warn_as_the_window_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # An organizer who exports minutes from the mailed file alone was told nothing, and sent
    # minutes without the notes typed last.
    from roundtable.cli import main

    image = crashed(tmp_path, "Ours", ["Leads go cold"])
    mailed = tmp_path / "mail" / "Ours.roundtable"
    mailed.parent.mkdir()
    shutil.copyfile(image, mailed)

    assert main(["info", str(mailed)]) == 0
    out = capsys.readouterr().out
    assert "warning: Ours.roundtable was copied while it was open in Roundtable" in out
    assert main(["info", str(mailed), "--json"]) == 0
    (warning,) = json.loads(capsys.readouterr().out)["warnings"]
    assert "copy both files together" in warning
    assert main(["export", str(mailed), "-o", str(tmp_path / "m.md")]) == 0
    said = capsys.readouterr()
    assert "roundtable: warning: Ours.roundtable was copied while it was open" in said.err
    assert "Wrote the Markdown minutes" in said.out

    assert main(["info", str(image)]) == 0  # the crash's files together: nothing to warn of
    assert "warning" not in capsys.readouterr().out


def test_adding_to_a_copy_made_while_open_warns_once_as_info_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # `roundtable add-note` or `import-csv` on the mailed file alone said nothing, and as it
    # closed the file the mark went: the window opened on it later said nothing either.
    from roundtable.cli import main

    image = crashed(tmp_path, "Ours", ["Leads go cold"])
    for command in (["add-note", "1", "Budget sign-off"], ["import-csv"]):
        mailed = tmp_path / command[0] / "Ours.roundtable"
        mailed.parent.mkdir()
        shutil.copyfile(image, mailed)
        if command == ["import-csv"]:
            rows = tmp_path / "notes.csv"
            rows.write_text("round,text\n1,Budget sign-off\n", encoding="utf-8")
            command = ["import-csv", str(mailed), str(rows)]
        else:
            command = [command[0], str(mailed), *command[1:]]
        assert main(command) == 0
        said = capsys.readouterr()
        assert "roundtable: warning: Ours.roundtable was copied while it was open" in said.err
        assert "copy both files together" in said.err


def test_a_file_opened_for_writing_and_closed_without_a_change_is_left_as_it_was(
    tmp_path: Path,
) -> None:
    # Opening wrote the mark and folded it in, closing cleared it: every look at a session
    # changed its file, which a synced folder then sent again (and two people looking at
    # once could get a "conflicted copy").
    path = tmp_path / "s.roundtable"
    with Store.create(path, title="S", template=get_template("sales-marketing-roundtable")):
        pass
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    with Store.open(path) as store:
        assert len(store.rounds()) == 5
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_a_crash_s_mark_is_cleared_when_the_file_is_next_closed_even_unchanged(
    tmp_path: Path,
) -> None:
    # The crash left the mark; reopened where it was and closed without a change, a copy of
    # the file alone must not say it was copied while open.
    image = crashed(tmp_path, "Ours", ["Leads go cold"])
    with Store.open(image) as store:
        assert store.left_open_text is None and len(store.notes()) == 1
    alone = tmp_path / "alone" / image.name
    alone.parent.mkdir()
    shutil.copyfile(image, alone)
    with Store.open(alone, read_only=True) as copy:
        assert copy.left_open_text is None
        assert len(copy.notes()) == 1
