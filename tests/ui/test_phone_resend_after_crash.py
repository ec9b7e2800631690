"""A phone's note the laptop wrote just before it died, sent again once the app is back: the
phone never heard the answer, so it keeps the note and sends it again under the same key.
It must be on the board once, not twice."""

from __future__ import annotations

import json

import pytest

from tests.ui.conftest import battery_dies, shown_window
from tests.ui.test_import_csv import _until
from tests.ui.test_main_window import card_texts
from tests.ui.test_phones import on_a_network, started  # noqa: F401 (fixture)

NOTE = {
    "text": "Nobody owns the handover call",
    "function": "sales",
    "key": "ana-note-7",
    "device": "ana-phone",
}


def resend(loop, url: str) -> tuple[int, dict]:
    from aiohttp import ClientSession

    async def send() -> tuple[int, dict]:
        async with ClientSession() as http, http.post(f"{url}/notes", json=NOTE) as answer:
            return answer.status, json.loads(await answer.text())

    return loop.run_until_complete(send())


@pytest.mark.parametrize("held", [False, True])
def test_a_note_sent_again_after_a_crash_is_on_the_board_once(
    qtbot,
    qloop,
    window,
    session_file,
    fake_clock,
    on_a_network,  # noqa: F811 (the fixture)
    held,
):
    started(qtbot, qloop, window)
    window.phones.server.hold = held
    url = window.phones.url()
    # Written to the file; the process died before the answer left, so the phone heard
    # nothing and keeps the note to send again.
    window.phones.server.take(NOTE)
    qloop.run_until_complete(window.phones.server.stop())
    battery_dies(window)

    again = shown_window(qtbot, session_file, fake_clock)
    _until(qloop, lambda: again.phones.running)  # back on the same address
    again.phones.server.hold = held
    status, body = resend(qloop, url)
    assert status == 200 and body["again"] and body.get("held", False) == held
    stored = again.store.notes(include_held=True)
    assert [n.text for n in stored] == [NOTE["text"]]
    if not held:
        qtbot.waitUntil(lambda: card_texts(again).count(NOTE["text"]) == 1)
    again.close()
