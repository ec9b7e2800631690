"""Many notes from phones waiting (one phone sending without end, with Hold ticked): the tray
lists the oldest LISTED and counts them all, so each change does not lay out thousands of
rows; Let in takes the oldest, and Let all in takes every one, listed or not."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QListWidget

from roundtable.store import NewNote, Store
from tests.ui.conftest import shown_window
from tests.ui.test_phones import CTRL_SHIFT
from ui.held_tray import LISTED

WAITING = LISTED + 50


def test_the_tray_lists_the_oldest_waiting_notes_and_counts_them_all(
    qtbot, session_file, fake_clock
):
    with Store.open(session_file, clock=fake_clock) as store:
        rid = store.rounds()[0].id
        store.add_notes(
            [NewNote(rid, f"Phone note {i}", source="device", held=True) for i in range(WAITING)]
        )
    win = shown_window(qtbot, session_file, fake_clock)
    try:
        win.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
        tray = win.findChild(QFrame, "heldTray")
        listed = win.findChild(QListWidget, "heldList")
        qtbot.waitUntil(tray.isVisible)
        assert listed.count() == LISTED
        assert listed.item(0).text().startswith("Phone note 0  (")
        assert win.findChild(QLabel, "heldTrayTitle").text() == (
            f"{WAITING} notes from phones wait for you to let them onto the board"
            f" (the oldest {LISTED} listed):"
        )
        assert win.findChild(QLabel, "heldCount").text() == (
            f"Phones: {WAITING} notes waiting for you"
        )

        qtbot.keyClick(win.entry, Qt.Key.Key_L, CTRL_SHIFT)  # Let in: the oldest
        qtbot.waitUntil(lambda: listed.item(0).text().startswith("Phone note 1  ("))
        assert listed.count() == LISTED  # the next one waiting is listed now
        assert [n.text for n in win.store.notes(rid)] == ["Phone note 0"]

        qtbot.keyClick(win.entry, Qt.Key.Key_I, CTRL_SHIFT)  # Let all in: every one
        qtbot.waitUntil(lambda: not tray.isVisible())
        assert len(win.store.notes(rid)) == WAITING and win.store.held_count() == 0
    finally:
        win.close()
