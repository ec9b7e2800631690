"""The grouping itself: hybrid similarity, average-linkage clustering and a stopping rule.

Two notes are similar when they share distinctive words (TF-IDF cosine) or say the same
thing in other words (MiniLM cosine); with the model present the similarity is a weighted
mix of both, otherwise the lexical part alone. Notes are grouped by average-linkage
agglomerative clustering (scipy, O(n^2) memory, fine for thousands of notes) cut where the
average similarity between two groups falls below a threshold that adapts to how similar
the round's notes are overall; small leftover groups then join the group they are closest
to when that is clearly better than standing alone. Everything is deterministic: ties are
broken by input order.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform

from roundtable.stopwords import language_of

from . import concepts
from .embed import MODEL_NAME
from .tfidf import TfidfSpace, tfidf_vectors, words

SEMANTIC_WEIGHT = 0.8
# Cut thresholds on the average similarity between two groups (semantic / lexical-only).
# With centred vectors, 0 is the similarity of two notes of the round taken at random.
CUT_SEMANTIC = 0.0
CUT_LEXICAL = 0.02
# ... raised to mean + CUT_SPREAD x standard deviation of the round's pairwise similarities,
# so a round where every note talks about the same field is not merged into one theme.
CUT_SPREAD = 0.35
# ... and this in a round of sales and marketing notes (concepts.in_field): their themes are
# many and small (on four files written blind, 7 themes among 17 notes no hint took, 98 of
# them single notes), so open grouping cuts finer there. Measured with the round known, open
# grouping ARI at 0.35 / 0.5 / 0.7 / 0.9: 22 files 0.174 / 0.182 / 0.184 / 0.181, fresh20-21
# 0.138 / 0.140 / 0.140 / 0.140, fresh22-23 0.162 / 0.184 / 0.185 / 0.188; with hints no
# lower anywhere. For other short texts (the public sets) 0.7 cost 0.025 of mean ARI and
# found 1.6 times the true number of themes, so they keep CUT_SPREAD.
FIELD_CUT_SPREAD = 0.7
# A group this small joins its nearest group when their average similarity reaches this.
SMALL_GROUP = 3
JOIN_SEMANTIC = 0.05
JOIN_LEXICAL = 0.005
# Centring needs a few notes: with fewer, the centre is mostly the notes themselves.
CENTRE_MIN_NOTES = 3
# Two notes cannot be centred, so the cuts above (0 = "closer than two notes taken at
# random") do not apply to them: two leftover notes became one theme at any similarity
# ("Our Christmas party" with "RevOps as neutral referee"). They share a theme only above
# this similarity of their uncentred vectors.
PAIR_CUT_SEMANTIC = 0.2
# Open grouping adds this much similarity between two notes clearly on the same topic of
# the field (roundtable.clustering.concepts): a pull, which their own words can outweigh.
TOPIC_WEIGHT = 0.4
# Reassignment stops when no note moves, or after this many rounds.
POLISH_ROUNDS = 10


@dataclass(frozen=True)
class Space:
    """Everything the engine knows about one set of notes."""

    similarity: np.ndarray
    lexical: object  # sparse TF-IDF rows (scipy csr_matrix)
    tfidf: TfidfSpace
    terms: list[list[str]]
    semantic: bool


def centre(vectors: np.ndarray) -> np.ndarray:
    """Unit vectors of the rows minus their mean (the round's shared meaning taken out).

    Rows that equal the mean (every note the same) keep their original vector.
    """
    vectors = np.asarray(vectors, dtype=np.float32)
    if vectors.shape[0] < CENTRE_MIN_NOTES:
        return vectors
    moved = vectors - vectors.mean(axis=0)
    norms = np.linalg.norm(moved, axis=1, keepdims=True)
    keep = norms[:, 0] < 1e-4
    out = moved / np.where(keep[:, None], 1.0, norms)
    out[keep] = vectors[keep]
    return out.astype(np.float32)


def language_keys(texts: Sequence[str]) -> list[str]:
    """Which notes are centred together: a note's language when the round has at least
    CENTRE_MIN_NOTES notes in it, else "en" (English, unknown, and languages of a note or
    two)."""
    langs = [language_of(tuple(words(t))) for t in texts]
    counts = Counter(langs)
    return [lang if counts[lang] >= CENTRE_MIN_NOTES else "en" for lang in langs]


def centre_by_language(texts: Sequence[str], vectors: np.ndarray) -> np.ndarray:
    """Centred vectors, each note centred on the notes of its own language (`language_keys`).

    The sentence model places a German note nearer any other German note than an English
    note on the same topic: centred on the whole round, a round written in two languages
    was grouped by language (open grouping ARI 0.052 on a file of such rounds written
    blind, 0.119 centred by language). A round in one language is centred as by `centre`.
    """
    keys = language_keys(texts)
    vectors = np.asarray(vectors, dtype=np.float32)
    if len(set(keys)) < 2:
        return centre(vectors)
    out = np.zeros_like(vectors)
    for key in sorted(set(keys)):
        rows = [i for i, k in enumerate(keys) if k == key]
        out[rows] = centre(vectors[rows])
    return out


def build_space(
    texts: Sequence[str], vectors: np.ndarray | None, *, centred: bool = False
) -> Space:
    """Compute the pairwise similarity of texts (hybrid when vectors are given).

    Args:
        centred: centre the sentence vectors on these texts first (open grouping does).
    """
    lex_rows, tfidf, docs = tfidf_vectors(texts)
    sim = np.asarray((lex_rows @ lex_rows.T).toarray(), dtype=np.float32)
    if vectors is not None and len(texts):
        vecs = (
            centre_by_language(texts, vectors) if centred else np.asarray(vectors, dtype=np.float32)
        )
        sem = vecs @ vecs.T
        sim = SEMANTIC_WEIGHT * sem + (1.0 - SEMANTIC_WEIGHT) * sim
    # Rounded so that the last-bit differences between BLAS builds cannot flip a tie in the
    # linkage: the same notes give the same themes on any machine.
    sim = np.round(sim, 4).astype(np.float32)
    np.fill_diagonal(sim, 1.0)
    return Space(sim, lex_rows, tfidf, docs, vectors is not None)


def cross_similarity(
    texts: Sequence[str], others: Sequence[str], vectors: np.ndarray | None
) -> np.ndarray:
    """build_space(texts + others, vectors).similarity[:n, n:] (n = len(texts)) without the
    rest of the square: a round's notes against a template's two thousand hint texts need
    150 x 2,000 similarities, not 2,150 x 2,150 (about 100 ms of a cold cluster_texts).

    Args:
        vectors: one row per text of texts + others, or None (TF-IDF alone).
    """
    n = len(texts)
    lex_rows, _, _ = tfidf_vectors([*texts, *others])
    sim = np.asarray((lex_rows[:n] @ lex_rows[n:].T).toarray(), dtype=np.float32)
    if vectors is not None and n and len(others):
        vecs = np.asarray(vectors, dtype=np.float32)
        sim = SEMANTIC_WEIGHT * (vecs[:n] @ vecs[n:].T) + (1.0 - SEMANTIC_WEIGHT) * sim
    return np.round(sim, 4).astype(np.float32)


def _relabel(labels: Sequence[int]) -> list[int]:
    """Number groups 0, 1, 2 ... in order of their first note (stable, deterministic)."""
    mapping: dict[int, int] = {}
    return [mapping.setdefault(int(x), len(mapping)) for x in labels]


def agglomerate(sim: np.ndarray, cut: float) -> list[int]:
    """Average-linkage clustering of a similarity matrix, cut at an average similarity."""
    n = sim.shape[0]
    if n == 0:
        return []
    if n == 1:
        return [0]
    dist = np.clip(1.0 - sim, 0.0, 2.0)
    np.fill_diagonal(dist, 0.0)
    # The matrix is symmetric by construction; the condensed form holds its upper half.
    condensed = squareform(dist, checks=False).astype(np.float64)
    del dist
    tree = linkage(condensed, method="average")
    return _relabel(fcluster(tree, t=1.0 - cut, criterion="distance"))


def join_small_groups(sim: np.ndarray, labels: list[int], join: float) -> list[int]:
    """Let groups of SMALL_GROUP notes or fewer join the group they are most similar to.

    Group-to-group similarity sums are kept in a k x k matrix and updated on each merge, so
    this stays fast with thousands of notes and many singletons.
    """
    k = max(labels) + 1 if labels else 0
    if k < 2:
        return _relabel(labels)
    onehot = np.zeros((len(labels), k), dtype=np.float32)
    onehot[np.arange(len(labels)), labels] = 1.0
    # float32 products (no float64 copy of a 5,000 x 5,000 matrix), then float64 sums.
    sums = (onehot.T @ (sim @ onehot)).astype(np.float64)
    sizes = onehot.sum(axis=0)
    alive = np.ones(k, dtype=bool)
    target = list(range(k))
    while alive.sum() >= 2:
        mean = sums / np.outer(sizes, sizes)
        np.fill_diagonal(mean, -np.inf)
        mean[~alive, :] = -np.inf
        mean[:, ~alive] = -np.inf
        mean[sizes > SMALL_GROUP, :] = -np.inf
        flat = int(np.argmax(mean))
        g, h = divmod(flat, k)
        if mean[g, h] < join:
            break
        sums[h, :] += sums[g, :]
        sums[:, h] += sums[:, g]
        sizes[h] += sizes[g]
        alive[g] = False
        target[g] = h

    def root(g: int) -> int:
        while target[g] != g:
            g = target[g]
        return g

    return _relabel([root(g) for g in labels])


def adaptive_cut(sim: np.ndarray, floor: float, spread: float = CUT_SPREAD) -> float:
    """The stopping threshold for one round: the floor, or higher in a homogeneous round."""
    n = sim.shape[0]
    if n < 3:
        return floor
    off = sim[~np.eye(n, dtype=bool)]
    return max(floor, float(off.mean() + spread * off.std()))


def polish(sim: np.ndarray, labels: list[int], rounds: int = POLISH_ROUNDS) -> list[int]:
    """Move each note of a group of two or more to the group it is most similar to on average.

    Average linkage merges greedily and never undoes a merge; this corrects notes that ended
    up beside a group they only partly resemble. A note's similarity to its own group leaves
    the note itself out. Notes left alone on purpose (groups of one) stay where they are, but
    other notes may join them.
    """
    n = len(labels)
    if n < 3:
        return _relabel(labels)
    current = np.asarray(labels, dtype=np.int64)
    rows = np.arange(n)
    for _ in range(rounds):
        k = int(current.max()) + 1
        member = sparse.csr_matrix((np.ones(n, dtype=np.float32), (rows, current)), shape=(n, k))
        sums = np.asarray(member.T @ sim.T).T.astype(np.float64)  # n x k similarity sums
        sizes = np.bincount(current, minlength=k).astype(np.float64)
        own = sizes[current]
        sums[rows, current] -= sim[rows, rows]
        counts = np.broadcast_to(sizes, (n, k)).copy()
        counts[rows, current] -= 1.0
        mean = np.where(counts > 0, sums / np.maximum(counts, 1.0), -np.inf)
        best = np.argmax(mean, axis=1)  # first best on ties: deterministic
        better = mean[rows, best] > mean[rows, current]
        moving = better & (own >= 2)
        if not moving.any():
            break
        current = np.where(moving, best, current)
        _, current = np.unique(current, return_inverse=True)
    return _relabel(current.tolist())


def cluster_space(
    space: Space, cut_on: np.ndarray | None = None, spread: float = CUT_SPREAD
) -> list[int]:
    """Group the notes of a built space; returns one group id per note.

    Args:
        cut_on: the similarities the stopping threshold is read from (default: the space's).
        spread: see CUT_SPREAD and FIELD_CUT_SPREAD.
    """
    sim = space.similarity
    # TF-IDF similarities are mostly zero, so their spread says little: fixed cut there.
    basis = sim if cut_on is None else cut_on
    cut = adaptive_cut(basis, CUT_SEMANTIC, spread) if space.semantic else CUT_LEXICAL
    join = JOIN_SEMANTIC if space.semantic else JOIN_LEXICAL
    if space.semantic and sim.shape[0] < CENTRE_MIN_NOTES:
        cut = join = PAIR_CUT_SEMANTIC
    labels = agglomerate(sim, cut)
    labels = join_small_groups(sim, labels, join)
    return polish(sim, labels) if space.semantic else labels


def with_topics(
    space: Space,
    texts: Sequence[str],
    vectors: np.ndarray | None,
    leans: np.ndarray | None = None,
) -> Space:
    """The space with the pull between notes on the same topic of the field added.

    Args:
        leans: the notes' concepts.topic_leans when the caller has them already.
    """
    if len(texts) < CENTRE_MIN_NOTES or TOPIC_WEIGHT <= 0:
        return space
    if leans is None:
        phrases = concepts.phrase_vectors(MODEL_NAME) if vectors is not None else None
        leans = concepts.topic_leans(texts, vectors, phrases)
    pull = leans @ leans.T
    if not pull.any():
        return space
    sim = np.round(space.similarity + TOPIC_WEIGHT * pull, 4).astype(np.float32)
    np.fill_diagonal(sim, 1.0)
    return Space(sim, space.lexical, space.tfidf, space.terms, space.semantic)


def group_notes(
    texts: Sequence[str], vectors: np.ndarray | None, leans: np.ndarray | None = None
) -> list[int]:
    """Open grouping of notes (centred sentence vectors when given); one group id per note.

    Notes clearly on the same topic of the sales and marketing field pull together (`leans`:
    their concepts.topic_leans, computed here when not given).
    """
    space = build_space(texts, vectors, centred=True)
    phrases = concepts.phrase_vectors(MODEL_NAME) if vectors is not None else None
    field = len(texts) >= CENTRE_MIN_NOTES and concepts.in_field(texts, vectors, phrases)
    if leans is None and len(texts) >= CENTRE_MIN_NOTES:
        # concepts.topic_leans, without asking in_field a second time
        leans = (
            concepts.leans_of(texts, vectors, phrases)
            if field
            else np.zeros((len(texts), len(concepts.TOPICS)), dtype=np.float32)
        )
    # The threshold comes from the notes' own similarities: the pull must not raise it.
    pulled = with_topics(space, texts, vectors, leans)
    spread = FIELD_CUT_SPREAD if field else CUT_SPREAD
    return cluster_space(pulled, cut_on=space.similarity, spread=spread)
