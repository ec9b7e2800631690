"""Which language the room reads: the fixed words on the projector (the presenter view's
wall, clock and top line) and on the participants' phones.

The language the agenda's rounds are written in (a session made with `--language de` or
"Agenda language: German" has German round titles and questions), when their words tell;
else the language most of the session's notes are written in; else English. Only what the
room reads follows it: the facilitator's own window stays in English.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from roundtable.export.languages import Words, language_of_texts, words
from roundtable.model import Round
from roundtable.stopwords import STOP_WORDS
from roundtable.stopwords import words as text_words

# English small words a round's title and question need, at least, to count as English
# ("Wins" or "Q3 pipeline" alone says nothing).
ENGLISH_WORDS = 2


def agenda_language(rounds: Iterable[Round]) -> str | None:
    """The language the rounds' titles and questions are written in, or None when their
    words do not tell (no rounds, or titles such as "Q3" with no small words)."""
    texts = [f"{r.title}. {r.prompt}" for r in rounds]
    found = language_of_texts(texts)
    if found != "en":
        return found
    english = any(speaks_english(text) for text in texts)
    return "en" if english else None


def chosen_agenda_language(rounds: Iterable[Round]) -> str | None:
    """The agenda's language when it is German, French or Spanish (chosen for the room:
    "Agenda language: Deutsch"), else None."""
    found = agenda_language(rounds)
    return None if found in (None, "en") else found


def speaks_english(text: str) -> bool:
    """Whether `text` has the small words of English ("the", "are", "in"), not only its
    sales words ("Lead-Scoring fehlt", "Kein SLA", which tell no language)."""
    return sum(w in STOP_WORDS for w in text_words(text)) >= ENGLISH_WORDS


def written_language(rounds: Iterable[Round], notes: Iterable[str]) -> tuple[str, bool]:
    """The language what is written up afterwards (the minutes, a follow-up) is in, and
    whether the agenda decided it: the one most of the notes are written in; but where
    they read as English only for lack of other small words, a German, French or Spanish
    agenda's. Sticky notes are short and full of English sales words, and a German room
    got English minutes and an English follow-up."""
    texts = list(notes)
    found = language_of_texts(texts)
    agenda = chosen_agenda_language(rounds) if found == "en" else None
    if agenda is None or 2 * sum(speaks_english(t) for t in texts) >= max(len(texts), 1):
        return found, False
    return agenda, True


def room_language(store: Any) -> str:
    """The language of what the room reads in `store`'s session (see the module)."""
    return agenda_language(store.rounds()) or language_of_texts(n.text for n in store.notes())


def room_words(store: Any) -> Words:
    """The catalogue of the room's language: `room_words(store)("room.ungrouped")`."""
    return words(room_language(store))
