"""A lone note's name when neither its opening words nor its most typical words make one: the
stretch of the note that reads best as a name ("Big bet" in "support when a big bet doesn't
pan out", "Mentor from the other side"), never two words the note keeps apart ("Bet pan").
Used by labels.py for a theme of one note.
"""

from __future__ import annotations

from collections.abc import Collection

from .label_style import verb_form
from .label_verbs import (
    PAST_ONLY,
    bare_verb,
    opens_on_particle,
    past_form,
    phrasal_verb,
    plural_like,
    verb_roles,
)
from .label_words import (
    JOINERS,
    PREPOSITIONS,
    VERB_FORMS,
    WEAK_WORDS,
    capitalise,
    german,
    note_language,
    noun_end,
    other_small,
    spelled,
    stops_of,
    term_of,
    tokens,
)
from .other_verbs import cut_from_noun, german_opens, said_of

# Small words a name may hold inside it besides JOINERS: "parking at the new office",
# "mentor from the other side", "note each quarter".
_INSIDE = JOINERS | frozenset(
    {"at", "from", "into", "about", "over", "each", "every", "other", "same", "new"}
)
_JOINER_COST = 0.2  # a longer name must say more: "Mentor from the other side", not "Mentor of"
_WEAK_SCORE = 0.3  # "big", "new", "first": a name's word, but not what it is about


def lone_phrase(text: str, generic: Collection[str], verbs: Collection[str] = ()) -> str:
    """The best stretch of two to five words of a note that reads as a name, or "".

    A stretch holds no clause break and no verb ("ones turned into meetings" is a clause); it
    opens and ends on a word that means something, ends on no verb or small word, and holds
    at least one word that is neither weak ("big", "first") nor said all over the round. The
    more such words it holds the better; small words inside cost a little.

    Args:
        generic: terms said all over the round (or in its question), which name nothing.
        verbs: words (lower case) the round's notes use as verbs.
    """
    raw, joined, cut, glue = tokens(text)
    stops = stops_of(text)
    keys = [term_of(t, stops) for t in raw]
    roles = verb_roles(text)
    in_german, language = german(text), note_language(text)

    def verb(at: int) -> bool:
        low, before = raw[at].lower(), raw[at - 1] if at else ""
        return (
            (roles[at] and not plural_like(raw[at]))
            or verb_form(raw[at], before, verbs)
            or low in PAST_ONLY
            or bare_verb(raw, joined, cut, at)  # "drift" in "reps drift back to old decks"
        )

    def worth(at: int) -> float | None:  # what a word adds to a name; None: no name's word
        key = keys[at]
        if not key or other_small(raw[at]) or key in generic:
            return None
        return _WEAK_SCORE if key in WEAK_WORDS else 1.0

    best: tuple[float, int, str] | None = None
    for start in range(len(raw)):
        if (start and glue[start - 1]) or worth(start) is None or verb(start):
            continue
        if past_form(raw[start]) and start + 1 < len(raw) and not keys[start + 1]:
            continue  # "turned into meetings": a past form opens a name before its noun
        first = raw[start].lower()
        if opens_on_particle(raw, start):
            continue  # "Back to old decks" (reps drift), "Along with KAMs" (ride): no name
        if first in VERB_FORMS and not past_form(first):
            continue  # "Live in a drawer" (account plans): a verb, not a participle
        if in_german and not german_opens(raw, start, roles):
            continue  # "Verlieren Deals": a German name opens on no verb
        if said_of(raw, cut, start, language):
            continue  # "Demasiado largo" (ciclo de venta demasiado largo)
        for end in range(start + 2, min(start + 5, len(raw)) + 1):
            last = end - 1
            if any(cut[start:last]) or not all(joined[start:last]) or glue[last]:
                break  # "tracker, client": a clause ends inside
            values = [worth(at) for at in range(start, end)]
            inside_ok = all(  # "the new office" in a round where every note is new
                v is not None or raw[at].lower() in _INSIDE or keys[at] in generic
                for at, v in zip(range(start, end), values, strict=True)
            )
            if not inside_ok or any(verb(at) for at in range(start + 1, end)):
                break  # "which ones turned": a clause, not a name
            end_low = raw[last].lower()
            if values[-1] != 1.0 or end_low in VERB_FORMS or past_form(end_low):
                continue  # "Leads sent": a verb ends it; "Campaign booked for the new"
            if end_low in PREPOSITIONS:
                continue  # "Parking behind" (the office): what it is about comes after
            if phrasal_verb(raw, joined, cut, last):
                continue  # "Revops set" (up): half of a phrasal verb
            if in_german and not noun_end(raw[last]):
                continue
            if cut_from_noun(raw, cut, start, end, language):
                continue  # "Conjuntas a clientes" (visitas conjuntas a clientes)
            named = [v for v in values if v is not None]
            if len(named) < 2 or max(named) < 1.0:
                continue  # "First time": no word says what about
            score = sum(named) - _JOINER_COST * (len(values) - len(named))
            shown = spelled(raw[start:end], glue[start:end], nouns=in_german, opens=start == 0)
            candidate = (score, -start, shown)
            if best is None or candidate[:2] > best[:2]:
                best = candidate
    return capitalise(best[2]) if best else ""
