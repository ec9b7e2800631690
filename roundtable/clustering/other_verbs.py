"""Which words of a German, French or Spanish note are verbs, told by where they stand, for
labels: "verlieren" in "Wir verlieren Deals" follows its subject, "bloquent" in "Les achats
bloquent la signature" follows a plural noun with a plural verb's ending, "hablamos" in "No
hablamos con quien decide" follows "no". A label that opens or ends on one reads as half a
sentence ("Verlieren Deals", "Achats bloquent"). Used by label_verbs.verb_roles.
"""

from __future__ import annotations

from collections.abc import Sequence

from roundtable.stopwords import OTHER_STOP_WORDS

from .label_words import PREPOSITIONS, WEAK_WORDS, tokens
from .tfidf import stem


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _weak(word: str) -> bool:
    """A word that is no verb where it stands: "après" in "Pas de relance après la démo",
    "assez" in "impliqué assez tôt" (`WEAK_WORDS`)."""
    return stem(word) in WEAK_WORDS or word in PREPOSITIONS


# Who does something: the word after one is what they do ("wir verlieren", "on parle").
_SUBJECTS = {
    "de": _words("ich du er sie es wir ihr man keiner niemand jeder jemand"),
    "fr": _words("je j tu il elle on nous vous ils elles personne"),
    "es": _words("yo tú él ella nosotros nosotras ellos ellas usted ustedes nadie"),
}
# Words after which a verb comes: the negation and the object pronouns before it ("ne
# parle", "no hablamos", "se llaman").
_BEFORE_VERB = {
    "de": frozenset(),
    "fr": _words("ne n se s me m te t"),
    "es": _words("no nunca se me te nos os le les"),
}
# Articles that open what a verb acts on: "bloquea la firma", "cassent les prix" ("des" and
# "du" are "of the" as often: "Retour des commerciaux").
_OBJECT_ARTICLES = {
    "de": frozenset(),
    "fr": _words("le la les un une"),
    "es": _words("el la los las un una"),
}
# Adverbs that follow a verb rather than an adjective: "El decisor entra demasiado tarde",
# "Le client rappelle toujours" (an adjective's degree comes before it: "trop long").
_AFTER_VERB = {
    "de": frozenset(),
    "fr": _words("trop toujours souvent tard tôt peu beaucoup vite"),
    "es": _words("demasiado siempre tarde pronto poco mucho nunca rápido"),
}
# Endings of a participle, which such an adverb follows as well ("Propuestas enviadas tarde").
_PARTICIPLE_ENDS = tuple(_words("ado ada ados adas ido ida idos idas é ée és ées i ie is ies"))
# Endings of a plural verb after its plural subject ("achats bloquent", "ferias cuestan"),
# where an adjective would end in "-s" ("achats bloqués", "ferias caras").
_PLURAL_VERB_ENDS = {"de": (), "fr": ("ent",), "es": ("an", "en")}


def other_verb_roles(raw: Sequence[str], cut: Sequence[bool], language: str) -> tuple[bool, ...]:
    """For each word of a note in `language` ("de", "fr" or "es"; other languages mark
    none), whether it is a verb by where it stands (see the module's docstring)."""
    if language not in _SUBJECTS:
        return (False,) * len(raw)
    stops = OTHER_STOP_WORDS[language]
    low = [w.lower().replace("’", "'") for w in raw]
    marked = []
    for i, word in enumerate(raw):
        head, mark, rest = low[i].partition("'")
        if mark and rest and head in _BEFORE_VERB[language] | _SUBJECTS[language]:
            marked.append(True)  # "n'utilisent", "j'ai"
            continue
        before = low[i - 1] if i and not cut[i - 1] else ""
        if not word.isalpha() or not word[:1].islower() or low[i] in stops or _weak(low[i]):
            marked.append(False)
            continue
        after = low[i + 1] if i + 1 < len(raw) and not cut[i] else ""
        earlier = low[i - 2] if i > 1 and not cut[i - 2] else ""
        subject = before in _SUBJECTS[language] or (
            before in _BEFORE_VERB[language] and earlier in _SUBJECTS[language]
        )
        noun_before = bool(before) and before.isalpha() and before not in stops
        if language == "de":
            # A word typed in lower case right after a noun (or the note's first word) is
            # its verb or an adverb: "Marketing misst MQLs", "Messen bringen Kontakte".
            verb = noun_before and raw[i - 1][:1].isupper()
        else:
            plural = noun_before and before.endswith(("s", "x"))
            verb = (
                before in _BEFORE_VERB[language]
                or (plural and low[i].endswith(_PLURAL_VERB_ENDS[language]) and len(low[i]) > 4)
                or (noun_before and after in _OBJECT_ARTICLES[language])
                or (
                    noun_before
                    and after in _AFTER_VERB[language]
                    and not low[i].endswith(_PARTICIPLE_ENDS)
                )
            )
        marked.append(subject or verb)
    return tuple(marked)


# Endings of a German adjective before its noun: "eigenes", "fehlende", "klaren", "neuer".
ADJECTIVE_ENDS = ("e", "en", "er", "es", "em")


def german_opens(raw: Sequence[str], at: int, roles: Sequence[bool]) -> bool:
    """Whether a German label may open on raw[at]: a word typed with a capital (a noun, or
    the note's first word), or one in lower case that reads as an adjective before its noun
    ("klarer nächster Schritt"); not a verb or an adverb ("Verlieren Deals" of "Wir
    verlieren Deals", "Schnell Rabatt" of "wir geben zu schnell Rabatt"), nor an adjective
    that its article or preposition bent ("Klaren Anreize" of "keine klaren Anreize",
    "Halben Tag" of "einen halben Tag"), which reads wrong without it."""
    word = raw[at]
    if at == 0 or not word[:1].islower():
        return True
    bent = word.lower().endswith(("en", "em")) and raw[at - 1].lower() in OTHER_STOP_WORDS["de"]
    return word.lower().endswith(ADJECTIVE_ENDS) and not roles[at] and not bent


# Words after which a French or Spanish word says what something is like, not what it is
# called: a verb "to be" or "pas" ("n'est pas impliqué"), and a degree after another word
# ("trop élevé", "demasiado largo"; but "menos reporting interno" opens its clause with a
# quantity). A label opening on that word has lost what it is said of ("Élevé face" (à la
# concurrence), of "Le prix est trop élevé face à la concurrence").
_SAID_OF = _words(
    "est sont était étaient sera être pas es son era eran fue fueron ser estar está están estaba"
)
_DEGREES = _words("trop très assez plus moins si muy demasiado más menos tan bastante")


def said_of(raw: Sequence[str], cut: Sequence[bool], at: int, language: str) -> bool:
    """Whether raw[at] in a French or Spanish note follows a word of `_SAID_OF` in its
    clause, or a degree that follows another word, so that no label may open on it."""
    if language not in ("fr", "es") or at == 0 or cut[at - 1]:
        return False
    before = raw[at - 1].lower().replace("’", "'")
    if before in _SAID_OF or before.partition("'")[2] in _SAID_OF:  # "n'est"
        return True
    return before in _DEGREES and at > 1 and not cut[at - 2]


# French and Spanish adjectives that stand before their noun ("une seule base clients",
# "nuevos mensajes"): a label may open on the noun after one.
_BEFORE_NOUN = _words(
    """seul seule seuls seules grand grande grands grandes petit petite petits petites
    nouveau nouvel nouvelle nouveaux nouvelles bon bonne bons bonnes mauvais mauvaise
    premier première premiers premières dernier dernière derniers dernières vrai vraie
    même mêmes autre autres nuevo nueva nuevos nuevas buen buena buenos buenas gran
    grandes primer primera primeros primeras último última últimos últimas único única
    únicos únicas solo sola mismo misma mismos mismas otro otra otros otras mejor mejores
    peor peores"""
)
# French and Spanish "of" before a noun: "Datos del CRM incompletos", "Manque de références".
_OF = frozenset({"de", "del", "du", "des", "d"})


def cut_from_noun(
    raw: Sequence[str], cut: Sequence[bool], at: int, end: int, language: str
) -> bool:
    """Whether a French or Spanish label raw[at:end] has lost the noun its words describe:
    it opens on a word in lower case right after a noun (an adjective after its noun:
    "Conjuntas a clientes" of "Visitas conjuntas a clientes"), or is a noun after "de" and
    an adjective that agrees with the noun before "de" rather than with it ("CRM
    incompletos" of "Datos del CRM incompletos": one is plural, the other not)."""
    if language not in ("fr", "es") or at == 0 or cut[at - 1]:
        return False
    stops = OTHER_STOP_WORDS[language]
    before = raw[at - 1].lower().replace("’", "'")
    word = raw[at]
    if before.isalpha() and before not in stops | _BEFORE_NOUN and word[:1].islower():
        return True
    if end - at != 2 or before.partition("'")[0] not in _OF or not raw[at + 1][:1].islower():
        return False
    plural = [w.lower().endswith(("s", "x")) and not w.isupper() for w in raw[at : at + 2]]
    if plural[0] != plural[1]:
        return True
    # "Pipeline conjunta" of "Reunión semanal de pipeline conjunta": the adjective has the
    # gender of the noun that opens the phrase before "de", and not visibly the other's.
    head = at - 2
    while head > 0 and not cut[head - 1] and raw[head - 1].lower() not in stops:
        head -= 1
    gender = [_gender(w) for w in (raw[head], raw[at], raw[at + 1])]
    return language == "es" and bool(gender[2]) and gender[0] == gender[2] != gender[1]


def _gender(word: str) -> str:
    """A Spanish word's gender as its ending shows it: "f" ("reunión", "conjunta"), "m"
    ("objetivo", "largo"), or "" when it does not ("pipeline", "CRM")."""
    low = word.lower().rstrip("s")
    if low.endswith(("a", "ión", "ione", "dad", "dade", "tad", "tade", "tud", "tude")):
        return "f"
    return "m" if low.endswith("o") else ""


def cut_from_noun_in(label: str, texts: Sequence[str], languages: Sequence[str]) -> bool:
    """Whether a note (in its language) writes the label's words side by side where they
    have lost the noun they describe (`cut_from_noun`): "Pipeline conjunta"."""
    said = [w.lower() for w in label.split()]
    for text, language in zip(texts, languages, strict=True):
        raw, _joined, cut, _glue = tokens(text)
        low = [w.lower() for w in raw]
        for at in range(len(raw) - len(said) + 1):
            if low[at : at + len(said)] == said and cut_from_noun(
                raw, cut, at, at + len(said), language
            ):
                return True
    return False
