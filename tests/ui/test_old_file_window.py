"""A file of an older format opened read-only shows its notes in the window."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from PySide6.QtCore import Qt

from ui.app import open_window

FIXTURE = Path(__file__).parents[1] / "core" / "fixtures" / "v1.roundtable"


def card_texts(win) -> list[str]:
    board = win.board
    return [
        board.item(i).text()
        for i in range(board.count())
        if board.item(i).data(Qt.ItemDataRole.UserRole) == "note"
    ]


def test_version_1_file_opened_read_only_shows_its_board(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "spring.roundtable"
    shutil.copy(FIXTURE, path)
    win = open_window(path, read_only=True)
    qtbot.addWidget(win)
    win.show()
    try:
        qtbot.waitUntil(lambda: "Marketing joins deal reviews" in " ".join(card_texts(win)))
        assert any("We share one pipeline call" in t for t in card_texts(win))
        qtbot.waitUntil(lambda: "older version" in win.statusBar().currentMessage())
        assert "file format 1" in win.statusBar().currentMessage()
        if shots := os.environ.get("SHOTS"):
            win.grab().save(f"{shots}/old-file-read-only.png")
    finally:
        win.close()
