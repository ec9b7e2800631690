"""A session file mailed alone while the session was open (its -wal left behind) opens with
the status line saying so, with the time of its last change and what to do, and a box that
stays until read: the status line's eight seconds went by unread among the other words of
opening, and no later opening said it again. A follow-up made from such a file says so too
(its last commitments may be missing)."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from roundtable.store import Store
from tests.ui.conftest import shown_window
from tests.ui.test_follow_up_from_window import save_dialog
from ui.windows.start_screen import StartScreen


def mailed_mid_session(demo_file, tmp_path):
    live = Store.open(demo_file)  # the organizer's window, still open
    live.add_note(live.rounds()[0].id, "Typed just before mailing it", function="sales")
    mailed = tmp_path / "inbox" / demo_file.name
    mailed.parent.mkdir()
    shutil.copyfile(demo_file, mailed)  # the file alone, as a mail attachment
    live.close()
    return mailed


def box_over(qtbot, win) -> QMessageBox:
    qtbot.waitUntil(lambda: win.findChild(QMessageBox, "notesMayBeMissingBox") is not None)
    box = win.findChild(QMessageBox, "notesMayBeMissingBox")
    assert box.isVisible()
    return box


def test_the_window_says_the_file_was_copied_while_it_was_open(qtbot, demo_file, tmp_path):
    mailed = mailed_mid_session(demo_file, tmp_path)

    win = shown_window(qtbot, mailed, None)

    said = win.statusBar().currentMessage()
    assert f"{demo_file.name} was copied while it was open in Roundtable" in said
    assert f"may be only in {demo_file.name}-wal, beside the original" in said
    box = box_over(qtbot, win)
    assert box.windowTitle() == "Notes may be missing"
    assert f"{demo_file.name} was copied while it was open in Roundtable" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.findChild(QMessageBox, "notesMayBeMissingBox") is None)
    win.close()


def test_a_whole_file_opens_without_the_box(qtbot, demo_file):
    win = shown_window(qtbot, demo_file, None)
    qtbot.wait(50)
    assert win.findChild(QMessageBox, "notesMayBeMissingBox") is None
    win.close()


def test_a_follow_up_of_a_copy_made_while_open_says_its_commitments_may_be_missing(
    qtbot, demo_file, tmp_path, monkeypatch
):
    mailed = mailed_mid_session(demo_file, tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(mailed), ""))
    save_dialog(monkeypatch, tmp_path / "next.roundtable")
    screen = StartScreen()
    qtbot.addWidget(screen)
    qtbot.mouseClick(screen.findChild(QPushButton, "followUpButton"), Qt.MouseButton.LeftButton)
    win = screen.window_opened
    qtbot.addWidget(win)

    box = box_over(qtbot, win)
    assert box.windowTitle() == "Commitments may be missing"
    assert f"The follow-up was made from {mailed.name} as it is." in box.text()
    assert "was copied while it was open in Roundtable" in box.text()
    box.close()
    win.close()
