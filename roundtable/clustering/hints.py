"""Template theme hints: matching notes to a round's hints, and finding which round's hints
fit a set of notes whose round is not known.

A hint is matched against its label with description and each typical phrase, taking the
best of those; a note that contains a hint's phrase word for word also matches, and with the
sentence model a classifier fitted on the hint texts helps choose between hints
(roundtable.clustering.learned). `fitting_hints` recognises a template's round from its notes
(for `cluster_texts(texts, template=...)`).
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Sequence
from typing import Protocol

import numpy as np

from roundtable.stopwords import OTHER_STOP_WORDS, STOP_WORDS, language_of, loose_language_of

from . import concepts
from .decision import Placement, decide
from .embed import MODEL_NAME
from .engine import cross_similarity
from .learned import HINT_CLASSIFIER_WEIGHT, hint_leanings
from .tfidf import terms
from .tfidf import words as text_words

# Hint matching (best similarity to any of a hint's texts).
HINT_MIN_SEMANTIC = 0.30
HINT_MIN_LEXICAL = 0.30
# Recognising a round from its notes (fitting_hints) counts matches at the threshold its
# FIT_SPREAD was measured with.
FIT_MIN_SEMANTIC = 0.25
HINT_MARGIN = 0.0
# Without the sentence model, a round's hints fit a set of notes when the notes spread over
# them this evenly (entropy of the notes per hint over its largest possible value): hints are
# written to cover what their question usually produces, so notes from that question use
# nearly all of them, while notes from another question crowd into a few.
FIT_SPREAD = 0.95
# With the model, the round whose hints the notes match best (mean closest-text score) is
# their question, when the notes match its hints at least this much better than talk from
# anywhere in the field (the topic lexicon's phrases) does. Measured on 142 labelled rounds
# of twenty files (cluster_texts with a template, the round not given): picking the round
# by lift (score over that baseline) and taking it from a lift of 0.09, else by spread,
# found the right round for 54 of 112 hinted rounds (ARI 0.319; 0.208 on the 30 rounds no
# hint covers). Picking by the plain score found 97; taken from a lift of 0, 86 rounds got
# their own hints (ARI 0.336; 0.173 where no hint covers). Broad hints (what works, what is
# broken) match field talk well, so their lift is small even for their own notes.
FIT_LIFT = 0.0
# ... and when the notes spread over that round's hints at least this evenly (see FIT_SPREAD):
# notes about customer references match the one "What works" hint on references well enough
# to pass the lift test, but crowd into it. Measured on 162 labelled rounds of 22 files
# (seen data), cluster_texts with the template: from 0.7, rounds no hint covers 0.184 ->
# 0.193 with the hinted rounds unchanged (0.327); 0.75 / 0.8 gave 0.202 / 0.204 there but
# cost the hinted rounds 0.004 / 0.017.
FIT_SPREAD_SEMANTIC = 0.7
# Within a round, this share of the notes' mean vector is taken out of each note and of each
# hint text before they are compared: what every note of the round says (sales, marketing,
# working together) cannot tell one hint from another. Measured on the 97 hinted rounds of
# fifteen labelled files (fresh5-19, seen data), the round known: discovery ARI 0.272 without;
# 0.283 / 0.290 / 0.303 / 0.299 with shares of 0.3 / 0.5 / 0.8 / 1.0. 0.5 (the share
# concepts.ROUND_SHARE takes for the same reason) rather than the best-scoring 0.8: where one
# theme fills half a round, 0.8 took so much of that theme out of the mean that two of its
# plainest notes ("Sales bonus ignores marketing sourced deals") no longer matched its hint.
# Taking the hint texts' own mean out instead gave 0.290, and with a three-hint template
# moved a note about bonuses to "Lead definition": a handful of texts has no stable mean.
HINT_ROUND_SHARE = 0.5


class HintLike(Protocol):
    """Anything shaped like roundtable.templates.ThemeHint."""

    @property
    def label(self) -> str: ...

    @property
    def description(self) -> str: ...

    @property
    def phrases(self) -> Sequence[str]: ...


def hint_texts(hint: HintLike) -> list[str]:
    """The texts a hint is matched against: label with description, then each phrase."""
    head = f"{hint.label}. {hint.description}".strip(" .")
    return [head] + [p for p in hint.phrases if p.strip()]


def majority_language(texts: Sequence[str], untold: str = "en") -> str:
    """The language more than half of the notes are written in ("de", "fr", "es", ...), or
    "en" when English or no language has that majority. A note's language is read as its
    label would read it (loose_language_of); a note with no English small word that the
    round's language does not write too counts as `untold` (the round's language:
    "Lead-Scoring fehlt", "Messekontakte liegen in Excel" in a German round)."""
    if not texts:
        return "en"
    counts: Counter[str] = Counter()
    shared = OTHER_STOP_WORDS.get(untold, frozenset())  # "in" is German too
    for text in texts:
        found = tuple(text_words(text))
        language = loose_language_of(found)
        if language == "en" and not any(w in STOP_WORDS and w not in shared for w in found):
            language = untold
        elif language not in ("en", untold) and _small_words(found, untold) >= _small_words(
            found, language
        ):
            # "marketing promete demasiado en la publicidad" is as French as Spanish by its
            # small words ("en", "la"): in a Spanish round it is Spanish, or its theme was
            # named in English among Spanish names.
            language = untold
        counts[language] += 1
    language, count = counts.most_common(1)[0]
    return language if count * 2 > len(texts) else "en"


def _small_words(found: Sequence[str], language: str) -> int:
    """How many of a note's words are small words of `language` (not English)."""
    stops = OTHER_STOP_WORDS.get(language, frozenset())
    return sum(w in stops or w.partition("'")[0] in stops for w in found)


def spoken_language(texts: Sequence[str]) -> str:
    """The language a round's notes are written in, for those too short to tell theirs:
    the one more than half of the notes with a small word are in, loosely read (three at
    least), else English. A German round of jargon ("Lead-Scoring fehlt komplett",
    "CRM-Daten unvollständig") tells it by the few notes that have "und" or "auf".
    Looser than label_words.round_language, which decides how labels cut their words and
    there wants three notes strictly in one language: naming a hint only picks one of the
    template's own names, so a looser reading costs nothing when it is wrong."""
    told: Counter[str] = Counter()
    for text in texts:
        found = tuple(text_words(text))
        if any(
            w in STOP_WORDS or any(w in own for own in OTHER_STOP_WORDS.values()) for w in found
        ):
            told[loose_language_of(found)] += 1
    if sum(told.values()) < 3:
        return "en"
    language, count = told.most_common(1)[0]
    return language if count * 2 > sum(told.values()) else "en"


def hint_name(hint: HintLike, texts: Sequence[str], round_language: str = "en") -> str:
    """The name of a theme suggested from a hint: the hint's name in the language most of
    its notes are written in (a template's `labels`), else its English label; notes too
    short to tell theirs count as written in `round_language`."""
    language = majority_language(texts, round_language)
    if language == "en":
        return hint.label
    names = dict(getattr(hint, "labels", ()) or ())
    return str(names.get(language) or hint.label)


def match_hints(
    texts: Sequence[str],
    vectors: np.ndarray | None,
    hints: Sequence[HintLike],
    embed: object = None,
    *,
    learned: bool = True,
    round_share: float = 0.0,
) -> list[Placement]:
    """Match each text to the hint it clearly belongs to, or none.

    Args:
        texts: the notes.
        vectors: their sentence vectors, or None for the lexical path.
        hints: the round's theme hints.
        embed: a callable texts -> vectors, used for the hint texts when vectors are given.
        learned: with vectors, let a classifier fitted on the hint texts help choose the
            hint (roundtable.clustering.learned); whether a note matches at all is decided
            by its closest hint text either way.
        round_share: with vectors (three or more), the share of the notes' mean taken out
            of the notes and of the hint texts before comparing (HINT_ROUND_SHARE when the
            texts are one round's notes).
    """
    if vectors is not None and callable(embed) and round_share > 0 and len(vectors) >= 3:
        shared = round_share * np.asarray(vectors, dtype=np.float32).mean(axis=0)
        vectors = _less(vectors, shared)
        inner = embed

        def embed(parts: Sequence[str]) -> np.ndarray:
            return _less(inner(parts), shared)

    return match_hint_sets(texts, vectors, [hints], embed, learned=learned)[0]


def _less(vectors: np.ndarray, shared: np.ndarray) -> np.ndarray:
    """Unit rows after taking the shared vector out."""
    moved = np.asarray(vectors, dtype=np.float32) - shared
    norms = np.linalg.norm(moved, axis=1, keepdims=True)
    return (moved / np.maximum(norms, 1e-9)).astype(np.float32)


@functools.lru_cache(maxsize=8192)
def foreign(part: str) -> bool:
    """Whether a hint text is German, French, Spanish... (the templates' phrases for rooms
    that write in those languages), by its small words."""
    return loose_language_of(tuple(text_words(part))) != "en"


def plainly_english(text: str) -> bool:
    """Whether a note is English by its small words (one with none may be any language)."""
    found = tuple(text_words(text))
    return any(w in STOP_WORDS for w in found) and language_of(found) == "en"


def own_language_only(texts: Sequence[str], parts: Sequence[str]) -> np.ndarray:
    """(note, hint text) pairs to leave out: an English note against a hint text in another
    language. The templates' German, French and Spanish phrases are there for notes in those
    languages; an English note matched them too, by what the sentence model reads into a
    foreign phrase, and English rounds lost a little."""
    english = np.array([plainly_english(t) for t in texts], dtype=bool)
    other = np.array([foreign(p) for p in parts], dtype=bool)
    return english[:, None] & other[None, :]


def match_hint_sets(
    texts: Sequence[str],
    vectors: np.ndarray | None,
    hint_sets: Sequence[Sequence[HintLike]],
    embed: object = None,
    *,
    learned: bool = False,
    minimum: float | None = None,
) -> list[list[Placement]]:
    """Like match_hints for each of several rounds' hints, in one similarity space.

    A template has a dozen rounds with hints; comparing the notes with all of their texts in
    one go is what keeps cluster_texts with a template within its time. The word weights
    (TF-IDF) are then fitted on every round's texts together, so scores differ slightly
    from one match_hints call per round; fitting_hints' thresholds were measured this way.

    Args:
        minimum: the lowest closest-text score that matches (default HINT_MIN_SEMANTIC, or
            HINT_MIN_LEXICAL on the lexical path, which always uses that).
    """
    if not texts or not any(hint_sets):
        return [[Placement(None, 0.0, 0.0) for _ in texts] for _ in hint_sets]
    parts: list[str] = []
    owner: list[tuple[int, int]] = []  # (hint set, hint) of each part
    for k, hints in enumerate(hint_sets):
        for h, hint in enumerate(hints):
            for part in hint_texts(hint):
                parts.append(part)
                owner.append((k, h))
    n = len(texts)
    both = None
    if vectors is not None and callable(embed):
        both = np.vstack([vectors, np.asarray(embed(parts), dtype=np.float32)])
    learn = learned and both is not None
    sim = cross_similarity(texts, parts, both)
    sim = np.where(own_language_only(texts, parts), -1.0, sim).astype(np.float32)
    note_terms = [set(terms(t)) for t in texts]
    by_term: dict[str, list[int]] = {}
    for i, have in enumerate(note_terms):
        for term in have:
            by_term.setdefault(term, []).append(i)
    if minimum is None or both is None:
        minimum = HINT_MIN_SEMANTIC if both is not None else HINT_MIN_LEXICAL
    result: list[list[Placement]] = []
    first = 0
    for k, hints in enumerate(hint_sets):
        if not hints:
            result.append([Placement(None, 0.0, 0.0) for _ in texts])
            continue
        count = sum(1 for o in owner if o[0] == k)
        block = sim[:, first : first + count]
        owners = np.array([h for kk, h in owner if kk == k])
        scores = np.full((n, len(hints)), -1.0, dtype=np.float32)
        for h in range(len(hints)):
            scores[:, h] = block[:, owners == h].max(axis=1)
        # A phrase said word for word is a match whatever the vectors think.
        heads = {hint_texts(hint)[0] for hint in hints}
        for j in range(count):
            part = parts[first + j]
            phrase = set(terms(part))
            if not phrase or part in heads or not _says_itself(part, phrase):
                continue
            for i in by_term.get(min(phrase), ()):
                if phrase <= note_terms[i]:
                    scores[i, owners[j]] = max(scores[i, owners[j]], 1.0)
        choice = None
        if learn and both is not None and len(hints) >= 2:
            leanings = hint_leanings(
                both[:n],
                parts[first : first + count],
                both[n + first : n + first + count],
                owners.tolist(),
                len(hints),
            )
            # Rounded so that last-bit differences between machines cannot flip a near tie.
            choice = np.round(scores + HINT_CLASSIFIER_WEIGHT * leanings, 4)
        result.append(decide(scores, minimum, HINT_MARGIN, choice))
        first += count
    return result


def _says_itself(phrase: str, phrase_terms: set[str]) -> bool:
    """Whether finding a phrase's terms in a note is enough to match it: two or more terms
    ("lead scoring model"), or one word that is the whole phrase ("ABM", "RevOps"). A phrase
    that shrinks to one word once its small words go ("what is an MQL" to "MQL", "no trust"
    to "trust") would claim every note that merely mentions the word, so it matches by
    meaning only."""
    return len(phrase_terms) >= 2 or len(phrase.split()) == 1


def _best_scores(places: Sequence[Placement]) -> float:
    return float(np.mean([p.score for p in places])) if places else 0.0


@functools.lru_cache(maxsize=64)
def _field_baseline(hints: tuple[HintLike, ...], kind: str) -> float | None:
    """How closely talk from anywhere in the field matches these hints: the mean best score of
    the topic lexicon's phrases (None without the sentence model), with vectors of the kind
    `embed.vector_kind()` (kept by it: a round in two languages reads them joined)."""
    phrases = concepts.phrase_vectors(MODEL_NAME)
    if phrases is None:
        return None
    from . import embed as embedding

    # Its English phrases: the German, French and Spanish ones stand for rooms that write in
    # those languages, not for what the field says in general (with them, the baseline rose
    # and fewer rounds were recognised: English files, hinted rounds 0.291 -> 0.283).
    texts = concepts.lexicon_phrases()[0]
    english = [i for i, t in enumerate(texts) if not foreign(t)]
    return _best_scores(
        match_hints(
            [texts[i] for i in english],
            phrases[english],
            hints,
            embedding.embed_texts,
            learned=False,
        )
    )


def fitting_hints(
    texts: Sequence[str],
    vectors: np.ndarray | None,
    rounds: Sequence[Sequence[HintLike]],
    embed: object = None,
) -> list[HintLike]:
    """The hints of the round these notes most likely answer, or [] when none fits.

    For notes whose round is not known (a template named, no round). With the sentence
    model, the round whose hints the notes match best is taken when they match it at least
    FIT_LIFT better than talk from anywhere in the field does. Without it, the round whose
    matches are strongest is taken when the notes spread over its hints evenly (FIT_SPREAD).
    Forcing notes into another question's hints does more harm than grouping them openly,
    so when the test fails there are no hints.
    """
    candidates = [tuple(h) for h in rounds if len(h) >= 2]
    if not candidates or not texts:
        return []
    matched = match_hint_sets(texts, vectors, candidates, embed, minimum=FIT_MIN_SEMANTIC)
    if vectors is not None:
        means = [_best_scores(places) for places in matched]
        k = int(np.argmax(means))
        from .embed import vector_kind

        baseline = _field_baseline(candidates[k], vector_kind())
        if baseline is not None:
            if means[k] - baseline < FIT_LIFT:
                return []
            return (
                list(candidates[k])
                if _spread(matched[k], len(candidates[k])) >= FIT_SPREAD_SEMANTIC
                else []
            )
    strengths = [sum(p.score for p in places if p.theme is not None) for places in matched]
    k = int(np.argmax(strengths))
    hints, places = candidates[k], matched[k]
    return list(hints) if _spread(places, len(hints)) >= FIT_SPREAD else []


def _spread(places: Sequence[Placement], hints: int) -> float:
    """How evenly the matched notes spread over a round's hints: the entropy of the notes per
    hint over its largest possible value (0 when no note matches)."""
    counts = np.bincount([p.theme for p in places if p.theme is not None], minlength=hints)
    if counts.sum() == 0:
        return 0.0
    share = counts[counts > 0] / counts.sum()
    return float(-(share * np.log(share)).sum() / np.log(hints))
