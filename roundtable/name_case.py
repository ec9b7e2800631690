"""A name pasted in capitals written as a name: "ANNA KELLER" is Anna Keller, and the surname
of "KELLER, Anna" (as some European lists write it) Keller.

Names in capitals stayed so on the cards, the @names and the minutes. Particles after the
first word are lower case ("Piet van der Berg", "Maria de la Cruz"), prefixes keep their
capital ("McDonald", "MacDonald", "O'Neill", "D'Angelo"), each part of a hyphenated name
has its own ("Anna-Lena"), and a numeral stays in capitals ("Henry Ford III"). A name with
lower-case letters is left as typed: whoever wrote "AJ Smith" or "Sanne van Dijk" chose it.
"""

from __future__ import annotations

import re

from .function_words import bare
from .given_names import EAST_ASIAN_SURNAMES

# Particles written in lower case between a given name and a surname ("la" and "las" only
# after "de": "Maria de la Cruz"; "La Fontaine" keeps its capital).
_PARTICLE_TEXT = "van von der den de del della da di du dos das do ten ter zu bin ibn y"
_PARTICLES = frozenset(_PARTICLE_TEXT.split())
_AFTER_DE = frozenset({"la", "las", "los", "le"})
# Gaelic surnames written Mac and a capital; others starting so are not ("Machado", "Mack").
_MAC_TEXT = """
    donald kenzie leod gregor arthur millan intyre kay lean neil pherson aulay dougall innes
    kinnon lennan rae queen farlane allister callum laren kenna namara guire ewan cormack gill
    ivor iver lachlan
"""
_MAC_ENDS = frozenset(_MAC_TEXT.split())
_NUMERAL = re.compile(r"[IVX]{2,}|IV|VI|IX", re.IGNORECASE)
_LETTERS = re.compile(r"[^\W\d_]+")


def in_capitals(text: str) -> bool:
    """Whether a name is written in capitals: two letters or more, none in lower case."""
    if text != text.upper() or text == text.lower():  # (one call each for most names)
        return False
    return sum(c.isalpha() for c in text) >= 2


def in_normal_case(name: str, *, first: bool = True) -> str:
    """`name` as a name is written when it is in capitals, else as it is; not `first` when
    it is a surname after the given name (a particle it starts with is lower case then:
    "VAN DER BERG" after Piet is "van der Berg")."""
    if not in_capitals(name):
        return name
    words = name.split(" ")
    # "NGUYEN VAN AN": Van is a middle name in Vietnamese, Do a surname.
    asian = any(bare(w) in EAST_ASIAN_SURNAMES for w in words)
    cased: list[str] = []
    for k, word in enumerate(words):
        low = word.casefold()
        previous = cased[-1].casefold() if cased else ""
        inside = (k > 0 or not first) and k < len(words) - 1
        if inside and not asian and (low in _PARTICLES or low in _AFTER_DE and previous == "de"):
            cased.append(low)
        elif k > 0 and _NUMERAL.fullmatch(word.strip(".,")):
            cased.append(word)
        else:
            cased.append(_LETTERS.sub(lambda m: _word(m.group()), word))
    return " ".join(cased)


def _word(word: str) -> str:
    """One run of letters in capitals written as a name's: "KELLER" is Keller, "MCDONALD"
    McDonald (the runs of "O'NEILL" are O and Neill)."""
    low = word.lower()
    if low.startswith("mc") and len(low) > 3:
        return "Mc" + low[2:].capitalize()
    if low.startswith("mac") and low[3:] in _MAC_ENDS:
        return "Mac" + low[3:].capitalize()
    return low.capitalize()
