"""Words and TF-IDF vectors for short notes: the lexical half of the similarity.

Notes are split into lower-case word tokens (any script; emoji and other symbols count as
tokens so an emoji-only note is not empty), small words are dropped (stopwords.py: English,
and those of the note's own language), and a light suffix-stripping stem lets "lead",
"leads" and "leading" meet. Vectors use sublinear term
frequency and smoothed inverse document frequency computed on the notes being clustered,
then are L2-normalised, so cosine similarity is a plain dot product. Nothing here needs
more than numpy and scipy, so this is also the whole engine when the sentence model is absent.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Sequence

import numpy as np
from scipy import sparse

from roundtable.stopwords import stop_words_of, without_elision, words

_SUFFIXES = ("ations", "ation", "ings", "ing", "ies", "ied", "edly", "ed", "es", "s")


def stem(word: str) -> str:
    """Strip one common English suffix (a deliberately light touch: labels stay readable)."""
    if len(word) <= 3 or not word.isascii():
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)]
            if suffix in ("ies", "ied"):
                return base + "y"
            if suffix == "es" and not base.endswith(("s", "x", "z", "ch", "sh")):
                return word[:-1]
            if suffix == "s" and base.endswith(("s", "u", "i")):
                return word
            return base
    return word


def terms(text: str) -> list[str]:
    """The content terms (stemmed, stop words dropped) that TF-IDF counts for a note."""
    return list(_terms(text))


@functools.lru_cache(maxsize=16384)
def _terms(text: str) -> tuple[str, ...]:
    # Cached: the templates' hint phrases (thousands) are read on every suggestion.
    out = []
    found = words(text)
    stops = stop_words_of(tuple(found))
    for w in found:
        w = without_elision(w, stops)
        if w in stops or (len(w) == 1 and w.isascii() and w.isalnum()):
            continue
        if w.endswith("'s"):
            w = w[:-2]
        out.append(stem(w))
    return tuple(out)


class TfidfSpace:
    """A vocabulary and IDF weights fitted on one set of notes."""

    def __init__(self, documents: Sequence[Sequence[str]]) -> None:
        df: Counter[str] = Counter()
        for doc in documents:
            df.update(set(doc))
        self.vocabulary = {t: i for i, t in enumerate(sorted(df))}
        n = len(documents)
        self.df = np.array([df[t] for t in sorted(df)], dtype=np.float64)
        idf = np.log((1.0 + n) / (1.0 + self.df)) + 1.0
        # A word in more than half of the notes (sales, marketing, team ...) fades out and
        # weighs nothing when every note has it, so it cannot glue unrelated notes together.
        share = self.df / max(1, n)
        fade = np.clip(2.0 * (1.0 - share), 0.0, 1.0) if n >= 4 else np.ones_like(share)
        self.idf = (idf * fade).astype(np.float32)

    def transform(self, documents: Sequence[Sequence[str]]) -> sparse.csr_matrix:
        """Sparse L2-normalised TF-IDF rows (unknown terms are ignored)."""
        rows: list[int] = []
        cols: list[int] = []
        values: list[float] = []
        for row, doc in enumerate(documents):
            entries = []
            for term, count in sorted(Counter(doc).items()):
                col = self.vocabulary.get(term)
                if col is not None:
                    entries.append((col, (1.0 + np.log(count)) * float(self.idf[col])))
            norm = float(np.sqrt(sum(v * v for _, v in entries))) or 1.0
            for col, value in entries:
                rows.append(row)
                cols.append(col)
                values.append(value / norm)
        shape = (len(documents), max(1, len(self.vocabulary)))
        return sparse.csr_matrix(
            (np.array(values, dtype=np.float32), (rows, cols)), shape=shape, dtype=np.float32
        )


def tfidf_vectors(
    texts: Sequence[str],
) -> tuple[sparse.csr_matrix, TfidfSpace, list[list[str]]]:
    """Fit TF-IDF on texts; returns the row vectors, the fitted space and each text's terms."""
    docs = [terms(t) for t in texts]
    space = TfidfSpace(docs)
    return space.transform(docs), space, docs
