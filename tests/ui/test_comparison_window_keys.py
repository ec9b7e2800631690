"""The main window's shortcuts work while the comparison chart, opened large with
Ctrl+Shift+C, is in front: only typed text reached the note line, and Ctrl+Z, Ctrl+Shift+V,
Ctrl+Shift+A and the rest did nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView, QWidget

from tests.ui.test_sensemaking_actions import CTRL, SHIFT

ALT = Qt.KeyboardModifier.AltModifier


def open_large(qtbot, window) -> QWidget:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.entry, Qt.Key.Key_C, CTRL | SHIFT)
    big = window.findChild(QWidget, "comparisonWindow")
    qtbot.waitUntil(lambda: QApplication.activeWindow() is big)
    return big


def test_undo_votes_and_action_keys_work_from_the_large_comparison(qtbot, themed):
    window = themed
    rid = window.shown_round_id()
    qtbot.keyClicks(window.entry, "A note to take back")
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    assert "A note to take back" in [n.text for n in window.store.notes(rid)]

    big = open_large(qtbot, window)
    qtbot.keyClick(big, Qt.Key.Key_Z, CTRL)
    assert "A note to take back" not in [n.text for n in window.store.notes(rid)]
    assert window.statusBar().currentMessage().startswith("Undone")
    assert big.isVisible()  # the chart stays up

    big.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is big)
    qtbot.keyClick(big, Qt.Key.Key_V, CTRL | SHIFT)
    qtbot.waitUntil(window.isActiveWindow)
    assert QApplication.focusWidget() is window.findChild(QTableView, "voteTable")

    big.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is big)
    qtbot.keyClick(big, Qt.Key.Key_A, CTRL | SHIFT)
    qtbot.waitUntil(window.isActiveWindow)
    line = window.findChild(QLineEdit, "actionText")
    assert QApplication.focusWidget() is line
    qtbot.keyClicks(line, "Share the lead definition")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert [a.text for a in window.store.actions()] == ["Share the lead definition"]

    big.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is big)
    qtbot.keyClick(big, Qt.Key.Key_2, CTRL)  # the next notes count as marketing
    qtbot.keyClicks(window.entry, "Said by marketing")
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    (said,) = [n for n in window.store.notes(rid) if n.text == "Said by marketing"]
    assert said.function == "marketing"

    big.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is big)
    qtbot.keyClick(big, Qt.Key.Key_C, CTRL | SHIFT)  # and its own key still closes it
    assert not big.isVisible()


def test_undo_from_the_comparison_takes_back_half_a_note_first(qtbot, themed):
    window = themed
    qtbot.keyClicks(window.entry, "Half")
    big = open_large(qtbot, window)
    notes = len(window.store.notes(window.shown_round_id()))
    qtbot.keyClick(big, Qt.Key.Key_Z, CTRL)
    assert window.entry.text() == ""
    assert len(window.store.notes(window.shown_round_id())) == notes
