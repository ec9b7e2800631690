"""Anything a phone can send, and any template, roster or date a person can type: taken,
or refused with words the sender reads; never an error the server or the app did not
explain, never a note stored other than as sent.

Generated inputs (hypothesis), derandomised in the normal run (see tests/conftest.py).
"""

from __future__ import annotations

import asyncio
import json
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

import tomli_w
from aiohttp.test_utils import TestClient, TestServer
from hypothesis import example, given, settings
from hypothesis import strategies as st

from roundtable.dates import typed_as_date
from roundtable.model import InvalidInput, validate_note_text
from roundtable.roster_text import parse_roster
from roundtable.server import PhoneNotes
from roundtable.store import Store
from roundtable.templates import TemplateError, get_template, load_template

TEMPLATE = get_template("sales-marketing-roundtable")

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    st.text(max_size=30),
    st.sampled_from(["sales", "marketing", "other", "", "b1", "Ana Lima"]),
)
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=8,
)
# Bodies shaped like the page's: the fields it sends, each with any value.
NOTE_FIELDS = ("text", "function", "name", "key", "device", "round_id", "kept")
note_bodies = st.one_of(
    json_values,
    st.fixed_dictionaries({}, optional={f: json_values for f in NOTE_FIELDS}),
    st.fixed_dictionaries({"text": st.text(max_size=40)}, optional={"function": json_values}),
)


def _with_phones(folder: Path) -> tuple[Store, PhoneNotes, int]:
    store = Store.create(folder / "s.roundtable", title="Phones", template=TEMPLATE)
    rid = store.rounds()[1].id
    store.start_round(rid)
    return store, PhoneNotes(store), rid


def _answered(status: int, body: Any) -> None:
    assert status in (200, 201, 400, 409, 413), (status, body)
    if status >= 400:
        assert isinstance(body["error"], str) and body["error"]


@given(payload=note_bodies)
@example(payload={"text": "Fine", "function": ["sales"]})
@example(payload={"text": "Fine", "function": {"a": 1}})
def test_any_note_a_phone_sends_is_stored_as_sent_or_refused_with_a_reason(payload: Any) -> None:
    with tempfile.TemporaryDirectory() as folder:
        store, phones, rid = _with_phones(Path(folder))
        with store:
            answer = phones.take(payload)
            _answered(answer.status, answer.body)
            stored = [n.text for n in store.notes(rid)]
            if answer.status == 201:
                assert stored == [validate_note_text(payload["text"])]
            else:
                assert stored == []


@given(payload=json_values)
@example(payload={"key": "b1", "vote": 1, "function": "sales", "dots": {"1": [2]}})
@example(payload={"key": "b1", "vote": 1, "function": ["sales"], "dots": {"x": 1}})
def test_any_ballot_a_phone_sends_is_taken_or_refused_with_a_reason(payload: Any) -> None:
    with tempfile.TemporaryDirectory() as folder:
        store, phones, rid = _with_phones(Path(folder))
        with store:
            for label in ("Lead definition", "Shared targets"):
                note = store.add_note(rid, f"Notes on {label}", function="sales")
                store.add_theme(rid, label, note_ids=[note.id])
            store.open_phone_vote(rid, 3)
            if isinstance(payload, dict) and payload.get("vote") == 1:
                payload["vote"] = phones.state()["vote"]["id"]
            answer = phones.take_ballot(payload)
            _answered(answer.status, answer.body)


@settings(max_examples=15)
@given(body=st.one_of(st.binary(max_size=60), json_values.map(json.dumps)))
@example(body=b'{"text": "\\ud800 lone half of a pair"}')  # JSON may escape what UTF-8 cannot hold
@example(body=b'{"text": "\\udc80\\ud83d"}')
def test_any_body_posted_over_the_network_gets_an_answer_in_words(body: bytes | str) -> None:
    async def post(phones: PhoneNotes) -> list[tuple[int, Any]]:
        async with TestClient(TestServer(phones.web_app())) as client:
            answers = []
            for path in ("notes", "ballot"):
                sent = await client.post(f"/{phones.code}/{path}", data=body)
                answers.append((sent.status, await sent.json()))
            return answers

    with tempfile.TemporaryDirectory() as folder:
        store, phones, rid = _with_phones(Path(folder))
        with store:
            for status, answer in asyncio.run(post(phones)):
                _answered(status, answer)
            for note in store.notes(rid):  # what was stored can be read back and exported
                note.text.encode("utf-8")


@given(text=st.text(max_size=40))
@example(text="in 99999999 days")
@example(text="31.02.")
@example(text="0000-00-00")
def test_any_typed_due_date_is_a_date_or_not_understood(text: str) -> None:
    assert isinstance(typed_as_date(text, today=date(2026, 12, 7)), date | None)


@given(text=st.text(max_size=200))
def test_any_pasted_roster_is_read_as_people_or_refused_with_a_reason(text: str) -> None:
    try:
        people = parse_roster(text)
    except InvalidInput as exc:
        assert str(exc)
        return
    assert all(p.name and p.name == p.name.strip() for p in people)


toml_values = st.recursive(
    st.one_of(st.booleans(), st.integers(-5, 50), st.text(max_size=20)),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=10), inner),
    max_leaves=10,
)
TEMPLATE_KEYS = ("name", "description", "anonymous", "dots_per_person", "language")
ROUND_KEYS = ("guidance", "review_commitments", "protect", "de")
HINT_KEYS = ("label", "description", "phrases", "labels")
texts_by_language = st.dictionaries(st.sampled_from(["de", "fr", "es", "it"]), toml_values)
hints = st.fixed_dictionaries({}, optional={k: toml_values for k in HINT_KEYS})
rounds = st.fixed_dictionaries(
    {"title": st.text(max_size=10), "prompt": st.text(max_size=10), "minutes": toml_values},
    optional={
        **{k: toml_values for k in ROUND_KEYS},
        "hints": st.lists(hints | toml_values, max_size=2),
        "fr": texts_by_language,
    },
)
templates_in_toml = st.fixed_dictionaries(
    {"title": toml_values, "rounds": st.lists(rounds | toml_values, max_size=3)},
    optional={
        **{k: toml_values for k in TEMPLATE_KEYS},
        "questions": st.lists(rounds | toml_values, max_size=2) | toml_values,
        "de": texts_by_language,
    },
)


@given(data=templates_in_toml)
@example(data={"title": "T", "rounds": [{"title": "R", "prompt": "?", "minutes": 1e9}]})
@example(
    data={"title": "T", "rounds": [{"title": "R", "prompt": "?", "minutes": 5}], "language": []}
)
@example(data={"title": "T", "rounds": [{"title": "R", "prompt": "?", "minutes": 10, "de": 5}]})
def test_any_template_file_loads_or_is_refused_naming_the_file(data: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "mine.toml"
        path.write_text(tomli_w.dumps(data), encoding="utf-8")
        try:
            template = load_template(path)
        except TemplateError as exc:
            assert str(path) in str(exc)
            return
        assert template.rounds and all(r.title for r in template.rounds)
