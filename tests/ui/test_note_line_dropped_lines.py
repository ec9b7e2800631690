"""Several lines dropped on the note line, or pasted with the middle button, make a note a
line as Ctrl+V does (test_paste_lines.py): they went in as one line with the line breaks in
it, and Enter made one note of the whole list."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QClipboard

from tests.ui.test_main_window import card_texts
from tests.ui.test_note_line_huge_drop import _drop

LIST = "Leads wait four days\n\n  Nobody owns the handover  \nBriefs come late\n"


def test_lines_dropped_on_the_line_become_a_note_each(qtbot, window):
    entry = window.entry
    qtbot.keyClicks(entry, "half typed")
    drop = _drop(entry, LIST)
    assert card_texts(window) == [
        "Leads wait four days",
        "Nobody owns the handover",
        "Briefs come late",
    ]
    assert window.statusBar().currentMessage() == "Added 3 notes from the dropped lines."
    assert entry.text() == "half typed"  # what was typed stays
    assert drop.isAccepted() and drop.dropAction() == Qt.DropAction.CopyAction  # kept there


def test_one_dropped_line_goes_into_the_line_as_before(qtbot, window):
    _drop(window.entry, "Leads wait a week\n")
    assert card_texts(window) == []
    assert "Leads wait a week" in window.entry.text()


def test_lines_pasted_with_the_middle_button_become_a_note_each(qtbot, window, monkeypatch):
    """X11's middle-button paste of the selected text (offscreen Qt has no selection, so
    it is given one here)."""
    own_text = QClipboard.text

    def text(self, mode=QClipboard.Mode.Clipboard):
        return LIST if mode == QClipboard.Mode.Selection else own_text(self, mode)

    monkeypatch.setattr(QClipboard, "supportsSelection", lambda self: True)
    monkeypatch.setattr(QClipboard, "text", text)
    entry = window.entry
    qtbot.keyClicks(entry, "half typed")
    qtbot.mouseClick(entry, Qt.MouseButton.MiddleButton, pos=QPoint(20, entry.height() // 2))
    assert card_texts(window) == [
        "Leads wait four days",
        "Nobody owns the handover",
        "Briefs come late",
    ]
    assert window.statusBar().currentMessage() == "Added 3 notes from the pasted lines."
    assert entry.text() == "half typed"
