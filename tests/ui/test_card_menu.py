"""Right-click on a card opens a menu of what can be done with it, each entry with its key:
the board showed nothing, and a facilitator new to the app could not find how to mark an
open question or make an action item from a note."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu

from tests.ui.conftest import read_only_window
from tests.ui.test_open_question_key import QUESTION, type_note


def right_click(qtbot, window, note_id: int, pick) -> list[tuple[str, str, bool]]:
    """Right-click the card, read the menu's entries, and let `pick(menu)` act on it."""
    board = window.board
    pos = board.visualItemRect(board.card(note_id)).center()
    qtbot.mousePress(board.viewport(), Qt.MouseButton.RightButton, pos=pos)
    qtbot.mouseRelease(board.viewport(), Qt.MouseButton.RightButton, pos=pos)
    seen: list[tuple[str, str, bool]] = []

    def in_menu() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        seen.extend(
            (a.text(), a.shortcut().toString(), a.isEnabled())
            for a in menu.actions()
            if not a.isSeparator()
        )
        pick(menu)

    QTimer.singleShot(0, in_menu)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, pos, board.viewport().mapToGlobal(pos)
    )
    QApplication.sendEvent(board.viewport(), event)
    return seen


def click_entry(qtbot, menu: QMenu, name: str) -> None:
    entry = menu.findChild(QAction, f"{name}InMenu")
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(entry).center())


def test_a_right_click_on_a_card_marks_it_as_an_open_question(qtbot, window):
    asked = type_note(qtbot, window, f"s: {QUESTION}")
    type_note(qtbot, window, "m: Pricing page confuses buyers")  # typed after it
    seen = right_click(qtbot, window, asked, lambda m: click_entry(qtbot, m, "openQuestionAction"))
    assert ("Mark open question", "Ctrl+Shift+O", True) in seen
    assert ("Edit note", "F2", True) in seen
    assert ("Action item from selected note", "Ctrl+Alt+N", True) in seen
    assert ("Move notes to next round", "Ctrl+Shift+Right", True) in seen
    assert window.store.note(asked).open_question  # the card clicked, not the newest note
    assert [n.open_question for n in window.store.notes(window.shown_round_id())] == [True, False]
    assert window.board.card(asked).text() == f"{QUESTION}\n? Open question"


def test_a_read_only_window_offers_the_entries_switched_off(qtbot, session_file, fake_clock):
    from roundtable.store import Store

    with Store.open(session_file) as store:
        nid = store.add_note(store.rounds()[0].id, QUESTION, function="sales").id
    win = read_only_window(qtbot, session_file, fake_clock)
    seen = right_click(qtbot, win, nid, lambda m: m.close())
    assert ("Mark open question", "Ctrl+Shift+O", False) in seen
    assert ("Delete notes", "Del", False) in seen
    assert not win.store.note(nid).open_question
    win.close()


def test_no_menu_off_the_cards(qtbot, window):
    board = window.board
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, QPoint(5, 5), board.viewport().mapToGlobal(QPoint(5, 5))
    )
    QApplication.sendEvent(board.viewport(), event)  # would wait in exec() if a menu opened
    assert QApplication.activePopupWidget() is None
