"""Why a suggested theme's notes belong together, in one sentence the facilitator can read:
the terms they share, or the two most central notes when the group shares meaning rather
than words.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from .label_style import quote, telling
from .label_words import stops_of
from .labels import RoundWords, distinctive_terms


def make_reason(members: Sequence[int], words: RoundWords, central: Sequence[int] = ()) -> str:
    """One sentence saying why these notes belong together."""
    texts, docs, forms = words.texts, words.docs, words.forms
    if len(members) == 1:
        return "A note on its own: no other note in the round is close to it."
    shared = telling(distinctive_terms(members, words, limit=3), forms)
    counts = Counter(t for i in members for t in set(docs[i]))
    if shared and counts[shared[0]] >= max(2, len(members) // 2):
        shown = ", ".join(forms.get(t, t) for t in shared)
        # How many say them: "6 notes linked by the words: client" had one without it.
        linked = sum(1 for i in members if set(docs[i]) & set(shared))
        some = f", {linked} of them" if linked < len(members) else ""
        # "linked by the words: teams" named one word as if it were several.
        which = "the words" if len(shared) > 1 else "the word"
        return f"{len(members)} notes{some} linked by {which}: {shown}."
    strong = [forms.get(t, t) for t in shared if counts[t] >= 2]
    also = f" (shared words: {', '.join(strong)})" if strong else ""
    if len(members) == 2:
        # Quoting a pair's own two notes as what they are close to said nothing; "that say
        # much the same in other words" claimed more than a closeness in meaning shows (a
        # brewery owner's video and a lender's status, paired).
        return f"2 notes close in meaning{also}."
    quotes = words.typed or texts  # a quote is as typed, typos and all
    picks = [quotes[i] for i in list(central)[:2]] or [quotes[i] for i in members[:2]]
    quoted = " and ".join(f"“{quote(p, stops=stops_of(p))}”" for p in picks)
    return f"{len(members)} notes close in meaning to {quoted}{also}."


def shared_words(members: Sequence[int], words: RoundWords) -> str:
    """ "Shared words: bonus, quota." for the words two or more of these notes use, or ""
    (a template theme's reason was its description alone, never why these notes)."""
    counts = Counter(t for i in members for t in set(words.docs[i]))
    terms = telling(distinctive_terms(members, words, limit=3), words.forms)
    strong = [t for t in terms if counts[t] >= 2]
    if not strong:
        return ""
    return f"Shared words: {', '.join(words.forms.get(t, t) for t in strong)}."
