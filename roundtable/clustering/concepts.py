"""Matching notes to the topics of the field (`lexicon.TOPICS`) and the pull that follows.

Open grouping adds `topic_affinity` to the notes' own similarity: two notes that clearly
speak of the same topic of the sales and marketing field (its words, or the meaning of its
typical phrases) lean together. Words most of the round uses are its subject, not a theme,
and do not count.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import numpy as np

from .lexicon import TOPICS
from .tfidf import terms

# How much of the round's shared meaning is taken out of a note's vector before it is
# compared with the phrases (1.0 would compare only what sets it apart from the round).
ROUND_SHARE = 0.5
# What one of a topic's words or phrases found word for word in a note adds to its score.
WORD_MATCH = 0.5
# ... counted at most this many times per topic, so one repeated word cannot outweigh meaning.
MAX_WORD_MATCHES = 2
# A note leans to its best topic when its best score reaches this.
TOPIC_MIN = 0.2
# A word that more than this share of a round's notes use is the round's subject, not a
# theme; rounds need this many notes before that is judged.
SUBJECT_SHARE = 0.5
SUBJECT_MIN_NOTES = 9
# The pull applies only to rounds from the field: at least FIELD_SHARE of the notes must be
# this close (plain cosine) to one of the lexicon's phrases. Roundtable rounds measured
# 0.46-0.86 of their notes; news titles, search snippets, paper titles, tweets and
# programming questions 0.00-0.12.
FIELD_COSINE = 0.4
FIELD_SHARE = 0.3


def lexicon_phrases() -> tuple[list[str], np.ndarray]:
    """Every phrase of the lexicon, and the index of its topic."""
    texts = [p for topic in TOPICS for p in topic.phrases]
    owner = np.array([k for k, topic in enumerate(TOPICS) for _ in topic.phrases])
    return texts, owner


def phrase_vectors(model_name: str) -> np.ndarray | None:
    """The lexicon's phrase vectors (shipped with the package), or None without the model."""
    from . import embed

    if model_name != embed.MODEL_NAME or not embed.semantic_available():
        return None
    try:
        return embed.embed_texts(lexicon_phrases()[0])
    except embed.SemanticUnavailable:
        return None


@functools.lru_cache(maxsize=1)
def _lexicon_terms() -> tuple[list[tuple[int, frozenset[str]]], ...]:
    """(topic, terms) for each word and phrase, for matching word for word."""
    found: list[tuple[int, frozenset[str]]] = []
    for k, topic in enumerate(TOPICS):
        seen: set[frozenset[str]] = set()
        for text in (*topic.words, *topic.phrases):
            got = frozenset(terms(text))
            if got and got not in seen:  # "meeting" and "meetings" are one word
                seen.add(got)
                found.append((k, got))
    return (found,)


def _subject_terms(note_terms: Sequence[set[str]]) -> set[str]:
    """Terms in more than SUBJECT_SHARE of the round's notes: the question's own subject."""
    n = len(note_terms)
    if n < SUBJECT_MIN_NOTES:
        return set()
    counts: dict[str, int] = {}
    for have in note_terms:
        for term in have:
            counts[term] = counts.get(term, 0) + 1
    return {term for term, c in counts.items() if c > SUBJECT_SHARE * n}


def topic_scores(
    texts: Sequence[str], vectors: np.ndarray | None, phrases: np.ndarray | None
) -> np.ndarray:
    """How strongly each text speaks of each topic: a (texts x topics) array.

    With sentence vectors, a text's best cosine to the topic's phrases after part of the
    round's shared meaning is taken out; each of the topic's words or phrases the text holds
    word for word adds WORD_MATCH (so a word shared by two topics is settled by meaning).
    Words that most notes of the round use (its subject, such as "launch" when the question
    is about a launch) do not count: they cannot tell the round's themes apart.
    """
    n = len(texts)
    scores = np.zeros((n, len(TOPICS)), dtype=np.float32)
    if vectors is not None and phrases is not None and n:
        vecs = np.asarray(vectors, dtype=np.float32)
        if n >= 3:
            vecs = vecs - ROUND_SHARE * vecs.mean(axis=0)
        norms = np.linalg.norm(vecs, axis=1, keepdims=True)
        vecs = vecs / np.maximum(norms, 1e-9)
        owner = lexicon_phrases()[1]
        cos = vecs @ phrases.T
        for k in range(len(TOPICS)):
            scores[:, k] = cos[:, owner == k].max(axis=1)
    (lexicon,) = _lexicon_terms()
    note_terms = [set(terms(t)) for t in texts]
    subject = _subject_terms(note_terms)
    by_term: dict[str, list[tuple[int, frozenset[str]]]] = {}
    for k, need in lexicon:
        if not need & subject:
            by_term.setdefault(min(need), []).append((k, need))
    for i, have in enumerate(note_terms):
        hits = np.zeros(len(TOPICS), dtype=np.float32)
        for term in have:
            for k, need in by_term.get(term, ()):
                if need <= have:
                    hits[k] += 1.0
        scores[i] += WORD_MATCH * np.minimum(hits, MAX_WORD_MATCHES)
    return scores


def in_field(texts: Sequence[str], vectors: np.ndarray | None, phrases: np.ndarray | None) -> bool:
    """Whether these notes come from sales and marketing work (see FIELD_SHARE).

    Without sentence vectors, a note counts when it holds one of the lexicon's words.
    """
    if vectors is not None and phrases is not None:
        vecs = np.asarray(vectors, dtype=np.float32)
        vecs = vecs / np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-9)
        close = (vecs @ phrases.T).max(axis=1) >= FIELD_COSINE
    else:
        (lexicon,) = _lexicon_terms()
        close = np.array([any(need <= set(terms(t)) for _, need in lexicon) for t in texts])
    return bool(close.mean() >= FIELD_SHARE)


def topic_leans(
    texts: Sequence[str], vectors: np.ndarray | None, phrases: np.ndarray | None
) -> np.ndarray:
    """Which topic each text clearly leans to: a (texts x topics) array of 0 and 1.

    A text leans to its best topic when that is clear (TOPIC_MIN, and ahead of the next);
    texts with no clear topic, and all texts of a round from another field, lean nowhere.
    """
    if not len(texts) or not in_field(texts, vectors, phrases):
        return np.zeros((len(texts), len(TOPICS)), dtype=np.float32)
    return leans_of(texts, vectors, phrases)


def leans_of(
    texts: Sequence[str], vectors: np.ndarray | None, phrases: np.ndarray | None
) -> np.ndarray:
    """topic_leans without asking whether the texts are from the field (the caller knows)."""
    n = len(texts)
    if not n:
        return np.zeros((0, len(TOPICS)), dtype=np.float32)
    scores = topic_scores(texts, vectors, phrases)
    lean = np.zeros_like(scores)
    rows = np.arange(n)
    best = np.argmax(scores, axis=1)
    top = scores[rows, best]
    runner_up = np.sort(scores, axis=1)[:, -2] if scores.shape[1] > 1 else np.zeros(n)
    # A tie between two topics (one word each, no meaning to settle it) is no lean at all.
    clear = (top >= TOPIC_MIN) & (top - runner_up > 1e-6)
    lean[rows[clear], best[clear]] = 1.0
    return lean


def topic_affinity(
    texts: Sequence[str], vectors: np.ndarray | None, phrases: np.ndarray | None
) -> np.ndarray:
    """Pairwise pull between texts: 1.0 for two texts leaning to the same topic, else 0."""
    lean = topic_leans(texts, vectors, phrases)
    return lean @ lean.T
