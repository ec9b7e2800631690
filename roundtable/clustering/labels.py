"""Readable theme labels, taken from the notes' own words (the reasons are in reasons.py).

A label is the two or three terms that are most typical of a group compared with the rest
of the round: frequent inside the group, rarer outside it, and never a word that appears in
most of the round's notes (in a sales and marketing room "sales" says nothing). Terms are
shown in the spelling the notes use most (acronyms such as MQL stay upper case). Labels are
made unique within the round.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from roundtable.stopwords import without_elision

from .german_label import german_name
from .label_heads import with_head_noun, with_whole_word
from .label_spans import GENERIC_SHARE, apart, central_phrase, nameable, note_phrase
from .label_style import unshouted, verb_at_edge
from .label_verbs import (
    BEFORE_VERB,
    PAST_ONLY,
    note_verbs,
    past_form,
    phrasal_words,
    round_verbs,
)
from .label_words import (
    PREPOSITIONS,
    TOKEN,
    WEAK_WORDS,
    acronym,
    capitalise,
    german,
    in_round_language,
    note_language,
    noun_end,
    round_language,
    stops_of,
    term_of,
    with_complement,
)
from .lone_label import LABEL_MAX_CHARS, first_words, lone_label, opening_name
from .lone_phrase import lone_phrase
from .other_verbs import cut_from_noun_in
from .spelling import respelled, spelling_fixes
from .tfidf import stem, terms


def surface_forms(texts: Sequence[str]) -> dict[str, str]:
    """Map each stemmed term to the spelling the notes use most for it."""
    seen: dict[str, Counter[str]] = {}
    for text in texts:
        stops = stops_of(text)
        # German writes its nouns with a capital: "Gemeinsame Ziele", not "Gemeinsame ziele".
        in_german = german(text)
        for at, raw in enumerate(TOKEN.findall(unicodedata.normalize("NFKC", text or ""))):
            key = term_of(raw, stops)
            if not key:
                continue
            noun = in_german and at > 0 and raw[:1].isupper()
            form = (
                raw
                if acronym(raw) or noun
                else without_elision(raw.lower().replace("’", "'"), stops)
            )
            seen.setdefault(key, Counter())[form] += 1
    return {k: sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] for k, c in seen.items()}


@dataclass(frozen=True)
class RoundWords:
    """The words of one round's notes, computed once for all its labels."""

    texts: Sequence[str]
    docs: list[list[str]]
    df: Counter[str]
    forms: dict[str, str]
    ignored: frozenset[str] = frozenset()  # the question's terms
    typed: Sequence[str] = ()  # the notes as typed (texts has typos respelled), for quotes
    verbs: frozenset[str] = frozenset()  # words the notes use as verbs ("eat", "ghost")
    language: str = "en"  # the round's, for its notes without small words (round_language)


# "@ben" left in a note (a name not on the roster) says who, not what: no label word.
_MENTION = re.compile(r"(?<![\w@])@\w[\w'’.-]*")


def round_words(texts: Sequence[str], ignore: Collection[str] = ()) -> RoundWords:
    """Collect terms, document frequencies and display spellings for a round.

    Args:
        ignore: terms no label is made of (the words of the round's question: "demo" in
            "Where do we lose deals after the demo?" says nothing about one theme).
    """
    typed = [_MENTION.sub("", t or "") for t in texts]
    # Labels spell a word as the round does: "Objectifs communs", not the one note's typo.
    fixes = spelling_fixes(typed)
    texts = [respelled(t, fixes) for t in typed]
    docs = [[t for t in terms(text) if t not in ignore] for text in texts]
    df: Counter[str] = Counter()
    for doc in docs:
        df.update(set(doc))
    language = round_language(texts)
    with in_round_language(language):
        verbs, forms = round_verbs(texts), surface_forms(texts)
    return RoundWords(texts, docs, df, forms, frozenset(ignore), typed, verbs, language)


def distinctive_terms(
    members: Sequence[int], words: RoundWords, limit: int = 3, min_count: int = 2
) -> list[str]:
    """The terms most typical of members against the whole round, best first."""
    docs = words.docs
    n = len(docs)
    inside: Counter[str] = Counter()
    for i in members:
        inside.update(set(docs[i]))
    overall = words.df
    size = len(members)
    scored = []
    for term, count in inside.items():
        if size > 1 and count < min_count:
            continue
        if not nameable(term):
            continue
        share_out = (overall[term] - count) / max(1, n - size)
        if n >= 6 and overall[term] / n > GENERIC_SHARE and share_out > 0.25:
            continue  # said all over the round: not what makes this group special
        score = count / size - 0.5 * share_out - 0.01 * overall[term] / n
        scored.append((-score, -count, term))
    scored.sort()
    return [t for _, _, t in scored[:limit]]


def _shared_phrase(
    members: Sequence[int], words: RoundWords, candidates: Sequence[str]
) -> tuple[str, str] | None:
    """Two distinctive terms said side by side in several notes ("trade show", "lead score")."""
    if len(members) < 2 or not candidates:
        return None
    wanted = set(candidates)
    pairs: Counter[tuple[str, str]] = Counter()
    for i in members:
        doc = words.docs[i]
        pairs.update(
            {
                (a, b)
                for a, b in zip(doc, doc[1:], strict=False)
                if a != b and a in wanted and b in wanted
            }
        )
    if not pairs:
        return None
    ((pair, count),) = sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))[:1]
    return pair if count >= max(2, round(0.3 * len(members))) else None


def _generic(words: RoundWords) -> set[str]:
    """Terms too common in the round to name anything, and the words of its question."""
    n = len(words.docs)
    generic = {t for t, c in words.df.items() if n >= 6 and c / n > GENERIC_SHARE}
    return generic | set(words.ignored)


def make_label(
    members: Sequence[int],
    words: RoundWords,
    taken: Collection[str],
    central: Sequence[int] = (),
) -> str:
    """A 2-4 word label for a group, unique against the labels already taken, and never
    longer than LABEL_MAX_CHARS.

    Args:
        central: the group's members closest to all the others, best first (when known).
    """
    with in_round_language(words.language):  # its notes too short to tell theirs
        return _named(_make_label(members, words, taken, central), members, words, taken)


def _named(label: str, members: Sequence[int], words: RoundWords, taken: Collection[str]) -> str:
    label = with_complement(label, [words.texts[i] for i in members])  # "Manque d'études"
    whole = with_head_noun(label, [words.texts[i] for i in members], words.verbs)
    whole = with_whole_word(whole, [words.texts[i] for i in members])  # "Partner-Leads"
    if whole != label:  # "Shared ideal customer profile"
        label = _unique(whole, {t.lower() for t in taken})
    in_german = german(label) or 2 * sum(german(words.texts[i]) for i in members) > len(members)
    if not in_german:
        # Not German: its nouns keep their capitals, and in a note written in capitals they
        # cannot be told from its other words ("Gemeinsames budget", "Vertrieb ruft die leads").
        label = unshouted(label, taken, words.typed)
    if _width(label) <= LABEL_MAX_CHARS:
        return label
    kept: list[str] = []
    for word in label.split():
        if _width(" ".join([*kept, word])) > LABEL_MAX_CHARS:
            break
        kept.append(word)
    # Cut, it ends on a word that means something, as the whole label did: "Marketing zählt
    # jeden" (Whitepaper-Download) read as cut off. A German name ends on its noun; with
    # fewer than two words left, the label's last word names it ("Whitepaper-Download").
    stops, nouns = stops_of(label), german(label)
    while kept and (kept[-1].lower() in stops or (nouns and not noun_end(kept[-1]))):
        kept.pop()
    last = label.split()[-1]
    if len(kept) < 2 and _width(last) <= LABEL_MAX_CHARS:
        kept = [capitalise(last)]
    short = " ".join(kept) if kept else label[: LABEL_MAX_CHARS // 4].rstrip() + "…"
    return _unique(short, {t.lower() for t in taken})


def _unique(base: str, taken_low: Collection[str]) -> str:
    """`base`, or "base (2)", "base (3)"... the first not taken (compared in lower case)."""
    label, number = base, 2
    while label.lower() in taken_low:
        label = f"{base} ({number})"
        number += 1
    return label


def _width(text: str) -> int:
    """Columns the text takes: wide (East Asian) characters count twice."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _make_label(
    members: Sequence[int],
    words: RoundWords,
    taken: Collection[str],
    central: Sequence[int] = (),
) -> str:
    texts, forms = words.texts, words.forms
    taken_low = {t.lower() for t in taken}
    if len(members) == 1:
        generic = _generic(words)
        own = lone_label(texts[members[0]], generic)
        # Not when it repeats the question ("Great demo" under "... after the demo?").
        asks = any(stem(w.lower()) in words.ignored for w in own.split())
        verbs = words.verbs | note_verbs(texts[members[0]])

        # A participle at an edge stays ("Ran a pilot" reads, "Pilot and the kids" less so),
        # but not a past that is only a verb: "Procurement sat" (on the contract).
        def sat(label: str) -> bool:
            return label.split()[-1].lower() in PAST_ONLY

        if own and (verb_at_edge(own, verbs, pasts=False) or sat(own)):
            # "Talks to the CHRO weekly": the note's best phrase, when neither end is a verb;
            # "Never debrief the lost deals" is an order: "Lost deals".
            other = note_phrase(members, words)
            if not other and (sat(own) or own.split()[0].lower() in BEFORE_VERB):
                other = lone_phrase(texts[members[0]], generic, verbs)
            edged = other and (verb_at_edge(other, verbs, pasts=False) or sat(other))
            own = other if other and not edged else own
        if own and own.lower() not in taken_low and not asks:
            return own
    own_words = note_phrase(members, words)
    if own_words and own_words.lower() not in taken_low:
        return own_words
    own_words = central_phrase(central, members, words)
    if own_words and own_words.lower() not in taken_low:
        return own_words
    if len(members) == 1 and not german(texts[members[0]]):  # "Big bet", not "Bet pan"
        verbs = words.verbs | note_verbs(texts[members[0]])
        own_words = lone_phrase(texts[members[0]], _generic(words), verbs)
        if own_words and own_words.lower() not in taken_low:
            return own_words
        # Nothing in it reads as a name: its opening words, cut at a word ("Nobody tells us
        # which…"), say more than two of its words apart ("Room warehouses"), unless they
        # repeat the question.
        opening = first_words(texts[members[0]], _generic(words), own=False)
        asks = any(stem(w.lower()) in words.ignored for w in TOKEN.findall(opening))
        if not asks and len(distinctive_terms(members, words, limit=2, min_count=1)) > 1:
            return _unique(opening, taken_low)
    picked = distinctive_terms(members, words, limit=4)
    phrase = _shared_phrase(members, words, picked)
    if phrase:
        picked = list(phrase) + [t for t in picked if t not in phrase]
    if len(picked) < 2:
        # A lone note or a group with few shared words: add its rarest own words.
        extra = distinctive_terms(members, words, limit=4, min_count=1)
        picked += [t for t in extra if t not in picked][: 3 - len(picked)]
    # "Webinar follow" read as cut: a phrasal verb's verb keeps its particle ("follow up").
    particles = {w: p for i in members for w, p in phrasal_words(texts[i]).items()}
    shown = [forms.get(t, t) for t in picked]
    shown = [f"{w} {particles[w.lower()]}" if w.lower() in particles else w for w in shown]
    verbs = words.verbs
    if verb_at_edge(" ".join(shown), verbs):  # "Owns lead": "Lead routing"; "Webinar sat"
        kept = [w for w in shown if not (verb_at_edge(w, verbs) or past_form(w))]
        more = distinctive_terms(members, words, limit=6, min_count=1)
        kept += [
            forms.get(t, t)
            for t in more
            if t not in picked and not past_form(forms.get(t, t))
            if not verb_at_edge(forms.get(t, t), verbs)
        ][: 2 - len(kept)]
        shown = kept if len(kept) >= 2 else shown
    if all(german(texts[i]) for i in members):
        # Nouns name a German group ("Ruft spät" named "Der Vertrieb ruft die Leads zu spät
        # zurück"), as a note writes them: "Besuchsberichte CRM" put side by side two nouns
        # that "Ins CRM trägt keiner die Besuchsberichte ein" keeps apart. Fewer than two
        # nouns, and its first note's own words name it.
        # Of the words still shown: a verb taken out above ("Plan", which the round's English
        # notes use as a verb) left fewer words than terms, and pairing them failed.
        nouns = [t for t in picked if forms.get(t, t) in shown and noun_end(forms.get(t, t))]
        named = german_name(nouns, members, words)
        if named:
            return _unique(named, taken_low)
        shown = []
    shown = _as_written(shown, members, words)
    group = [texts[i] for i in members], [note_language(texts[i]) for i in members]
    foreign = all(lang in ("fr", "es") for lang in group[1])
    for size in (2, 3, 4):
        candidate = capitalise(" ".join(shown[:size])) if shown else ""
        if candidate and candidate.lower() not in taken_low and len(shown) >= min(size, 2):
            ends_cut = candidate.split()[-1].lower() in PREPOSITIONS  # "Parking behind"
            # "Achats bloquent", "Pipeline conjunta" (reunión ... de pipeline conjunta).
            cut_off = verb_at_edge(candidate, words.verbs) or cut_from_noun_in(candidate, *group)
            ends_cut = ends_cut or (foreign and cut_off)
            if ends_cut or apart(candidate, members, words):
                # "Claim clients", "Easy floors": words of different notes side by side read
                # as no name; a stretch of the group's most central note does.
                own_words = _phrase_of_one(members, words, taken_low, central)
                return own_words or _opening_of_one(members, words, taken_low, central) or candidate
            return candidate
        if len(shown) <= size:
            break
    base = (
        capitalise(" ".join(shown[:3]))
        if shown
        else first_words(texts[members[0]], _generic(words))
    )
    return _unique(base, taken_low)


def _as_written(shown: list[str], members: Sequence[int], words: RoundWords) -> list[str]:
    """Two words in the order a note of the group writes them next to each other: "Webinar
    leads" (as "SDRs ignore webinar leads" has it), not "Leads webinar" (from "leads from
    webinars"), when no note writes them side by side the other way round."""
    if len(shown) != 2:
        return shown

    def side_by_side(first: str, second: str) -> bool:
        pair = [stem(first.lower()), stem(second.lower())]
        for i in members:
            said = [stem(t.lower()) for t in TOKEN.findall(words.texts[i])]
            if any(said[k : k + 2] == pair for k in range(len(said) - 1)):
                return True
        return False

    first, second = shown
    if not side_by_side(first, second) and side_by_side(second, first):
        return [second, first]
    return shown


def _phrase_of_one(
    members: Sequence[int], words: RoundWords, taken_low: Collection[str], central: Sequence[int]
) -> str:
    """The best name one note of the group writes (`lone_phrase`), its most central note
    first; "" when none has one."""
    generic = _generic(words)
    for i in dict.fromkeys([*central, *members]):
        text = words.texts[i]
        if german(text):
            continue
        own = lone_phrase(text, generic, words.verbs | note_verbs(text))
        # Words that name something: "Two tribes" has one, "Isnt 2", "First 90" and "12
        # people" have a number beside one, which says nothing without the note.
        named = [w for w in terms(own) if w.isalpha() and w not in WEAK_WORDS]
        numbered = any(ch.isdigit() for ch in own)
        if (len(named) >= 2 or (named and not numbered)) and own.lower() not in taken_low:
            return own
    return ""


def _opening_of_one(
    members: Sequence[int], words: RoundWords, taken_low: Collection[str], central: Sequence[int]
) -> str:
    """The opening words of the group's most central English note (`opening_name`), when no
    note writes a name: "5pm lunch" joined two notes' words; "" when none is free or a
    short name repeats the question ("Great demo" under "... after the demo?")."""
    for i in dict.fromkeys([*central, *members]):
        text = words.texts[i]
        if not german(text):
            own = opening_name(text, _generic(words), words.verbs | note_verbs(text))
            named = TOKEN.findall(own)
            asks = len(named) <= 3 and any(stem(w.lower()) in words.ignored for w in named)
            return own if own.lower() not in taken_low and not asks else ""
    return ""
