"""Benchmark of the theme-suggestion engine on labelled short-text sets (run on demand).

Usage: python tests/benchmarks/bench_clustering.py DATA_DIR [--rounds 200] [--lexical]
DATA_DIR holds the *.dev.jsonl files described in its README (text, label per line). The
round regime draws, per set and with a fixed seed, rounds of 4-8 labels x 5-20 items, clusters
the texts without their labels and prints mean NMI, ARI, themes found vs true, and time per
call. Sentence vectors are computed once per text (cached under /tmp) so the round loop
measures the clustering step, as in the app where notes are embedded when they arrive.
A sorting simulation (2 examples per label, the rest sorted) follows, then timings of the
cold paths (150 and 5,000 new texts, model load). The real-style roundtable notes in
tests/benchmarks/data/ are scored too when those files exist (see the README there).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_clustering_metrics import adjusted_rand, nmi, right_place  # noqa: E402

from roundtable.clustering import embed  # noqa: E402
from roundtable.clustering.engine import group_notes  # noqa: E402

CACHE = Path("/tmp/roundtable-bench-vectors")


def load(path: Path) -> tuple[list[str], list[str]]:
    texts, labels = [], []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            texts.append(row["text"])
            labels.append(row["label"])
    return texts, labels


def vectors_for(name: str, texts: list[str]) -> np.ndarray | None:
    if not embed.semantic_available():
        return None
    CACHE.mkdir(parents=True, exist_ok=True)
    key = hashlib.sha1("\n".join(texts).encode()).hexdigest()[:12]
    path = CACHE / f"{name}-{key}.npy"
    if path.exists():
        return np.load(path)
    vecs = embed.embed_texts(texts)
    np.save(path, vecs)
    return vecs


def rounds(labels: list[str], count: int, seed: str) -> list[list[int]]:
    rng = random.Random(seed)
    by_label: dict[str, list[int]] = {}
    for i, lab in enumerate(labels):
        by_label.setdefault(lab, []).append(i)
    eligible = sorted(lab for lab, items in by_label.items() if len(items) >= 5)
    out = []
    for _ in range(count):
        chosen = rng.sample(eligible, rng.randint(4, 8))
        items: list[int] = []
        for lab in chosen:
            items += rng.sample(by_label[lab], rng.randint(5, min(20, len(by_label[lab]))))
        rng.shuffle(items)
        out.append(items)
    return out


def score_set(name: str, texts, labels, vecs, n_rounds: int) -> dict[str, float]:
    nmis, aris, found, true, times, placed = [], [], [], [], [], []
    for items in rounds(labels, n_rounds, name):
        sub = [texts[i] for i in items]
        sub_vecs = vecs[items] if vecs is not None else None
        start = time.perf_counter()
        pred = group_notes(sub, sub_vecs)
        times.append(time.perf_counter() - start)
        gold = [labels[i] for i in items]
        nmis.append(nmi(gold, pred))
        aris.append(adjusted_rand(gold, pred))
        placed.append(right_place(gold, pred))
        found.append(len(set(pred)))
        true.append(len(set(gold)))
    return {
        "nmi": statistics.mean(nmis),
        "ari": statistics.mean(aris),
        "found": statistics.mean(found),
        "true": statistics.mean(true),
        "ratio": statistics.mean(f / t for f, t in zip(found, true, strict=True)),
        "ms": 1000 * statistics.mean(times),
        "right": statistics.mean(placed),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("data", type=Path)
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--lexical", action="store_true", help="ignore the sentence model")
    parser.add_argument("--no-timing", action="store_true")
    args = parser.parse_args()
    print(f"semantic model available: {embed.semantic_available()}")
    aris = []
    for path in sorted(args.data.glob("*.dev.jsonl")):
        name = path.name.split(".")[0]
        texts, labels = load(path)
        vecs = None if args.lexical else vectors_for(name, texts)
        r = score_set(name, texts, labels, vecs, args.rounds)
        aris.append(r["ari"])
        print(
            f"{name:16s} NMI {r['nmi']:.3f}  ARI {r['ari']:.3f}  k found {r['found']:5.1f}"
            f" / true {r['true']:4.1f} (ratio {r['ratio']:.2f})  right place {r['right']:.2f}"
            f"  {r['ms']:6.1f} ms/round"
        )
    print(f"mean ARI {statistics.mean(aris):.3f}  min ARI {min(aris):.3f}")
    print("sorting simulation (2 examples per label, the rest sorted):")
    from bench_clustering_sorting import report_sorting

    for path in sorted(args.data.glob("*.dev.jsonl")):
        name = path.name.split(".")[0]
        texts, labels = load(path)
        vecs = None if args.lexical else vectors_for(name, texts)
        report_sorting(name, texts, labels, vecs, rounds, min(args.rounds, 50))
    if not args.no_timing:
        from bench_clustering_timing import report_timing

        report_timing(args.data)
    from bench_clustering_notes import report_notes

    data = Path(__file__).resolve().parent / "data"

    # The first file tuned the engine; each fresh file was written blind and scored once while
    # it was clean (data/README.md records when, and what changed after it was seen).
    def number(path: Path) -> int:
        digits = path.stem.removeprefix("roundtable_notes").removeprefix("_fresh")
        return int(digits) if digits.isdigit() else (1 if path.stem.endswith("fresh") else 0)

    for path in sorted(data.glob("roundtable_notes*.jsonl"), key=number):
        report_notes(path, lexical=args.lexical)
    from bench_clustering_pinned import report_pinned

    print("themes begun by hand (3 x 2 notes, named by their labels), the rest suggested:")
    report_pinned(sorted(data.glob("roundtable_notes_fresh*.jsonl"), key=number))


if __name__ == "__main__":
    main()
