"""Moving notes into a theme by keyboard: Ctrl+G's menu numbers its themes, and the number
puts the selected notes there. Arrows down the menu took a key per theme above the one
wanted: two notes into the fifth of six themes took 16 keys, a drag two gestures."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu

THEMES = ["Lead definition", "Bonus plans", "Slow follow-up", "CRM data", "Us versus them", "Tools"]


def test_a_theme_is_picked_by_its_number_in_ctrl_g_menu(qtbot, window):
    store, rid = window.store, window.shown_round_id()
    for label in THEMES:
        store.add_theme(rid, label, note_ids=[store.add_note(rid, f"{label} note").id])
    first = store.add_note(rid, "Reps never see the campaign calendar").id
    second = store.add_note(rid, "Nobody logs which event a lead came from").id
    board = window.board
    qtbot.waitUntil(lambda: board.card(second) is not None)
    keys = 0

    def key(widget, k, mods=Qt.KeyboardModifier.NoModifier) -> None:
        nonlocal keys
        keys += 1
        qtbot.keyClick(widget, k, mods)

    key(window.entry, Qt.Key.Key_Down)  # onto the cards: the last note typed
    assert board.selected_note_ids() == [second]
    key(board, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)  # and the one before
    assert sorted(board.selected_note_ids()) == [first, second]
    key(board, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    menu = window.findChild(QMenu, "groupMenu")
    qtbot.waitUntil(lambda: menu.isVisible())
    shown = [a.text() for a in menu.actions() if a.text()]
    # The numbers stand in the menu: the way to pick by keyboard is in view.
    assert shown[0] == "New theme"
    assert shown[5] == "&5  Into “Us versus them”"
    key(menu, Qt.Key.Key_5)
    qtbot.waitUntil(lambda: store.note(first).theme_id is not None)
    theme = store.theme(store.note(first).theme_id)
    assert theme.label == "Us versus them"
    assert store.note(second).theme_id == theme.id
    assert QApplication.activePopupWidget() is None
    assert keys == 4  # two notes: 2 keys each (16 with arrows down the menu)


def test_a_themes_number_is_the_same_whichever_theme_the_note_comes_from(qtbot, window):
    # Moving a note out of the first theme, "3" put it into the fourth ("CRM data"): the
    # note's own theme was left out of the menu and every theme below moved up a number.
    store, rid = window.store, window.shown_round_id()
    moved = store.add_note(rid, "Leads wait three days for a first call").id
    for label in THEMES:
        own = [store.add_note(rid, f"{label} note").id]
        store.add_theme(rid, label, note_ids=own + ([moved] if label == THEMES[0] else []))
    board = window.board
    qtbot.waitUntil(lambda: board.card(moved) is not None)
    qtbot.mouseClick(board.viewport(), Qt.MouseButton.LeftButton, pos=_middle(board, moved))
    assert board.selected_note_ids() == [moved]
    qtbot.keyClick(board, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    menu = window.findChild(QMenu, "groupMenu")
    qtbot.waitUntil(lambda: menu.isVisible())
    shown = {a.text(): a.isEnabled() for a in menu.actions() if a.text()}
    # Its own theme keeps its number, and says the note is there already.
    assert shown["&1  Already in “Lead definition”"] is False
    assert shown["&3  Into “Slow follow-up”"] is True
    qtbot.keyClick(menu, Qt.Key.Key_3)
    qtbot.waitUntil(lambda: store.theme(store.note(moved).theme_id).label != "Lead definition")
    assert store.theme(store.note(moved).theme_id).label == "Slow follow-up"
    assert QApplication.activePopupWidget() is None


def _middle(board, note_id: int):
    return board.visualItemRect(board.card(note_id)).center()
