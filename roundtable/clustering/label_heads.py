"""A label that stops short of its note's phrase takes the rest from the note: one that ends
on a word describing a noun takes the noun ("Shared ideal" (customer profile), "Reporting
open" (rates), "Hour long" (call recordings) read as cut off in front of a room), and a
label of one word that its note writes as part of a hyphenated word takes the whole word
("Partner" of "Partner-Leads")."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from .label_verbs import COMMON_VERBS, note_verbs, past_form
from .label_words import PREPOSITIONS, VERB_FORMS, acronym, stops_of, tokens

# Words that describe the noun after them and name nothing when a label ends on them.
_DESCRIBING_TEXT = """open shared ideal weekly monthly quarterly daily yearly annual long short
    local global regional joint common single clear internal external digital personal
    inbound outbound key main whole hot cold warm
    buen buena buenos buenas nuevo nueva nuevos nuevas mejores gran grandes
    gute guten guter gutes neue neuen neuer neues gemeinsame gemeinsamen gemeinsamer
    bon bonne bons bonnes nouveau nouvelle nouveaux nouvelles"""
_DESCRIBING = frozenset(_DESCRIBING_TEXT.split())
# Spanish and French past participles, which follow a describing word that ends its noun's
# phrase ("clientes nuevos captados") rather than begin one.
_OTHER_PARTICIPLES = ("ado", "ados", "ada", "adas", "ido", "idos", "ida", "idas", "ée", "ées", "és")
# A label that takes its noun stays within this many words (as a lone note's phrase may).
_MOST_WORDS = 6


def with_head_noun(label: str, texts: Sequence[str], verbs: Collection[str]) -> str:
    """The label, with the noun words that follow it in the first of `texts` that writes it
    word for word, when it ends on a describing word ("Shared ideal customer profile");
    as it is otherwise, or when no noun follows (a verb, a small word, a comma, the end)."""
    if label.endswith("…"):  # "Wir erfahren von neuen…" (Produkten zu spät): still cut
        shorter = label[:-1]
        whole = with_head_noun(shorter, texts, verbs)
        return label if whole == shorter else f"{whole}…"
    said = label.split()
    if not said or said[-1].lower() not in _DESCRIBING or len(said) >= _MOST_WORDS:
        return label
    wanted = [w.lower() for w in said]
    for text in texts:
        raw, joined, cut, glue = tokens(text)
        lowered = [w.lower() for w in raw]
        for at in range(len(lowered) - len(wanted) + 1):
            if lowered[at : at + len(wanted)] != wanted:
                continue
            stops = stops_of(text)
            known = set(verbs) | note_verbs(text) | VERB_FORMS | COMMON_VERBS
            more: list[str] = []
            tail = ""  # the words taken, as written ("follow-up" keeps its hyphen)
            end = at + len(wanted) - 1  # the word the label ends on
            while (
                end + 1 < len(raw)
                and joined[end]
                and not cut[end]
                and len(said) + len(more) < _MOST_WORDS
            ):
                word = raw[end + 1]
                low = word.lower()
                if more and glue[end]:  # "follow-up": the rest of a word is no small word
                    more.append(word)
                    tail += glue[end] + word
                    end += 1
                    continue
                if low in stops or low in PREPOSITIONS or low in known or past_form(word):
                    break  # "Call hot attendees" (within 24h)
                if low.endswith(_OTHER_PARTICIPLES) and more == []:
                    break  # "Clientes nuevos" (captados): the describing word ended it
                if not word.isalpha() or (len(word) <= 2 and not acronym(word)):
                    break  # "Meet monthly" (w/ the BD manager), "Hot leads" (24h)
                more.append(word)  # as typed: "Produkten", "Salesforce", "MQL"
                tail += (glue[end] or " ") + word
                end += 1
            if more and glue[end]:
                return label  # "Weekly follow" (-up): half a word is no noun
            return label + tail if more else label
    return label


def with_whole_word(label: str, texts: Sequence[str]) -> str:
    """A one-word label as the first of `texts` that writes it inside a hyphenated word
    writes that word ("Partner-Leads"); as it is otherwise."""
    if len(label.split()) != 1:
        return label
    for text in texts:
        raw, _joined, _cut, glue = tokens(text)
        for at, word in enumerate(raw):
            if word.lower() != label.lower() or not (glue[at] or (at and glue[at - 1])):
                continue
            start, end = at, at
            while start and glue[start - 1]:
                start -= 1
            while glue[end] and end + 1 < len(raw):
                end += 1
            whole = "".join(raw[k] + (glue[k] if k < end else "") for k in range(start, end + 1))
            return whole[:1].upper() + whole[1:]
    return label
