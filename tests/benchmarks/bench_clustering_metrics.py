"""Clustering agreement scores for the benchmarks: ARI and NMI (arithmetic normalisation).

Written here so the benchmark needs nothing beyond numpy; they match scikit-learn's
adjusted_rand_score and normalized_mutual_info_score (average_method="arithmetic").
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

import numpy as np


def _contingency(a: Sequence[Hashable], b: Sequence[Hashable]) -> np.ndarray:
    ia = {x: i for i, x in enumerate(dict.fromkeys(a))}
    ib = {x: i for i, x in enumerate(dict.fromkeys(b))}
    table = np.zeros((len(ia), len(ib)), dtype=np.float64)
    for x, y in zip(a, b, strict=True):
        table[ia[x], ib[y]] += 1
    return table


def adjusted_rand(a: Sequence[Hashable], b: Sequence[Hashable]) -> float:
    """Adjusted Rand index of two labelings of the same items."""
    n = len(a)
    if n < 2:
        return 1.0
    table = _contingency(a, b)

    def pairs(x: np.ndarray) -> float:
        return float((x * (x - 1) / 2).sum())

    both = pairs(table)
    rows, cols = pairs(table.sum(axis=1)), pairs(table.sum(axis=0))
    expected = rows * cols / (n * (n - 1) / 2)
    top = (rows + cols) / 2
    if top == expected:
        return 1.0
    return (both - expected) / (top - expected)


def nmi(a: Sequence[Hashable], b: Sequence[Hashable]) -> float:
    """Normalised mutual information (arithmetic mean of the two entropies)."""
    table = _contingency(a, b)
    n = table.sum()
    pa, pb = table.sum(axis=1) / n, table.sum(axis=0) / n
    ha = -float((pa * np.log(pa)).sum())
    hb = -float((pb * np.log(pb)).sum())
    if ha == 0 or hb == 0:
        return 1.0 if ha == hb else 0.0
    nz = table > 0
    pij = table[nz] / n
    mi = float((pij * np.log(pij / np.outer(pa, pb)[nz])).sum())
    return mi / ((ha + hb) / 2)


def right_place(gold: Sequence[Hashable], pred: Sequence[Hashable]) -> float:
    """Share of notes already in the right place after a suggestion.

    Each suggested theme stands for at most one true theme and the other way round, matched
    so that as many notes as possible agree (the facilitator renames those themes); every
    other note has to be moved by hand.
    """
    if not gold:
        return 1.0
    from scipy.optimize import linear_sum_assignment

    table = _contingency(gold, pred)
    rows, cols = linear_sum_assignment(-table)
    return float(table[rows, cols].sum() / len(gold))
