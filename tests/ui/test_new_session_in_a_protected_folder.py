"""A new session placed in a folder that cannot be written: the start screen says to choose
another place (it said to open the not yet existing file read-only), and makes nothing."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from roundtable.store import store as store_module
from ui.windows import start_screen
from ui.windows.start_screen import StartScreen


def test_a_new_session_in_a_write_protected_folder_asks_for_another_place(
    qtbot, tmp_path, monkeypatch
):
    share = tmp_path / "share"
    share.mkdir()
    chosen = share / "Q4 roundtable.roundtable"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(chosen), ""))
    )
    warned: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, title, text: warned.append((title, text)))
    )
    # Root writes anywhere: the store is told the folder cannot be written, as it would be.
    real_access = os.access
    monkeypatch.setattr(
        store_module.os,
        "access",
        lambda path, mode, *a, **k: (
            False if mode & os.W_OK and str(path) == str(share) else real_access(path, mode)
        ),
    )
    opened: list[object] = []
    monkeypatch.setattr(start_screen, "open_session", lambda path, *a, **k: opened.append(path))
    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.show()
    qtbot.keyClicks(screen.title, "Q4 roundtable")
    qtbot.mouseClick(
        screen.findChild(QPushButton, "createSessionButton"), Qt.MouseButton.LeftButton
    )
    assert len(warned) == 1, warned
    ((title, text),) = warned
    assert title == "Cannot create session"
    assert text == (
        f"Q4 roundtable.roundtable cannot be made in {share}: that folder is write-protected"
        " (a read-only disk or share, or someone else's folder). Choose another place, such"
        " as your Documents folder."
    )
    assert "read-only" not in text.replace("read-only disk", "")
    assert opened == [] and list(share.iterdir()) == []
