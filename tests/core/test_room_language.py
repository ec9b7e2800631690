"""The phones speak the room's language: a session whose agenda is German gets the phone
page in German, from the server (its words filled in there, not a copy of the page per
language); an English session's page reads as before. Which language the room reads: the
agenda's, else the notes', else English."""

from __future__ import annotations

from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest

from roundtable.export.languages import words
from roundtable.room_language import agenda_language, room_language
from roundtable.server import PhoneNotes
from roundtable.server.page_parts import assembled_page
from roundtable.server.page_words import page_block, script_words
from roundtable.store import Store
from roundtable.templates import get_template
from tests.core.test_phone_notes import over_http, started

PAGE = assembled_page()  # as the server sends it, in English


class Shown(HTMLParser):
    """What a phone shows of the page before its script runs: each element's text by its
    id (or tag), the box's placeholder, the list's spoken name, the page's language."""

    def __init__(self, page: str) -> None:
        super().__init__()
        self.texts: list[str] = []
        self.attrs: dict[str, str] = {}
        self._skip = 0
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "style"):
            self._skip += 1
        if tag == "html":
            self.attrs["lang"] = a.get("lang") or ""
        if a.get("placeholder"):
            self.attrs["placeholder"] = a["placeholder"]
        if a.get("aria-label"):
            self.attrs["aria-label"] = a["aria-label"]

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip and data.strip():
            self.texts.append(data.strip())


def german(path: Path, clock) -> Store:
    """A session made with the agenda in German (`roundtable new --language de`)."""
    template = get_template("sales-marketing-roundtable").in_language("de")
    return Store.create(path, title=template.title, template=template, clock=clock)


def page_and_state(phones: PhoneNotes, note: dict | None = None):
    async def talk(client, base):
        page = await (await client.get(base)).text()
        state = await (await client.get(f"{base}/state")).json()
        sent = None
        if note is not None:
            sent = await (await client.post(f"{base}/notes", json=note)).json()
        return page, state, sent

    return over_http(phones, talk)


def test_a_german_sessions_phone_page_is_served_in_german(tmp_path, clock):
    with german(tmp_path / "de.roundtable", clock) as store:
        phones = PhoneNotes(store)
        page, state, _ = page_and_state(phones)
        shown = Shown(page)
        assert shown.attrs == {
            "lang": "de",
            "placeholder": "Eine Idee eingeben, dann Senden",
            "aria-label": "Ihre Notizen",
        }
        for said in (
            "Roundtable: Ihre Notizen",
            "Ihr Name (freiwillig)",
            "Sie arbeiten im Bereich",
            "Vertrieb",
            "Sonstiges",
            "Ihre Notiz: eine Idee pro Notiz",
            "Senden",
        ):
            assert said in shown.texts
        assert "Send" not in shown.texts and "Your note: one idea per note" not in shown.texts
        # What the page's script says (a note sent, no connection) is German too.
        block = page_block(page)
        assert block["sent"] == "Gesendet. Die Notiz ist an der Wand."
        assert block["offline"].startswith("Keine Verbindung zum Laptop")
        # Before a round starts, the phone is told so in German.
        assert state["closed"] == (
            "Die Moderation hat noch keine Runde gestartet. Lassen Sie diese Seite offen."
        )
        started(store)
        _page, state, sent = page_and_state(
            phones, {"text": "Gemeinsame Pipeline-Runde", "function": "finance"}
        )
        assert state["round"]["time"] == "Noch etwa 20 Minuten."
        assert sent == {"error": "Wählen Sie Vertrieb, Marketing oder Sonstiges."}
        _page, _state, sent = page_and_state(phones, {"text": "x" * 501, "function": "sales"})
        assert sent["error"].startswith("Eine Notiz hat höchstens 500 Zeichen, diese hat 501.")


def test_an_english_sessions_phone_page_reads_as_before(store):
    page, state, _ = page_and_state(PhoneNotes(store))
    shown = Shown(page)
    assert shown.attrs == {
        "lang": "en",
        "placeholder": "Type one idea, then Send",
        "aria-label": "Your notes",
    }
    for said in ("Your name (or leave it out)", "Not named", "You work in", "Sales", "Send"):
        assert said in shown.texts
    assert page_block(page)["sent"] == "Sent. It is on the board."
    assert state["closed"] == "The facilitator has not started a round yet. Keep this page open."
    # The page as written is the English page: its words are the catalogue's, word for word.
    assert page == PAGE
    assert page_block(PAGE) == script_words(words("en"))


@pytest.mark.parametrize("code", ["en", "de", "fr", "es"])
def test_every_template_agenda_tells_its_language(code):
    for name in ("sales-marketing-roundtable", "campaign-preview"):
        assert agenda_language(get_template(name).in_language(code).rounds) == code


def test_an_agenda_that_does_not_tell_leaves_it_to_the_notes(tmp_path, clock):
    """Round titles with no small words ("Q3", "Pipeline") say nothing: the notes do. An
    English agenda keeps the room in English whatever the notes."""
    shipped = get_template("sales-marketing-roundtable")
    first = shipped.rounds[0]
    bare = replace(
        shipped,
        rounds=(
            replace(first, title="Q3", prompt="Pipeline?", translations=()),
            replace(first, title="CRM", prompt="Leads", translations=()),
        ),
        translations=(),
    )
    with Store.create(tmp_path / "bare.roundtable", title="Q3", template=bare, clock=clock) as s:
        assert room_language(s) == "en"  # no notes yet either
        rid = s.rounds()[0].id
        for text in ("Die Leads kommen zu spät bei uns an", "Wir haben keine gemeinsame Sicht"):
            s.add_note(rid, text, function="sales")
        assert room_language(s) == "de"
    with Store.create(
        tmp_path / "en.roundtable",
        title="Q4",
        template=get_template("sales-marketing-roundtable"),
        clock=clock,
    ) as s:
        rid = s.rounds()[0].id
        for text in ("Die Leads kommen zu spät bei uns an", "Wir haben keine gemeinsame Sicht"):
            s.add_note(rid, text, function="sales")
        assert room_language(s) == "en"
