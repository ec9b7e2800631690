"""File > Save a copy without writers…: a name typed in the note line that is nobody's on
the roster stays in the note ("@Zed Leads go cold"), and the copy would keep it; the box
says which notes before the copy is made."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from tests.ui.test_main_window import card_texts, type_note
from tests.ui.test_save_a_copy import _choose
from tests.ui.test_save_copy_without_writers import CTRL_ALT_SHIFT, named_window


def _read_box_and_cancel() -> list[str]:
    said: list[str] = []
    tries = [500]

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != "noWritersBox":
            tries[0] -= 1
            if tries[0] > 0:
                QTimer.singleShot(10, look)
            return
        said.append(box.informativeText())
        buttons = {b.text(): b for b in box.findChildren(QPushButton)}
        buttons["Cancel"].click()

    QTimer.singleShot(0, look)
    return said


def test_the_box_names_the_notes_that_still_name_someone(
    qtbot, tmp_path: Path, monkeypatch, fake_clock
):
    win = named_window(qtbot, tmp_path / "q4.roundtable", fake_clock)
    try:
        type_note(qtbot, win, "s: @Zed Leads go cold")  # Zed is not on the roster
        type_note(qtbot, win, "s: Leads wait four days @Ana Lopez")
        assert card_texts(win) == ["@Zed Leads go cold", "Leads wait four days\n— Ana Lopez"]
        chosen = _choose(monkeypatch, tmp_path / "never.roundtable")
        said = _read_box_and_cancel()
        qtbot.keyClick(win.entry, Qt.Key.Key_S, CTRL_ALT_SHIFT)
        assert len(said) == 1 and chosen == []
        assert said[0].endswith(
            "Check before you send it:\n• 1 note still has a name typed after “@” in its"
            " words, and the copy keeps its words: “@Zed Leads go cold”. A name typed to say"
            " who said it that is not on the roster stays in the note: correct it (F2 on the"
            " card) and save the copy again."
        )
    finally:
        win.close()
