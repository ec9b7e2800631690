"""A German group's label made of its typical nouns as its notes write them: two nouns that
stand together in a note ("Messe Budget", "Leads im CRM"), else the most typical noun with
the adjective or the "ohne" / "kein" a note puts before it ("eigenes Messebudget", "ohne
Abstimmung"), else that noun alone, which in
German is often a compound that names the theme on its own ("Besuchsberichte"). Used by
labels.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from roundtable.stopwords import OTHER_NEGATIONS

from .label_verbs import verb_roles
from .label_words import capitalise, spelled, stops_of, term_of, tokens
from .other_verbs import ADJECTIVE_ENDS

if TYPE_CHECKING:
    from .labels import RoundWords


def german_name(nouns: Sequence[str], members: Sequence[int], words: RoundWords) -> str:
    """A label for a German group from its typical nouns (terms, best first); empty when
    there are fewer than two.

    Two nouns make a label only when a note writes them side by side, or with one small
    word between them in the same clause ("Besuchsberichte im CRM").
    """
    if len(nouns) < 2:
        return ""
    notes = [_read(words.texts[i], words) for i in members]
    for a, first in enumerate(nouns):
        for second in nouns[a + 1 :]:
            for note in notes:
                found = _side_by_side(note, first, second)
                if found:
                    return found
    best = nouns[0]
    for note in notes:
        found = _with_adjective(note, best)
        if found:
            return found
    return capitalise(words.forms.get(best, best))


_Note = tuple[list[str], list[bool], list[str], list[str], list[bool], tuple[bool, ...]]


def _read(text: str, words: RoundWords) -> _Note:
    """A note's tokens, clause breaks, marks, terms, and whether each token is a noun as the
    note writes it (a capital inside the sentence; the first word when the round writes it
    with a capital elsewhere)."""
    raw, _joined, cut, glue = tokens(text)
    stops = stops_of(text)
    keys = [term_of(t, stops) for t in raw]
    noun = [
        bool(k) and (t[:1].isupper() if at else words.forms.get(k, "")[:1].isupper())
        for at, (t, k) in enumerate(zip(raw, keys, strict=True))
    ]
    return raw, cut, glue, keys, noun, verb_roles(text)


def _side_by_side(note: _Note, first: str, second: str) -> str:
    raw, cut, glue, keys, noun, _roles = note
    for start in range(len(raw)):
        for end in (start + 1, start + 2):
            if end >= len(raw) or any(cut[start:end]) or not (noun[start] and noun[end]):
                continue
            if {keys[start], keys[end]} != {first, second}:
                continue
            if end == start + 2 and (keys[start + 1] or raw[start + 1][:1].isupper()):
                continue  # a third word between them, not a small one
            shown = spelled(raw[start : end + 1], [*glue[start:end], ""], nouns=True)
            return capitalise(shown)
    return ""


def _with_adjective(note: _Note, term: str) -> str:
    raw, cut, glue, keys, noun, roles = note
    for at in range(1, len(raw)):
        if keys[at] != term or not noun[at] or cut[at - 1] or glue[at - 1]:
            continue
        before = raw[at - 1]
        # Not a verb: "bringen Kontakte" (Messen bringen Kontakte).
        adjective = bool(keys[at - 1]) and before.endswith(ADJECTIVE_ENDS) and not roles[at - 1]
        if before[:1].islower() and (adjective or before in OTHER_NEGATIONS):
            return capitalise(spelled(raw[at - 1 : at + 1], ["", ""], nouns=True))
    return ""
