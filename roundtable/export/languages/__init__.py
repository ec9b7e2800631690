"""The fixed words of the minutes in English, German, French and Spanish (and of what the
room reads on the projector and the phones: room.py, roundtable/room_language.py).

Each language is one plain catalogue (`en.py`, `de.py`, `fr.py`, `es.py`): a dict from a
key to a `str.format` template. A template with a "|" holds the singular and the plural
("{n} note|{n} notes"); `Words.count` picks one by the language's rule (French says
"0 note", German "0 Notizen"). Month names are in the catalogue too, so dates never depend
on the computer's locale. Notes, theme names and action texts are never translated.

Which language the minutes are in: what the organizer chose, else the language most of the
session's notes are written in (`detect_language`, by the clustering engine's small-word
test), if it is one of these four; else English.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime

from roundtable.export.languages import de, en, es, fr, room, room_actions, room_said, room_vote

# Each with the words the room reads on the projector and the phones (room.py).
CATALOGUES: dict[str, dict[str, str]] = {
    "en": {**en.WORDS, **room.EN, **room_said.EN, **room_vote.EN, **room_actions.EN},
    "de": {**de.WORDS, **room.DE, **room_said.DE, **room_vote.DE, **room_actions.DE},
    "fr": {**fr.WORDS, **room.FR, **room_said.FR, **room_vote.FR, **room_actions.FR},
    "es": {**es.WORDS, **room.ES, **room_said.ES, **room_vote.ES, **room_actions.ES},
}
# How each language is offered to the organizer: its English name and its own.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "German (Deutsch)",
    "fr": "French (français)",
    "es": "Spanish (español)",
}
# Which counts take the singular: French says "0 note", "1 note"; the others "0 notes".
_SINGULAR = {"en": (1,), "de": (1,), "fr": (0, 1), "es": (1,)}


class UnknownLanguage(ValueError):
    """A language the minutes are not written in; the message lists the ones they are."""


def choices_text() -> str:
    """ "en (English), de (German (Deutsch)), …" for messages."""
    return ", ".join(f"{code} ({name.split(' (')[0]})" for code, name in LANGUAGES.items())


class Words:
    """The catalogue of one language, with the few rules that are not plain text."""

    def __init__(self, code: str) -> None:
        if code not in CATALOGUES:
            raise UnknownLanguage(
                f"The minutes cannot be written in {code!r}; choose one of {choices_text()}."
            )
        self.code = code
        self._words = CATALOGUES[code]
        self._singular = _SINGULAR[code]

    def __call__(self, key: str, **values: object) -> str:
        """The text of `key` with its placeholders filled."""
        return self._words[key].format(**values)

    def template(self, key: str) -> str:
        """The text of `key` as written: its placeholders unfilled, "one|more" both."""
        return self._words[key]

    def count(self, n: int, key: str, **values: object) -> str:
        """The singular or plural text of `key` for `n`: "1 note", "3 notes"."""
        one, other = self._words[key].split("|")
        return (one if n in self._singular else other).format(n=n, **values)

    def function(self, function: str) -> str:
        """A function as the minutes name it in running text: "sales", "Vertrieb"."""
        return self._words[f"function.{function}"]

    def status(self, status: str) -> str:
        return self._words[f"status.{status}"]

    def day(self, d: date, *, short: bool = False) -> str:
        """ "6 December 2026", "6. Dezember 2026", "1er décembre 2026", "6 de diciembre de
        2026"; or with the month shortened where a table column is narrow."""
        day = self._words["day.first"] if d.day == 1 else self("day", n=d.day)
        month = self._words[f"{'mon' if short else 'month'}.{d.month}"]
        return self("date.short" if short else "date", day=day, month=month, year=d.year)

    def time(self, t: datetime) -> str:
        """A time of day as the language writes it: "09:05" in English, "9 h 05" in French."""
        return self("time", h=t.hour, m=t.minute)

    def quoted(self, text: str) -> str:
        return self("quoted", text=text)

    def joined(self, items: Iterable[str], key: str = "and") -> str:
        """Items joined by the language's " and " (or " or ")."""
        return self._words[key].join(items)


@functools.cache
def words(code: str = "en") -> Words:
    return Words(code)


def language_of_texts(texts: Iterable[str]) -> str:
    """The language most of `texts` are written in, as the clustering engine tells it
    (stopwords.language_of on each text's words), when the minutes can be written in it;
    else (and for no texts) English. A tie goes to English, then to the first seen."""
    from roundtable.stopwords import language_of
    from roundtable.stopwords import words as text_words

    counts = Counter(language_of(tuple(text_words(t))) for t in texts)
    if not counts:
        return "en"
    best = max(counts.values())
    if counts.get("en", 0) == best:
        return "en"
    lang = next(lang for lang, n in counts.items() if n == best)
    return lang if lang in CATALOGUES else "en"


def _spaced(text: str) -> str:
    """`text` with French no-break spaces as plain ones (the same length)."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def prefixes(key: str) -> tuple[str, ...]:
    """What each language writes before the text of `key`: for "carried_question",
    "Open question: ", "Offene Frage: ", "Question ouverte : ", "Pregunta abierta: "."""
    return tuple(dict.fromkeys(_spaced(c[key].split("{")[0]) for c in CATALOGUES.values()))


def without_prefix(text: str, key: str) -> str:
    """`text` without the prefix of `key` in whichever language put it there (a German
    follow-up of an English one reads "Offene Frage: …", not "Offene Frage: Open question:
    …"); `text` itself when it has none. A French prefix typed with a plain space counts."""
    spaced = _spaced(text)
    for prefix in prefixes(key):
        if spaced.startswith(prefix):
            return text[len(prefix) :]
    return text


def carried_commitment(w: Words, text: str, owner: str, due: date | None) -> str:
    """The note a follow-up writes on its review round for a commitment it carries over, in
    the words of `w`: "Commitment: Share the call notes — Petra Schulz, due 8 January 2027"."""
    said = w("carried_owner", text=text, owner=owner) if owner else text
    # As the minutes write dates ("due 2026-12-04" read like a database).
    due_on = f", {w('due_on', day=w.day(due))}" if due else ""
    return w("carried_commitment", text=f"{said}{due_on}")


def in_own_words(w: Words, text: str, key: str) -> str:
    """`text` that begins with the prefix of `key` in any language ("Open question: …",
    "Follow-up: …") with the prefix of `w`'s language instead; else `text` as it is."""
    rest = without_prefix(text, key)
    return w(key, **{_field(key): rest}) if rest != text else text


def _field(key: str) -> str:
    """The name of the one placeholder of `key` ("text", "title")."""
    return CATALOGUES["en"][key].split("{")[1].split("}")[0]


def follow_up_words(
    w: Words, commitments: Sequence[tuple[str, str, date | None]]
) -> Callable[[str, str], str]:
    """A note's text as the minutes in `w`'s language give it, from its text and source: as
    typed, except what a follow-up wrote itself on its review round in another language
    (brought in as "import"): "Commitment: …, due …" for one of its carried `commitments`
    (text, owner, due), and "Open question: …". A note edited since stays as it is."""
    others = [words(code) for code in CATALOGUES if code != w.code]

    def text(said: str, source: str) -> str:
        if source != "import":
            return said
        if without_prefix(said, "carried_question") != said:
            return in_own_words(w, said, "carried_question")
        for c in commitments:
            if any(said == carried_commitment(other, *c) for other in others):
                return carried_commitment(w, *c)
        return said

    return text
