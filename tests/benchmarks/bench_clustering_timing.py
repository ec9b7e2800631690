"""Speed of the theme engine's app paths (part of bench_clustering.py; prints numbers).

Measures, in a fresh interpreter for the model load: loading the sentence model, a
suggestion for a 150-note round whose vectors are stored, cold cluster_texts on 150 new
texts, and cold cluster_texts on 5,000 new texts.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import time
from pathlib import Path


def _texts(data: Path, count: int, seed: int) -> list[str]:
    with open(data / "stackoverflow.dev.jsonl", encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh]
    return random.Random(seed).sample(texts, count)


def report_timing(data: Path) -> None:
    """Print the timings of model load, warm suggestion and cold clustering."""
    load = subprocess.run(
        [
            sys.executable,
            "-c",
            "import time; t = time.perf_counter();"
            "from roundtable.clustering import load_model; m = load_model();"
            "print(f'{time.perf_counter() - t:.3f}', m is not None)",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    print(
        f"model load (import + weights, fresh process): {float(load[0]) * 1000:.0f} ms"
        f" (model present: {load[1]})"
    )

    from roundtable.clustering import (
        cluster_texts,
        embed_texts,
        semantic_available,
        suggest_themes,
        vector_to_bytes,
    )

    texts = _texts(data, 150, 1)
    notes = list(enumerate(texts))
    stored = (
        {i: vector_to_bytes(v) for i, v in enumerate(embed_texts(texts))}
        if semantic_available()
        else None
    )
    runs = []
    for _ in range(5):
        start = time.perf_counter()
        suggest_themes(notes, vectors=stored)
        runs.append(time.perf_counter() - start)
    print(f"suggest_themes, 150 embedded notes: median {sorted(runs)[2] * 1000:.0f} ms")

    from roundtable.templates import get_template

    hints = get_template("sales-marketing-roundtable").rounds[1].hints
    begun = {100: ("Pay plans", [0, 1]), 101: ("Theme 2", [2, 3]), 102: ("CRM data", [4, 5])}
    for pinned, how in (({}, "the round's hints"), (begun, "hints and 3 themes begun by hand")):
        runs = []
        for _ in range(5):
            start = time.perf_counter()
            suggest_themes(notes, vectors=stored, hints=hints, pinned=pinned)
            runs.append(time.perf_counter() - start)
        print(f"suggest_themes, 150 embedded notes, {how}: median {sorted(runs)[2] * 1000:.0f} ms")

    from roundtable.clustering import embed

    cold = _texts(data, 150, 2)
    embed._cache.clear()  # cold means: no text embedded before
    start = time.perf_counter()
    cluster_texts(cold)
    print(f"cluster_texts, 150 new texts (cold): {(time.perf_counter() - start) * 1000:.0f} ms")
    for call, seed in ((1, 5), (2, 7)):  # the first call also reads the template's hints
        cold = _texts(data, 150, seed)
        embed._cache.clear()
        start = time.perf_counter()
        cluster_texts(cold, template="sales-marketing-roundtable")
        print(
            f"cluster_texts, 150 new texts (cold), the default template (call {call}):"
            f" {(time.perf_counter() - start) * 1000:.0f} ms"
        )

    from roundtable.clustering import sort_into_themes

    arriving = _texts(data, 160, 4)
    themes = {f"Theme {k + 1}": arriving[150 + 2 * k : 152 + 2 * k] for k in range(5)}
    embed._cache.clear()
    start = time.perf_counter()
    sort_into_themes(arriving[:150], themes)
    print(
        f"sort_into_themes, 150 new texts into 5 themes of 2 (cold):"
        f" {(time.perf_counter() - start) * 1000:.0f} ms"
    )

    big = _texts(data, 5000, 3)
    embed._cache.clear()
    start = time.perf_counter()
    labels = cluster_texts(big)
    print(
        f"cluster_texts, 5,000 new texts (cold): {time.perf_counter() - start:.1f} s,"
        f" {len(set(labels))} themes"
    )
