"""How Find (Ctrl+F, find_notes.py) reads what is typed and what it searches: every word
typed, in any order, whatever its case or accents, found where a word of the text starts.
The board's cards, its themes' names, the count beside the line and the Actions panel's
items are all matched so.

A word typed finds the words it begins: "lead" finds "leads", "Lead-Scoring" and "lead's",
not "misleading"; "sla" finds "MQL/SLA" (a hyphen, slash or other mark starts a word), not
"Slack". Found anywhere, "ana" was in "managers" and "e" in every note: each letter typed
shortened the list less than the facilitator expected. A word of six letters or more is
found inside a word too, for the compounds German and Dutch write closed: "scoring" finds
"Leadscoring", "kunden" "Neukunden". So long a piece of a word is seldom there by chance
("leading" in "misleading" is); the short ones that were ("ana", "sla", "lead", "team")
still go by the start only. In Chinese, Japanese or Thai, written without spaces, a word
typed is found anywhere, and a word after one of their letters ("CRM" in "我们的CRM系统") is
found at its start. In Arabic and Hebrew, a word is found after the short words those scripts
join to it ("عملاء" in "والعملاء", and the clients).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from roundtable.model import Note
from ui.windows.cards import OPEN_QUESTION_LINE

# From this many letters, a word typed is found inside a word as well as at its start.
INSIDE_WORDS = 6

# Letters with no accent for Unicode to take off, which people type without one all the
# same ("Lodz" for "Łódź", "Oresund" for "Øresund"); curly apostrophes as the straight one.
PLAIN = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "æ": "ae", "œ": "oe", "’": "'", "‘": "'"}
)
# An apostrophe with a letter or two after it inside a word ("lead's", "don't", "we're")
# joins them: "s" and "t" alone found every "'s" and "n't", and "leads" finds "lead's".
# A longer word after one is a word of its own ("l'équipe", "d'accord").
SHORT_ENDING = re.compile(r"(?<=\w)'(?=[^\W\d_]{1,2}(?!\w))")


@lru_cache(maxsize=8192)  # a round's notes, folded once rather than at every key
def folded(text: str) -> str:
    """Text as a search compares it: case and accents gone ("Équipe" finds "equipe")."""
    parts = unicodedata.normalize("NFKD", text.casefold().translate(PLAIN))
    return SHORT_ENDING.sub("", "".join(c for c in parts if not unicodedata.combining(c)))


def search_words(text: str) -> tuple[str, ...]:
    return tuple(folded(text).split())


def searched(note: Note) -> str:
    """What a search reads of a note: its text, and its mark as an open question (so "open
    question" finds the round's open questions, and says which rounds have more)."""
    return f"{note.text}\n{OPEN_QUESTION_LINE}" if note.open_question else note.text


# Scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer,
# Burmese): a sentence in one is a single "word" to a search by word starts, so "市场" found
# only the notes that begin with it. A word typed in one is found anywhere.
UNSPACED = (
    (0x0E00, 0x0EFF),  # Thai, Lao
    (0x1000, 0x109F),  # Myanmar
    (0x1780, 0x17FF),  # Khmer
    (0x3040, 0x31FF),  # Hiragana, Katakana, Bopomofo and the like
    (0x3400, 0x4DBF),  # CJK ideographs, extension A
    (0x4E00, 0x9FFF),  # CJK ideographs
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFF66, 0xFF9F),  # half-width Katakana
    (0x20000, 0x3FFFF),  # CJK ideographs, further extensions
)


def unspaced(letter: str) -> bool:
    """Whether `letter` is of a script written without spaces between words."""
    point = ord(letter)
    return any(low <= point <= high for low, high in UNSPACED)


# After a letter of those scripts a word starts too: "CRM" in "我们的CRM系统" (ours is the CRM
# system) followed an ideograph, a letter to the search, and "crm" did not find it.
_AFTER_UNSPACED = "(?<=[" + "".join(f"{chr(low)}-{chr(high)}" for low, high in UNSPACED) + "])"


# Arabic and Hebrew write a few short words joined to the word after them: "and", "with",
# "for", "like" and Arabic's "the" ("والعملاء", and the clients; Hebrew "וללקוחות", and to
# clients). "عملاء" (clients) found neither, as the word began two or three letters before
# it. A word typed in either script is found after those letters too, and a typed Arabic
# "the" ("العملاء") finds the word without it ("عملاء").
ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f]")
HEBREW = re.compile("[\u05d0-\u05ea]")
ARABIC_JOINED = "(?:[وف]?(?:[بكل]?ال|لل|[بكل])?)"
HEBREW_JOINED = "[ובכלמשה]{0,3}"
ARABIC_THE = "ال"


# A word of two letters is too often the end of a longer one ("כן", yes, in "מכן"): only
# words of three letters or more are found after joined letters.
JOINED_FROM = 3


def _joined_before(word: str) -> tuple[str, str]:
    """The letters Find lets stand joined before `word`, and the word to look for after them."""
    if ARABIC.match(word):
        if word.startswith(ARABIC_THE) and len(word) >= len(ARABIC_THE) + JOINED_FROM:
            word = word[len(ARABIC_THE) :]
        return (ARABIC_JOINED if len(word) >= JOINED_FROM else ""), word
    if HEBREW.match(word) and len(word) >= JOINED_FROM:
        return HEBREW_JOINED, word
    return "", word


@lru_cache(maxsize=256)
def word_start(word: str) -> re.Pattern[str]:
    """Where a folded text holds `word` as Find finds it: at a word's start (after no letter
    or digit, or after the short words Arabic and Hebrew join to it), or anywhere for a long
    word, one that begins with a mark ("#crm") or one in a script written without spaces
    ("市场")."""
    joined, word = _joined_before(word)
    if len(word) >= INSIDE_WORDS or not word[0].isalnum() or unspaced(word[0]):
        return re.compile(re.escape(word))
    return re.compile(r"(?:(?<![^\W_])" + joined + "|" + _AFTER_UNSPACED + ")" + re.escape(word))


def _finder(word: str) -> Callable[[str], bool]:
    pattern = word_start(word)
    plain = _joined_before(word)[1]
    # A plain `in` first: most texts do not hold the letters at all, and it is far quicker.
    return lambda seen: plain in seen and pattern.search(seen) is not None


@lru_cache(maxsize=64)
def _finders(words: tuple[str, ...]) -> tuple[Callable[[str], bool], ...]:
    return tuple(_finder(w) for w in words)


def matches(text: str, words: tuple[str, ...]) -> bool:
    """Every word typed starts a word of the text ("onboard" finds "onboarding", "lead" not
    "misleading"), or is inside one if long ("scoring" finds "Leadscoring")."""
    if not words:
        return True
    seen = folded(text)
    return all(finds(seen) for finds in _finders(words))
