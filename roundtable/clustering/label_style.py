"""How a theme label and a reason's quote should read: short acronyms the notes write in
capitals are words ("AI", "HR"), a label names a theme rather than opening or ending on a
verb ("Owns the events"), and a quote keeps enough of its note to be recognised. Used by
labels.py and lone_label.py.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Mapping, Sequence

from roundtable.stopwords import STOP_WORDS

from .label_verbs import (
    BEFORE_VERB,
    COMMON_VERBS,
    DETERMINERS,
    PAST_ONLY,
    SEEMING_VERBS,
    STRONG_BEFORE_VERB,
    past_form,
)
from .label_words import VERB_FORMS

# English small words that are also acronyms when typed in capitals: "IT" (the department),
# "US" (the market). Other small words in capitals are a note raising its voice ("NO budget").
_CAPS_ACRONYMS = frozenset({"IT", "US"})


def shouted(text: str) -> bool:
    """Whether a note is written mostly in capitals, so that its capitals mark no acronym."""
    upper = sum(ch.isupper() for ch in text)
    lower = sum(ch.islower() for ch in text)
    return upper > lower


def written_acronym(word: str, text: str) -> bool:
    """Whether a short word is an acronym as the note writes it: "AI", "HR", "UX", "KPI" in
    capitals in a note that is not all capitals. "IT" counts, "it" does not, and neither
    does an English small word in capitals ("NO budget")."""
    bare = word.strip(" ,;:.!?-–—\"“”'’()")
    if not (2 <= len(bare) <= 5 and bare.isalpha() and bare.isupper()) or shouted(text):
        return False
    return bare.lower() not in STOP_WORDS or bare in _CAPS_ACRONYMS


# Third-person verb forms that notes use to say who does what ("nobody owns the events",
# "finance cuts offsites"): a label opening on one reads as half a sentence, not a theme.
# Kept as typed, not stemmed: plural nouns such as "leads", "calls" and "deals" are absent.
_VERB_TEXT = """owns gets takes sends wants makes gives goes says knows thinks keeps writes
    builds sells buys loses brings feels hears chases ignores rejects believes sits hates runs
    asks tells tries comes sees pays misses pushes leaves finds arrives churns closes counts
    covers cuts decides fixes frees listens moves raises signs trains turns works talks marks
    spends ghosts postpones disappears vanishes dies rots helps drops kills blames skips
    forgets owes"""
THIRD_PERSON = frozenset(_VERB_TEXT.split())
_VERBS = THIRD_PERSON | COMMON_VERBS | SEEMING_VERBS
# Words a reason does not name as what ties notes together: how the two functions work
# ("shared", "joint", "together": said of anything in a room about working together) and
# a rank ("top"). "Shared words: top." stood under "Planning campaigns together" because
# "top objections" and "top 20 account plans" both say it.
_LOOSE = frozenset({"shared", "joint", "together", "top"})
# Nor the words of the room itself: in a sales and marketing round every theme has notes that
# say "sales", "marketing", "team" or "leads", and "linked by the word: sales" tells the
# facilitator nothing about this group.
# A room that mixes languages says them in each: "Vertrieb", "ventes", "ventas", "márketing".
# Its people ("reps", "commerciaux", "Vertriebler") may still tie a group, as "reps" does.
_ROOM_TEXT = """sales sale marketing mktg mkt team teams lead leads
    vertrieb vertriebs verkauf vente ventes équipe équipes
    ventas venta márketing mercadeo mercadotecnia equipo equipos"""
_ROOM = frozenset(_ROOM_TEXT.split())


def verb_form(word: str, before: str = "", verbs: Collection[str] = ()) -> bool:
    """Whether a word is a verb as the note uses it: "owns" in "nobody owns the events",
    but not "sends" in "stagger the sends" (after a determiner, a noun).

    Args:
        verbs: more words (in lower case) known as verbs, such as those the round's notes
            use as verbs ("eat" when a note says "AEs eat the objection").
    """
    low = word.lower()
    return (low in _VERBS or low in verbs) and before.lower() not in DETERMINERS


def verb_at_edge(label: str, verbs: Collection[str] = (), *, pasts: bool = True) -> bool:
    """Whether a label's first or last word is a verb ("Owns the events", "ICP runs", "Kill
    MQL", "Went live", "Reps brought"): it reads as half a sentence, not as a theme. A
    label that opens with "never" or "can't" opens on the verb after it ("Never debrief the
    lost deals"); a past form opens one only when it is no participle ("Lost deals" is a
    name, "Gave up on SEO" is not). Past forms are not looked at without `pasts`."""
    split = label.split()
    if not split:
        return False
    first, last, before = split[0], split[-1], " ".join(split[-2:-1])
    if len(split) > 1 and first.lower() in BEFORE_VERB:
        second = split[1]
        if first.lower() in STRONG_BEFORE_VERB and second.lower() not in STOP_WORDS:
            return True  # "Never debrief", "Can't prove ROI"
        if verb_form(second, "", verbs) or (pasts and second.lower() in PAST_ONLY):
            return True  # "Always chases", "Just went"
    if verb_form(first, "", verbs) or (pasts and first.lower() in PAST_ONLY):
        return True
    past = pasts and past_form(last) and len(split) > 1 and before.lower() not in DETERMINERS
    return verb_form(last, before, verbs) or past


# A quote keeps at least this many words that mean something, and is never longer than
# QUOTE_MAX characters to keep them.
QUOTE_WORDS = 3
QUOTE_MAX = 100


def quote(text: str, limit: int = 60, stops: Collection[str] = STOP_WORDS) -> str:
    """A note as a reason quotes it: whole when it fits within `limit` characters, else cut
    after a whole word with an ellipsis, holding at least QUOTE_WORDS words that mean
    something even when that takes it past `limit` ("Implementation-partner-certification…"
    was one word of a long note)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    words = text.split(" ")

    def meaningful(word: str) -> bool:
        bare = word.strip(" ,;:.!?-–—\"“”'’()").lower()
        return any(ch.isalpha() for ch in bare) and bare not in stops

    kept: list[str] = []
    for word in words:
        if len(" ".join([*kept, word])) > limit:
            break
        kept.append(word)
    for word in words[len(kept) :]:
        if sum(map(meaningful, kept)) >= QUOTE_WORDS:
            break
        if kept and len(" ".join([*kept, word])) > QUOTE_MAX:
            break
        kept.append(word)
    if len(kept) == len(words) and len(text) <= QUOTE_MAX:
        return text
    shown = " ".join(kept)
    if len(shown) > QUOTE_MAX:  # one word longer than any quote (a link): cut inside it
        shown = shown[: QUOTE_MAX - 1]
    return shown.rstrip(" ,;:.-–—") + "…"


_LETTERS = re.compile(r"[^\W\d_]+")


def telling(terms: Sequence[str], forms: Mapping[str, str]) -> list[str]:
    """The terms a reason may name as what ties notes together: not a third-person verb
    ("linked by the words: events, owns" named who does what as if it were a topic), nor
    another form of a verb notes use ("Shared words: written.", "linked by the word:
    live"), nor a word of how the functions work together or of rank (`_LOOSE`), nor a word
    every theme of the room says (`_ROOM`)."""
    loose = _VERBS | VERB_FORMS | _LOOSE | _ROOM
    return [t for t in terms if not _room_word(forms.get(t, t).lower(), loose)]


# What a German compound adds to a room's word to name its people: "Vertriebsteam",
# "Marketingleitung" (where "Marketingbudget" names a thing).
_ROOM_PEOPLE = ("team", "teams", "leitung", "leiter", "abteilung", "kollegen", "leute")


def _room_word(word: str, loose: Collection[str]) -> bool:
    """Whether a reason should not name the word: one of `loose`, or a compound of the
    room's words ("Sales-Team", "Vertriebsteam", "Marketingleitung")."""
    if word in loose:
        return True
    if "-" in word:
        return all(part in _ROOM for part in word.split("-") if part)
    for head in ("vertriebs", "vertrieb", "marketing", "sales"):
        if word.startswith(head) and word[len(head) :] in _ROOM_PEOPLE:
            return True
    return False


def unshouted(label: str, taken: Collection[str], texts: Sequence[str] = ()) -> str:
    """A label taken from notes written in capitals, in sentence case: "SAME BUDGET FIGHT"
    is "Same budget fight". Acronyms alone ("CRM SLA", "SD-WAN": no run of more than four
    letters) stay, and so do the acronyms in it that the field's lexicon or the round's
    other notes (`texts`) write in capitals: "CRM data is garbage", not "Crm data is
    garbage"."""
    letters = [ch for ch in label if ch.isalpha()]
    if not letters or not all(ch.isupper() for ch in letters):
        return label
    if not any(len(run) > 4 for run in _LETTERS.findall(label)):  # "SD-WAN" stays
        return label
    known = _field_acronyms() | {w for t in texts for w in _written_acronyms(t)}

    def calm_word(match: re.Match[str]) -> str:
        word = match.group(0)
        if word in known:
            return word
        if word.endswith("S") and word[:-1] in known:  # "SDRS": "SDRs"
            return word[:-1] + "s"
        return word.lower()

    calm = _LETTERS.sub(calm_word, label)
    calm = calm[:1].upper() + calm[1:]
    return calm if calm.lower() not in {t.lower() for t in taken} or calm == label else label


def _written_acronyms(text: str) -> set[str]:
    """The acronyms a note writes in capitals ("MQL" in "Sales ignores every MQL")."""
    return {w for w in _LETTERS.findall(text) if written_acronym(w, text)}


@functools.cache
def _field_acronyms() -> frozenset[str]:
    """The acronyms the lexicon's topics write in capitals ("CRM", "MQL", "ROI")."""
    from .lexicon import TOPICS

    found: set[str] = set()
    for topic in TOPICS:
        for text in (topic.name, *topic.phrases):
            # A phrase of capitals is the acronyms themselves ("CAC vs LTV"), not shouting.
            found |= {w for w in _LETTERS.findall(text) if written_acronym(w, w.lower())}
    return frozenset(found)
