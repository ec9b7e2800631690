"""The participants' page reads on any phone: its colours in the light and the dark scheme
(a phone set to dark mode) keep text readable; it comes whole, in one request, in the room's
language. (What the page's script does against a live
server is checked by hand, in node: tests/benchmarks/phone_page/run.py.)"""

from __future__ import annotations

import re
from importlib import resources

import pytest

from roundtable.export.languages import words
from roundtable.server import PhoneNotes
from roundtable.server.page_parts import assembled_page, part_names, read
from roundtable.server.page_words import page_block, script_words
from roundtable.store import Store
from roundtable.templates import get_template
from tests.core.test_phone_notes import over_http

PAGE = assembled_page()  # as the server sends it, in English
# Text and what it is drawn on, as the page's rules pair them.
PAIRS = [
    ("ink", "paper"),  # the question, the prompt
    ("ink", "card"),  # the note being typed, the notes sent
    ("quiet", "paper"),  # the session's name, the labels
    ("quiet", "card"),  # "On the board" under a note
    ("warn", "paper"),  # why a note was not added
    ("on-accent", "accent"),  # Send
    ("ink", "picked"),  # the side picked
    ("ink", "wait"),  # why no round takes notes now
]


def colours(scheme: str) -> dict[str, str]:
    def found(block: str) -> dict[str, str]:
        pairs = re.findall(r"--([\w-]+):\s*#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b", block)
        return {k: v if len(v) == 6 else "".join(c * 2 for c in v) for k, v in pairs}

    light = found(PAGE[PAGE.index(":root {") : PAGE.index("}", PAGE.index(":root {"))])
    if scheme == "light":
        return light
    dark = PAGE.find("@media (prefers-color-scheme: dark)")
    assert dark >= 0, "the page has no colours for a phone in dark mode"
    return {**light, **found(PAGE[dark : PAGE.index("}", PAGE.index("{", dark) + 1)])}


def luminance(hex6: str) -> float:
    parts = [int(hex6[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in parts]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_page_is_readable_in_the_phones_light_and_dark_scheme(scheme):
    c = colours(scheme)
    dark_paper = luminance(c["paper"]) < 0.05
    assert dark_paper == (scheme == "dark")  # a phone in dark mode is not lit up white
    weak = [(t, b, round(contrast(c[t], c[b]), 2)) for t, b in PAIRS if contrast(c[t], c[b]) < 4.5]
    assert weak == []  # WCAG AA for text
    # The browser's own parts (the name list, scroll bars) follow the scheme too.
    assert '<meta name="color-scheme" content="light dark">' in PAGE


def test_every_field_on_the_page_is_named_in_words_everyone_sees():
    from html.parser import HTMLParser

    class Fields(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.texts: dict[str, str] = {}  # id -> its words
            self.named: list[tuple[str, str]] = []  # (field, the id that names it)
            self._open: list[str | None] = []

        def handle_starttag(self, tag, attrs):
            a = dict(attrs)
            self._open.append(a.get("id"))
            if tag == "label" and a.get("for"):
                self.named.append((a["for"], f"label:{a['for']}"))
                self._open[-1] = f"label:{a['for']}"
            if a.get("role") == "radiogroup":
                # aria-label alone is heard, not seen: the sides had no words on screen.
                self.named.append(("sides", a.get("aria-labelledby", "")))

        def handle_endtag(self, tag):
            if self._open:
                self._open.pop()

        def handle_data(self, data):
            for key in self._open:
                if key:
                    self.texts[key] = self.texts.get(key, "") + data

    fields = Fields()
    fields.feed(PAGE)
    named = {field: fields.texts.get(by, "").strip() for field, by in fields.named}
    assert named == {
        "name": "Your name (or leave it out)",
        "sides": "You work in",
        "text": "Your note: one idea per note",
    }


def test_with_the_keyboard_up_the_note_is_sent_from_it_and_its_fate_is_in_sight():
    """On a phone the keyboard covers the lower half of the page: the Send button, and
    what was under it. The box's Enter key is a Send key that sends, and the line that says
    what happened to the note ("Sent. It is on the board.", "No connection...") is above the
    box, where the participant is looking. (Driven in Chromium by
    tests/benchmarks/phone_page/browser.py: the Enter key sends, the line is in sight.)"""
    from html.parser import HTMLParser

    class Order(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.ids: list[str] = []
            self.box: dict[str, str | None] = {}

        def handle_starttag(self, tag, attrs):
            a = dict(attrs)
            if a.get("id"):
                self.ids.append(a["id"])
            if a.get("id") == "text":
                self.box = a

    order = Order()
    order.feed(PAGE)
    assert order.box.get("enterkeyhint") == "send"
    assert order.ids.index("said") < order.ids.index("text") < order.ids.index("send")
    script = PAGE[PAGE.index("<script>") :]
    assert 'event.key !== "Enter"' in script and "event.isComposing" in script


def test_a_long_pasted_note_is_not_cut_short_without_a_word():
    """A `maxlength` on the box cut a pasted text at 500 characters, silently: the end of
    the note was lost. The page counts as the laptop does (an emoji is one character) and
    says to split a note that is too long, keeping it in the box (driven in Chromium by
    tests/benchmarks/phone_page/browser.py)."""
    box = PAGE[PAGE.index('<textarea id="text"') :]
    box = box[: box.index(">")]
    assert "maxlength" not in box
    assert "Split it into two notes: it stays in the box." in PAGE
    assert 'Array.from($("text").value.trim()).length' in PAGE


@pytest.mark.parametrize("code", ["en", "de", "fr", "es"])
def test_a_phone_gets_the_page_whole_in_one_request_in_the_rooms_language(tmp_path, clock, code):
    """The page's style and script are files of their own (page.css, page.js, ...), put
    into page.html as it is served: a phone on a poor Wi-Fi still loads one page, with
    each part in it once, where it belongs, and nothing else to fetch."""
    template = get_template("sales-marketing-roundtable").in_language(code)
    path = tmp_path / "s.roundtable"
    with Store.create(path, title=template.title, template=template, clock=clock) as store:

        async def talk(client, base):
            answer = await client.get(base)
            return answer.status, answer.content_type, await answer.text()

        status, kind, page = over_http(PhoneNotes(store), talk)
    assert (status, kind) == (200, "text/html")
    assert "#part" not in page  # no marker left unfilled
    assert not re.search(r"<(?:script|link|img)\b[^>]*\b(?:src|href)=", page)  # one request
    shipped = sorted(
        f.name
        for f in resources.files("roundtable.server").iterdir()
        if f.name.endswith((".css", ".js"))
    )
    assert sorted(part_names()) == shipped  # every part file is named, once
    style = page[page.index("<style>") : page.index("</style>")]
    start = page.index("\n<script>\n")  # the page's script (not its words' block)
    script = page[start : page.index("</script>", start)]
    places = []
    for name in part_names():
        text = read(name)
        assert page.count(text) == 1, name
        # Whole inside its element: a "</script>" in a part would end the script there.
        assert text in (style if name.endswith(".css") else script), name
        places.append(page.index(text))
    assert places == sorted(places)  # in page.html's order: the script's parts build on page.js
    # Its words in the room's language, as before the page was split.
    assert f'<html lang="{code}">' in page
    w = words(code)
    send = '<button id="send" type="submit" aria-describedby="closed" data-w="page.send">'
    assert f"{send}{w('page.send')}</button>" in page
    assert page_block(page) == script_words(w)


@pytest.mark.parametrize("code", ["en", "de", "fr", "es"])
def test_in_an_anonymous_session_the_page_tells_the_participant_their_name_is_not_kept(
    tmp_path, code
):
    """Without a name field, a participant of an anonymous session was told nothing: the
    page says, in the room's language, that their notes go up without their name."""
    template = get_template("sales-marketing-roundtable").in_language(code)
    with Store.create(tmp_path / "s.roundtable", title="Q4", template=template) as store:
        store.update_session(anonymous=True)

        async def talk(client, base):
            page = await (await client.get(base)).text()
            return page, await (await client.get(f"{base}/state")).json()

        page, state = over_http(PhoneNotes(store), talk)
    said = words(code)("page.anonymous")
    assert said != words("en")("page.anonymous") or code == "en"  # said in their language
    assert f'<p class="small" id="anon" hidden data-w="page.anonymous">{said}</p>' in page
    assert '$("anon").hidden = !s.anonymous;' in page  # shown once the laptop says so
    assert state["anonymous"] is True
