"""The session file deleted while the window is open: the window says so, and every note,
before and after, is in the file once the window closes."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from roundtable.store import Store
from tests.ui.test_main_window import type_note


def test_a_deleted_session_file_is_written_back_and_the_window_says_so(qtbot, window, session_file):
    type_note(qtbot, window, "Joint pipeline review on Mondays")
    session_file.unlink()  # tidying the folder, a sync tool, a colleague
    type_note(qtbot, window, "Shared lead definition signed by both VPs")
    box = None

    def shown() -> bool:
        nonlocal box
        box = window.findChild(QMessageBox, "writtenBackMessage")
        return box is not None and box.isVisible()

    qtbot.waitUntil(shown, timeout=5000)  # once typing pauses
    assert "was deleted while open" in box.text() and str(session_file) in box.text()
    assert not box.isModal()  # capture goes on while it is up
    type_note(qtbot, window, "Marketing joins the Friday deal desk")
    window.close()
    with Store.open(session_file) as reopened:
        texts = [n.text for n in reopened.notes(window.shown_round_id())]
    assert texts == [
        "Joint pipeline review on Mondays",
        "Shared lead definition signed by both VPs",
        "Marketing joins the Friday deal desk",
    ]
