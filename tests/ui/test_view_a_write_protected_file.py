"""A colleague's write-protected session opened to look at: its notes show, and its folder is
left as it was found (no -wal, -shm or lock file of ours beside it)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from roundtable.store import Store
from roundtable.store import store as store_module
from ui.windows.dialogs import open_session


def test_a_write_protected_session_opens_read_only_and_leaves_its_folder_alone(
    qtbot, session_file, tmp_path, monkeypatch
):
    with Store.open(session_file) as store:
        rid = store.rounds()[0].id
        store.add_note(rid, "Our renewals slip in the last week", function="sales")
    share = tmp_path / "share"
    share.mkdir()
    theirs = Path(shutil.copy(session_file, share / "their session.roundtable"))
    before = sorted(p.name for p in share.iterdir())
    # Root writes anywhere: the store is told this file cannot be written, as it would be.
    real_access = os.access
    monkeypatch.setattr(
        store_module.os,
        "access",
        lambda path, mode, *a, **k: (
            False if mode & os.W_OK and str(path) == str(theirs) else real_access(path, mode)
        ),
    )
    seen: list[str] = []

    def press() -> None:
        box = QApplication.activeModalWidget()
        seen.append(box.windowTitle())
        next(b for b in box.findChildren(QPushButton) if b.text() == "Open read-only").click()

    QTimer.singleShot(0, press)
    win = open_session(theirs, None)
    qtbot.addWidget(win)
    win.show()
    assert seen == ["Session cannot be changed here"]
    assert win.store.read_only and "read-only" in win.windowTitle()
    win.show_round(rid)
    board = [win.board.item(i).text() for i in range(win.board.count())]
    assert any("Our renewals slip in the last week" in text for text in board)
    assert sorted(p.name for p in share.iterdir()) == before
    win.close()
    assert sorted(p.name for p in share.iterdir()) == before
