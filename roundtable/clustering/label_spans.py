"""The stretch of a group's notes that names it best: two to four words a note writes side by
side ("Lead routing rules"), scored by how typical of the group its words are, with a verb at
either edge ("Owns the events", "Webinar sat") costing it the place. Used by labels.py.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .label_style import verb_at_edge, verb_form
from .label_verbs import (
    bare_verb,
    note_verbs,
    opens_on_particle,
    past_at_edge,
    phrasal_verb,
    plural_like,
    verb_roles,
)
from .label_words import (
    JOINERS,
    LINKING_WORDS,
    PREPOSITIONS,
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
    unelided,
)
from .other_verbs import cut_from_noun, german_opens, said_of
from .tfidf import terms

if TYPE_CHECKING:
    from .labels import RoundWords

GENERIC_SHARE = 0.4  # a term in more than this share of the round's notes is too generic

# A note's own phrase becomes the label when its typical terms score at least this.
PHRASE_MIN = 0.4


def nameable(term: str) -> bool:
    """Whether a term can stand in a label: a word with letters, not a weak word or symbol."""
    return any(ch.isalpha() for ch in term) and term not in WEAK_WORDS


def _term_scores(members: Sequence[int], words: RoundWords) -> dict[str, float]:
    """How typical each nameable term of the group is of it (as in distinctive_terms); a
    linking word counts too, for a label that opens with it ("Within the hour")."""
    n, size = len(words.docs), len(members)
    inside: Counter[str] = Counter()
    for i in members:
        inside.update(set(words.docs[i]))
    out = {}
    for term, count in inside.items():
        if not (nameable(term) or term in LINKING_WORDS) or (size > 1 and count < 2):
            continue
        share_out = (words.df[term] - count) / max(1, n - size)
        if n >= 6 and words.df[term] / n > GENERIC_SHARE and share_out > 0.25:
            continue
        out[term] = count / size - 0.5 * share_out
    return out


def note_phrase(members: Sequence[int], words: RoundWords) -> str:
    """The best 2-4 word stretch of one member note, as written, that holds the group's most
    typical terms ("weekly reports", "lead routing rules"); empty when none holds two."""
    best = _best_span(members, members, words)
    if best is None or best[0] < PHRASE_MIN:
        return ""
    return capitalise(best[2])


def central_phrase(central: Sequence[int], members: Sequence[int], words: RoundWords) -> str:
    """The best 2-4 word stretch of the group's most central note ("Marketer per vertical"):
    the group read through the note that is closest to all the others, when no stretch of
    any note holds enough of its shared words. Empty when the note has no such stretch, and
    when most of the group shares a word that only seems too common to name anything (in 8
    notes, four on the budget made "budget" too common, and its central note named the group
    "Targets slip"): the group's shared words name it then ("Marketing budget")."""
    if _owned_common_word(members, words):
        return ""
    for i in central:
        best = _best_span([i], members, words)
        if best is not None and not _subject_and_verb(best[2], members, i, words):
            return capitalise(best[2])
    return ""


def _owned_common_word(members: Sequence[int], words: RoundWords) -> bool:
    """Whether three quarters of a group of three or more share a word in so many of the
    round's notes that a stretch may not hold it, though nearly all of those notes are the
    group's own (fewer than a quarter of the others say it)."""
    n, size = len(words.docs), len(members)
    if size < 3 or n < 6:
        return False
    inside: Counter[str] = Counter()
    for i in members:
        inside.update(set(words.docs[i]))
    return any(
        nameable(t)
        and count >= 0.75 * size
        and words.df[t] / n > GENERIC_SHARE
        and (words.df[t] - count) / max(1, n - size) <= 0.25
        and t not in words.ignored
        for t, count in inside.items()
    )


def _subject_and_verb(span: str, members: Sequence[int], i: int, words: RoundWords) -> bool:
    """Whether a one-note theme's best stretch is only a subject and its verb ("Brochure
    sounds" like a manual), which names no theme: the note is named otherwise. A group's
    central note may still name it so: refusing that changed a hundred group labels, many
    for the worse ("Son disagree" for "Counts orders")."""
    split = span.split()
    if len(members) != 1 or len(split) != 2:
        return False
    return verb_at_edge(split[1], words.verbs | note_verbs(words.texts[i]), pasts=False)


def _best_span(
    notes: Sequence[int], members: Sequence[int], words: RoundWords
) -> tuple[float, int, str] | None:
    """(score, -length, text) of the best 2-4 word stretch of the given notes, scored by how
    typical of the group (members) its terms are; None when no stretch can name anything."""
    scores = _term_scores(members, words)
    n = len(words.docs)
    generic = {t for t, c in words.df.items() if n >= 6 and c / n > GENERIC_SHARE}
    generic |= words.ignored
    best: tuple[float, int, str] | None = None

    def linking_opens(key: str) -> bool:
        # "Within 48h" names what several notes promise; one note's "since spring" is no
        # name ("lead routing by territory works since spring": "Lead routing").
        return key in LINKING_WORDS and len(members) > 1 and key in scores

    for i in notes:
        raw, joined, cut, glue = tokens(words.texts[i])
        stops = stops_of(words.texts[i])
        keys = [term_of(token, stops) for token in raw]
        roles = verb_roles(words.texts[i])
        in_german = german(words.texts[i])
        language = note_language(words.texts[i])
        for start in range(len(raw)):
            for length in (2, 3, 4):
                end = start + length
                if end > len(raw) or not keys[start] or not keys[end - 1]:
                    continue
                if other_small(raw[start]) or other_small(raw[end - 1]):
                    continue  # "Tableau de" (bord): a note too short to tell it is French
                if in_german and not noun_end(raw[end - 1]):
                    continue  # "Vertrieb geplant": German names end on a noun
                if in_german and not german_opens(raw, start, roles):
                    continue  # "Verlieren Deals" (wir verlieren Deals), "Schnell Rabatt"
                if cut_from_noun(raw, cut, start, end, language):
                    continue  # "Conjuntas a clientes" (visitas conjuntas a clientes)
                if said_of(raw, cut, start, language):
                    continue  # "Élevé face" (le prix est trop élevé face à la concurrence)
                if language != "en" and (roles[start] or roles[end - 1]):
                    continue  # "Achats bloquent", "Tenemos referencias" (no tenemos)
                if any(cut[start : end - 1]):
                    continue  # "tracker, client": the end of one clause and another's start
                if (start and glue[start - 1]) or glue[end - 1]:
                    continue  # "approved compliance": half of "pre-approved" is no word
                if end < len(raw) and joined[end - 1] and keys[end] and not all(keys[start:end]):
                    continue  # "written in separate" (rooms): its small word's phrase goes on
                inner = raw[start:end]
                if any(
                    not k and t.lower() not in JOINERS
                    for k, t in zip(keys[start:end], inner, strict=True)
                ):
                    continue  # "calls where pricing": a clause, not a name
                span_terms = {k for k in keys[start:end] if k}
                if span_terms & generic:
                    continue  # "marketing" in a round where every note says it
                if not nameable(keys[end - 1]) or raw[end - 1].lower() in PREPOSITIONS:
                    continue  # "Parking behind" (the office)
                if not (nameable(keys[start]) or linking_opens(keys[start])):
                    continue
                if opens_on_particle(raw, start):
                    continue  # "Along with KAMs" (ride), "Back to old decks" (reps drift)
                if len(span_terms) < 2:
                    continue
                # Summed in a fixed order: a set's order changes with the hash seed, and near-ties
                # flipped ("Demand gen lead" or "Sit with demand gen" from the same notes).
                typical = [scores[k] for k in sorted(span_terms) if k in scores]
                if len(notes) > 1 and not typical:
                    continue
                # Every content word should earn its place: unknown words cost a little.
                score = sum(typical) - 0.15 * (len(span_terms) - len(typical))
                verbs = [  # "Client calls" ends on a noun; "SDR books" does not
                    (roles[at] and not (at == end - 1 and plural_like(raw[at])))
                    or verb_form(raw[at], raw[at - 1] if at else "")
                    or past_at_edge(raw, at, start, end)
                    or (at == end - 1 and phrasal_verb(raw, joined, cut, at))  # "Team set" (up)
                    or bare_verb(raw, joined, cut, at)  # "SDRs sit" (next), "Live in a drawer"
                    for at in range(start, end)
                ]
                # "Owns the events" and "AEs eat" are half a sentence: a span with a verb
                # at an edge names the group only when no other span can. Inside, a verb
                # costs little: "AE picks the logos" reads, "Mktg builds" does not.
                for at, verb in zip((start, end - 1), (verbs[0], verbs[-1]), strict=True):
                    score -= (scores.get(keys[at], 0.0) + 1.0) * verb
                score -= 0.1 * sum(verbs[1:-1])
                inner = [unelided(raw[start], stops), *raw[start + 1 : end]]
                shown = spelled(inner, glue[start:end], nouns=in_german, opens=start == 0)
                candidate = (score, -length, shown)
                if best is None or candidate[:2] > best[:2]:
                    best = candidate
    return best


def apart(label: str, members: Sequence[int], words: RoundWords) -> bool:
    """Whether no note of the group but a German one writes the label's words side by side,
    an English one's small words aside ("Leads caja" took two words a note keeps four
    apart)."""
    keys = terms(label)
    for i in members:
        text, stops = words.texts[i], stops_of(words.texts[i])
        # Not an English one's small words: "CRM actualizado" dropped the "no está" of "El
        # CRM no está actualizado" and said the opposite.
        said = [term_of(t, stops) for t in tokens(text)[0]]
        said = terms(text) if note_language(text) == "en" else said
        if german(text):
            continue
        if any(said[k : k + len(keys)] == keys for k in range(len(said))):
            return False
    return True
