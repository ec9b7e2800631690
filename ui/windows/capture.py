"""The capture line: parse `s:` / `m:` / `o:` prefixes and `@name` mentions from typed text."""

from __future__ import annotations

import re

from roundtable.model import Function

PREFIXES: dict[str, Function] = {"s": "sales", "m": "marketing", "o": "other"}
MENTION = re.compile(r"(?:^|\s)@([\w.\-]+(?:\s[A-Z][\w.\-]*)?)")


def parse_entry(text: str, current: Function) -> tuple[str, Function, str | None]:
    """Return (note text, function, mentioned name or None) for a typed line."""
    text = text.strip()
    function = current
    m = re.match(r"^([smoSMO]):\s*", text)
    if m:
        function = PREFIXES[m.group(1).lower()]
        text = text[m.end() :]
    name = None
    mm = MENTION.search(text)
    if mm:
        name = mm.group(1).strip()
        text = (text[: mm.start()] + text[mm.end() :]).strip()
    return text, function, name
