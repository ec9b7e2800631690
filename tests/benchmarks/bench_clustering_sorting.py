"""Sorting simulation on the public sets (part of bench_clustering.py; prints numbers).

Per round of the round regime, the first two items of each label play the facilitator's
hand-made themes (named "Theme 1", "Theme 2" ...: the sets' label ids say nothing a
facilitator would type) and the rest are sorted into them as `sort_into_themes` does.
Printed per set: precision over all notes to sort (None counts as wrong), precision over the
notes the engine places and how many it places (it may say "unsure"), and the precision of
its best guess on the half it is surest about.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable

import numpy as np

from roundtable.clustering import embed_texts
from roundtable.clustering.placement import sort_notes


def report_sorting(
    name: str,
    texts: list[str],
    labels: list[str],
    vecs: np.ndarray | None,
    rounds: Callable[[list[str], int, str], list[list[int]]],
    n_rounds: int,
) -> None:
    """Print sorting precision, coverage and surest-half precision for one set."""
    precision, overall, coverage, surest = [], [], [], []
    row_of = {t: i for i, t in enumerate(texts)}

    extra: dict[str, np.ndarray] = {}

    def lookup(batch: list[str]) -> np.ndarray | None:
        """Cached vectors for the set's texts; theme names are embedded once, here."""
        if vecs is None:
            return None
        new = sorted({t for t in batch if t not in row_of and t not in extra})
        if new:
            extra.update(zip(new, embed_texts(new), strict=True))
        return np.array([vecs[row_of[t]] if t in row_of else extra[t] for t in batch])

    for items in rounds(labels, n_rounds, name + "-sort"):
        examples: dict[str, list[int]] = {}
        for i in items:
            if len(examples.setdefault(labels[i], [])) < 2:
                examples[labels[i]].append(i)
        names = sorted(examples)
        taken = {i for n in names for i in examples[n]}
        rest = [i for i in items if i not in taken]
        themes = [(f"Theme {k + 1}", [texts[i] for i in examples[n]]) for k, n in enumerate(names)]
        embedder = lookup if vecs is not None else None
        places = sort_notes([texts[i] for i in rest], themes, embed=embedder)
        right = [
            names[p.theme] == labels[i]
            for i, p in zip(rest, places, strict=True)
            if p.theme is not None
        ]
        precision.append(float(np.mean(right)) if right else 0.0)
        overall.append(sum(right) / max(1, len(rest)))
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
        f"  sorting {name:16s} precision over all {statistics.mean(overall):.3f},"
        f" over placed {statistics.mean(precision):.3f} (placed {statistics.mean(coverage):.2f})"
        f"  surest half {statistics.mean(surest):.3f}"
    )
