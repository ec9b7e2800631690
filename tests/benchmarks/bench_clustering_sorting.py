"""Sorting simulation on the public sets (part of bench_clustering.py; prints numbers).

Per round of the round regime, the first two items of each label play the facilitator's
hand-made themes and the rest are sorted into them, as the app's "sort the rest" does.
Printed per set: precision over the notes the engine places, how many it places (it may
say "unsure"), and the precision of its best guess on the half it is surest about.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable

import numpy as np

from roundtable.clustering.placement import place_into_groups


def report_sorting(
    name: str,
    texts: list[str],
    labels: list[str],
    vecs: np.ndarray | None,
    rounds: Callable[[list[str], int, str], list[list[int]]],
    n_rounds: int,
) -> None:
    """Print sorting precision, coverage and surest-half precision for one set."""
    precision, coverage, surest = [], [], []
    for items in rounds(labels, n_rounds, name + "-sort"):
        examples: dict[str, list[int]] = {}
        for i in items:
            if len(examples.setdefault(labels[i], [])) < 2:
                examples[labels[i]].append(i)
        names = sorted(examples)
        example_rows = [i for n in names for i in examples[n]]
        taken = set(example_rows)
        rest = [i for i in items if i not in taken]
        groups, k = [], 0
        for n in names:
            groups.append(list(range(k, k + len(examples[n]))))
            k += len(examples[n])
        places = place_into_groups(
            [texts[i] for i in rest],
            vecs[rest] if vecs is not None else None,
            groups,
            [texts[i] for i in example_rows],
            vecs[example_rows] if vecs is not None else None,
        )
        right = [
            names[p.theme] == labels[i]
            for i, p in zip(rest, places, strict=True)
            if p.theme is not None
        ]
        precision.append(float(np.mean(right)) if right else 0.0)
        coverage.append(len(right) / max(1, len(rest)))
        ranked = sorted(
            (
                (p.margin, p.best is not None and names[p.best] == labels[i])
                for i, p in zip(rest, places, strict=True)
            ),
            key=lambda x: -x[0],
        )
        surest.append(float(np.mean([ok for _, ok in ranked[: max(1, len(ranked) // 2)]])))
    print(
        f"  sorting {name:16s} precision {statistics.mean(precision):.3f}"
        f" (placed {statistics.mean(coverage):.2f})  surest half {statistics.mean(surest):.3f}"
    )
