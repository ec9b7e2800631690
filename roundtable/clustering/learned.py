"""A classifier learned from a round's hint texts: which hint a note's vector points to.

Matching a note to a hint by its closest hint text (hints.match_hint_sets) trusts one
phrase at a time. A linear classifier fitted on all of a round's hint texts learns which
directions of the sentence space tell that round's hints apart, so it can place a note that
is close to no single phrase but plainly on one hint's side. The two views are added: the
closest-text score decides whether a note matches any hint at all, and the sum decides which.

The classifier is ridge regression of each hint's indicator (1 for its texts, 0 for the
others') on the texts' vectors plus a constant, solved in closed form over the texts (a
round has some 150 hint texts, so the system is 150 x 150: about a millisecond). Measured
on the 77 hinted rounds of thirteen labelled files, the round known: discovery ARI 0.254
with closest texts alone; 0.276-0.287 with RIDGE 0.3-3 and HINT_CLASSIFIER_WEIGHT 0.2-0.5
(0.285 at weight 0.3). With the stricter closest-text threshold of 0.30, 0.8 scored best on
all 112 hinted rounds of twenty files (0.341; 0.336 at 0.3, 0.333 at 1.2). A softmax
regression fitted with L-BFGS scored about the same (0.291) but needs scipy.optimize, whose
import and fit cost 0.4 s of a cold call.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

import numpy as np

from .embed import vector_kind

# How much the classifier's output (about 1 for its hint, 0 for the others) adds to a
# hint's closest-text score (a cosine-like similarity).
HINT_CLASSIFIER_WEIGHT = 0.8
# The ridge penalty on the weights.
RIDGE = 1.0
# Fitted classifiers, by the hint texts and their owners (a template has about a dozen).
_CACHE_SIZE = 64
_cache: dict[tuple[str, tuple[str, ...], tuple[int, ...], int], np.ndarray] = {}
_cache_lock = threading.Lock()


def _with_constant(rows: np.ndarray) -> np.ndarray:
    return np.hstack([rows, np.ones((len(rows), 1))])


def fit_ridge(features: np.ndarray, classes: Sequence[int], count: int) -> np.ndarray:
    """Weights ((d + 1) x count, the last row the constant's) of a ridge regression of the
    class indicators on the features, solved in its dual form (few texts, many dimensions)."""
    x = _with_constant(np.asarray(features, dtype=np.float64))
    truth = np.zeros((len(x), count))
    truth[np.arange(len(x)), np.asarray(classes, dtype=int)] = 1.0
    gram = x @ x.T + RIDGE * np.eye(len(x))
    return x.T @ np.linalg.solve(gram, truth)


def hint_leanings(
    note_vectors: np.ndarray,
    part_texts: Sequence[str],
    part_vectors: np.ndarray,
    owners: Sequence[int],
    count: int,
) -> np.ndarray:
    """How much each note leans to each of count hints (notes x count; about 1 for the hint
    a note plainly belongs to, about 0 for the others).

    Args:
        note_vectors: the notes' unit sentence vectors.
        part_texts: the hint texts (label with description, phrases): the classifier's key.
        part_vectors: their vectors, one row per text.
        owners: the hint each text belongs to.
        count: the number of hints.
    """
    notes = np.asarray(note_vectors, dtype=np.float64)
    if count < 2 or not len(notes) or not len(part_texts):
        return np.zeros((len(notes), max(count, 0)))
    parts = np.asarray(part_vectors, dtype=np.float64)
    # The vectors are part of the key: the same texts are matched plain and with the round's
    # shared meaning taken out (hints.HINT_ROUND_SHARE); and so is their kind (MiniLM's, or
    # joined in a round written in two languages: embed.vector_kind()).
    key = (vector_kind(), tuple(part_texts), tuple(int(o) for o in owners), hash(parts.tobytes()))
    with _cache_lock:
        weights = _cache.get(key)
    if weights is None:
        weights = fit_ridge(parts, owners, count)
        with _cache_lock:
            if len(_cache) >= _CACHE_SIZE:
                _cache.pop(next(iter(_cache)))
            _cache[key] = weights
    return np.asarray(_with_constant(notes) @ weights)
