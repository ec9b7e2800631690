"""A roster name as the room says it: "Dr. Anna Keller" is called Anna, or Anna Keller, and
"Robert Smith (Bob)" Bob, or Robert Smith. A pasted roster keeps a title before a name and a
nickname in brackets after it as written; an @name or a CSV's participant finds the person
by the name used in the room (`roundtable.model.people_named`, `near_names.meant_name`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

# Titles written before a name ("Dr. Anna Keller", "Herr Jonas Brandt"), in any case, with
# or without their dot.
_TITLES = frozenset(
    {"dr", "prof", "mr", "mrs", "ms", "mx", "miss", "herr", "frau", "mme", "mlle", "sr", "sra"}
    | {"srta", "dott", "ing", "mag", "dipl"}
)
# A word in brackets in a name: a nickname ("Robert Smith (Bob)", "Robert (Bob) Smith").
_BRACKETED = re.compile(r"\s*[(\[]([^()\[\]]*)[)\]]\s*")


def name_as_called(name: str) -> tuple[str, set[str]]:
    """A roster name as the room says it: without a title before it or brackets in it
    ("Dr. Anna Keller" is Anna Keller, "Robert Smith (Bob)" Robert Smith), and the first
    names it answers to (Anna; Robert and Bob)."""
    words = _BRACKETED.sub(" ", name).split()
    while len(words) > 1 and words[0].casefold().rstrip(".") in _TITLES:
        words = words[1:]
    firsts = {words[0]} if words else set()
    firsts |= {m.strip() for m in _BRACKETED.findall(name) if m.strip().isalpha()}
    return " ".join(words), firsts


def called_by(names: Sequence[str], wanted: str, key: Callable[[str], str]) -> list[int]:
    """Which of `names` (their indexes) the `key` of a typed name, `wanted`, calls: those
    whose name it is without title or brackets, else whose first name, else whose nickname
    ("Bob" is Bob Jones, not Robert Smith (Bob), when both are on the roster: Bob Jones
    was meant before nicknames were read)."""
    called = [name_as_called(name) for name in names]
    for matches in (
        lambda plain, _firsts: key(plain) == wanted,
        lambda plain, _firsts: bool(plain) and key(plain.split()[0]) == wanted,
        lambda _plain, firsts: wanted in {key(f) for f in firsts},
    ):
        found = [k for k, (plain, firsts) in enumerate(called) if matches(plain, firsts)]
        if found:
            return found
    return []
