"""The phone page put together from its parts, as the server sends it.

page.html holds the page's markup and the words of its script (page_words.py); its style
and script are files beside it (page.css, page.js, page_notes.js, page_ballot.js), each put
in where page.html has its marker: a line `/*#part page.css*/` (a comment in CSS and in
JavaScript alike). The page is put together at each load, so a phone still gets it in one
request (a room's Wi-Fi may be poor), with nothing else to fetch or cache.
"""

from __future__ import annotations

import re
from importlib import resources

MARKER = re.compile(r"^/\*#part ([\w.-]+)\*/\n", re.M)


def read(name: str) -> str:
    """One file of the page, as the package ships it."""
    return resources.files("roundtable.server").joinpath(name).read_text("utf-8")


def part_names() -> list[str]:
    """The parts page.html names, in the order it puts them in."""
    return MARKER.findall(read("page.html"))


def assembled_page() -> str:
    """page.html with each part in at its marker: the page, in English (served_page puts
    it in the room's language)."""
    return MARKER.sub(lambda m: read(m.group(1)), read("page.html"))
