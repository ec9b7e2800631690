"""File > Save a copy without writers…: a name typed in the note line that is nobody's on
the roster stays in the note ("@Zed Leads go cold"), and the copy would keep it; the box
says which notes before the copy is made. A file of a newer format is not copied so."""

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
        assert said[0].split("\n\n")[0] == (  # what to check comes first, in view
            "Check before you send it:\n• 1 note still has a name typed after “@” in its"
            " words, and the copy keeps its words: “@Zed Leads go cold”. A name typed to say"
            " who said it that is not on the roster stays in the note: correct it (F2 on the"
            " card) and save the copy again."
        )
    finally:
        win.close()


def test_a_file_from_a_newer_version_is_not_copied_without_writers(
    qtbot, session_file: Path, tmp_path: Path, monkeypatch, fake_clock
):
    # A newer version may keep a writer where this one does not look (as the command line
    # says, refusing it): the copy would say it holds none and still hold one.
    import sqlite3

    from roundtable.store.schema import SCHEMA_VERSION
    from tests.ui.conftest import shown_window
    from tests.ui.test_save_a_copy import _press_in_box

    conn = sqlite3.connect(session_file)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    win = shown_window(qtbot, session_file, fake_clock)
    try:
        out = tmp_path / "future copy.roundtable"
        _choose(monkeypatch, out)
        _press_in_box("noWritersBox", "Choose where to save…")
        said = _press_in_box("copyNotSavedBox", "Cancel")
        win.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
        qtbot.keyClick(win, Qt.Key.Key_S, CTRL_ALT_SHIFT)
        assert not out.exists() and not list(tmp_path.glob(".*future*"))
        assert said == [
            f"{session_file.name} was made by a newer version of Roundtable; this one cannot"
            " be sure to find every writer in it. Save the copy without writers with that"
            " version. Nothing was written."
        ]
    finally:
        win.close()


def test_the_box_names_an_action_item_made_from_a_note(qtbot, window, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QLineEdit

    from tests.ui.test_action_from_note import CTRL_ALT
    from tests.ui.test_sensemaking_themes import add_notes, click_card

    (note_id,) = add_notes(qtbot, window, "@Ana Lopez Run a joint pipeline review every Monday")
    click_card(qtbot, window, note_id)
    qtbot.keyClick(window.board, Qt.Key.Key_N, CTRL_ALT)  # the note's words, Ana as owner
    qtbot.keyClick(window.findChild(QLineEdit, "actionText"), Qt.Key.Key_Return)
    chosen = _choose(monkeypatch, tmp_path / "never.roundtable")
    said = _read_box_and_cancel()
    qtbot.keyClick(window.entry, Qt.Key.Key_S, CTRL_ALT_SHIFT)
    assert len(said) == 1 and chosen == []
    assert (
        said[0]
        .split("\n\n")[0]
        .endswith(  # what to check comes first, in view
            "\n• 1 action item has the words of a note and an owner:"
            " “Run a joint pipeline review every Monday” (Ana Lopez). The copy keeps owners, so"
            " it says whose that note may be; change the item's words, or take the owner off, if"
            " the note should stay anonymous."
        )
    )
