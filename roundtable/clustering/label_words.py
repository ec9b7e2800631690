"""The words of notes as theme labels see them: tokens with what separates them (a clause
break, a mark joining two words into one), small words per language, and the word lists
that keep verbs and weak words out of labels. Used by labels.py.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar

from roundtable.stopwords import (
    OTHER_STOP_WORDS,
    STOP_WORDS,
    language_of,
    loose_language_of,
    without_elision,
)

from .tfidf import stem
from .tfidf import words as note_words

TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)

# Words that carry a note but name nothing a theme could be called after: verbs of saying,
# doing and wanting, time words (German, French and Spanish ones too: "Meistens Studenten",
# "Clientes después"), judgements, and the small words that link a phrase to what follows
# ("Persona work done without" was a label; "within" was a shared word of a group).
# Stems, as `terms` gives them.
_WEAK_TEXT = """come came become get got take took make want know think see say said tell told
    ask use give keep let put go going try tried tries first last next new old different same other
    less more much many good bad big small low high fresh real right wrong min max yr yrs
    wk wks day week month year time lot everyone someone anyone thing stuff whatever pick
    even actually still already yet back end start stop done doing happen happens whole
    one two three four five ten half dont didnt doesnt cant wont isnt arent wasnt werent
    im ive thats theyre whoever everybody everywhere nobody somebody anybody anything
    something nothing everything forever honestly frankly basically literally seriously
    obviously apparently probably maybe perhaps definitely totally simply truly personally
    generally usually theyve weve youve youre whats theres
    hes shes wouldnt couldnt shouldnt havent hasnt hadnt aint lol haha lmao omg qué cada
    uno otro otra chaque
    meistens oft öfter manchmal wieder leider halt gerade ständig bisher häufig selten
    souvent parfois vraiment maintenant ensuite après rarement
    después siempre ahora luego antes realmente casi tarde pronto
    assez peu beaucoup tôt tard vite tellement demasiado demasiada poco poca mucho mucha
    bastante tan ziemlich kaum wenig medio mitad demi moitié halb halbe halben halber"""
# The small words that link a phrase to what follows: no shared word of a group ("within"
# tied two notes), and no label ends on one ("Persona work done without", "Blame since"),
# but a label may open with one: "Within 48h" names a theme that "Sales team" does not.
_LINKING_TEXT = """without within between against until because since although unless whether
    through across among towards toward via"""
LINKING_WORDS = frozenset(stem(w) for w in _LINKING_TEXT.split())
# French "à" is a small word no list of them has ("linked by the word: à", "À fin").
WEAK_WORDS = frozenset(stem(w) for w in _WEAK_TEXT.split()) | LINKING_WORDS | {"à", "às"}

# Verb forms a lone note's label should not end on ("RM contacts live", "Inbound demo request
# sat", "RMs write"): words notes use as verbs and seldom as the last word of a name. Kept as
# typed, not stemmed, so that "owner", "sale" and "copywriting" stay nameable.
_VERB_TEXT = """live lives sit sits sat write writes wrote written build builds built own owns
    owned copies copied rejects rejected ignore ignores ignored send sends sent
    need needs needed sell sells sold buy buys bought lose loses leave leaves left find
    finds found bring brings brought feel feels felt hear hears heard chase chases chased
    push pushes pushed rot rots rotted miss misses missed hate hates hated love loves loved
    disappear disappears disappeared vanish vanishes vanished die dies died sit sitting
    land lands landed care cares cared believe believes believed paid postpone postpones
    postponed ghost ghosts ghosted"""
VERB_FORMS = frozenset(_VERB_TEXT.split())


# Prepositions that no list of small words has: a label ends on none of them ("Parking
# behind" (the office), "Lunch around" (2), "Messages avant" (lancement)), where the noun
# after it says what about; nor on a possessive ("Nadie conoce nuestras" (soluciones)).
_PREPOSITIONS_TEXT = """around despite versus inside outside behind plus minus past onto
    across beyond toward towards within without along alongside beside besides near
    throughout amid amongst among unlike underneath beneath except next
    avant contre selon malgré durante según contra mediante wegen trotz statt während
    gegenüber fuera dentro cerca lejos encima debajo además près loin hors"""
# Possessives no list of small words has: "Nadie conoce nuestras" (soluciones).
POSSESSIVES = frozenset({"nuestros", "nuestras", "vuestro", "vuestra", "vuestros", "vuestras"})
PREPOSITIONS = frozenset(_PREPOSITIONS_TEXT.split()) | POSSESSIVES

# Small words a label may hold between its words ("cost per lead", "voice of the customer").
JOINERS = frozenset({"of", "for", "to", "and", "on", "in", "with", "per", "by", "the", "a"})


def acronym(token: str) -> bool:
    """Whether a token is kept as typed: "MQL", "OKRs", "SDRs" (two or more capitals)."""
    return sum(ch.isupper() for ch in token) >= 2 and not token[1:].islower()


# The small words of one or two letters of the other languages stopwords.py knows ("de",
# "la", "en", "y"): a note with only one of them is read as English, and its label read
# "Tableau de" (bord).
_OTHER_SHORT = frozenset(w for stops in OTHER_STOP_WORDS.values() for w in stops if len(w) <= 2)


def other_small(word: str) -> bool:
    """Whether a word is another language's small word of one or two letters (typed in
    capitals it is an acronym: French "ai", but "AI")."""
    return word.lower() in _OTHER_SHORT and not word.isupper()


# What ends a clause between two words: "no status tracker, client calls me daily" holds
# no name "Tracker client"; "brokers & partners" and "win/loss" are still one phrase.
_CLAUSE_BREAK = re.compile(r"[,;:.!?()\[\]{}\"“”=<>|…–—]|\s-+\s")


# What joins two words into one as typed: "pre-approved", "win/loss", "R&D", "SF+nCino".
_COMPOUND = frozenset("-/&+")


def tokens(text: str) -> tuple[list[str], list[bool], list[bool], list[str]]:
    """A note's words; for each whether the next word follows it directly (only spaces or
    a hyphen between): "separate rooms" are one phrase, "rooms, by" are not; whether a
    clause ends after it (a comma, a full stop, a spaced dash, an arrow...); and the mark
    that makes it one word with the next ("-" in "pre-approved"), else ""."""
    text = unicodedata.normalize("NFKC", text or "")
    found = list(TOKEN.finditer(text))
    gaps = [text[a.end() : b.start()] for a, b in zip(found, found[1:], strict=False)]
    joined = [bool(gap) and not gap.strip(" -") for gap in gaps]
    cut = [bool(_CLAUSE_BREAK.search(gap)) for gap in gaps]
    for gap in _quote_ends(text, found):
        cut[gap] = True
    glue = [gap if gap in _COMPOUND else "" for gap in gaps]
    return [m.group() for m in found], [*joined, False], [*cut, True], [*glue, ""]


_QUOTE_MARKS = "'‘’"


def _quote_ends(text: str, found: Sequence[re.Match[str]]) -> list[int]:
    """The gaps (by the index of the word before them) where a quote of three or more words
    opens or closes: "'too expensive vs X' heard weekly" holds no name "X heard weekly". A
    quoted term stays part of its phrase ("'sourced' pipe", "searching 'sustainable
    packaging'"), and a lone mark is a plural's possessive ("reps' inbox"), so marks are
    only read as quotes when they pair up."""
    bounds = [0, *(m.end() for m in found)]  # mark k lies before word k (after word k-1)
    places = [
        k
        for k, (a, b) in enumerate(
            zip(bounds, [*(m.start() for m in found), len(text)], strict=True)
        )
        for ch in text[a:b]
        if ch in _QUOTE_MARKS
    ]
    if len(places) < 2 or len(places) % 2:
        return []
    gaps = [text[a.end() : b.start()] for a, b in zip(found, found[1:], strict=False)]
    ends: list[int] = []
    for opens, closes in zip(places[::2], places[1::2], strict=True):
        # Words inside, "real-time" one of them: "'sustainable packaging'" is a term.
        inside = 1 + sum(gap not in _COMPOUND for gap in gaps[opens : closes - 1])
        if closes - opens >= 3 and inside >= 3:
            ends += [k for k in (opens - 1, closes - 1) if 0 <= k < len(found) - 1]
    return ends


def spelled(
    raw: Sequence[str], glue: Sequence[str], *, nouns: bool = False, opens: bool = False
) -> str:
    """Words as one phrase in lower case (acronyms as typed: "MQL", "Q&A"), each joined to
    the next by its mark or a space: "pre-approved" read "pre approved", "Q&A" "q a".

    Args:
        nouns: keep capitals as typed (German nouns: "gemeinsamen Ziele");
        opens: ... but not the first word's when the phrase opens the note (the sentence's).
    """
    phrase = "".join(w + (g or " ") for w, g in zip(raw, glue, strict=True)).split()

    def shown(k: int, p: str) -> str:
        if acronym(re.sub("[-/&+]", "", p)):
            return p
        return p if nouns and not (opens and k == 0) and p[:1].isupper() else p.lower()

    return " ".join(shown(k, p) for k, p in enumerate(phrase))


def german(text: str) -> bool:
    """Whether a label should read a note as German (its nouns keep their capitals, and a
    label of it ends on one). German by its small words, or a short note with a German small
    word and no English one: "Unterschiedliche Ziele führen zu Schuldzuweisungen" has only
    "zu", and its label read "Unterschiedliche ziele"; or a note with no small word at all
    in a German round ("Gemeinsame Ziele fehlen komplett" was named "Gemeinsame ziele")."""
    found = tuple(note_words(text))
    if language_of(found) == "de" or (_ROUND_LANGUAGE.get() == "de" and _untold(found)):
        return True
    own = [w for w in found if w in OTHER_STOP_WORDS["de"] and len(w) > 1]
    return bool(own) and not any(w in STOP_WORDS for w in found)


# The language most of the round's notes are written in, for a note too short to tell its
# own ("Données du CRM incomplètes", "Marketing misst MQLs"): set by `in_round_language`.
_ROUND_LANGUAGE: ContextVar[str] = ContextVar("round_language", default="en")


def round_language(texts: Sequence[str]) -> str:
    """The language of a round for its notes that have no small word to tell theirs by:
    another language than English when at least three notes and three quarters of those
    that tell one are written in it ("en" else: a round that mixes languages reads such a
    note as English, as before)."""
    told = Counter(
        lang
        for lang, found in ((language_of(f), f) for f in (tuple(note_words(t)) for t in texts))
        # English by a small word no other language writes: "a" and "no" are Spanish too.
        if lang != "en" or any(w in STOP_WORDS and w not in _OTHER_SMALL for w in found)
    )
    lang, count = max(told.items(), key=lambda kv: (kv[1], kv[0] != "en"), default=("en", 0))
    return lang if lang != "en" and count >= 3 and 4 * count >= 3 * sum(told.values()) else "en"


_OTHER_SMALL = frozenset().union(*OTHER_STOP_WORDS.values())


@contextmanager
def in_round_language(language: str) -> Iterator[None]:
    """Read notes without small words as written in `language` while labels are made."""
    token = _ROUND_LANGUAGE.set(language)
    try:
        yield
    finally:
        _ROUND_LANGUAGE.reset(token)


def note_language(text: str) -> str:
    """A note's language as labels read it (`loose_language_of`), the round's for a note
    with no small word of any language."""
    found = tuple(note_words(text))
    lang = loose_language_of(found)
    return _ROUND_LANGUAGE.get() if lang == "en" and _untold(found) else lang


def _untold(found: Sequence[str]) -> bool:
    """Whether a note's words tell no language but the round's: too few small words of
    another to read it as written in that one ("d'un" alone), and no English one that the
    round's language does not write too ("No tenemos referencias de clientes" has "no")."""
    shared = OTHER_STOP_WORDS.get(_ROUND_LANGUAGE.get(), frozenset())
    return language_of(found) == "en" and not any(
        w in STOP_WORDS and w not in shared for w in found
    )


def noun_end(word: str) -> bool:
    """Whether a German label may end on the word: a noun (capitalised) or an acronym, not a
    verb, adjective or adverb ("Vertrieb geplant", "Spät zurück", "Baut sich eigene")."""
    return word[:1].isupper() or word[:1].isdigit()


def stops_of(text: str) -> frozenset[str]:
    """The small words of a note's language (English, or one of stopwords.py's others),
    read loosely: a short note with one small word of its language counts as written in it."""
    lang = note_language(text)
    return STOP_WORDS if lang == "en" else STOP_WORDS | OTHER_STOP_WORDS[lang]


def term_of(token: str, stops: frozenset[str]) -> str:
    """A token's term as TF-IDF counts it; empty for a small word."""
    low = without_elision(token.lower().replace("’", "'"), stops)
    if low in stops or (len(low) == 1 and low.isalpha() and (token.islower() or low == "w")):
        # The "w" of "w/ a customer" named "W a customer". Digits ("Top 3 objections") and
        # a capital standing for a name ("X beat us on price") still count.
        return ""
    return stem(low[:-2] if low.endswith("'s") else low)


def unelided(token: str, stops: frozenset[str]) -> str:
    """A token as typed without a small word elided onto it ("L'équipe" -> "équipe")."""
    return token[len(token) - len(without_elision(token.lower().replace("’", "'"), stops)) :]


def capitalise(text: str) -> str:
    """The text with its first letter in upper case (the rest as it is)."""
    return text[:1].upper() + text[1:] if text else text


# French and Spanish "of" that makes one name of two nouns: "études de cas", "casos de éxito".
_OF = frozenset({"de", "d"})


def with_complement(label: str, texts: Sequence[str]) -> str:
    """A French or Spanish label of at most three words that a note goes on with "de" and a
    noun without an article, with them: "Manque d'études" said a lack of studies, where
    "Manque d'études de cas" says the note's lack of case studies. Else the label."""
    said = [w.lower() for w in TOKEN.findall(label)]
    if not said or len(label.split()) > 3:
        return label
    for text in texts:
        if note_language(text) not in ("fr", "es"):
            continue
        raw, joined, cut, _glue = tokens(text)
        low = [w.lower() for w in raw]
        stops = stops_of(text)
        for at in range(len(raw) - len(said)):
            end = at + len(said)
            if low[at:end] != said or any(cut[at:end]) or not joined[end - 1]:
                continue
            noun = raw[end + 1] if end + 1 < len(raw) and not cut[end] else ""
            # Not half a longer chain: "Process clair de passage" (de relais).
            chain = end + 2 < len(raw) and not cut[end + 1] and low[end + 2] in _OF
            if low[end] in _OF and noun.isalpha() and noun.lower() not in stops and not chain:
                return f"{label} {raw[end]} {noun}"
            if low[end].partition("'")[0] in _OF and low[end] not in stops:  # "d'éxito"
                return f"{label} {raw[end]}"
    return label
