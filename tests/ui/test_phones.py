"""Session > Notes from phones… (Ctrl+Shift+J): the facilitator starts it, the dialog shows
the address and a code to scan, a note sent from a phone lands on the board as a device
note and stays in the file, the wall can show how to join, and Stop ends it."""

from __future__ import annotations

import asyncio
import time

import pytest
from aiohttp import ClientError, ClientSession
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton

import ui.phones_action as phones_action
from tests.ui.conftest import battery_dies, read_only_window, shown_window
from tests.ui.test_import_csv import _until
from tests.ui.test_main_window import card_texts


def post(loop, url: str, note: dict) -> int:
    async def send() -> int:
        async with ClientSession() as http, http.post(f"{url}/notes", json=note) as answer:
            return answer.status

    return loop.run_until_complete(send())


CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def on_a_network(monkeypatch):
    # The test machine's own address stands in for the venue's Wi-Fi address.
    monkeypatch.setattr(phones_action, "join_addresses", lambda: ["127.0.0.1"])


def started(qtbot, qloop, window) -> QDialog:
    """Round 1 running, Ctrl+Shift+J pressed and Start clicked: the server listening."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.start_btn.click()
    qtbot.keyClick(
        window.entry,
        Qt.Key.Key_J,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = window.findChild(QDialog, "phonesDialog")
    assert dialog is not None and dialog.isVisible()
    start = dialog.findChild(QPushButton, "phonesStart")
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    _until(qloop, lambda: window.phones.server.served is not None)
    return dialog


def test_a_note_sent_from_a_phone_is_on_the_board_and_in_the_file(
    qtbot, qloop, window, on_a_network, fake_clock
):
    dialog = started(qtbot, qloop, window)
    url = window.phones.url()
    assert url.startswith("http://127.0.0.1:") and url.endswith(window.phones.server.code)
    assert dialog.findChild(QLabel, "phonesAddress").text() == url
    assert not dialog.findChild(QLabel, "phonesCode").pixmap().isNull()  # the code to scan
    count = window.findChild(QLabel, "phonesCount")
    assert count.isVisible() and count.text() == "Phones: 0 notes from 0 phones"
    assert f"Taking notes from phones at {url}" in window.statusBar().currentMessage()

    note = {
        "text": "Marketing never sees the lost-deal reasons",
        "function": "sales",
        "key": "a1",
        "device": "ana-phone",
    }
    assert post(qloop, url, note) == 201
    qtbot.waitUntil(lambda: "Marketing never sees the lost-deal reasons" in card_texts(window))
    qtbot.waitUntil(lambda: count.text() == "Phones: 1 note from 1 phone")
    [stored] = window.store.notes(window.shown_round_id())
    assert (stored.source, stored.function) == ("device", "sales")

    path = window.store.path
    window.close()
    again = shown_window(qtbot, path, fake_clock)
    assert "Marketing never sees the lost-deal reasons" in card_texts(again)
    again.close()


def test_the_wall_shows_the_address_and_code_from_the_start_until_unticked(
    qtbot, qloop, window, on_a_network
):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.entry, Qt.Key.Key_F5)
    assert window.presenter.isVisible()
    strip = window.presenter.join
    assert not strip.isVisible()
    dialog = started(qtbot, qloop, window)  # started for the room to join: the wall says how
    tick = dialog.findChild(object, "phonesOnWall")
    assert tick.isChecked()
    assert strip.isVisible() and window.phones.url() in strip.words.text()
    assert not strip.code.pixmap().isNull()
    tick.click()
    assert not strip.isVisible()
    tick.click()
    assert strip.isVisible()


def test_stop_ends_it_and_a_phone_is_no_longer_heard(qtbot, qloop, window, on_a_network):
    dialog = started(qtbot, qloop, window)
    url = window.phones.url()
    assert post(qloop, url, {"text": "One before the stop"}) == 201
    qtbot.mouseClick(dialog.findChild(QPushButton, "phonesStop"), Qt.MouseButton.LeftButton)
    _until(qloop, lambda: window.phones.server.served is None)
    assert window.statusBar().currentMessage() == ("Stopped taking notes from phones; 1 note came.")
    assert not window.findChild(QLabel, "phonesCount").isVisible()
    assert dialog.findChild(QPushButton, "phonesStart").isVisible()
    try:
        status = post(qloop, url, {"text": "After the stop"})
    except ClientError:  # nothing listens on the port any more
        status = None
    # (On a machine running two test suites at once the other one's server may have taken
    # the port since: it answers 404 to this window's code, and stores nothing here.)
    assert status != 201
    assert [n.text for n in window.store.notes()] == ["One before the stop"]


def test_on_no_network_the_dialog_says_how_to_get_phones_on(qtbot, qloop, window, monkeypatch):
    monkeypatch.setattr(phones_action, "join_addresses", lambda: [])
    dialog = started(qtbot, qloop, window)
    said = dialog.findChild(QLabel, "phonesSaid").text()
    assert said == phones_action.NO_NETWORK
    assert dialog.findChild(QPushButton, "phonesAgain").isVisible()
    assert not dialog.findChild(QPushButton, "phonesCopy").isVisible()
    assert not dialog.findChild(QLabel, "phonesCode").isVisible()
    # The laptop joins the Wi-Fi; Check again finds its address.
    monkeypatch.setattr(phones_action, "join_addresses", lambda: ["127.0.0.1"])
    qtbot.mouseClick(dialog.findChild(QPushButton, "phonesAgain"), Qt.MouseButton.LeftButton)
    assert dialog.findChild(QLabel, "phonesAddress").text() == window.phones.url()
    assert dialog.findChild(QLabel, "phonesCode").isVisible()


def test_closing_the_window_stops_the_server(qtbot, qloop, window, on_a_network):
    started(qtbot, qloop, window)
    url = window.phones.url()
    phones = window.phones
    window.close()
    _until(qloop, lambda: phones.server.served is None)
    with pytest.raises(ClientError):
        post(qloop, url, {"text": "Too late"})


def test_the_round_on_the_clock_takes_the_note_whatever_the_board_shows(
    qtbot, qloop, window, on_a_network
):
    started(qtbot, qloop, window)
    assert "For now phones are told" not in window.statusBar().currentMessage()
    first, second = window.store.rounds()[:2]
    window.next_btn.click()  # the clock on round 2
    window.show_round(first.id)
    assert post(qloop, window.phones.url(), {"text": "Sent during round 2"}) == 201
    assert [n.text for n in window.store.notes(second.id)] == ["Sent during round 2"]
    assert window.store.notes(first.id) == []


def test_a_note_refused_says_why(qtbot, qloop, window, on_a_network):
    started(qtbot, qloop, window)

    async def send():
        async with (
            ClientSession() as http,
            http.post(f"{window.phones.url()}/notes", json={"text": "   "}) as answer,
        ):
            return answer.status, await answer.json()

    status, body = qloop.run_until_complete(send())
    assert status == 400 and body["error"] == "A note cannot be empty."
    assert window.store.notes() == []
    asyncio.set_event_loop(qloop)  # (still the test's loop)


def test_a_read_only_window_takes_no_notes_from_phones_and_says_why(
    qtbot, session_file, fake_clock
):
    win = read_only_window(qtbot, session_file, fake_clock)
    action = win.findChild(QAction, "phonesAction")
    assert not action.isEnabled()
    qtbot.keyClick(win.board, Qt.Key.Key_J, CTRL_SHIFT)
    assert win.findChild(QDialog, "phonesDialog") is None
    assert "Notes from phones: not in a read-only window" in win.statusBar().currentMessage()
    win.close()


def test_started_before_any_round_it_says_what_phones_are_told(qtbot, qloop, window, on_a_network):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.entry, Qt.Key.Key_J, CTRL_SHIFT)
    dialog = window.findChild(QDialog, "phonesDialog")
    qtbot.mouseClick(dialog.findChild(QPushButton, "phonesStart"), Qt.MouseButton.LeftButton)
    _until(qloop, lambda: window.phones.server.served is not None)
    assert (
        window.statusBar()
        .currentMessage()
        .endswith("For now phones are told: The facilitator has not started a round yet.")
    )


def test_notes_from_phones_that_cannot_be_saved_are_shown_to_the_facilitator(
    qtbot, qloop, window, on_a_network, monkeypatch
):
    from roundtable.store import SessionFileError

    started(qtbot, qloop, window)
    why = f"Could not save to {window.store.path}: the disk is full."

    def full(*_args, **_kwargs):
        raise SessionFileError(window.store.path, why)

    monkeypatch.setattr(window.store, "add_notes", full)
    assert post(qloop, window.phones.url(), {"text": "Waits on the phone", "key": "w"}) == 503
    qtbot.waitUntil(lambda: why in window.statusBar().currentMessage())
    assert "The phones keep them and send them again." in window.statusBar().currentMessage()


def test_the_code_to_scan_is_shown_whole_however_short_the_dialog(
    qtbot, qloop, window, on_a_network
):
    dialog = started(qtbot, qloop, window)
    # On an 800x600 screen the dialog opened 400 pixels high (two thirds of the screen) and
    # the code's label was squeezed: its bottom rows and quiet zone cut off, too few to scan.
    dialog.resize(dialog.width(), 1)
    QApplication.processEvents()
    code = dialog.findChild(QLabel, "phonesCode")
    address = dialog.findChild(QLabel, "phonesAddress")
    assert code.height() >= code.pixmap().height() and code.width() >= code.pixmap().width()
    assert dialog.rect().contains(code.geometry())
    assert address.height() >= address.heightForWidth(address.width())
    assert not code.geometry().intersects(address.geometry())  # the address below, not over it


def test_the_code_on_the_wall_stands_beside_the_clock_as_large_as_before_taking_less(
    qtbot, qloop, window, on_a_network
):
    dialog = started(qtbot, qloop, window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.entry, Qt.Key.Key_F5)
    tick = dialog.findChild(object, "phonesOnWall")
    view, strip = window.presenter, window.presenter.join
    view.setWindowState(Qt.WindowState.WindowNoState)  # (full screen it is the screen's size)
    code, words = strip.code, strip.words

    def settled(size, shown):
        tick.setChecked(shown)
        view.resize(*size)
        qtbot.waitUntil(lambda: (view.width(), view.height()) == size)
        # Laid out again after the fit (the question's type fitted to its room, then the
        # cards): the wall's height once it has stayed the same for 300 ms.
        seen = {"height": -1, "since": 0.0}

        def steady() -> bool:
            now, height = time.monotonic(), view.wall.height()
            if height != seen["height"] or view._fit_pending:
                seen.update(height=height, since=now)
            return now - seen["since"] >= 0.3

        qtbot.waitUntil(steady, timeout=5000)
        return view.wall.height()

    for size in ((800, 600), (1366, 768), (1920, 1080)):
        height = size[1]
        alone = settled(size, False)
        with_join = settled(size, True)
        # A phone reads the code by its size on the projected image: at least a fifth of
        # the wall's height less a few pixels, as before (132 pixels at least on an 800x600
        # wall, 198 on a 1080p one).
        assert code.pixmap().height() >= min(132, height // 5) and code.isVisible()
        # The notes lose less of the wall to it than in a strip across the foot, as tall as
        # the code (24% of an 800x600 wall, 19% of a 1366x768 or 1080p one): 16% and 13%
        # now, give or take the 5 pixels the question's fit may settle on (at 800x600 it
        # came to 100 pixels of 600 once in a whole run, and failed a bound of a sixth).
        assert alone - with_join < height * 0.18, (size, alone, with_join)
        # In the top row beside the clock, over none of it, and the address whole below.
        placed = QRect(code.mapTo(view, QPoint(0, 0)), code.size())
        assert placed.bottom() < view.wall.geometry().top()
        for other in (view.timer, view.question):
            assert not placed.intersects(QRect(other.mapTo(view, QPoint(0, 0)), other.size()))
        assert view.rect().contains(placed) and view.rect().contains(strip.geometry())
        assert words.height() >= words.heightForWidth(words.width())
        assert words.text().endswith(window.phones.url())
    tick.setChecked(False)
    assert not code.isVisible() and not strip.isVisible()


def test_the_address_follows_the_laptop_onto_another_network(
    qtbot, qloop, window, monkeypatch, on_a_network
):
    dialog = started(qtbot, qloop, window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.entry, Qt.Key.Key_F5)
    dialog.findChild(object, "phonesOnWall").setChecked(True)
    dialog.close()
    # The venue's Wi-Fi failed; the laptop's own hotspot took over, with another address.
    monkeypatch.setattr(phones_action, "join_addresses", lambda: ["10.42.0.1"])
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.entry, Qt.Key.Key_J, CTRL_SHIFT)
    url = window.phones.url()
    assert url.startswith("http://10.42.0.1:")
    assert dialog.findChild(QLabel, "phonesAddress").text() == url
    assert url in window.presenter.join.words.text()


def test_after_a_crash_the_phones_are_heard_again_on_the_same_address(
    qtbot, qloop, window, session_file, fake_clock, on_a_network
):
    # A flat battery mid-round: the next start gave a new address, and every phone's kept
    # notes were refused as sent to an address "no longer open".
    started(qtbot, qloop, window)
    url = window.phones.url()
    qloop.run_until_complete(window.phones.server.stop())  # the process is gone
    battery_dies(window)
    again = shown_window(qtbot, session_file, fake_clock)
    _until(qloop, lambda: again.phones.running)
    assert again.phones.url() == url
    said = again.statusBar().currentMessage()
    assert f"Taking notes from phones at {url}, as before the app stopped" in said
    assert (
        post(qloop, url, {"text": "Kept on a phone while the laptop was off", "key": "k9"}) == 201
    )
    assert "Kept on a phone while the laptop was off" in [n.text for n in again.store.notes()]
    again.close()


def test_closed_on_purpose_it_waits_for_start_and_keeps_its_address(
    qtbot, qloop, window, session_file, fake_clock, on_a_network
):
    started(qtbot, qloop, window)
    code = window.phones.server.code
    window.close()
    _until(qloop, lambda: not window.phones.running)
    again = shown_window(qtbot, session_file, fake_clock)
    qtbot.wait(50)
    assert not again.phones.running  # nobody asked for it this time
    assert again.phones.server.code == code  # Start gives the room's phones the same address
    again.close()
