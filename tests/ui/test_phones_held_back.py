"""A phone sending notes faster than anyone types (a prankster, a stuck script) is held back
(roundtable/server/pace.py): the facilitator sees it in one quiet line beside the count of
notes from phones, not in a box to dismiss, and the line goes once the phone calms down."""

from __future__ import annotations

from aiohttp import ClientSession
from PySide6.QtWidgets import QApplication, QLabel

from roundtable.server.pace import BURST, HELD_SAID_S
from tests.ui.test_phones import on_a_network, started  # noqa: F401 (fixture)


def flood(loop, url: str, count: int, first: int = 0) -> list[int]:
    async def send() -> list[int]:
        async with ClientSession() as http:
            statuses = []
            for i in range(first, first + count):
                note = {"text": f"Spam {i}", "function": "other", "key": f"bot-{i}",
                        "device": "bot-phone", "kept": True}  # fmt: skip
                async with http.post(f"{url}/notes", json=note) as answer:
                    statuses.append(answer.status)
            return statuses

    return loop.run_until_complete(send())


def test_a_phone_held_back_is_said_in_one_quiet_line_that_goes_when_it_calms_down(
    qtbot,
    qloop,
    window,
    fake_clock,
    on_a_network,  # noqa: F811 (the fixture)
):
    dialog = started(qtbot, qloop, window)
    count = window.findChild(QLabel, "phonesCount")
    in_dialog = dialog.findChild(QLabel, "phonesDialogCount")
    assert flood(qloop, window.phones.url(), BURST) == [201] * BURST
    # A burst is not held back.
    qtbot.waitUntil(lambda: count.text() == f"Phones: {BURST} notes from 1 phone")

    assert flood(qloop, window.phones.url(), 3, first=BURST)[-1] == 429
    said = (
        f"Phones: {BURST} notes from 1 phone · 1 held back for sending too fast"
        " (its notes follow a few seconds apart)"
    )
    qtbot.waitUntil(lambda: count.text() == said)
    assert in_dialog.text() == said
    assert QApplication.activeModalWidget() is None  # nothing to dismiss
    assert len(window.store.notes()) == BURST

    fake_clock.advance(HELD_SAID_S + 1)  # quiet since
    qtbot.waitUntil(lambda: count.text() == f"Phones: {BURST} notes from 1 phone")
