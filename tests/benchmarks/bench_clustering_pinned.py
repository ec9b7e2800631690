"""Suggesting themes after the facilitator began some by hand (part of bench_clustering.py).

Per question of the labelled roundtable-style note files: the three largest labels (four
notes or more) each give their first two notes as a theme the facilitator made by hand,
named by the label ("price_budget" typed as "price budget"), or "Theme 1".. with
--placeholder. `suggest_themes` then places the rest, with the template's hints where the
question has them. Printed: how many notes it joined to those themes and the share that
truly belong there (join precision), the share of those labels' other notes that joined
their theme (join recall), and the discovery ARI of the whole round (the hand-placed notes
included), for hinted rounds and the others.

    .venv/bin/python tests/benchmarks/bench_clustering_pinned.py [--placeholder]
"""

from __future__ import annotations

import json
import statistics
import sys
from pathlib import Path

from bench_clustering_metrics import adjusted_rand
from bench_clustering_notes import _CachedEmbed, _hints_for

from roundtable.clustering import suggest_themes

DATA = Path(__file__).resolve().parent / "data"


def report_pinned(paths: list[Path], *, named: bool = True) -> None:
    """Print join precision, join recall and ARI with three themes of two notes pinned."""
    embedder = _CachedEmbed()
    tally = {True: [0, 0, 0, 0, []], False: [0, 0, 0, 0, []]}  # right, joined, found, due, ARIs
    for path in paths:
        rows = [json.loads(line) for line in path.open(encoding="utf-8")]
        by_question: dict[tuple[str, str], list[dict]] = {}
        for r in rows:
            by_question.setdefault((r["question_set"], r["question"]), []).append(r)
        for (question_set, question), found in by_question.items():
            texts = [r["text"] for r in found]
            gold = [r["label"] for r in found]
            sizes = {g: gold.count(g) for g in gold}
            big = [g for g, c in sorted(sizes.items(), key=lambda x: (-x[1], x[0])) if c >= 4][:3]
            if len(big) < 2:
                continue
            pinned = {
                100 + k: (
                    label.replace("_", " ") if named else f"Theme {k + 1}",
                    [i for i, g in enumerate(gold) if g == label][:2],
                )
                for k, label in enumerate(big)
            }
            label_of = {100 + k: label for k, label in enumerate(big)}
            hand = {i for _, ids in pinned.values() for i in ids}
            vectors = embedder(texts)
            stored = {i: vectors[i] for i in range(len(texts))} if vectors is not None else None
            hints = _hints_for(question_set, question)
            themes = suggest_themes(
                list(enumerate(texts)), pinned=pinned, hints=hints, vectors=stored
            )
            t = tally[bool(hints)]
            predicted: list[object] = [("alone", i) for i in range(len(texts))]
            for tid, (_, ids) in pinned.items():
                for i in ids:
                    predicted[i] = ("theme", tid)
            for j, theme in enumerate(themes):
                key = ("theme", theme.existing_theme_id) if theme.existing_theme_id else j
                for i in theme.note_ids:
                    predicted[i] = key
                    if theme.existing_theme_id is not None and i not in hand:
                        t[1] += 1
                        t[0] += gold[i] == label_of[theme.existing_theme_id]
            for i, g in enumerate(gold):
                if i not in hand and g in big:
                    t[3] += 1
                    t[2] += predicted[i] == ("theme", 100 + big.index(g))
            t[4].append(adjusted_rand(gold, [hash(p) for p in predicted]))
    for hinted, (right, joined, found_, due, aris) in tally.items():
        if aris:
            print(
                f"  {'hinted' if hinted else 'no hints'}: {len(aris)} rounds, joined {joined}"
                f" (precision {right / max(1, joined):.3f}), recall {found_ / max(1, due):.3f},"
                f" ARI {statistics.mean(aris):.3f}"
            )


if __name__ == "__main__":
    print("themes begun by hand (3 x 2 notes), the rest suggested:")
    report_pinned(
        sorted(DATA.glob("roundtable_notes_fresh*.jsonl")), named="--placeholder" not in sys.argv
    )
