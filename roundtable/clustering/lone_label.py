"""A lone note's label: its own opening words, in its own order, cut where a name ends.

Used by labels.py for a theme of one note, and for a group no shared words can name (its
first note's opening words, or its first characters cut at a word).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection

from roundtable.stopwords import OTHER_NEGATIONS, without_elision

from .label_style import verb_at_edge, written_acronym
from .label_verbs import (
    COMMON_VERBS,
    SEEMING_VERBS,
    STATE_PARTICIPLES,
    bare_verb,
    note_verbs,
    past_form,
    phrasal_verb,
    verb_roles,
)
from .label_words import (
    JOINERS,
    POSSESSIVES,
    PREPOSITIONS,
    TOKEN,
    VERB_FORMS,
    WEAK_WORDS,
    acronym,
    capitalise,
    german,
    noun_end,
    stops_of,
    tokens,
    unelided,
)
from .other_verbs import german_opens
from .tfidf import stem

# Small words a label may keep because they turn the meaning ("no blame", "never called",
# "too many tools", "one shared target").
_NEGATIONS = frozenset({"no", "not", "never", "without", "nobody", "none", "nothing"})
_MEANINGFUL = (
    _NEGATIONS
    | OTHER_NEGATIONS
    | frozenset(
        {"too", "many", "much", "more", "less", "fewer", "few", "little", "one", "same", "every"}
    )
)
# Words a note opens with to set its tone, which no label starts with ("Honestly? Our
# Christmas party" is named "Christmas party").
_OPENER_TEXT = """honestly frankly basically literally seriously obviously apparently personally
    tbh imo imho fwiw ok okay yeah yes well look hmm ah oh"""
_OPENERS = frozenset(_OPENER_TEXT.split())


def lone_label(text: str, generic: Collection[str]) -> str:
    """A lone note's label: its own first words in its own order ("No blame review").

    Distinctive terms of a single note come out in a jumbled order ("Big blame"); the
    note's opening words, without leading filler or words said all over the round, read
    as the note does. Empty when fewer than two words are left.

    Args:
        generic: terms said all over the round, which no label starts with.
    """
    raw, joined, cut, glue = tokens(text)
    stops = stops_of(text)
    in_german, roles = german(text), verb_roles(text)
    picked: list[str] = []
    ends: list[int] = []  # the token each picked word ends on

    def add(i: int) -> None:  # "pre" then "approved": one word, "pre-approved"
        if picked and glue[i - 1]:
            ends[-1] = i
        else:
            ends.append(i)
        if picked and glue[i - 1] and acronym(raw[i - 1] + raw[i]):  # "Q&A", not "Q&a"
            picked[-1] = picked[-1][: -len(raw[i - 1])] + raw[i - 1] + glue[i - 1] + raw[i]
        elif picked and glue[i - 1]:
            picked[-1] += glue[i - 1] + _shown(raw[i], stops, first=False)
        elif not picked:  # "Plus d'argent pour ...": the label starts at "argent"
            picked.append(_shown(unelided(raw[i], stops), stops, first=True))
        else:
            picked.append(_shown(raw[i], stops, first=False))

    at = 0
    for at, token in enumerate(raw):  # noqa: B007 (where the label stopped is used below)
        low = without_elision(token.lower().replace("’", "'"), stops)  # "n'y": "y"
        small = low in stops and not written_acronym(token, text)  # "IT backlog"
        filler = (small and low not in _MEANINGFUL) or stem(low) in generic
        filler = filler or (low in _OPENERS and not glue[at])  # "well-run" is no opener
        if not picked and (filler or (in_german and not german_opens(raw, at, roles))):
            continue  # "Verlieren Deals" (wir verlieren Deals): a German name opens on no verb
        add(at)
        if (len(picked) == 4 and not glue[at]) or (cut[at] and len(picked) >= 2):
            break  # "Underwriting too slow", not "... slow clients" (walk to fintechs)
        if cut[at] and in_german:  # "MQLs Vertrieb misst Umsatz" ran across a comma
            picked, ends = [], []
        if len(picked) >= 2 and at + 1 < len(raw) and raw[at + 1].lower() in _BUT:
            break  # "Webinaires marchent bien mais personne" (ne rappelle les inscrits)
    # Finish a phrase the fourth word cut ("Booth at the trade" show, "OKRs written in
    # separate" rooms), up to six words: a cut label reads as a mistake. Only a phrase a
    # small word began: "Mike rewrites every deck" (marketing sends) is whole as it is.
    opened = any(w.lower() in JOINERS for w in picked[1:])
    while opened and len(picked) < 6 and at + 1 < len(raw) and joined[at] and not cut[at]:
        if _small(picked[-1], stops) or raw[at + 1].lower() in stops:
            break
        at += 1
        add(at)
    finished = _helped_clause(raw, joined, cut, at, picked) if in_german else []
    if finished:
        # "Ziele werden jedes Quartal" (geändert) said that goals are, not that they change.
        return capitalise(" ".join(finished))
    # Nor end on a small word or a weak verb: "Plant manager gives" reads as cut off. A verb
    # that ends a longer label goes too ("Inbound demo request sat", "Field reps wait" (for
    # the brochure)); a label that is only a subject and its verb ("SDRs sit", "Deck
    # sounds") is no name, and the note is named by its best phrase instead.
    # Nor on a verb's "not" whose point was cut: "CRM n'est pas" (à jour).
    while picked and (_small(picked[-1], stops) or _verb_not(picked, ends, roles)):
        picked.pop()
        ends.pop()
    verbs = VERB_FORMS | COMMON_VERBS | SEEMING_VERBS | note_verbs(text)  # "AEs eat" (it)

    def verb_end(word: str, at: int) -> bool:  # "scans called"; a state ends four words at
        # most: "Q3 calendar locked", not "One definition of SQL signed" (by both VPs)
        long = len(picked) > 4 and word.lower() in STATE_PARTICIPLES
        bare = bare_verb(raw, joined, cut, at)  # "SDRs sit" (next to demand gen)
        return word.lower() in verbs or past_form(word) or long or bare

    subject_and_verb = False
    while picked and verb_end(picked[-1], ends[-1]):
        shorter = picked[:-1]
        while shorter and _small(shorter[-1], stops):
            shorter.pop()
        if len(shorter) < 2:
            # Not "Copy was written", "SE nobody briefed", nor "Actually lands": no subject.
            subject_and_verb = len(picked) == 2 and _noun_like(picked[0])
            break
        picked, ends = shorter, ends[: len(shorter)]
    # Nor on the verb of a phrasal verb cut from its particle: "Revops set" (up shared lead
    # status definitions) says half of "set up". One that ends the clause takes its particle
    # back in a short label ("SDRs never call back"; not "Stage definitions everyone signs
    # off"); else the words before it name it when two are left, or the note's best phrase.
    phrasal = bool(picked) and phrasal_verb(raw, joined, cut, ends[-1])
    if phrasal and cut[ends[-1] + 1] and len(picked) < 4:
        picked.append(_shown(raw[ends[-1] + 1], stops, first=False))
    elif phrasal:
        picked = picked[:-1]
        while picked and _small(picked[-1], stops):
            picked.pop()
        if len(picked) < 2:
            return ""
    elif subject_and_verb:
        # "Leads sit" is half a sentence: the words after the verb finish it up to their
        # noun ("Leads sit in a spreadsheet", "Brochure reads like a manual"), else the
        # note is named by its best phrase.
        finished = _finished(raw, joined, cut, ends[-1], stops, verbs)
        if not finished:
            return ""
        picked += [_shown(word, stops, first=False) for word in finished]
    # Nor on a number whose unit was dropped as a weak word: "Auto reminder 2" (wks after).
    if len(picked) > 2 and picked[-1].isdigit() and _counts_weak(picked[-1], text):
        shorter = picked[:-1]
        while shorter and _small(shorter[-1], stops):
            shorter.pop()
        if len(shorter) >= 2:  # "NPS at 90" (days) stays: "NPS at" would end cut off
            picked = shorter
    # A German name ends on its noun ("Vertrieb baut sich eigene" is cut mid-phrase); none
    # left of two words, the note is named by its best phrase instead.
    if in_german:
        while picked and not noun_end(picked[-1]):
            picked.pop()
    # "Too many" alone says nothing: at least one word that is not a small one.
    if not any(w.lower() not in stops for w in picked):
        return ""
    return capitalise(" ".join(picked)) if len(picked) >= 2 else ""


def _finished(
    raw: list[str],
    joined: list[bool],
    cut: list[bool],
    verb_at: int,
    stops: frozenset[str],
    verbs: Collection[str],
) -> list[str]:
    """The words after a subject's verb up to the noun that ends its phrase, at most four
    ("in a spreadsheet" of "leads sit in a spreadsheet for weeks"), or [] when no noun ends
    one before a clause break."""
    words: list[str] = []
    at = verb_at + 1
    while at < len(raw) and joined[at - 1] and not cut[at - 1] and len(words) < 4:
        word = raw[at]
        words.append(word)
        named = not _small(word, stops) and word.lower() not in verbs and not past_form(word)
        named = named and word.lower() not in stops | _WITHOUT  # "CRM n'est pas" (à jour)
        if word.lower() in _BUT:
            return []  # "Webinaires marchent bien mais personne" (ne rappelle)
        after_small = at + 1 >= len(raw) or cut[at] or _small(raw[at + 1], stops)
        if named and after_small:
            return words
        at += 1
    return []


# German helping verbs: a clause with one ends on the verb that says what happens
# ("Ziele werden jedes Quartal geändert", "Leads sind nie angerufen worden").
_GERMAN_HELPER_TEXT = "wird werden wurde wurden ist sind war waren hat haben hatte hatten"
_GERMAN_HELPERS = frozenset(_GERMAN_HELPER_TEXT.split())


def _helped_clause(
    raw: list[str], joined: list[bool], cut: list[bool], at: int, picked: list[str]
) -> list[str]:
    """A German label whose helping verb the picked words hold, finished with the words
    that end its clause, up to its verb ("Ziele werden jedes Quartal geändert"); too long
    for a label (six words, LABEL_MAX_CHARS), without the helping verb, as a headline
    writes it ("Leads vom Vertrieb nicht angerufen"). [] when the label already ends the
    clause, or when even that is too long."""
    if not any(w.lower() in _GERMAN_HELPERS for w in picked[1:]):
        return []
    rest: list[str] = []
    while at + 1 < len(raw) and joined[at] and not cut[at]:
        at += 1
        rest.append(raw[at])
    if not rest or not (rest[-1][:1].islower() and rest[-1].isalpha()):
        return []
    for words in (
        [*picked, *rest],
        [picked[0], *(w for w in picked[1:] if w.lower() not in _GERMAN_HELPERS), *rest],
    ):
        if len(words) <= 6 and len(" ".join(words)) <= LABEL_MAX_CHARS:
            return words
    return []


def _verb_not(picked: list[str], ends: list[int], roles: tuple[bool, ...]) -> bool:
    """Whether the label's last word is a "not" after a verb ("n'est pas"), which says
    "is not" of what the cut words said ("Équipe ne rappelle jamais" keeps its point)."""
    if len(ends) < 2 or picked[-1].lower() not in _VERB_NOT:
        return False
    return roles[ends[-2]]


_VERB_NOT = frozenset({"pas", "nicht"})


def _noun_like(word: str) -> bool:
    """Whether a word may be a subject: not a weak word or an adverb ("actually")."""
    low = word.lower()
    return stem(low) not in WEAK_WORDS and not low.endswith("ly")


def _counts_weak(number: str, text: str) -> bool:
    """Whether the number is followed in the note by a weak word ("2 wks", "3 days")."""
    after = re.search(rf"(?<!\d){re.escape(number)}\s*([^\W\d_]+)", text or "")
    return after is not None and stem(after.group(1).lower()) in WEAK_WORDS


def _small(word: str, stops: frozenset[str]) -> bool:
    """A word no label should end on: a small word, a preposition or a weak verb ("on",
    "the", "behind", "gives", "sat"), or in any language a word of one or two letters
    ("كل", every; "de"), which is nearly always a small word where no list of them is
    kept (acronyms such as "AI" and numbers such as "40" excepted). Another language's
    "never" or "nothing" may end one: "Équipe ne rappelle jamais" without its "jamais"
    loses the point."""
    low = word.lower()
    short = len(word) <= 2 and not acronym(word) and not word.isdigit()
    kept = low in OTHER_NEGATIONS and low not in _NEGATIONS and low not in _WITHOUT
    return short or (low in stops and not kept) or stem(low) in WEAK_WORDS or low in PREPOSITIONS


# The other languages' "without": a preposition, which ends no label ("Presupuesto de
# eventos sin" (consultar a ventas)); and their "nobody", which says who does not.
_WITHOUT = frozenset({"ohne", "sans", "sin", "senza", "sem", "zonder"})
_WITHOUT |= frozenset({"personne", "nadie", "nessuno", "ninguém"})
# The other languages' "but", which opens a clause of its own.
_BUT = frozenset({"aber", "sondern", "mais", "pero", "sino", "ma", "mas", "maar"})


def _shown(token: str, stops: frozenset[str], *, first: bool) -> str:
    """A lone note's word as its label shows it: acronyms and names (capitalised after the
    first word) as typed, the rest in lower case."""
    low = token.lower().replace("’", "'")
    proper = not first and token[:1].isupper() and low not in stops
    return token if acronym(token) or proper else low


# A label longer than this is cut: in scripts written without spaces (Japanese, Chinese) a
# "word" is a whole note, and a label was once two notes glued together.
LABEL_MAX_CHARS = 40
# A note this short (in words, and within LABEL_MAX_CHARS) names its group whole, uncut.
_WHOLE_WORDS = 6


def first_words(text: str, generic: Collection[str], *, own: bool = True) -> str:
    """A name from the first note when no word names the group: its opening words as a lone
    note's label (unless not `own`), or its first 30 characters cut at a word ("After the
    demo they asked for " was cut mid-phrase, with its space)."""
    label = lone_label(text, generic) if own else ""
    if label:
        return label
    cleaned = capitalise(" ".join((text or "").split()))  # a name, even of a lower-case note
    if len(cleaned) <= 30:
        return cleaned or "Empty notes"
    cut = _cut(cleaned, 30, stops_of(cleaned))
    # Cut short only when it is: a small word at the end takes the words after it, and
    # "No way to see which deals it influenced…" was the whole note with an ellipsis.
    if cut == cleaned.rstrip(" ,;:.-–—"):
        return cut
    # Cut, its first clause names it when that is short and whole: "We need to see the
    # strategy", not "We need to see the strategy - right…" (now it lives in one head).
    clause = _first_clause(cleaned)
    leads_on = clause.split()[0].lower() in _LEADING_ON if clause else True  # "If we…"
    if not leads_on and len(clause) <= 30 and len(clause.split()) >= 2:
        return clause
    if len(cleaned) <= LABEL_MAX_CHARS and len(cleaned.split()) <= _WHOLE_WORDS:
        # "Messen bringen keine guten…" cut a note of five words a word short of the end.
        return cleaned.rstrip(" ,;:.!-–—")
    # "Leads werden vom Vertrieb…" (nicht angerufen) said the opposite of its note.
    return _headline(cleaned) or cut + "…"


def _headline(text: str) -> str:
    """A German note's opening clause that holds a helping verb in its first four words,
    whole or as a headline writes it without the verb, when that fits a label; else ""."""
    if not german(text):
        return ""
    raw, joined, cut, _glue = tokens(text)
    helper = next((k for k, w in enumerate(raw[1:4], 1) if w.lower() in _GERMAN_HELPERS), 0)
    words = _helped_clause(raw, joined, cut, helper, raw[: helper + 1]) if helper else []
    return capitalise(" ".join(words))


# Words that open a clause leading on to the next one, which says the point: "Whatever we
# buy" (, keep it two years) names nothing alone.
_LEADING_ON_TEXT = """whatever whenever wherever if when because since although though once
    unless until while as before after"""
_LEADING_ON = frozenset(_LEADING_ON_TEXT.split())


def _first_clause(text: str) -> str:
    """The text up to the end of its first clause (a comma, a full stop, a spaced dash...,
    as `tokens` reads them), or "" when it has one clause only."""
    _raw, _joined, cut, _glue = tokens(text)
    found = list(TOKEN.finditer(unicodedata.normalize("NFKC", text)))
    ends = [k for k, c in enumerate(cut[:-1]) if c]
    if not ends or len(found) != len(cut):
        return ""
    return unicodedata.normalize("NFKC", text)[: found[ends[0]].end()].strip()


def _cut(text: str, limit: int, stops: Collection[str]) -> str:
    """The text's first words within `limit` characters, ending on a word that carries
    meaning: "Wer ist eigentlich für…" and "Faire une revue commune du…" read as cut off,
    so a small word at the end takes the word after it while the whole stays within a
    label's length ("Wer ist eigentlich für Veranstaltungen…"), else is dropped."""
    split = text.split(" ")
    kept = text[:limit].rsplit(" ", 1)[0].split(" ") if len(text) > limit else split
    kept = kept or split[:1]

    def small(word: str) -> bool:  # "AI" and "HR" as the note writes them are words
        bare = word.strip(" ,;:.!?-–—\"“”'’()").lower()
        small = len(bare) <= 2 or bare in stops or bare in POSSESSIVES
        return small and not written_acronym(word, text)

    more = split[len(kept) :]
    while kept and small(kept[-1]) and more and len(" ".join([*kept, more[0]])) < LABEL_MAX_CHARS:
        kept.append(more.pop(0))
    while len(kept) > 1 and small(kept[-1]):
        kept.pop()
    return " ".join(kept).rstrip(" ,;:.-–—")


def opening_name(text: str, generic: Collection[str], verbs: Collection[str]) -> str:
    """A group's name read from one of its notes when its words name nothing together
    ("Baseline managers" put side by side words of two notes): the note's opening words
    when they are a short name ("No visibility", "One definition"), else its first words
    cut at a word ("Managers have to do it first", "BD is what you do after 7pm")."""
    own = lone_label(text, generic)
    split = own.split()
    short = 0 < len(split) <= 3 and not split[-1][:1].isdigit()  # not "More than a 10"
    if own and short and not verb_at_edge(own, verbs):
        return own
    return first_words(text, generic, own=False)
