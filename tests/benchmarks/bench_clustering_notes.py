"""Scores on labelled roundtable-style notes (part of bench_clustering.py; prints numbers).

The file has one JSON object per line: text, label, question_set, question. Per question:
discovery ARI of open suggestion without hints and with the template's hints for that
question (when a template named like the question set, or any shipped template, has a round
whose title or prompt is the question), and sorting: two example notes per label are given
as the facilitator's themes, the rest are sorted; precision over the notes placed, over the
surest half, and the share of all notes that end up in the right theme.
"""

from __future__ import annotations

import contextlib
import json
import statistics
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from bench_clustering_metrics import adjusted_rand

from roundtable.clustering import suggest_themes
from roundtable.clustering.placement import HintLike, place_into_groups
from roundtable.clustering.suggest import note_vectors


def _hints_for(question_set: str, question: str) -> list[HintLike]:
    try:
        from roundtable.templates import get_template, list_templates
    except ImportError:
        return []
    names: list[str] = [question_set]
    with contextlib.suppress(Exception):
        names += [getattr(t, "name", str(t)) for t in list_templates()]
    want = question.strip().lower()
    for name in names:
        try:
            tpl = get_template(name)
        except Exception:
            continue
        for rnd in tpl.rounds:
            if want in (rnd.title.strip().lower(), rnd.prompt.strip().lower()) and rnd.hints:
                return list(rnd.hints)
    return []


def _labels(themes: Sequence, count: int) -> list[int]:
    out = [0] * count
    for k, theme in enumerate(themes):
        for i in theme.note_ids:
            out[i] = k
    return out


def report_notes(path: Path, *, lexical: bool = False) -> None:
    """Print discovery and sorting scores per question and overall."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    by_question: dict[tuple[str, str], list[dict]] = {}
    for row in rows:
        by_question.setdefault((row["question_set"], row["question"]), []).append(row)
    print(f"\nroundtable notes: {len(rows)} notes, {len(by_question)} questions ({path.name})")
    hinted, unhinted, all_prec, half_prec, right_share, coverage = [], [], [], [], [], []
    for (qset, question), items in sorted(by_question.items()):
        texts = [r["text"] for r in items]
        gold = [r["label"] for r in items]
        notes = list(enumerate(texts))
        ari_open = adjusted_rand(gold, _labels(suggest_themes(notes), len(texts)))
        hints = _hints_for(qset, question)
        ari_hint = (
            adjusted_rand(gold, _labels(suggest_themes(notes, hints=hints), len(texts)))
            if hints
            else None
        )
        (hinted if hints else unhinted).append(ari_hint if hints else ari_open)
        # Sorting: the first two notes of each label are the facilitator's examples.
        examples: dict[str, list[int]] = {}
        for i, lab in enumerate(gold):
            if sum(1 for g in gold if g == lab) > 2 and len(examples.get(lab, [])) < 2:
                examples.setdefault(lab, []).append(i)
        names = sorted(examples)
        ex_rows = [i for n in names for i in examples[n]]
        # Notes whose label has no examples cannot be sorted right: leave them out.
        rest = [i for i in range(len(texts)) if i not in set(ex_rows) and gold[i] in examples]
        groups, k = [], 0
        for n in names:
            groups.append(list(range(k, k + len(examples[n]))))
            k += len(examples[n])
        vecs = None if lexical else note_vectors(texts)
        places = place_into_groups(
            [texts[i] for i in rest],
            vecs[rest] if vecs is not None else None,
            groups,
            [texts[i] for i in ex_rows],
            vecs[ex_rows] if vecs is not None else None,
        )
        placed = [
            (p.margin, names[p.theme] == gold[i])
            for i, p in zip(rest, places, strict=True)
            if p.theme is not None
        ]
        correct = [ok for _, ok in placed]
        all_prec.append(float(np.mean(correct)) if correct else 0.0)
        coverage.append(len(placed) / max(1, len(rest)))
        # Surest half of all remaining notes, ranked by margin, judged by their best theme.
        ranked = sorted(
            (
                (p.margin, p.best is not None and names[p.best] == gold[i])
                for i, p in zip(rest, places, strict=True)
            ),
            key=lambda x: -x[0],
        )
        top = ranked[: max(1, len(ranked) // 2)]
        half_prec.append(float(np.mean([ok for _, ok in top])))
        right_share.append((sum(correct) + len(ex_rows)) / (len(rest) + len(ex_rows)))
        hint_text = f"{ari_hint:.3f}" if ari_hint is not None else "  -  "
        print(
            f"  {qset[:18]:18s} {question[:38]:38s} n={len(texts):3d} k={len(set(gold)):2d}"
            f"  ARI open {ari_open:.3f} hints {hint_text}  sort prec {all_prec[-1]:.2f}"
            f" (cover {coverage[-1]:.2f}) surest half {half_prec[-1]:.2f}"
            f" right place {right_share[-1]:.2f}"
        )

    def mean(xs: list) -> str:
        return f"{statistics.mean(xs):.3f}" if xs else "n/a"

    print(
        f"  discovery ARI: questions with hints {mean(hinted)} ({len(hinted)}),"
        f" without {mean(unhinted)} ({len(unhinted)})"
    )
    print(
        f"  sorting: precision {mean(all_prec)} over placed (coverage {mean(coverage)}),"
        f" surest half {mean(half_prec)}, notes in the right place {mean(right_share)}"
    )
