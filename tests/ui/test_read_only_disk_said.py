"""A session on a write-protected USB stick or share, opened read-only: the window says why
it cannot be changed, and how to go on in a copy."""

from __future__ import annotations

import os
from pathlib import Path

from tests.ui.conftest import read_only_window


def test_a_file_on_a_write_protected_disk_says_so_not_as_asked(
    qtbot, session_file: Path, fake_clock, monkeypatch
):
    # The organizer answered "Open read-only" to "cannot be opened for writing here: the
    # file, its folder or the disk it is on is write-protected"; the window then said
    # "Opened read-only as asked", as if nothing stood in the way of editing it.
    real_access = os.access
    # The stick's folder cannot be written (the tests run as a user who may write anywhere).
    monkeypatch.setattr(
        os, "access", lambda p, mode: Path(p) != session_file.parent and real_access(p, mode)
    )
    win = read_only_window(qtbot, session_file, fake_clock)
    reason = win.read_only_reason.whole
    assert reason == ("Read-only: The file, its folder or the disk it is on is write-protected.")
    assert win.statusBar().currentMessage() == (
        "Read-only: The file, its folder or the disk it is on is write-protected."
        " To change a copy of it: File > Save a copy (Ctrl+Shift+S)."
    )
    assert win.entry.placeholderText() == reason
    win.close()


def test_a_writable_file_opened_read_only_says_it_was_asked(qtbot, session_file: Path, fake_clock):
    win = read_only_window(qtbot, session_file, fake_clock)
    assert win.read_only_reason.whole == "Read-only: Opened read-only as asked."
    win.close()
