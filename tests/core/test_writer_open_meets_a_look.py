"""Opening a session for writing in the instant a read-only window looks at the writer lock.

A read-only window asks every 1.5 s whether the writing window is still there by taking the
lock for an instant (writer_lock_held). A window opening the file for writing in exactly
that instant was told the file was in use; now it tries again a few times over half a
second. A lock held for good still gives the same message as before.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from roundtable.store import SessionLockedError, Store, session_file
from roundtable.store.session_file import lock_path


class Look(threading.Thread):
    """Another connection that holds the writer lock as a read-only window's look does
    (shared), until it is told to let go."""

    def __init__(self, path: Path) -> None:
        super().__init__(daemon=True)
        self.path = path
        self.held, self.let_go, self.gone = threading.Event(), threading.Event(), threading.Event()

    def run(self) -> None:
        with open(lock_path(self.path), "rb") as fh:
            session_file._lock_now(fh, shared=True)
            self.held.set()
            self.let_go.wait(30)
        self.gone.set()  # closed: the lock is let go


def test_a_writer_opening_during_a_look_waits_for_it_and_opens(
    store: Store, session_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rid = store.rounds()[0].id
    store.add_note(rid, "Written before closing", function="sales")
    store.close()
    look = Look(session_path)
    look.start()
    assert look.held.wait(30)
    pauses: list[float] = []

    def pause(seconds: float) -> None:
        # The look ends while the opening window waits for it.
        pauses.append(seconds)
        look.let_go.set()
        assert look.gone.wait(30)

    monkeypatch.setattr(session_file, "_pause", pause, raising=False)
    with Store.open(session_path) as again:
        again.add_note(rid, "Written after the look", function="marketing")
    assert len(pauses) == 1  # it met the look, and tried again once
    look.join(30)
    with Store.open(session_path, read_only=True) as viewer:
        assert [n.text for n in viewer.notes(rid)] == [
            "Written before closing",
            "Written after the look",
        ]


def test_a_file_open_for_good_elsewhere_is_still_in_use(
    store: Store, session_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pauses: list[float] = []
    monkeypatch.setattr(session_file, "_pause", pauses.append, raising=False)
    with pytest.raises(SessionLockedError) as refused:
        Store.open(session_path)
    assert str(refused.value) == (
        f"{session_path} is already open in another Roundtable window or program. "
        "Close it there first, or open it read-only to look at it."
    )
    assert len(pauses) == session_file.LOCK_TRIES - 1 and sum(pauses) == pytest.approx(0.5)
    store.add_note(store.rounds()[0].id, "The first window still writes", function="sales")
    store.close()
    with Store.open(session_path) as again:  # nothing of the refused open holds the file
        assert [n.text for n in again.notes()] == ["The first window still writes"]
