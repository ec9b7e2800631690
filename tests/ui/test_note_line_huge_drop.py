"""Every way into the note line refuses text bigger than it holds, and says so, as Ctrl+V
does (test_note_line_huge_paste.py): text dragged onto the line and the middle button's
paste of the selected text (X11) were still cut to 32,767 characters without a word."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QClipboard, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from roundtable.model import MAX_NOTE_CHARS
from tests.ui.test_main_window import card_texts

DOCUMENT = ("Our renewals slip in the last week of the quarter. " * 800).strip()  # 40,799


def _drop(entry, text: str) -> QDropEvent:
    """`text` dragged from another app and let go over the note line (a move: the other
    app deletes its copy when the drop is taken)."""
    mime = QMimeData()
    mime.setText(text)
    at = QPoint(20, entry.height() // 2)
    move = Qt.DropAction.MoveAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(
        entry, QDragEnterEvent(at, move | Qt.DropAction.CopyAction, mime, buttons, keys)
    )
    QApplication.sendEvent(
        entry, QDragMoveEvent(at, move | Qt.DropAction.CopyAction, mime, buttons, keys)
    )
    drop = QDropEvent(QPointF(at), move | Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(entry, drop)
    return drop


def test_text_too_big_dropped_on_the_line_is_refused_and_said(qtbot, window):
    entry = window.entry
    qtbot.keyClicks(entry, "Leads ")
    drop = _drop(entry, DOCUMENT)
    assert entry.text() == "Leads "  # nothing cut into it
    assert not drop.isAccepted()  # the text stays where it was dragged from
    assert window.statusBar().currentMessage() == (
        f"Not dropped: the text holds {len(DOCUMENT):,} characters, more than the note line"
        f" takes ({entry.maxLength():,}); a note may have at most {MAX_NOTE_CHARS}. Copy it in"
        " lines of a note each and paste it with Ctrl+V (each line becomes a note)."
    )
    assert card_texts(window) == []
    qtbot.keyClicks(entry, "wait")  # typing again: the message has done its job
    assert window.statusBar().currentMessage() == ""
    assert entry.text() == "Leads wait"


def test_text_that_fits_is_dropped_as_before(qtbot, window):
    drop = _drop(window.entry, "Leads wait a week")
    assert window.entry.text() == "Leads wait a week"
    assert drop.isAccepted()


def test_the_middle_buttons_paste_too_big_is_refused_and_said(qtbot, window, monkeypatch):
    """X11's middle-button paste of the selected text (offscreen Qt has no selection, so
    it is given one here)."""
    own_text = QClipboard.text

    def text(self, mode=QClipboard.Mode.Clipboard):
        return DOCUMENT if mode == QClipboard.Mode.Selection else own_text(self, mode)

    monkeypatch.setattr(QClipboard, "supportsSelection", lambda self: True)
    monkeypatch.setattr(QClipboard, "text", text)
    entry = window.entry
    qtbot.keyClicks(entry, "Leads ")
    qtbot.mouseClick(entry, Qt.MouseButton.MiddleButton, pos=QPoint(20, entry.height() // 2))
    assert entry.text() == "Leads "
    assert window.statusBar().currentMessage() == (
        f"Not pasted: the selected text holds {len(DOCUMENT):,} characters, more than the note"
        f" line takes ({entry.maxLength():,}); a note may have at most {MAX_NOTE_CHARS}. Copy"
        " it in lines of a note each and paste it with Ctrl+V (each line becomes a note)."
    )
    assert card_texts(window) == []
