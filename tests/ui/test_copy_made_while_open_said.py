"""A session file mailed alone while the session was open (its -wal left behind) opens with
the status line saying so, with the time of its last change and what to do."""

from __future__ import annotations

import shutil

from roundtable.store import Store
from ui.windows.dialogs import open_session


def test_the_window_says_the_file_was_copied_while_it_was_open(qtbot, demo_file, tmp_path):
    live = Store.open(demo_file)  # the organizer's window, still open
    live.add_note(live.rounds()[0].id, "Typed just before mailing it", function="sales")
    mailed = tmp_path / "inbox" / demo_file.name
    mailed.parent.mkdir()
    shutil.copyfile(demo_file, mailed)  # the file alone, as a mail attachment
    live.close()

    win = open_session(mailed, None)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)

    said = win.statusBar().currentMessage()
    assert f"{demo_file.name} was copied while it was open in Roundtable" in said
    assert f"may be only in {demo_file.name}-wal, beside the original" in said
    win.close()
