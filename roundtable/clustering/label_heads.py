"""A label that stops on a word describing a noun takes the noun from its note: "Shared
ideal" (customer profile), "Reporting open" (rates) and "Hour long" (call recordings) read
as cut off in front of a room, and say less than the note's own phrase."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from .label_verbs import COMMON_VERBS, note_verbs, past_form
from .label_words import PREPOSITIONS, VERB_FORMS, acronym, stops_of, tokens

# Words that describe the noun after them and name nothing when a label ends on them.
_DESCRIBING_TEXT = """open shared ideal weekly monthly quarterly daily yearly annual long short
    local global regional joint common single clear internal external digital personal
    inbound outbound key main whole hot cold warm"""
_DESCRIBING = frozenset(_DESCRIBING_TEXT.split())
# A label that takes its noun stays within this many words (as a lone note's phrase may).
_MOST_WORDS = 6


def with_head_noun(label: str, texts: Sequence[str], verbs: Collection[str]) -> str:
    """The label, with the noun words that follow it in the first of `texts` that writes it
    word for word, when it ends on a describing word ("Shared ideal customer profile");
    as it is otherwise, or when no noun follows (a verb, a small word, a comma, the end)."""
    said = label.split()
    if not said or said[-1].lower() not in _DESCRIBING or len(said) >= _MOST_WORDS:
        return label
    wanted = [w.lower() for w in said]
    for text in texts:
        raw, joined, cut, _glue = tokens(text)
        lowered = [w.lower() for w in raw]
        for at in range(len(lowered) - len(wanted) + 1):
            if lowered[at : at + len(wanted)] != wanted:
                continue
            stops = stops_of(text)
            known = set(verbs) | note_verbs(text) | VERB_FORMS | COMMON_VERBS
            more: list[str] = []
            end = at + len(wanted) - 1  # the word the label ends on
            while (
                end + 1 < len(raw)
                and joined[end]
                and not cut[end]
                and len(said) + len(more) < _MOST_WORDS
            ):
                word = raw[end + 1]
                low = word.lower()
                if low in stops or low in PREPOSITIONS or low in known or past_form(word):
                    break  # "Call hot attendees" (within 24h)
                if not word.isalpha() or (len(word) <= 2 and not acronym(word)):
                    break  # "Meet monthly" (w/ the BD manager), "Hot leads" (24h)
                more.append(word if acronym(word) else word.lower())
                end += 1
            return " ".join([*said, *more]) if more else label
    return label
