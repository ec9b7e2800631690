"""A session on a full disk is not called damaged: SQLite cannot make room beside the file
for the index of its log (-shm), and its "disk I/O error" read as "damaged and cannot be
read ... run roundtable rescue", for opening, roundtable info and export alike. It says
the disk is full, and the file opens read-only (to look, or to export elsewhere).

The disk is made full for SQLite in a child process: a limit of 0 bytes on the size of any
file it writes (it cannot grow -shm, as on a full disk), and every disk counted as full."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from roundtable.store import Store
from roundtable.templates import get_template

CHILD = """
import os, resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
from roundtable.store import Store, NotWritableError
try:
    from roundtable.store import disk_space
    disk_space.FULL_BELOW = 1 << 62  # every disk counts as full
except ImportError:
    pass
resource.setrlimit(resource.RLIMIT_FSIZE, (0, resource.RLIM_INFINITY))
said = []
try:
    Store.open(sys.argv[1]).close()
    said.append("opened for writing")
except Exception as exc:
    said.append(f"{type(exc).__name__}|{isinstance(exc, NotWritableError)}|{exc}")
try:
    store = Store.open(sys.argv[1], read_only=True)
    said.append(f"read-only: {store.session().title}: {store.read_only_reason}")
    store.close()
except Exception as exc:
    said.append(f"read-only refused: {exc}")
os.write(1, "\\n".join(said).encode())
"""


def test_a_session_on_a_full_disk_says_the_disk_is_full_and_opens_read_only(
    tmp_path: Path,
) -> None:
    path = tmp_path / "q4.roundtable"
    Store.create(
        path, title="Q4 roundtable", template=get_template("sales-marketing-roundtable")
    ).close()
    before = path.read_bytes()
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, timeout=60
    )
    writing, reading = out.stdout.splitlines()
    kind, offers_read_only, message = writing.split("|", 2)
    assert "the disk it is on is full" in message
    assert "is damaged" not in message and "rescue" not in message
    assert str(path) in message
    assert offers_read_only == "True"  # the app offers Open read-only for it
    assert reading.startswith("read-only: Q4 roundtable: The disk it is on is full")
    assert path.read_bytes() == before


NEW = """
import os, resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
from roundtable.store import Store
from roundtable.templates import get_template
try:
    from roundtable.store import disk_space
    disk_space.FULL_BELOW = 1 << 62
except ImportError:
    pass
template = get_template("sales-marketing-roundtable")
resource.setrlimit(resource.RLIMIT_FSIZE, (0, resource.RLIM_INFINITY))
try:
    Store.create(sys.argv[1], title="Q4", template=template).close()
    os.write(1, b"created")
except Exception as exc:
    os.write(1, str(exc).encode())
"""


def test_a_session_not_made_on_a_full_disk_leaves_no_empty_file_behind(tmp_path: Path) -> None:
    # An empty q4.roundtable stayed: made again once there was room, it "already exists";
    # opened, it was "empty (0 bytes): its copy or download did not finish".
    path = tmp_path / "q4.roundtable"
    out = subprocess.run(
        [sys.executable, "-c", NEW, str(path)], capture_output=True, text=True, timeout=60
    )
    assert "q4.roundtable was not created: the disk it goes on" in out.stdout
    assert "is full" in out.stdout
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock")) == []
    Store.create(path, title="Q4", template=get_template("sales-marketing-roundtable")).close()


def test_a_damaged_session_on_a_full_disk_is_still_called_damaged(
    tmp_path: Path, monkeypatch
) -> None:
    # Every failure of SQLite on a full disk read as the full disk: a file whose table of
    # contents was scribbled over was "not damaged", and making room did not help.
    from roundtable.store import store as store_module

    path = tmp_path / "q4.roundtable"
    Store.create(
        path, title="Q4 roundtable", template=get_template("sales-marketing-roundtable")
    ).close()
    data = bytearray(path.read_bytes())
    data[120:2000] = b"\x5a" * 1880  # the first page: where the tables are described
    path.write_bytes(bytes(data))
    monkeypatch.setattr(store_module, "disk_full", lambda where: True)
    for read_only in (False, True):
        try:
            Store.open(path, read_only=read_only).close()
            message = "opened"
        except Exception as exc:
            message = str(exc)
        assert "is damaged" in message and "rescue" in message, message
        assert "not damaged" not in message and "disk it is on is full" not in message


def test_a_session_made_an_instant_before_under_the_same_name_is_left_alone(
    tmp_path: Path, monkeypatch
) -> None:
    # Two people making "q4.roundtable" in a shared folder at once: the second looked before
    # the first had made it, was refused (it is open elsewhere), and the clearing-up of a
    # file not made whole deleted the first one's open session and its log.
    import pathlib

    from roundtable.store import SessionLockedError

    path = tmp_path / "q4.roundtable"
    first = Store.create(path, title="Q4", template=get_template("sales-marketing-roundtable"))
    first.add_note(first.round_at(1).id, "Leads go cold after events")
    looked = pathlib.PosixPath.exists
    looks = []

    def not_there_yet(self: Path, *args, **kwargs) -> bool:
        if self == path and not looks:
            looks.append(self)
            return False  # what the second saw an instant before the first made it
        return looked(self, *args, **kwargs)

    monkeypatch.setattr(pathlib.PosixPath, "exists", not_there_yet)
    with pytest.raises(SessionLockedError):
        Store.create(path, title="Q4 too", template=get_template("sales-marketing-roundtable"))
    monkeypatch.undo()
    assert path.exists()
    first.close()
    with Store.open(path, read_only=True) as store:
        assert [n.text for n in store.notes()] == ["Leads go cold after events"]
