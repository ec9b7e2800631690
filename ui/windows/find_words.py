"""How Find (Ctrl+F, find_notes.py) reads what is typed and what it searches: every word
typed, in any order, whatever its case or accents, as a word or a part of one. The board's
cards, its themes' names and the Actions panel's items are all matched so."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from roundtable.model import Note
from ui.windows.cards import OPEN_QUESTION_LINE


@lru_cache(maxsize=8192)  # a round's notes, folded once rather than at every key
def folded(text: str) -> str:
    """Text as a search compares it: case and accents gone ("Équipe" finds "equipe")."""
    parts = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in parts if not unicodedata.combining(c))


def search_words(text: str) -> tuple[str, ...]:
    return tuple(folded(text).split())


def searched(note: Note) -> str:
    """What a search reads of a note: its text, and its mark as an open question (so "open
    question" finds the round's open questions, and says which rounds have more)."""
    return f"{note.text}\n{OPEN_QUESTION_LINE}" if note.open_question else note.text


def matches(text: str, words: tuple[str, ...]) -> bool:
    """Every word is somewhere in the text (as a word or a part of one: "onboard" finds
    "onboarding")."""
    if not words:
        return True
    seen = folded(text)
    return all(w in seen for w in words)
