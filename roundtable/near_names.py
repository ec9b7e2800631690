"""The roster name a mistyped one was probably meant to be ("@Chirs" for Chris Hall), for
the message that says a name is not on the roster: it said so and no more, and the
facilitator had to work out the slip in front of the room."""

from __future__ import annotations

import difflib
from collections.abc import Sequence

from roundtable.model import name_key
from roundtable.name_forms import name_as_called

# How alike (difflib's ratio) a typed name and a roster name must be to be offered.
CUTOFF = 0.75


def meant_name(roster: Sequence[str], typed: str) -> str | None:
    """The one roster name `typed` is closest to, by the whole name or the first name
    (case and accents aside; a title before the name or a nickname in brackets aside, or
    the nickname), or None when none is close or two are equally close."""
    wanted = name_key(typed)
    if not wanted:
        return None
    keys: dict[str, set[str]] = {}
    for name in roster:
        plain, firsts = name_as_called(name)
        for key in {name_key(name), name_key(plain), *(name_key(f) for f in firsts)}:
            if key:
                keys.setdefault(key, set()).add(name)
    close = difflib.get_close_matches(wanted, list(keys), n=2, cutoff=CUTOFF)
    if not close:
        return None
    best = difflib.SequenceMatcher(None, wanted, close[0]).ratio()
    names = set(keys[close[0]])
    if len(close) > 1 and difflib.SequenceMatcher(None, wanted, close[1]).ratio() == best:
        names |= keys[close[1]]
    return next(iter(names)) if len(names) == 1 else None
