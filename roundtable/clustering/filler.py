"""Notes with no topic to group by: no word at all ("😬", "?!"), or only agreement with
what someone else said ("+1", "same as above", "Agree w Tom").

Suggestions leave such notes for the facilitator and sorting places them nowhere.
"""

from __future__ import annotations

import re

from .tfidf import stem, terms, words


def has_words(text: str) -> bool:
    """Whether a note has a letter or digit in any script (emoji and marks alone do not)."""
    return any(ch.isalnum() for ch in text)


# Words that only agree with, or react to, what someone else said. A note made of them
# ("+1", "same as above", "ditto", "^^ this", "yes!") has no topic of its own: grouped,
# such notes made themes of their own ("Agree w", five of a round's eight themes).
_AGREEING = ("agree", "agreed", "agreeing", "ditto", "same", "plus", "+1", "+", "^")
_REACTING = (
    "yes yep yeah yup exactly indeed true totally absolutely definitely right correct sure ok"
    " okay tbh imo imho lol haha 100 this that too also here above below well said point"
    " good great"
)
_FILLER_TERMS = frozenset(
    [stem(w) for w in _AGREEING] + [stem(w) for w in _REACTING.split()] + ["+", "^"]
)
_AGREE_TERMS = frozenset(stem(w) for w in _AGREEING)


def says_only_agreement(text: str) -> bool:
    """Whether a note only agrees or reacts ("+1", "same", "agree w/ Tom", "yes 🙃").

    A note that names a topic as well ("+1 to the comp plan", "agree, the SLA is dead")
    is not: it is grouped by that topic.
    """
    if not has_words(text):
        return False  # wordless: has_words already leaves it out
    found = [t for t in terms(text) if any(ch.isalnum() for ch in t) and t != "1"]
    content = [t for t in found if t not in _FILLER_TERMS]
    if not content:
        return True
    # "Agree w Tom", "+1 @ana": agreement and one name, nothing else.
    agrees = any(t in _AGREE_TERMS for t in terms(text)) or "+1" in text
    named = re.findall(r"(?:^|\s)@?([A-Z][\w'-]*)", text)
    return (
        agrees
        and len(words(text)) <= 5
        and len(content) == 1
        and content[0] in {stem(n.lower()) for n in named}
    )
