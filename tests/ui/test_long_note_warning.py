"""A note line holding more than a note may have: a warning under it that stays until the
text is short enough, and the text is never cut."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from tests.ui.test_main_window import card_texts

CTRL = Qt.KeyboardModifier.ControlModifier


def warning(window) -> QLabel:
    return window.findChild(QLabel, "longNoteWarning")


def test_the_warning_stays_while_the_line_is_too_long_and_goes_once_it_is_not(qtbot, window):
    # Refused with a message that went at the next key: the notes typed next ran on into
    # the long text and were all refused too.
    entry = window.entry
    story = "The whole story of the lost deal, told at length. " * 10  # 500 characters
    QApplication.clipboard().setText(story.strip())
    qtbot.keyClick(entry, Qt.Key.Key_V, CTRL)
    assert not warning(window).isVisible()  # 499 characters: a note may have 500
    qtbot.keyClicks(entry, " and more")
    shown = warning(window)
    assert shown.isVisible()
    assert shown.text() == (
        "8 characters too long for one note (508; the most is 500), so Enter will not add"
        " it. Shorten it, or split it: select the end, Ctrl+X, Enter, then Ctrl+V."
    )
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert card_texts(window) == []
    assert entry.text() == story.strip() + " and more"  # nothing typed is lost
    qtbot.keyClicks(entry, " Next note")  # the status bar's refusal goes at the next key ...
    assert window.statusBar().currentMessage() == ""
    assert warning(window).isVisible()  # ... the warning stays
    assert "18 characters too long" in warning(window).text()
    for _ in range(len(" and more Next note")):
        qtbot.keyClick(entry, Qt.Key.Key_Backspace)
    assert not warning(window).isVisible()
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert card_texts(window) == [story.strip()]


def test_the_name_and_prefix_do_not_count(qtbot, window):
    # Enter stores the line without "m:" and "@Ana Lopez": 500 characters of note is one note.
    entry = window.entry
    QApplication.clipboard().setText("m: @Ana Lopez " + "x" * 500)
    qtbot.keyClick(entry, Qt.Key.Key_V, CTRL)
    assert not warning(window).isVisible()
    qtbot.keyClicks(entry, "y")
    assert warning(window).isVisible()
    assert "1 character too long" in warning(window).text()


def test_a_refused_pasted_line_put_in_the_note_line_shows_the_warning(qtbot, window):
    entry = window.entry
    long_line = "Pipeline " * 120  # 1,079 characters once trimmed
    QApplication.clipboard().setText(f"Leads wait\n{long_line}")
    qtbot.keyClick(entry, Qt.Key.Key_V, CTRL)
    assert card_texts(window) == ["Leads wait"]
    assert entry.text() == long_line.strip()
    assert warning(window).isVisible()
    assert warning(window).text().startswith("579 characters too long for one note (1,079;")
    entry.clear()  # as Ctrl+Z or a select-all and Delete leave it
    assert not warning(window).isVisible()
