"""One decision shared by every way of placing notes: the best of several themes, or none.

`Placement` says where one note goes and how sure that is; `decide` turns a notes x themes
score matrix into placements, given the lowest score that counts and the lead the best
theme must have over the runner-up.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


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


def decide(
    scores: np.ndarray, minimum: float, margin: float, choice: np.ndarray | None = None
) -> list[Placement]:
    """Best theme per row when its score reaches minimum and leads by margin.

    Args:
        choice: other scores of the same shape that pick the theme (and its margin) once
            scores has said that the note matches at all.
    """
    out = []
    for k, row in enumerate(scores):
        if row.size == 0:
            out.append(Placement(None, 0.0, 0.0))
            continue
        pick = row if choice is None else choice[k]
        order = np.argsort(-pick, kind="stable")
        best = float(row.max())
        lead = float(pick[order[0]] - pick[order[1]]) if row.size > 1 else best
        ok = best >= minimum and lead >= margin
        top = int(order[0])
        out.append(Placement(top if ok else None, best, lead, top))
    return out
