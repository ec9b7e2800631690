"""A phone's note key is kept with the note in the file, so a note sent again after the app
restarted (it wrote the note, then crashed or was closed before answering) is stored once,
and a phone still hears where its held notes went. A file of the version before opens as
before: read-only without the keys, and upgraded when opened to write."""

from __future__ import annotations

import sqlite3

from test_phone_notes import over_http, started  # rootdir-relative: tests/core has no __init__

import roundtable.store.opening as opening_module
from roundtable.server import PhoneNotes
from roundtable.store import Store, schema
from roundtable.templates import get_template

TEMPLATE = "sales-marketing-roundtable"
NOTE = {"text": "Nobody owns the handover call", "function": "sales", "key": "ana-7"}


def resent(phones: PhoneNotes, note: dict) -> tuple[int, dict]:
    async def talk(client, base):
        answer = await client.post(f"{base}/notes", json=note)
        return answer.status, await answer.json()

    return over_http(phones, talk)


def test_a_note_sent_again_after_the_laptop_restarted_is_stored_once(store):
    rid = started(store)
    path = store.path
    PhoneNotes(store, code="room").take(NOTE)  # written; the answer never left the laptop
    store.close()  # the app closed (or crashed) before answering
    with Store.open(path) as reopened:
        status, body = resent(PhoneNotes(reopened, code="room"), NOTE)
        assert status == 200 and body["again"]
        assert [n.text for n in reopened.notes(rid)] == [NOTE["text"]]
        # Another note from the same phone, with its own key, is stored as ever.
        assert resent(PhoneNotes(reopened), {**NOTE, "key": "ana-8"})[0] == 201
        assert len(reopened.notes(rid)) == 2


def test_after_a_restart_a_phone_still_hears_where_its_held_notes_went(store):
    started(store)
    path = store.path
    phones = PhoneNotes(store)
    phones.hold = True
    phones.take(NOTE)
    phones.take({**NOTE, "text": "Second thought", "key": "ana-8"})
    store.close()
    with Store.open(path) as reopened:
        first, second = reopened.held_notes()
        reopened.let_in([first.id])
        reopened.delete_note(second.id)
        asked = PhoneNotes(reopened).held_now(["ana-7", "ana-8", "never-sent"])
        assert asked == {"ana-7": "board", "ana-8": "dropped"}


def test_a_file_of_the_version_before_opens_and_takes_phone_keys_once_upgraded(
    tmp_path, monkeypatch, clock
):
    before = schema.SCHEMA_VERSION - 1
    path = tmp_path / "old.roundtable"
    with monkeypatch.context() as older:  # made by the app before this version
        older.setattr(opening_module, "SCHEMA_VERSION", before)
        older.setattr(opening_module, "migrate", lambda db: schema.migrate(db, to_version=before))
        with Store.create(path, title="Last week's", template=get_template(TEMPLATE)) as old:
            rid = started(old)
            old.add_note(rid, NOTE["text"], function="sales", source="device")  # no key kept
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == before
    with Store.open(path, read_only=True) as old:  # not upgraded: no keys in it
        assert [n.text for n in old.notes(rid)] == [NOTE["text"]]
        assert PhoneNotes(old).held_now(["ana-7"]) == {}
    with Store.open(path) as upgraded:
        assert [n.text for n in upgraded.notes(rid)] == [NOTE["text"]]
        # Its note came before keys were kept: sent again, it is stored again, once.
        assert resent(PhoneNotes(upgraded), NOTE)[0] == 201
        assert resent(PhoneNotes(upgraded), NOTE)[0] == 200
        assert len(upgraded.notes(rid)) == 2
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
