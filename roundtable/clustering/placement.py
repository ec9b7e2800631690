"""Placing notes into known themes: the facilitator's own themes and a template's hints.

Both work on one similarity matrix over the notes to place plus the notes (or hint texts)
that define each theme. A note's score for a theme is its average similarity to that
theme's examples; it is placed only when the best score is high enough and clearly ahead
of the runner-up, otherwise it is left unplaced (None) so the engine never forces a guess.
Hints are matched the same way against their label, description and each typical phrase,
taking the best of those; a note that contains a hint's phrase word for word also matches.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from .engine import build_space
from .tfidf import terms

# Placement into the facilitator's themes (average similarity to the theme's notes).
SORT_MIN_SEMANTIC = 0.15
SORT_MIN_LEXICAL = 0.08
SORT_MARGIN = 0.02
# Hint matching (best similarity to any of a hint's texts).
HINT_MIN_SEMANTIC = 0.25
HINT_MIN_LEXICAL = 0.30
HINT_MARGIN = 0.0


class HintLike(Protocol):
    """Anything shaped like roundtable.templates.ThemeHint."""

    @property
    def label(self) -> str: ...

    @property
    def description(self) -> str: ...

    @property
    def phrases(self) -> Sequence[str]: ...


@dataclass(frozen=True)
class Placement:
    """Where one note goes (index into the themes or None) and how sure that is.

    Attributes:
        theme: the chosen theme, or None when the engine is not sure enough.
        score: average similarity to the best theme.
        margin: how far the best theme is ahead of the runner-up (the confidence).
        best: the best theme even when unsure (None only when there are no themes).
    """

    theme: int | None
    score: float
    margin: float
    best: int | None = None


def _decide(scores: np.ndarray, minimum: float, margin: float) -> list[Placement]:
    out = []
    for row in scores:
        if row.size == 0:
            out.append(Placement(None, 0.0, 0.0))
            continue
        order = np.argsort(-row, kind="stable")
        best = float(row[order[0]])
        second = float(row[order[1]]) if row.size > 1 else 0.0
        ok = best >= minimum and best - second >= margin
        top = int(order[0])
        out.append(Placement(top if ok else None, best, best - second, top))
    return out


def place_into_groups(
    texts: Sequence[str],
    vectors: np.ndarray | None,
    groups: Sequence[Sequence[int]],
    example_texts: Sequence[str],
    example_vectors: np.ndarray | None,
    minimum: float | None = None,
) -> list[Placement]:
    """Place each text into one of groups (lists of indexes into example_texts) or none.

    Args:
        minimum: the lowest average similarity that places a note (default: SORT_MIN_*).
    """
    if not texts:
        return []
    all_texts = list(texts) + list(example_texts)
    both = None
    if vectors is not None and example_vectors is not None:
        both = np.vstack([vectors, example_vectors]) if len(example_texts) else vectors
    sim = build_space(all_texts, both).similarity
    n = len(texts)
    scores = np.zeros((n, len(groups)), dtype=np.float32)
    for g, members in enumerate(groups):
        if members:
            scores[:, g] = sim[:n, [n + m for m in members]].mean(axis=1)
    if minimum is None:
        minimum = SORT_MIN_SEMANTIC if both is not None else SORT_MIN_LEXICAL
    return _decide(scores, minimum, SORT_MARGIN)


def hint_texts(hint: HintLike) -> list[str]:
    """The texts a hint is matched against: label with description, then each phrase."""
    head = f"{hint.label}. {hint.description}".strip(" .")
    return [head] + [p for p in hint.phrases if p.strip()]


def match_hints(
    texts: Sequence[str],
    vectors: np.ndarray | None,
    hints: Sequence[HintLike],
    embed: object = None,
) -> list[Placement]:
    """Match each text to the hint it clearly belongs to, or none.

    Args:
        texts: the notes.
        vectors: their sentence vectors, or None for the lexical path.
        hints: the round's theme hints.
        embed: a callable texts -> vectors, used for the hint texts when vectors are given.
    """
    if not texts or not hints:
        return [Placement(None, 0.0, 0.0) for _ in texts]
    parts: list[str] = []
    owner: list[int] = []
    for h, hint in enumerate(hints):
        for part in hint_texts(hint):
            parts.append(part)
            owner.append(h)
    n = len(texts)
    both = None
    if vectors is not None and callable(embed):
        both = np.vstack([vectors, np.asarray(embed(parts), dtype=np.float32)])
    sim = build_space(list(texts) + parts, both).similarity[:n, n:]
    scores = np.full((n, len(hints)), -1.0, dtype=np.float32)
    owners = np.array(owner)
    for h in range(len(hints)):
        scores[:, h] = sim[:, owners == h].max(axis=1)
    # A phrase said word for word is a match whatever the vectors think.
    note_terms = [set(terms(t)) for t in texts]
    heads = {hint_texts(hint)[0] for hint in hints}
    for j, part in enumerate(parts):
        phrase = set(terms(part))
        if not phrase or part in heads:
            continue
        for i in range(n):
            if phrase <= note_terms[i]:
                scores[i, owner[j]] = max(scores[i, owner[j]], 1.0)
    minimum = HINT_MIN_SEMANTIC if both is not None else HINT_MIN_LEXICAL
    return _decide(scores, minimum, HINT_MARGIN)
