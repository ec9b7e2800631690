"""Typos a round spells right elsewhere: "commnus" where other notes say "communs".

Notes are typed fast, and a label taken from the one note with a typo showed it to the room
("Objectifs commnus", "Rotate marketers into saels"). A word is read as a typo of another
word of the same round when that word is said more often (at least twice) and the two
differ only by two neighbouring letters swapped inside the word ("saels", "sales";
"commnus", "communs"). A letter more or less is not read as a typo: "contract" and
"contact", "makers" and "makes", "client" and "clients" are all words (on the 4,838 notes of
the labelled files together, that rule took 30 real words for typos). Nor is a swap that
makes or unmakes a small or weak word ("three" and "there", "tired" and "tried").
Only labels use this; grouping reads the notes as typed.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence

from roundtable.stopwords import OTHER_STOP_WORDS, STOP_WORDS

from .label_words import WEAK_WORDS
from .tfidf import stem

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
SWAP_MIN = 5  # shorter words swap into other words too often ("form", "from")
MIN_SEEN = 2  # the right spelling is said at least this often


_SMALL = STOP_WORDS.union(*OTHER_STOP_WORDS.values())


def _plain(word: str) -> bool:
    """Whether a word may be a typo or its right spelling: not a small or weak word."""
    return word not in _SMALL and stem(word) not in WEAK_WORDS


def _lower_words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFKC", text or "").lower())


def _swaps(word: str) -> list[str]:
    """The word with two neighbouring letters swapped, never the first or the last."""
    return [
        word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        for i in range(1, len(word) - 2)
        if word[i] != word[i + 1]
    ]


def spelling_fixes(texts: Sequence[str]) -> dict[str, str]:
    """Lower-case word as typed -> the round's more frequent spelling of it."""
    counts = Counter(w for text in texts for w in _lower_words(text))
    fixes: dict[str, str] = {}
    for word, seen in counts.items():
        if len(word) < SWAP_MIN or not _plain(word):
            continue
        found = [
            w for w in _swaps(word) if counts.get(w, 0) >= max(MIN_SEEN, seen + 1) and _plain(w)
        ]
        if found:
            fixes[word] = max(found, key=lambda w: (counts[w], w))
    return fixes


def respelled(text: str, fixes: dict[str, str]) -> str:
    """The text with each typo of `fixes` spelled as the round spells it, in the typed
    word's case ("Saels" -> "Sales", "SAELS" -> "SALES")."""
    if not fixes:
        return text

    def fix(match: re.Match[str]) -> str:
        typed = match.group()
        right = fixes.get(typed.lower())
        if right is None:
            return typed
        if typed.isupper() and len(typed) > 1:
            return right.upper()
        return right[:1].upper() + right[1:] if typed[:1].isupper() else right

    return _WORD.sub(fix, unicodedata.normalize("NFKC", text or ""))
