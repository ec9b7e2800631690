"""What the phone page keeps hidden until it applies stays hidden: the browser hides an
element with the `hidden` attribute only while no rule of the page's style gives it a
`display` of its own, so "This session is anonymous: your notes go ... without your name"
(a `.small` paragraph, `display: block`) showed in every session, above the list of names
whose notes go up with their name. (Seen in Chromium: tests/benchmarks/phone_page/browser.py.)"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from roundtable.server.page_parts import assembled_page

PAGE = assembled_page()
STYLE = re.sub(
    r"/\*.*?\*/", "", PAGE[PAGE.index("<style>") + 7 : PAGE.index("</style>")], flags=re.S
)
RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")


class HiddenParts(HTMLParser):
    """Each element written with `hidden`: (its tag, its id, its classes)."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, str, set[str]]] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "hidden" in a:
            self.found.append((tag, a.get("id") or "", set((a.get("class") or "").split())))


def matches(selector: str, tag: str, id_: str, classes: set[str]) -> bool:
    """A simple selector (tag, #id, .class, or one of each together) that picks the element."""
    selector = selector.strip()
    if not re.fullmatch(r"[\w-]*(?:[#.][\w-]+)*", selector):
        return False  # (combinators, states: none of the page's hidden parts is picked so)
    name = re.match(r"[\w-]*", selector).group(0)
    ids = re.findall(r"#([\w-]+)", selector)
    wanted = set(re.findall(r"\.([\w-]+)", selector))
    return (not name or name == tag) and all(i == id_ for i in ids) and wanted <= classes


def test_every_part_the_page_hides_until_needed_is_hidden():
    parts = HiddenParts()
    parts.feed(PAGE)
    assert parts.found, "the page hides nothing until needed"
    rules = [(sel, body) for sels, body in RULE.findall(STYLE) for sel in sels.split(",")]
    hidden_wins = any(
        sel.strip() == "[hidden]" and re.search(r"display:\s*none\s*!important", body)
        for sel, body in rules
    )
    shown_anyway = [
        (id_ or tag, sel.strip())
        for tag, id_, classes in parts.found
        for sel, body in rules
        if "display" in body and matches(sel, tag, id_, classes)
    ]
    assert hidden_wins or shown_anyway == []
