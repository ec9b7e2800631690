"""Bugs found in a second walkthrough of a whole session (1024x600 and 1280x800 windows,
mouse and keyboard), each driven through the real window and checked on screen and in the
file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from roundtable.store import Store


def type_note(qtbot, win, text: str) -> None:
    qtbot.keyClicks(win.entry, text)
    qtbot.keyClick(win.entry, Qt.Key.Key_Return)


def test_typing_after_closing_a_menu_with_esc_writes_a_note(qtbot, window, session_file):
    # The menu bar kept the keyboard after Esc: the letters of the next note opened menus
    # and triggered their entries (a round renamed, the timer paused, the note lost).
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    rid = window.shown_round_id()
    title = window.store.round(rid).title
    bar = window.menuBar()
    for name in ("Round", "Edit"):
        rect = bar.actionGeometry(window.menu(name).menuAction())
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
        QTest.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is window.entry)
    target = QApplication.focusWidget()
    QTest.keyClicks(target, "Renewals slip when nobody owns the handover")
    QTest.keyClick(target, Qt.Key.Key_Return)
    (note,) = window.store.notes(rid)
    assert window.board.card(note.id).text().startswith("Renewals slip")
    assert window.store.round(rid).title == title
    window.close()
    with Store.open(session_file) as store:
        assert [n.text for n in store.notes(rid)] == [
            "Renewals slip when nobody owns the handover"
        ]
