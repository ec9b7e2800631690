"""Keys of the work after a round pressed on the wall of a session open read-only: their
actions are off there, and the keys did nothing and said nothing. The wall's top line says
why, in the words the main window uses for such a key."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from roundtable.store import Store
from tests.ui.conftest import read_only_window

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


def test_a_work_key_on_a_read_only_wall_says_why_nothing_happens(qtbot, session_file, fake_clock):
    with Store.open(session_file) as store:
        rid = store.rounds()[0].id
        store.start_round(rid)
        store.add_note(rid, "Leads go cold over the weekend", function="sales")
    win = read_only_window(qtbot, session_file, fake_clock)
    qtbot.keyClick(win.entry, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win.presenter)
    wall = win.presenter
    reason = win.store.read_only_reason
    assert reason
    for key, mods, what in (
        (Qt.Key.Key_T, CTRL, "Suggest themes"),
        (Qt.Key.Key_A, CTRL_SHIFT, "action item"),
    ):
        qtbot.keyClick(wall, key, mods)
        assert wall.isVisible()  # nothing to do in the main window: the wall stays
        said = wall.hint.text()
        assert said.startswith("Read-only:"), said
        assert what.lower() in said.lower(), said
        assert reason in said, said
    win.close()
