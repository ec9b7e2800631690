"""Which words of an English note are verbs, told by the part they play in it rather than by
a list alone: "eat" in "AEs eat the objection" takes an object, "ghost" in "they ghost us"
follows a subject, "prove" in "we can't prove ROI" follows "can't". A label is the name of a
theme, so a word used as a verb does not open it, end it ("AEs eat") or sit inside it as
half a sentence ("AE picks the logos"). Used by labels.py and lone_label.py.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Sequence

from roundtable.stopwords import STOP_WORDS

from .label_words import PREPOSITIONS, acronym, note_language, tokens
from .other_verbs import other_verb_roles

# Words that open what a verb acts on: "picks the logos", "sends us", "log it". Not "every",
# "this" or "a week": "demo every Friday" and "5 meetings a week" have no verb.
_OBJECTS = frozenset({"the", "a", "an", "our", "their", "your", "my", "his", "her", "them"})
_OBJECTS_TYPED_LOW = frozenset({"it", "us", "me", "him"})  # "IT" and "US" are acronyms
_NOT_OBJECT_AFTER_A = frozenset({"day", "week", "month", "quarter", "year", "lot", "bit"})

# Who does something: the word after one is what they do ("they ghost", "nobody owns").
_SUBJECTS_TEXT = """we they i you he she who nobody everyone everybody someone somebody
    anyone anybody noone we'll they'll you'll i'll we've they've i've you've we'd they'd
    theyve weve ive youve theyll youll theyd youd"""
_SUBJECTS = frozenset(_SUBJECTS_TEXT.split())
# Words after which a verb comes: "can't prove", "won't touch", "never call", "to qualify".
_BEFORE_VERB_TEXT = """can can't cant cannot could couldn't couldnt will won't wont would
    wouldn't wouldnt should shouldn't shouldnt must mustn't don't dont doesn't doesnt didn't
    didnt never let's lets"""
_BEFORE_VERB = frozenset(_BEFORE_VERB_TEXT.split())
# Small words between a subject and its verb: "we never call", "they just ignore".
_BETWEEN_TEXT = """never always just still often rarely only really also all actually
    usually already simply then"""
_BETWEEN = frozenset(_BETWEEN_TEXT.split())
# Small words after which a word that takes an object is a verb: "to email them", "and
# enforce it".
_AFTER_WHICH_A_VERB = frozenset({"to", "and", "or", "then", "but"})
DETERMINERS = frozenset({"the", "a", "an", "our", "their", "its", "his", "her", "my", "your"})
# Words before "the" or "them" that are no verbs: "plays around them", "despite the price".
_PREPOSITIONS = PREPOSITIONS | {"via"}

# Verbs of sales and marketing talk that a label should not open or end on, in forms that
# are seldom nouns there (so not "call", "demo", "share", "count", "track" or "pay"): the
# words the notes' roles do not reveal, such as an order that opens a note ("kill MQL
# targets", "recruit MSPs").
_COMMON_TEXT = """eat eats picks grab grabs kill kills prove proves agree agrees mention
    mentions celebrate celebrates recruit recruits bring brings deliver delivers convince
    convinces explain explains understand understands align aligns approve approves attend
    attends join joins respond responds waits expect expects decide decides choose chooses
    pull pulls qualify qualifies convert converts engage engages prioritise prioritises
    prioritize prioritizes escalate escalates assign assigns manage manages ignore ignores
    rejects chase chases stay stays allow allows require requires become becomes follows
    rewrite rewrites slips ships fits reads happens throw throws send sends sells buys owns
    tell tells asks give gives keep keeps nurtures wastes books let"""
COMMON_VERBS = frozenset(_COMMON_TEXT.split())
# Verbs of seeming, which say how a thing comes across and are no part of its name: "Pitch
# sounds" (like every other vendor), "Good quarter looks" (like).
SEEMING_VERBS = frozenset(
    {"looks", "sounds", "seems", "feels", "appears", "looked", "sounded", "seemed", "appeared"}
)


def verb_roles(text: str) -> tuple[bool, ...]:
    """For each word of the note (as `tokens` splits it), whether the note uses it as a verb
    (`_verb_roles`; a German, French or Spanish note's by `other_verb_roles`)."""
    return _verb_roles(text, note_language(text))


@functools.lru_cache(maxsize=8192)
def _verb_roles(text: str, language: str) -> tuple[bool, ...]:
    """For each word of the note (as `tokens` splits it), whether the note uses it as a verb:
    it takes an object ("picks the logos"), follows a subject ("they ghost") or follows a
    word that a verb follows ("can't prove"). A word ending in "ing" is a name's word
    ("Pricing the deal"), and so is a word after "the", an acronym or a capitalised name.
    Kept per text and language: each group's label reads its notes again."""
    raw, _joined, cut, glue = tokens(text)
    if language != "en":
        return other_verb_roles(raw, cut, language)
    if not raw:
        return ()
    if sum(ch.isupper() for ch in text) > sum(ch.islower() for ch in text):
        # A note in capitals marks no acronym or name by them ("AES BURY THE RENEWAL RISK"):
        # read as written in lower case, "aes" is the plural subject of "bury".
        raw = [w.lower() for w in raw]
    low = [w.lower().replace("’", "'") for w in raw]
    marked = []
    for i, word in enumerate(raw):
        before = low[i - 1] if i and not cut[i - 1] else ""
        if (
            low[i] in STOP_WORDS
            or low[i] in _PREPOSITIONS
            or acronym(word)
            or not word.isalpha()
            or low[i].endswith("ing")
            or (i and glue[i - 1])
            or glue[i]
            or before in DETERMINERS
            or (i and not cut[i - 1] and word[:1].isupper())
        ):
            marked.append(False)
            continue
        after = raw[i + 1] if i + 1 < len(raw) and not cut[i] else ""
        takes = after.lower() in _OBJECTS or after in _OBJECTS_TYPED_LOW
        if after.lower() in {"a", "an"} and i + 2 < len(raw):
            takes = takes and low[i + 2] not in _NOT_OBJECT_AFTER_A
        earlier = low[i - 2] if i > 1 and not cut[i - 2] else ""
        subject = before in _SUBJECTS or (before in _BETWEEN and earlier in _SUBJECTS)
        if takes and before and before in STOP_WORDS:
            # "rules for leads the reps reject": a noun after "for"; "to email them" is not
            takes = before in _AFTER_WHICH_A_VERB or before in _BEFORE_VERB or before in _BETWEEN
        elif takes and before:
            # "AE picks the logos", "AEs eat the objection", but not "a single north star
            # the whole team repeats": a word that takes an object follows its subject.
            takes = low[i].endswith(("s", "ed")) or _plural(raw[i - 1])
        marked.append(takes or subject or before in _BEFORE_VERB)
    return tuple(marked)


# Plural nouns of sales and marketing talk that are also verbs: at the end of a label they
# read as the noun ("Client calls", from "client calls me daily"), where "SDR books" and
# "AEs eat" name nothing.
_PLURAL_TEXT = """calls leads deals demos emails visits quotes reports plans targets reviews
    wins forecasts pitches accounts contacts clicks posts tests launches updates requests
    orders offers budgets needs results answers questions prices discounts samples texts
    messages touches shares matches hits likes views opens meetings invites bookings signs
    shows runs sends asks cuts counts alerts"""
PLURAL_NOUNS = frozenset(_PLURAL_TEXT.split())


def plural_like(word: str) -> bool:
    """Whether a verb form reads as a plural noun at the end of a name ("Client calls")."""
    return word.lower() in PLURAL_NOUNS


def _plural(word: str) -> bool:
    """Whether a word reads as a plural subject: "AEs", "reps", "marketers"."""
    return word.endswith("s") and not word.lower().endswith("ss")


def note_verbs(text: str) -> frozenset[str]:
    """The words (in lower case) that the note uses as verbs, but for those that read as
    plural nouns (COMMON_VERBS has "sells" and "owns")."""
    raw = tokens(text)[0]
    return frozenset(
        w.lower()
        for w, verb in zip(raw, verb_roles(text), strict=True)
        if verb and not plural_like(w)
    )


def round_verbs(texts: Sequence[str]) -> frozenset[str]:
    """The words (in lower case) that a round's English notes use as verbs at least as often
    as otherwise, but for those that read as plural nouns: "eat" when "AEs eat the
    objection", but not "demo" when one note says "we demo the product" and five others
    speak of "the demo"."""
    used: Counter[str] = Counter()
    as_verb: Counter[str] = Counter()
    for text in texts:
        raw = tokens(text)[0]
        for word, verb in zip(raw, verb_roles(text), strict=True):
            used[word.lower()] += 1
            as_verb[word.lower()] += verb
    return frozenset(w for w, n in as_verb.items() if n and 2 * n >= used[w] and not plural_like(w))


# Past forms that are verbs wherever a label has them ("Went live", "Sat in on calls"): a label
# opens on none of them, and ends on none.
_PAST_ONLY_TEXT = """went came became gave saw took knew ran began wrote ate grew threw flew
    spoke broke chose froze rose drove fell forgot got gone did was were had felt sat thought
    told said heard stood tried"""
PAST_ONLY = frozenset(_PAST_ONLY_TEXT.split())
# Irregular participles: before a noun they describe it ("Lost deals", "Paid social", "Written
# SLA"), but a label that ends on one ends on a verb ("Reps brought", "Legal gave").
_PARTICIPLE_TEXT = """lost sent paid written built made sold bought known broken frozen given
    hidden spoken taken forgotten seen held kept left found brought spent won met led taught
    caught meant gotten begun eaten grown thrown flown chosen driven fallen risen stolen shown
    done"""
PARTICIPLES = frozenset(_PARTICIPLE_TEXT.split())
# Words ending in "ed" that are no past forms, and prefixes that make an "ed" word describe a
# state a label may end on ("SDR team understaffed", "Messaging outdated").
_NOT_PAST_ED = frozenset({"hundred", "hatred", "kindred", "wicked", "naked", "sacred", "embed"})
_STATE_PREFIXES = ("un", "under", "over", "mis", "out", "self")
# Participles that say what state a thing is in, not what someone did: after its noun one is
# the note's point ("Q3 calendar locked", "Budget frozen", "Count sourced and influenced"),
# where "Reps brought" and "Responders called" say who did something and stop there.
_STATE_TEXT = """locked frozen fixed signed approved agreed booked capped confirmed finalised
    finalized published scheduled settled blocked sourced influenced broken"""
STATE_PARTICIPLES = frozenset(_STATE_TEXT.split())


def past_form(word: str) -> bool:
    """Whether an English word is a verb's past form that a label should not end on:
    "sat", "brought", "gave", or a regular one such as "called" in "Responders called"
    ("need" and "speed" are no past forms; "understaffed" and "locked" describe a state)."""
    low = word.lower()
    if low in STATE_PARTICIPLES:
        return False
    if low in PAST_ONLY or low in PARTICIPLES:
        return True
    if not (low.isascii() and low.isalpha() and len(low) >= 5 and low.endswith("ed")):
        return False
    return not (low.endswith("eed") or low in _NOT_PAST_ED or low.startswith(_STATE_PREFIXES))


# Words that put the verb after them at a label's start: "Never debrief the lost deals" opens
# on an order as much as "Debrief the lost deals" does.
# After the first ones the next word is always the verb; after the others, only a word known
# as one ("Always chases the logo", but "Only one target").
STRONG_BEFORE_VERB = _BEFORE_VERB
BEFORE_VERB = _BEFORE_VERB | frozenset({"always", "just", "rarely", "only", "still"})


# Words after which a participle is passive: "we're judged on", "deals get stuck".
_PASSIVE_TEXT = """am is are was were be been being we're they're you're i'm it's he's she's
    that's get gets got getting gotten isn't aren't wasn't weren't"""
PASSIVE_BEFORE = frozenset(_PASSIVE_TEXT.split())


# Phrasal verbs of sales and marketing talk: the verb and the particle that follows it say one
# thing ("set up", "hand off", "follow up", "sign off", "roll out"), and a label that ends on
# the verb with its particle left behind reads as cut in two ("Revops set").
_PHRASAL_TEXT = """set hand follow sign kick roll reach figure pick push call check drop log write
    fill sort shut turn give take get put come go look find point hold break cut sum line
    loop weed phase ramp scale spin tie wrap hang print book close end mess mix pass pay
    play lock carry bring back build clean clear dig drag fall fire freeze hook jump lay
    let pull run send show sit slip spell stand step stick tee track warm wind
    work zero opt ship blow catch chase chip cross double free"""
_PHRASAL = frozenset(_PHRASAL_TEXT.split())
# Not "over" ("one revops team over both funnels"): after a noun it is mostly a preposition.
PARTICLES = frozenset({"up", "off", "out", "back", "through", "away", "down"})


def phrasal_verb(raw: Sequence[str], joined: Sequence[bool], cut: Sequence[bool], at: int) -> bool:
    """Whether raw[at] is the verb of a phrasal verb whose particle follows it in the note:
    "set" in "revops set up shared lead status", "hand" in "hand off to the AE". A label
    ends on no such word. A particle before a number or "of" says where a thing stands
    ("pipeline down 20%", "out of budget"), and makes none."""
    if at + 1 >= len(raw) or cut[at] or not joined[at]:
        return False
    after = raw[at + 1].lower()
    if after not in PARTICLES:
        return False
    beyond = raw[at + 2].lower() if at + 2 < len(raw) and not cut[at + 1] else ""
    if beyond == "of" or beyond[:1].isdigit():
        return False
    low = raw[at].lower().replace("’", "'")
    for end in ("ing", "ed", "s", ""):  # "setting", "handed", "signs", "set"
        base = low[: -len(end)] if end and low.endswith(end) else low if not end else ""
        if base and (base in _PHRASAL or base[:-1] in _PHRASAL and base[-1:] == base[-2:-1]):
            return True  # "set", "sets", "setting" (doubled t), "signed"
    return False


@functools.lru_cache(maxsize=8192)
def phrasal_words(text: str) -> dict[str, str]:
    """The words (lower case) a note uses as the verb of a phrasal verb, each with its
    particle ("follow": "up" in "webinar follow up is late"); kept per text."""
    raw, joined, cut, _glue = tokens(text)
    return {
        w.lower(): raw[at + 1].lower()
        for at, w in enumerate(raw)
        if phrasal_verb(raw, joined, cut, at)
    }


def past_at_edge(raw: Sequence[str], at: int, start: int, end: int) -> bool:
    """Whether the word at `at` of a stretch raw[start:end] is a past form at its edge that
    makes it half a sentence: a last word that is only a verb ("Webinar sat"), a first
    word that is no participle ("Went live", but "Lost deals"), or a past form that no noun
    follows ("Signed on the 30th", "Reviewed jointly", "Brought 40 guests")."""
    low = raw[at].lower()
    if at == start:
        after = raw[at + 1].lower() if at + 1 < end else ""
        bare = not after.isalpha() or after in STOP_WORDS or after.endswith("ly")
        # "we're judged on MQLs": after "be" or "get" a participle says what is done to the
        # writer, and "Judged on MQLs" names that.
        passive = at > 0 and raw[at - 1].lower().replace("’", "'") in PASSIVE_BEFORE
        return low in PAST_ONLY or (past_form(low) and bare and not passive)
    # A participle may end a name: "OKRs written" (in separate rooms) says what "Separate
    # rooms" does not.
    return at == end - 1 and low in PAST_ONLY and raw[at - 1].lower() not in DETERMINERS


# Plurals that say what the noun after them is for, not who does something: "sales team",
# "events calendar", "operations manager", "partners portal".
_PLURAL_MODIFIERS_TEXT = """sales events ops operations analytics logistics news goods services
    products partners accounts systems communications comms jobs claims rewards savings
    sports arts customs ads"""
_PLURAL_MODIFIERS = frozenset(_PLURAL_MODIFIERS_TEXT.split())
# What follows a verb rather than a noun after a plural: a particle or an adverb ("sit next
# to", "drift back", "arrive late"); a preposition does when the plural opens its clause
# ("field reps wait for the brochure", but "a notes field for visits", "the KAMs read on
# buyers").
_AFTER_BARE_VERB_TEXT = """next back away around through together apart ahead late early
    again anymore home up down out off into onto"""
_AFTER_BARE_VERB = frozenset(_AFTER_BARE_VERB_TEXT.split()) | PREPOSITIONS  # "queue outside"
_AFTER_BARE_VERB_OPENING = frozenset(
    {"to", "for", "with", "at", "in", "on", "from", "about", "after", "before", "over"}
)
# Words that may stand before a plural that opens its clause: "both teams look at".
_OPENING_PLURAL = frozenset(
    {"the", "our", "their", "your", "my", "both", "all", "most", "some", "many", "these"}
)


def bare_verb(raw: Sequence[str], joined: Sequence[bool], cut: Sequence[bool], at: int) -> bool:
    """Whether raw[at] is a verb in its bare form right after its plural subject, as the word
    after it shows: "sit" in "SDRs sit next to demand gen", "drift" in "reps drift back to
    old decks", "wait" in "field reps wait for the brochure". A label that ends on it is a
    subject and its verb ("SDRs sit"), half a sentence. Not after a plural that says what a
    noun is for ("sales team in Berlin", "revops team over both funnels"), and never a word
    with an ending ("-s", "-ing", "-ed", "-ly"), an adjective's "-y" ("reps busy with
    renewals") or a capital, which other rules read."""
    if at == 0 or at + 1 >= len(raw) or cut[at - 1] or cut[at]:
        return False
    if not (joined[at - 1] and joined[at]):
        return False
    word, before, after = raw[at], raw[at - 1], raw[at + 1].lower()
    if not (word.isalpha() and word.islower() and len(word) > 2) or word in STOP_WORDS:
        return False
    if word.endswith(("s", "ing", "ed", "ly", "y")) or word in PAST_ONLY or _participle(word):
        return False  # "cold templates sent to warm", "proposals rewritten from scratch"
    low = before.lower()
    if at > 1 and not cut[at - 2] and raw[at - 2].lower() in _SUBJECTS | _BETWEEN:
        return False  # "nobody covers inbound": the plural-like word is the verb
    regular = (
        before.islower()
        and len(before) > 3
        and low.endswith("s")
        and not low.endswith(("ss", "us", "is", "ops", "ics"))
        and low not in _PLURAL_MODIFIERS
        and low not in STOP_WORDS
    )
    plural = regular or (before.endswith("s") and acronym(before[:-1]))  # "SDRs", "AEs"
    if not plural:
        return False
    if after in _AFTER_BARE_VERB or (after.endswith("ly") and len(after) > 4):
        return True  # "reps respond slowly"
    if after not in _AFTER_BARE_VERB_OPENING:
        return False
    # The plural opens its clause, after at most the words of _OPENING_PLURAL or one word
    # that says which ("field reps"); not a verb after its subject ("nobody covers inbound
    # on weekends") or an order ("let supervisors star in our content").
    start = at - 1
    while start > 0 and not cut[start - 1]:
        start -= 1
    ahead = [w.lower() for w in raw[start : at - 1]]
    which = len(ahead) == 1 and ahead[0] not in STOP_WORDS | _SUBJECTS | COMMON_VERBS
    return all(w in _OPENING_PLURAL for w in ahead) or which


def opens_on_particle(raw: Sequence[str], at: int) -> bool:
    """Whether a name starting at raw[at] would open on what ends a verb: its particle
    ("Back to old decks", of "reps drift back to old decks") or a preposition that a small
    word follows ("Along with KAMs", of "ride along with KAMs"). "Behind the numbers" and
    "Past events" are names."""
    first = raw[at].lower()
    joined_to = at + 1 < len(raw) and raw[at + 1].lower() in _JOINED_PREPOSITIONS
    return first in PARTICLES or (first in PREPOSITIONS and joined_to)


# Small words that make one preposition with the one before them: "along with", "next to".
_JOINED_PREPOSITIONS = frozenset({"with", "to", "from", "of", "for", "at", "in", "on"})


def _participle(word: str) -> bool:
    """Whether a word is an irregular participle, with a prefix or none: "sent", "written",
    "rewritten", "overtaken"."""
    return word in PARTICIPLES or any(word.endswith(p) for p in PARTICIPLES if len(p) >= 5)
