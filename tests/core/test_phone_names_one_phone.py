"""A name on the session's list sends from one phone: a participant who picks a colleague's
name on their own phone (to put words in their mouth, on the wall and in the minutes) is
refused, in the room's words, and keeps the note to send under their own name or none. One
phone passed round may send for several people."""

from __future__ import annotations

from roundtable.server import PhoneNotes
from tests.core.test_room_language import german

TAKEN = "Notes named “Ana Lopez” come from another phone. Pick your own name, or send without one."


def test_a_name_sends_from_the_phone_that_first_sent_with_it(store):
    rid = store.rounds()[1].id
    store.start_round(rid)
    ana = store.add_participant("Ana Lopez", "sales")
    ben = store.add_participant("Ben Okafor", "marketing")
    store.update_session(anonymous=False)
    phones = PhoneNotes(store)

    def send(text: str, device: str, name: str = "") -> tuple[int, dict]:
        answer = phones.take({"text": text, "function": "sales", "name": name, "device": device})
        return answer.status, answer.body

    assert send("Shared pipeline reviews", "ana-phone", "Ana Lopez")[0] == 201
    assert send("Marketing is clueless", "mallory-phone", "ana lopez") == (400, {"error": TAKEN})
    assert send("Marketing is clueless", "mallory-phone")[0] == 201  # without a name: taken
    assert send("One brief, not three", "ana-phone", "Ana Lopez")[0] == 201
    assert send("Ben borrows Ana's phone", "ana-phone", "Ben Okafor")[0] == 201
    written = [(n.text, n.participant_id) for n in store.notes(rid)]
    assert written == [
        ("Shared pipeline reviews", ana.id),
        ("Marketing is clueless", None),
        ("One brief, not three", ana.id),
        ("Ben borrows Ana's phone", ben.id),
    ]


def test_the_refusal_is_in_the_rooms_language(tmp_path, clock):
    with german(tmp_path / "de.roundtable", clock) as store:
        store.start_round(store.rounds()[1].id)
        store.add_participant("Ana Lopez", "sales")
        store.update_session(anonymous=False)
        phones = PhoneNotes(store)
        note = {"text": "Gemeinsame Ziele", "function": "sales", "name": "Ana Lopez"}
        assert phones.take({**note, "device": "ana"}).status == 201
        answer = phones.take({**note, "device": "jemand"})
        assert answer.status == 400
        assert answer.body["error"].startswith("Notizen mit dem Namen „Ana Lopez“")
