"""The facilitator pauses the round: a participant's phone said "Sent. It is on the board."
on, and the pause stood only in grey under the question. The laptop tells the page the round
is paused, and the page says so in the room's language (notes can still be sent). (What the
script does with it is checked by hand in node: tests/benchmarks/phone_page/run.py.)"""

from __future__ import annotations

import pytest

from roundtable.export.languages import words
from roundtable.server import PhoneNotes
from roundtable.server.page_parts import assembled_page
from roundtable.server.page_words import page_block, served_page
from tests.core.test_phone_notes import started


def test_the_laptop_tells_the_phones_the_round_is_paused_and_still_takes_notes(store):
    rid = started(store)
    phones = PhoneNotes(store)
    assert phones.state()["round"]["paused"] is False
    store.pause_round(rid)
    state = phones.state()
    assert state["round"]["paused"] is True
    assert state["open"] is True  # notes still go on the board while paused
    store.start_round(rid)
    assert phones.state()["round"]["paused"] is False


@pytest.mark.parametrize(
    ("code", "said"),
    [
        ("en", "The facilitator paused the round. You can still send notes."),
        ("de", "Die Moderation hat die Runde angehalten. Sie können weiter Notizen senden."),
        ("fr", "L’animateur a mis le tour en pause. Vous pouvez toujours envoyer des notes."),
        ("es", "El moderador ha pausado la ronda. Puedes seguir enviando notas."),
    ],
)
def test_the_page_says_the_pause_in_the_rooms_language(code, said):
    page = served_page(assembled_page(), words(code))
    assert page_block(page)["paused_now"] == said
    assert 'say(w("paused_now"))' in page  # said in the status line, where "Sent." stood
    assert "#left.paused {" in page  # and the clock line stands out from the grey
