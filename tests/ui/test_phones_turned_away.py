"""Phones sending notes while no round takes them (the facilitator has not started it, or
the round has ended): each phone is told why and keeps its note; the facilitator is told
too, in the status line, with how many since the latest gap between rounds began, not left
to wonder why nothing comes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QPushButton

from tests.ui.test_import_csv import _until
from tests.ui.test_phones import CTRL_SHIFT, on_a_network, post  # noqa: F401 (fixture)


def test_notes_sent_before_the_round_starts_are_said_to_the_facilitator(
    qtbot,
    qloop,
    window,
    on_a_network,  # noqa: F811 (the fixture)
):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.entry, Qt.Key.Key_J, CTRL_SHIFT)  # the round not started yet
    dialog = window.findChild(QDialog, "phonesDialog")
    qtbot.mouseClick(dialog.findChild(QPushButton, "phonesStart"), Qt.MouseButton.LeftButton)
    _until(qloop, lambda: window.phones.server.served is not None)
    dialog.close()
    url = window.phones.url()

    assert post(qloop, url, {"text": "Too early", "function": "sales", "key": "a"}) == 409
    qtbot.waitUntil(
        lambda: (
            window.statusBar().currentMessage()
            == "Before any round started, a note from a phone was turned away: no round takes"
            " notes now. The phone says “The facilitator has not started a round yet. Keep this"
            " page open.” and keeps the note to send again. Start the round to take notes."
        )
    )
    assert post(qloop, url, {"text": "Early too", "function": "sales", "key": "b"}) == 409
    qtbot.waitUntil(
        lambda: (
            window.statusBar()
            .currentMessage()
            .startswith(
                "Before any round started, 2 notes from phones were turned away:"
                " no round takes notes now."
            )
        )
    )
    assert window.store.notes() == []

    window.start_btn.click()  # started: the next note goes in
    assert post(qloop, url, {"text": "On time", "function": "sales", "key": "c"}) == 201
    qtbot.waitUntil(lambda: [n.text for n in window.store.notes()] == ["On time"])


def test_a_later_gap_between_rounds_counts_only_the_notes_turned_away_in_it(
    qtbot,
    qloop,
    window,
    fake_clock,
    on_a_network,  # noqa: F811 (the fixture)
):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.entry, Qt.Key.Key_J, CTRL_SHIFT)
    dialog = window.findChild(QDialog, "phonesDialog")
    qtbot.mouseClick(dialog.findChild(QPushButton, "phonesStart"), Qt.MouseButton.LeftButton)
    _until(qloop, lambda: window.phones.server.served is not None)
    dialog.close()
    url = window.phones.url()
    for key in "ab":  # two notes before the first round
        assert post(qloop, url, {"text": "Too early", "function": "sales", "key": key}) == 409
    qtbot.waitUntil(
        lambda: (
            window.statusBar()
            .currentMessage()
            .startswith("Before any round started, 2 notes from phones were turned away:")
        )
    )

    qtbot.mouseClick(window.start_btn, Qt.MouseButton.LeftButton)  # round 1 takes notes
    assert post(qloop, url, {"text": "On time", "function": "sales", "key": "c"}) == 201
    rounds = window.store.rounds()
    while window.store.rounds()[-1].ended_at is None:  # on to the end of the last round
        fake_clock.advance(120)  # (each run long enough that ending asks nothing)
        qtbot.mouseClick(window.next_btn, Qt.MouseButton.LeftButton)

    assert post(qloop, url, {"text": "Too late", "function": "sales", "key": "d"}) == 409
    qtbot.waitUntil(
        lambda: (
            window.statusBar()
            .currentMessage()
            .startswith(
                f"Since round {rounds[-1].position} ended, a note from a phone was turned away:"
                " no round takes notes now."
            )
        )
    )
    assert [n.text for n in window.store.notes()] == ["On time"]
