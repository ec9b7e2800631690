"""Hold phone notes until I let them in: a note from a phone waits in a tray above the board
(and nowhere the room sees) until the facilitator lets it in or drops it, by mouse or keys,
each undoable; unticking with notes waiting asks; the choice is kept for the session; a
read-only window shows no tray."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QFrame,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
)

import ui.phones_action as phones_action
from tests.ui.conftest import read_only_window, shown_window
from tests.ui.test_main_window import card_texts
from tests.ui.test_phones import CTRL_SHIFT, post, started

WORDS = "Our partners hear about price changes last"


@pytest.fixture
def on_a_network(monkeypatch):
    monkeypatch.setattr(phones_action, "join_addresses", lambda: ["127.0.0.1"])


def tick(qtbot, box: QCheckBox) -> None:
    """Click the box where its tick is (its middle may be past its words)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def holding(qtbot, qloop, window) -> QDialog:
    dialog = started(qtbot, qloop, window)
    hold = dialog.findChild(QCheckBox, "phonesHold")
    assert hold.text() == "Hold phone notes until I let them in" and not hold.isChecked()
    tick(qtbot, hold)
    assert hold.isChecked() and window.phones.server.hold
    return dialog


def tray(window) -> QFrame:
    return window.findChild(QFrame, "heldTray")


def waiting(window) -> list[str]:
    listed = window.findChild(QListWidget, "heldList")
    return [listed.item(i).text().rsplit("  (", 1)[0] for i in range(listed.count())]


def wall_texts(window) -> list[str]:
    wall = window.presenter.wall
    return [
        wall.item(i).text()
        for i in range(wall.count())
        if wall.item(i).data(Qt.ItemDataRole.UserRole) == "note"
    ]


def test_a_held_note_waits_in_the_tray_until_let_in_and_undo_holds_it_again(
    qtbot, qloop, window, on_a_network
):
    dialog = holding(qtbot, qloop, window)
    dialog.close()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.entry, Qt.Key.Key_F5)  # the wall, as the room sees it
    qtbot.waitUntil(window.presenter.isVisible)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert not tray(window).isVisible()
    assert post(qloop, window.phones.url(), {"text": WORDS, "function": "sales"}) == 201
    qtbot.waitUntil(lambda: tray(window).isVisible())
    assert waiting(window) == [WORDS]
    count = window.findChild(QLabel, "heldCount")
    assert count.isVisible() and count.text() == "Phones: 1 note waiting for you"
    assert tray(window).findChild(QLabel, "heldTrayTitle").text() == (
        "1 note from phones waits for you to let it onto the board:"
    )
    assert WORDS not in card_texts(window) and WORDS not in wall_texts(window)

    listed = window.findChild(QListWidget, "heldList")
    listed.setFocus()
    qtbot.keyClick(listed, Qt.Key.Key_Return)  # Enter lets it in
    assert WORDS in card_texts(window)
    qtbot.waitUntil(lambda: WORDS in wall_texts(window))
    qtbot.waitUntil(lambda: not tray(window).isVisible())
    assert not count.isVisible()
    assert "Ctrl+Z takes it back to the waiting notes" in window.statusBar().currentMessage()

    qtbot.keyClick(window.entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tray(window).isVisible())
    assert WORDS not in card_texts(window) and waiting(window) == [WORDS]
    qtbot.waitUntil(lambda: WORDS not in wall_texts(window))
    qtbot.keyClick(window.entry, Qt.Key.Key_Z, CTRL_SHIFT)
    assert WORDS in card_texts(window)


def test_notes_are_let_in_dropped_and_let_all_in_by_mouse_and_by_the_menus_keys(
    qtbot, qloop, window, on_a_network
):
    holding(qtbot, qloop, window).close()
    url = window.phones.url()
    for text in ("One", "Two", "Three", "Four"):
        assert post(qloop, url, {"text": text, "function": "marketing"}) == 201
    qtbot.waitUntil(lambda: waiting(window) == ["One", "Two", "Three", "Four"])
    assert window.findChild(QLabel, "heldCount").text() == "Phones: 4 notes waiting for you"
    keys = {
        name: window.findChild(QAction, name).shortcut().toString()
        for name in ("letInAction", "letAllInAction", "dropHeldAction")
    }
    assert keys == {
        "letInAction": "Ctrl+Shift+L",
        "letAllInAction": "Ctrl+Shift+I",
        "dropHeldAction": "Ctrl+Shift+K",
    }
    session = window.menu("Session").actions()
    assert {a.objectName() for a in session} >= set(keys)

    # The mouse: select "Two" and click Drop.
    listed = window.findChild(QListWidget, "heldList")
    row = listed.visualItemRect(listed.item(1)).center()
    qtbot.mouseClick(listed.viewport(), Qt.MouseButton.LeftButton, pos=row)
    qtbot.mouseClick(tray(window).findChild(QPushButton, "heldDrop"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: waiting(window) == ["One", "Three", "Four"])
    assert "Dropped “Two” from a phone. Ctrl+Z brings it back" in (
        window.statusBar().currentMessage()
    )
    assert "Two" not in card_texts(window)
    # From the note line: Ctrl+Shift+L lets in the selected one (the one after "Two").
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.entry.setFocus()
    qtbot.keyClick(window.entry, Qt.Key.Key_L, CTRL_SHIFT)
    qtbot.waitUntil(lambda: waiting(window) == ["One", "Four"])
    assert card_texts(window) == ["Three"]
    qtbot.keyClick(window.entry, Qt.Key.Key_I, CTRL_SHIFT)  # all the rest
    qtbot.waitUntil(lambda: not tray(window).isVisible())
    # Each arrives as it is let in; those let in together in the order they were sent.
    assert card_texts(window) == ["Three", "One", "Four"]
    # Undo: the let-all-in, then the let-in, then the drop.
    for _ in range(3):
        qtbot.keyClick(window.entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: waiting(window) == ["One", "Two", "Three", "Four"])
    assert card_texts(window) == []
    # Drop by keys in the tray: Del drops the waiting note, not the card selected on the
    # board (the window's Delete notes has Del too).
    qtbot.keyClicks(window.entry, "Typed here")
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: card_texts(window) == ["Typed here"])
    board = window.board
    card = next(board.item(i) for i in range(board.count()) if board.item(i).text() == "Typed here")
    board.setCurrentItem(card)
    assert card.isSelected()
    listed.setFocus()
    listed.setCurrentRow(0)
    qtbot.keyClick(listed, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: waiting(window) == ["Two", "Three", "Four"])
    assert card_texts(window) == ["Typed here"]
    kept = window.store.notes(include_deleted=True, include_held=True)
    assert [n.text for n in kept] == ["One", "Two", "Three", "Four", "Typed here"]


def test_a_let_in_is_undone_after_a_restart(qtbot, qloop, window, on_a_network, fake_clock):
    holding(qtbot, qloop, window).close()
    assert post(qloop, window.phones.url(), {"text": WORDS}) == 201
    qtbot.waitUntil(lambda: tray(window).isVisible())
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.entry, Qt.Key.Key_L, CTRL_SHIFT)
    qtbot.waitUntil(lambda: WORDS in card_texts(window))
    path = window.store.path
    window.close()
    again = shown_window(qtbot, path, fake_clock)
    try:
        assert WORDS in card_texts(again) and not tray(again).isVisible()
        again.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is again)
        qtbot.keyClick(again.entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: tray(again).isVisible())
        assert WORDS not in card_texts(again) and waiting(again) == [WORDS]
    finally:
        again.close()


@pytest.mark.parametrize("answer", ["heldAskLetIn", "heldAskKeep"])
def test_unticking_with_notes_waiting_asks_whether_to_let_them_in(
    qtbot, qloop, window, on_a_network, answer
):
    dialog = holding(qtbot, qloop, window)
    assert post(qloop, window.phones.url(), {"text": WORDS}) == 201
    qtbot.waitUntil(lambda: tray(window).isVisible())
    asked: list[str] = []

    def reply() -> None:
        box = dialog.findChild(QMessageBox, "heldAsk")
        if box is None or not box.isVisible():
            QTimer.singleShot(20, reply)
            return
        asked.append(box.text())
        box.findChild(QPushButton, answer).click()

    QTimer.singleShot(0, reply)
    tick(qtbot, dialog.findChild(QCheckBox, "phonesHold"))
    assert asked == ["1 note from phones waits for you. Let it onto the board now?"]
    assert not window.phones.server.hold
    if answer == "heldAskLetIn":
        qtbot.waitUntil(lambda: not tray(window).isVisible())
        assert WORDS in card_texts(window)
    else:
        assert waiting(window) == [WORDS] and WORDS not in card_texts(window)
    # From now on notes go straight on the board.
    assert post(qloop, window.phones.url(), {"text": "Straight on"}) == 201
    qtbot.waitUntil(lambda: "Straight on" in card_texts(window))


def test_the_choice_and_the_waiting_notes_are_kept_for_the_session(
    qtbot, qloop, window, on_a_network, fake_clock
):
    holding(qtbot, qloop, window)
    assert post(qloop, window.phones.url(), {"text": WORDS}) == 201
    qtbot.waitUntil(lambda: tray(window).isVisible())
    path = window.store.path
    window.close()
    again = shown_window(qtbot, path, fake_clock)
    try:
        qtbot.waitUntil(lambda: tray(again).isVisible())
        assert waiting(again) == [WORDS] and WORDS not in card_texts(again)
        assert again.phones.server.hold
        again.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is again)
        qtbot.keyClick(again.entry, Qt.Key.Key_J, CTRL_SHIFT)
        dialog = again.findChild(QDialog, "phonesDialog")
        assert dialog.findChild(QCheckBox, "phonesHold").isChecked()
    finally:
        again.close()


def test_a_read_only_window_shows_no_tray_and_offers_nothing_to_let_in(
    qtbot, session_file, fake_clock
):
    from roundtable.server import PhoneNotes
    from roundtable.store import NewNote, Store

    with Store.open(session_file, clock=fake_clock) as store:
        rid = store.rounds()[0].id
        PhoneNotes(store)  # (as the server stores it)
        store.add_notes([NewNote(rid, WORDS, source="device", held=True)])
    win = read_only_window(qtbot, session_file, fake_clock)
    try:
        assert win.store.held_count() == 1
        assert not tray(win).isVisible()
        assert not win.findChild(QLabel, "heldCount").isVisible()
        for name in ("letInAction", "letAllInAction", "dropHeldAction"):
            assert not win.findChild(QAction, name).isEnabled()
        qtbot.keyClick(win.board, Qt.Key.Key_L, CTRL_SHIFT)
        assert "not in a read-only window" in win.statusBar().currentMessage()
        assert win.store.held_count() == 1
    finally:
        win.close()


def test_on_one_screen_the_wall_says_notes_wait_behind_it(qtbot, qloop, window, on_a_network):
    """The tray is behind the presenter view on one screen: its top line says notes wait
    (how many, not what they say), and stops once they are let in."""
    holding(qtbot, qloop, window).close()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.entry, Qt.Key.Key_F5)
    view = window.presenter
    qtbot.waitUntil(view.isVisible)
    hint = view.findChild(QLabel, "presenterHint")
    qtbot.waitUntil(hint.isVisible)
    assert hint.text() == view.HINT
    for text in (WORDS, "Nobody owns the partner portal"):
        assert post(qloop, window.phones.url(), {"text": text, "function": "sales"}) == 201
    qtbot.waitUntil(lambda: hint.text() == "2 notes from phones waiting for you: F5")
    assert WORDS not in hint.text()
    qtbot.keyClick(view, Qt.Key.Key_F5)  # back to the tray
    qtbot.waitUntil(lambda: not view.isVisible())
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.entry, Qt.Key.Key_I, CTRL_SHIFT)  # let all in
    qtbot.waitUntil(lambda: WORDS in card_texts(window))
    qtbot.waitUntil(lambda: hint.text() == view.HINT)
