"""Every theme label the engine gives on the labelled notes, to read a label change (run by hand).

    PYTHONPATH=. .venv/bin/python tests/benchmarks/label_dump.py dump before.json
    (change the code, or run it from another checkout)
    PYTHONPATH=. .venv/bin/python tests/benchmarks/label_dump.py dump after.json
    .venv/bin/python tests/benchmarks/label_dump.py diff before.json after.json

`dump` runs `suggest_themes` on every round of every file in tests/benchmarks/data (one run
without hints, and one with the question's template hints where it has any: 403 runs with
the sentence model on) and writes each theme's note ids, label and reason. `diff` checks
that every run grouped its notes the same way and prints each changed label with the first
notes of its theme, for reading. Set PYTHONHASHSEED=0 for both dumps. It prints, never
asserts; nothing in the package or the normal test run reads the data.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def dump(out: Path) -> None:
    sys.path.insert(0, str(HERE))
    from bench_clustering_notes import _hints_for

    from roundtable.clustering import embed, suggest_themes
    from roundtable.clustering.suggest import note_vectors

    runs = []
    for path in sorted((HERE / "data").glob("*.jsonl")):
        rounds: dict[tuple[str, str, str], list[str]] = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                key = (row["question_set"], row["question"], str(row.get("room", "")))
                rounds.setdefault(key, []).append(row["text"])
        for (question_set, question, room), texts in sorted(rounds.items()):
            vectors = note_vectors(texts)
            stored = None if vectors is None else dict(enumerate(vectors))
            hints = _hints_for(question_set, question)
            for kind, given in (("open", []), ("hints", hints)):
                if kind == "hints" and not hints:
                    continue
                notes = list(enumerate(texts))
                found = suggest_themes(notes, hints=given, vectors=stored, question=question)
                themes = [
                    {"ids": sorted(t.note_ids), "label": t.label, "reason": t.reason} for t in found
                ]
                runs.append(
                    {"file": path.stem, "question": question, "room": room, "kind": kind}
                    | {"texts": texts, "themes": themes}
                )
    data = {"sentence_model": embed.semantic_available(), "runs": runs}
    out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    labels = sum(len(r["themes"]) for r in runs)
    print(f"{len(runs)} runs, {labels} labels; sentence model: {data['sentence_model']}")


def diff(before: Path, after: Path) -> None:
    old, new = (json.loads(p.read_text(encoding="utf-8"))["runs"] for p in (before, after))
    if len(old) != len(new):
        sys.exit(f"not the same runs: {len(old)} and {len(new)}")
    regrouped, changed = 0, []
    for a, b in zip(old, new, strict=True):
        if sorted(t["ids"] for t in a["themes"]) != sorted(t["ids"] for t in b["themes"]):
            regrouped += 1
            print(f"GROUPING CHANGED: {a['file']} {a['kind']} {a['question']}")
            continue
        later = {tuple(t["ids"]): t["label"] for t in b["themes"]}
        for theme in a["themes"]:
            if theme["label"] != later[tuple(theme["ids"])]:
                notes = " || ".join(a["texts"][i][:70] for i in theme["ids"][:3])
                changed.append(
                    f"{a['file']} {a['kind']} n={len(theme['ids'])}: {theme['label']!r} -> "
                    f"{later[tuple(theme['ids'])]!r}   | {notes}"
                )
    labels = sum(len(r["themes"]) for r in old)
    print(f"{len(old)} runs; grouping changed in {regrouped}; {len(changed)} of {labels} labels")
    print("\n".join(changed))


if __name__ == "__main__":
    if sys.argv[1:2] == ["dump"] and len(sys.argv) == 3:
        dump(Path(sys.argv[2]))
    elif sys.argv[1:2] == ["diff"] and len(sys.argv) == 4:
        diff(Path(sys.argv[2]), Path(sys.argv[3]))
    else:
        sys.exit(__doc__)
