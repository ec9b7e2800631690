"""Notes from phones held for the facilitator: on disk at once, answered as received and
waiting, in no reader (board, exports, CSV, theme suggestions) until let in; let in in
their place, held again by undo, dropped as a deletion; the file format says so."""

from __future__ import annotations

import sqlite3

import docx
import pytest
from test_phone_notes import over_http, started  # rootdir-relative: tests/core has no __init__

import roundtable.store.opening as opening_module
from roundtable import clustering
from roundtable.export import export_minutes
from roundtable.model import InvalidInput
from roundtable.round_themes import round_input
from roundtable.server import PhoneNotes
from roundtable.store import Store, schema
from roundtable.templates import get_template

TEMPLATE = "sales-marketing-roundtable"
SECRET = "Cut the partner rebates in half"


def sent(store, *notes: dict, hold: bool = True):
    """Post `notes` from phones, holding them; the answers' (status, body)."""
    phones = PhoneNotes(store)
    phones.hold = hold

    async def talk(client, base):
        out = []
        for note in notes:
            answer = await client.post(f"{base}/notes", json=note)
            out.append((answer.status, await answer.json()))
        return out

    return phones, over_http(phones, talk)


def test_a_held_note_is_on_disk_at_once_and_answered_as_waiting_not_on_the_board(store):
    rid = started(store)
    store.add_note(rid, "Typed before", function="sales")
    phones, [(status, body)] = sent(store, {"text": SECRET, "function": "sales", "key": "k"})
    assert status == 201 and body["held"] is True and body["ok"]
    assert [n.text for n in store.notes(rid)] == ["Typed before"]
    assert store.note_count(rid) == 1 and store.note_count() == 1
    assert [n.text for n in store.held_notes()] == [SECRET]
    # On disk: another connection (a crash, a restart) finds it, still held.
    path = store.path
    store.close()
    with Store.open(path) as again:
        assert [n.text for n in again.held_notes()] == [SECRET]
        assert [n.text for n in again.notes()] == ["Typed before"]
        assert again.notes(include_held=True)[-1].held


def test_a_resent_held_note_is_answered_as_still_waiting(store):
    started(store)
    note = {"text": SECRET, "function": "other", "key": "same"}
    _phones, answers = sent(store, note, note)
    assert [a[0] for a in answers] == [201, 200]
    assert answers[1][1]["again"] and answers[1][1]["held"] is True
    assert len(store.held_notes()) == 1


def test_with_hold_off_nothing_is_held_and_the_answer_says_nothing_of_it(store):
    rid = started(store)
    _phones, [(status, body)] = sent(store, {"text": "Straight on"}, hold=False)
    assert status == 201 and "held" not in body
    assert [n.text for n in store.notes(rid)] == ["Straight on"] and not store.held_notes()


def test_no_reader_sees_a_held_note_minutes_csv_markdown_or_suggestions(store, tmp_path):
    rid = started(store)
    for text in ("Shared pipeline review", "Joint lead definition", "One CRM for both"):
        store.add_note(rid, text, function="marketing")
    sent(store, {"text": SECRET, "function": "sales"})
    snapshot = store.snapshot()
    assert SECRET not in [n.text for n in snapshot.notes]
    md = export_minutes(snapshot, "md", tmp_path / "m.md").read_text("utf-8")
    csv = export_minutes(snapshot, "csv", tmp_path / "m.csv").read_text("utf-8")
    word = docx.Document(str(export_minutes(snapshot, "docx", tmp_path / "m.docx")))
    words = [p.text for p in word.paragraphs]
    words += [c.text for t in word.tables for row in t.rows for c in row.cells]
    assert "Shared pipeline review" in md and "Shared pipeline review" in csv
    assert any("Shared pipeline review" in w for w in words)
    assert SECRET not in md and SECRET not in csv and not any(SECRET in w for w in words)
    given = round_input(store, rid)
    assert SECRET not in [text for _id, text in given.notes]
    suggested = clustering.suggest_themes(given.notes)
    held_id = store.held_notes()[0].id
    assert all(held_id not in t.note_ids for t in suggested)
    # Let in, every reader has it.
    store.let_in([held_id])
    assert SECRET in export_minutes(store.snapshot(), "md", tmp_path / "n.md").read_text("utf-8")
    assert SECRET in [text for _id, text in round_input(store, rid).notes]


def test_let_in_arrives_after_the_notes_typed_meanwhile_and_hold_again_takes_it_back(store):
    rid = started(store)
    store.add_note(rid, "First", function="sales")
    sent(store, {"text": SECRET, "function": "sales"})
    store.add_note(rid, "Typed after", function="sales")
    [held] = store.held_notes()
    seen = []
    store.subscribe(seen.append)
    after = store.let_in([held.id])
    assert [n.text for n in store.notes(rid)] == ["First", "Typed after", SECRET]
    assert [n.text for n in store.snapshot().notes] == ["First", "Typed after", SECRET]
    assert not store.held_notes() and store.note_count(rid) == 3
    assert ("note_added", held.id, rid) in [(c.kind, c.id, c.round_id) for c in seen]
    assert store.was_let_in(held.id) and not store.was_let_in(store.notes(rid)[0].id)
    store.add_note(rid, "Typed last")
    store.hold_again([held.id])
    assert [n.text for n in store.notes(rid)] == ["First", "Typed after", "Typed last"]
    assert [n.id for n in store.held_notes()] == [held.id] and not store.was_let_in(held.id)
    store.add_note(rid, "Sent while undone", source="device")
    store.let_in([held.id], after=after)  # a redo: where it was let in first
    assert [n.text for n in store.notes(rid)] == [
        "First",
        "Typed after",
        SECRET,
        "Typed last",
        "Sent while undone",
    ]


def test_let_all_in_keeps_the_order_sent_and_the_place_survives_a_reopen(store, tmp_path):
    rid = started(store)
    sent(store, {"text": "One"}, {"text": "Two"}, {"text": "Three"})
    one, two, three = store.held_notes()
    store.add_note(rid, "Typed")
    store.let_in([three.id])
    store.let_in([one.id, two.id])
    store.add_note(rid, "Typed last")
    order = ["Typed", "Three", "One", "Two", "Typed last"]
    assert [n.text for n in store.notes(rid)] == order
    csv = export_minutes(store.snapshot(), "csv", tmp_path / "m.csv").read_text("utf-8")
    assert [line.split(",")[3] for line in csv.splitlines()[1:]] == order
    path = store.path
    store.close()
    with Store.open(path, read_only=True) as reopened:
        assert [n.text for n in reopened.notes(rid)] == order
        assert [n.text for n in reopened.notes()] == order


def test_a_let_in_journaled_without_its_place_keeps_the_order_of_sending(store):
    """A file whose notes an app before this one let in: they stay where it showed them."""
    rid = started(store)
    sent(store, {"text": SECRET})
    store.add_note(rid, "Typed after")
    [held] = store.held_notes()
    store.let_in([held.id])
    store.db.execute(
        "UPDATE events SET payload_json = ? WHERE kind = 'notes_let_in'",
        [f'{{"ids": [{held.id}]}}'],
    )
    path = store.path
    store.close()
    with Store.open(path, read_only=True) as reopened:
        assert [n.text for n in reopened.notes(rid)] == [SECRET, "Typed after"]


def test_a_dropped_note_is_deleted_and_comes_back_held(store):
    rid = started(store)
    sent(store, {"text": SECRET})
    [held] = store.held_notes()
    store.delete_note(held.id)
    assert not store.held_notes() and store.held_count() == 0
    # Not among the deleted notes of the board either: it was never on it.
    assert SECRET not in [n.text for n in store.notes(rid, include_deleted=True)]
    store.restore_note(held.id)
    assert [n.text for n in store.held_notes()] == [SECRET] and store.held_count() == 1
    assert store.notes(rid) == []


def test_an_app_one_version_older_refuses_to_change_a_file_of_this_version(store, monkeypatch):
    # Written for version 4 (held notes), the first that an older app must not change.
    path = store.path
    store.close()
    now = schema.SCHEMA_VERSION
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == now >= 4
    monkeypatch.setattr(opening_module, "SCHEMA_VERSION", now - 1)
    with Store.open(path) as older:
        assert older.read_only
        assert (
            f"newer version of Roundtable (file format {now}, this app reads up to {now - 1})"
            in older.read_only_reason
        )


def test_a_version_3_file_opened_read_only_reads_its_notes_without_the_new_column(
    tmp_path, monkeypatch, clock
):
    path = tmp_path / "old.roundtable"
    with monkeypatch.context() as older:  # made by the app before this version
        older.setattr(opening_module, "SCHEMA_VERSION", 3)
        older.setattr(opening_module, "migrate", lambda db: schema.migrate(db, to_version=3))
        with Store.create(path, title="Last year's", template=get_template(TEMPLATE)) as old:
            rid = started(old)
            old.add_note(rid, "One")
            old.add_note(rid, "Two")
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 3
    with Store.open(path, read_only=True) as old:
        assert len(old.notes()) == 2 and old.note_count() == 2
        assert old.held_notes() == [] and old.held_count() == 0
    with Store.open(path) as upgraded:  # upgraded on opening to write: nothing held
        assert len(upgraded.notes()) == 2 and upgraded.held_count() == 0


@pytest.mark.parametrize("reopen", [False, True])
def test_the_held_mark_survives_let_in_and_a_reopen(store, reopen):
    rid = started(store)
    sent(store, {"text": SECRET})
    held_id = store.held_notes()[0].id
    store.let_in([held_id])
    if reopen:
        path = store.path
        store.close()
        store = Store.open(path)
    try:
        assert [n.text for n in store.notes(rid)] == [SECRET] and not store.note(held_id).held
    finally:
        if reopen:
            store.close()


def test_the_page_hears_when_its_held_notes_are_let_in_or_dropped(store):
    started(store)
    phones = PhoneNotes(store)
    phones.hold = True

    async def talk(client, base):
        for key, text in (("a", "Let this one in"), ("b", "Drop this one")):
            await client.post(f"{base}/notes", json={"text": text, "function": "sales", "key": key})
        before = (await (await client.get(f"{base}/state?held=a,b,never")).json())["held_now"]
        first, second = store.held_notes()
        store.let_in([first.id])
        store.delete_note(second.id)
        after = (await (await client.get(f"{base}/state?held=a,b,never")).json())["held_now"]
        plain = await (await client.get(f"{base}/state")).json()
        return before, after, plain

    before, after, plain = over_http(phones, talk)
    assert before == {"a": "held", "b": "held"}  # a key never stored here is left out
    assert after == {"a": "board", "b": "dropped"}
    assert "held_now" not in plain


def test_a_round_whose_only_notes_wait_says_so_when_it_cannot_be_removed(store):
    rid = started(store)
    sent(store, {"text": SECRET, "function": "sales"})
    with pytest.raises(InvalidInput, match="waiting for you to let them in"):
        store.remove_round(rid)
    store.let_in([n.id for n in store.held_notes()])
    with pytest.raises(InvalidInput, match="move or delete them"):
        store.remove_round(rid)
