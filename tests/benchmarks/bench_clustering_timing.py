"""Speed of the theme engine's app paths (part of bench_clustering.py; prints numbers).

Measures, in a fresh interpreter for the model load: loading the sentence model, a
suggestion for a 150-note round whose vectors are stored, cold cluster_texts on 150 new
texts, and cold cluster_texts on 5,000 new texts. Run alone:
`python tests/benchmarks/bench_clustering_timing.py DATA_DIR` (the public DEV sets), or
`--mixed` for the same paths on the mixed-language files' notes (both sentence models).
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
    from roundtable.clustering import second

    print(
        f"second (multilingual) model loaded by these English rounds: {second._model is not None}"
    )


def _mixed_texts(count: int, seed: int) -> list[str]:
    """Notes of the mixed-language files (rounds written in two languages): `count` of them,
    numbered past the first round of them so each text is new."""
    folder = Path(__file__).resolve().parent / "data"
    texts = [
        json.loads(line)["text"]
        for path in sorted(folder.glob("roundtable_notes_mixed*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line
    ]
    random.Random(seed).shuffle(texts)
    return [t if i < len(texts) else f"{t} ({i // len(texts)})" for i, t in enumerate(texts * 20)][
        :count
    ]


def _in_fresh_processes(code: str, runs: int = 2) -> list[list[str]]:
    """What `python -c code` printed, split into words, in each of `runs` new processes."""
    return [
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout.split()
        for _ in range(runs)
    ]


def report_mixed_timing() -> None:
    """The same paths on rounds written in two languages, where the engine joins a second
    model's vectors (roundtable/clustering/second.py): the first call in a fresh process
    (loading both models, the hint texts' and phrases' second vectors), then as above."""
    code = (
        "import sys, time; sys.path.insert(0, 'tests/benchmarks');"
        "from bench_clustering_timing import _mixed_texts;"
        "from roundtable.clustering import load_model, second, suggest_themes, embed_texts;"
        "from roundtable.clustering import vector_to_bytes, template_rounds;"
        "load_model(); texts = _mixed_texts(150, 1);"
        "stored = {i: vector_to_bytes(v) for i, v in enumerate(embed_texts(texts))};"
        "hints = template_rounds('sales-marketing-roundtable')[1];"
        "t = time.perf_counter(); second.load(); u = time.perf_counter() - t;"
        "t = time.perf_counter();"
        "suggest_themes(list(enumerate(texts)), vectors=stored, hints=hints);"
        "print(f'{u:.3f} {time.perf_counter() - t:.3f} {second.several_languages(texts)}')"
    )
    for out in _in_fresh_processes(code):
        print(
            f"mixed: second model load (fresh process) {float(out[0]) * 1000:.0f} ms; then the"
            f" first suggest_themes with hints, 150 stored notes (second vectors of notes,"
            f" hint texts and phrases): {float(out[1]) * 1000:.0f} ms (two languages: {out[2]})"
        )

    first = (
        "import sys, time; sys.path.insert(0, 'tests/benchmarks');"
        "from bench_clustering_timing import _mixed_texts;"
        "from roundtable.clustering import cluster_texts, load_model, second;"
        "load_model(); second.load(); texts = _mixed_texts(150, 2);"
        "t = time.perf_counter(); cluster_texts(texts, template='sales-marketing-roundtable');"
        "print(f'{time.perf_counter() - t:.3f}')"
    )
    for out in _in_fresh_processes(first):
        print(
            "mixed: the first cluster_texts of a fresh process (models loaded), 150 new texts"
            f" with the template (every round's hints): {float(out[0]) * 1000:.0f} ms"
        )

    from roundtable.clustering import (
        cluster_texts,
        embed,
        embed_texts,
        second,
        suggest_themes,
        template_rounds,
        vector_to_bytes,
    )

    texts = _mixed_texts(150, 1)
    notes = list(enumerate(texts))
    stored = {i: vector_to_bytes(v) for i, v in enumerate(embed_texts(texts))}
    hints = template_rounds("sales-marketing-roundtable")[1]
    for how, given in (("open", ()), ("the round's hints", hints)):
        runs = []
        for _ in range(5):
            for t in texts:  # the notes' second vectors are computed at each suggestion
                second._cache.pop(t, None)
            start = time.perf_counter()
            suggest_themes(notes, vectors=stored, hints=given)
            runs.append(time.perf_counter() - start)
        print(
            f"mixed: suggest_themes, 150 embedded notes, {how}: median"
            f" {sorted(runs)[2] * 1000:.0f} ms"
        )
    for count, seed in ((150, 2), (5000, 3)):
        cold = _mixed_texts(count, seed)
        embed._cache.clear()
        for t in cold:  # (the package's texts' second vectors are kept: once per process)
            second._cache.pop(t, None)
        start = time.perf_counter()
        labels = cluster_texts(cold, template="sales-marketing-roundtable" if count < 999 else None)
        print(
            f"mixed: cluster_texts, {count:,} new texts (cold): {time.perf_counter() - start:.2f}"
            f" s, {len(set(labels))} themes"
        )


if __name__ == "__main__":
    if sys.argv[1:] == ["--mixed"]:
        report_mixed_timing()
    else:
        report_timing(Path(sys.argv[1]))
