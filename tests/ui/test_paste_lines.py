"""Several lines pasted into the capture line: a note a line, one undoable step, nothing lost."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMenu

from roundtable.store import Store
from tests.ui.conftest import shown_window
from tests.ui.test_main_window import card_texts, type_note

CTRL = Qt.KeyboardModifier.ControlModifier


def paste(qtbot, entry, text: str) -> None:
    QApplication.clipboard().setText(text)
    qtbot.keyClick(entry, Qt.Key.Key_V, CTRL)


def test_pasted_lines_become_notes_in_order_and_one_undo_takes_them_back(
    qtbot, window, session_file, fake_clock
):
    # A list pasted from a chat became one note, "first second third", without a word.
    entry = window.findChild(QLineEdit, "noteEntry")
    paste(
        qtbot, entry, "Leads wait four days\r\n\r\n  Nobody owns the handover  \nBriefs come late\n"
    )
    assert card_texts(window) == [
        "Leads wait four days",
        "Nobody owns the handover",
        "Briefs come late",
    ]
    assert window.statusBar().currentMessage() == "Added 3 notes from the pasted lines."
    assert entry.text() == ""
    qtbot.keyClick(entry, Qt.Key.Key_Z, CTRL)  # one step: all three go
    assert card_texts(window) == []
    assert window.statusBar().currentMessage() == "Undone: Add 3 pasted notes."
    qtbot.keyClick(
        entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert len(card_texts(window)) == 3
    rid = window.shown_round_id()
    window.close()
    with Store.open(session_file, clock=fake_clock) as store:
        assert [(n.text, n.function, n.source) for n in store.notes(rid)] == [
            ("Leads wait four days", "sales", "facilitator"),
            ("Nobody owns the handover", "sales", "facilitator"),
            ("Briefs come late", "sales", "facilitator"),
        ]
    again = shown_window(qtbot, session_file, fake_clock)  # undo survives a restart
    again.activateWindow()
    qtbot.waitUntil(again.isActiveWindow)
    qtbot.keyClick(again.entry, Qt.Key.Key_Z, CTRL)
    assert again.store.notes(rid) == []


def test_each_pasted_line_is_read_as_enter_reads_it_and_the_typed_text_stays(qtbot, window):
    entry = window.entry
    qtbot.keyClicks(entry, "half typed")
    entry.setCursorPosition(4)
    QApplication.clipboard().setText(
        "m: Webinar leads go cold\n"
        "@Ana Lopez Budget confirmed by the buyer\n"
        "Nobody reads the nurture emails @Zed\n"
        "o:\n"
        "From the events team"
    )
    qtbot.keyClick(entry, Qt.Key.Key_Insert, Qt.KeyboardModifier.ShiftModifier)
    notes = window.store.notes(window.shown_round_id())
    ana = window.store.find_participant("Ana Lopez")
    assert [(n.text, n.function, n.participant_id) for n in notes] == [
        ("Webinar leads go cold", "marketing", None),
        ("Budget confirmed by the buyer", "sales", ana.id),  # Ana's function
        ("Nobody reads the nurture emails @Zed", "marketing", None),  # the prefix stuck
        ("From the events team", "other", None),  # "o:" alone switched
    ]
    assert entry.text() == "half typed" and entry.cursorPosition() == 4
    assert window.findChild(QLabel, "captureFunction").text() == "Other"
    said = window.statusBar().currentMessage()
    assert said.startswith("Added 4 notes from the pasted lines.")
    assert "The next notes count as other (s: or Ctrl+1 switches back to sales)." in said
    assert "“Zed” is not on the roster, so the note keeps the name as typed." in said


def test_a_refused_pasted_line_is_named_and_kept(qtbot, window):
    entry = window.entry
    long_line = "Pipeline " * 60  # 540 characters: over the 500 a note may have
    paste(qtbot, entry, f"Leads wait\n{long_line}\n@Ana Lopez\nBriefs come late")
    assert card_texts(window) == ["Leads wait", "Briefs come late"]
    said = window.statusBar().currentMessage()
    assert said.startswith("Added 2 notes from the pasted lines.")
    assert "Line 2 was not added: A note can be at most 500 characters; this one has 539." in said
    assert "Line 3 was not added: A note cannot be empty." in said
    assert "line 2 is in the note line to correct and line 3 is on the clipboard" in said
    assert entry.text() == long_line.strip()
    assert QApplication.clipboard().text() == "@Ana Lopez"
    qtbot.keyClicks(entry, "x")  # typing again: the message has done its job
    assert window.statusBar().currentMessage() == ""

    # With a note half typed, the line stays as it is: the refused line goes to the clipboard.
    entry.setText("half typed")
    paste(qtbot, entry, f"One more\n{long_line}")
    assert card_texts(window)[-1] == "One more"
    assert entry.text() == "half typed"
    assert QApplication.clipboard().text() == long_line.strip()
    assert "line 2 is on the clipboard (Ctrl+V)" in window.statusBar().currentMessage()


def test_a_single_pasted_line_is_an_ordinary_paste(qtbot, window):
    qtbot.keyClicks(window.entry, "Leads ")
    paste(qtbot, window.entry, "wait four days\n\n")
    assert card_texts(window) == []  # the line took it, as any paste
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    assert card_texts(window) == ["Leads wait four days"]


def test_paste_in_the_context_menu_adds_a_note_a_line(qtbot, window):
    QApplication.clipboard().setText("Leads wait\nBriefs come late")
    chosen: list[str] = []

    def choose_paste() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        action = menu.findChild(QAction, "edit-paste")
        chosen.append(action.text())
        menu.setActiveAction(action)
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(0, choose_paste)
    pos = QPoint(5, 5)  # as the menu key or a right click opens it
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, pos, window.entry.mapToGlobal(pos))
    QApplication.sendEvent(window.entry, event)
    qtbot.waitUntil(lambda: bool(chosen))
    qtbot.waitUntil(lambda: len(card_texts(window)) == 2)
    assert card_texts(window) == ["Leads wait", "Briefs come late"]
    assert window.entry.text() == ""


def test_pasted_lines_in_a_read_only_window_change_nothing_and_say_why(qtbot, window):
    window.store.read_only_reason = "Another window has it open."
    try:
        paste(qtbot, window.entry, "Leads wait\nBriefs come late")
        assert card_texts(window) == []
        assert (
            window.statusBar()
            .currentMessage()
            .startswith("This session is open read-only, so nothing can be changed.")
        )
    finally:
        window.store.read_only_reason = None


def test_an_anonymous_session_reads_pasted_names_as_enter_does(qtbot, window):
    window.store.update_session(anonymous=True)
    type_note(qtbot, window, "@Ana Lopez Typed with Enter")
    paste(qtbot, window.entry, "@Ana Lopez Pasted\n@Ben Okafor Pasted too")
    notes = window.store.notes(window.shown_round_id())
    typed, pasted, ben = notes
    assert (pasted.participant_id, pasted.function) == (typed.participant_id, typed.function)
    assert ben.function == "marketing" and ben.text == "Pasted too"
