"""Scores on labelled roundtable-style notes (part of bench_clustering.py; prints numbers).

The file has one JSON object per line: text, label, question_set, question. Per question:
discovery ARI of open suggestion without hints, with the template's hints for that
question (when a template named like the question set, or any shipped template, has a round
whose title or prompt is the question), and through `cluster_texts(texts, template=...)` as
an evaluation calls it (the round not given; the question set's template, or the default
template for questions no template covers), and sorting: two example notes per label are given
as the facilitator's themes, the rest are sorted exactly as `sort_into_themes` does (with
the template's hints when the question has a template), once with the labels as theme names
(a facilitator names themes; "price_budget" is typed as "price budget") and once with
placeholder names ("Theme 1"), so the examples alone are measured too. Printed: precision
over all the notes to sort (an unsure None counts as wrong), precision over the notes placed
with the share placed, precision of the best guess on the surest half (ranked by the margin
between best and second-best theme), the share of all notes in the right place (examples
included), and how many notes of labels without examples are left unplaced. For discovery
(with the template's hints where there are any), "already in the right place" is the share
of notes a facilitator would not have to move: suggested and true themes matched one to one
so that as many notes as possible agree.

Question sets are split: `classic` and `campaign-preview` were used to tune the engine,
`follow-up-review` and `other` are held out; means are printed for each part.
"""

from __future__ import annotations

import contextlib
import json
import statistics
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from bench_clustering_metrics import adjusted_rand, right_place

from roundtable.clustering import cluster_texts, embed, suggest_themes, template_hints
from roundtable.clustering.placement import SURE_SCORE, HintLike, sort_notes
from roundtable.clustering.suggest import note_vectors

TUNED_ON = ("classic", "campaign-preview")


def _template_round(question_set: str, question: str, *, with_hints: bool = False):
    """(template name, round) of the shipped template with a round or spare question of this
    title or prompt, the way the app matches a session's round; with_hints skips rounds
    without hints."""
    try:
        from roundtable.templates import get_template, list_templates
    except ImportError:
        return None
    names: list[str] = [question_set]
    with contextlib.suppress(Exception):
        names += [getattr(t, "name", str(t)) for t in list_templates()]
    want = question.strip().lower()
    for name in names:
        try:
            tpl = get_template(name)
        except Exception:
            continue
        for rnd in (*tpl.rounds, *getattr(tpl, "questions", ())):
            if want in (rnd.title.strip().lower(), rnd.prompt.strip().lower()) and (
                rnd.hints or not with_hints
            ):
                return name, rnd
    return None


def _template_for(question_set: str, question: str) -> str | None:
    """The template name the app would pass for this question."""
    found = _template_round(question_set, question)
    return found[0] if found else None


class _CachedEmbed:
    """texts -> vectors, each distinct text embedded once per benchmark run."""

    def __init__(self) -> None:
        self.known: dict[str, np.ndarray] = {}

    def __call__(self, texts: Sequence[str]) -> np.ndarray | None:
        if not embed.semantic_available():
            return None
        missing = sorted({t for t in texts if t not in self.known})
        if missing:
            self.known.update(zip(missing, embed.embed_texts(missing), strict=True))
        return np.array([self.known[t] for t in texts], dtype=np.float32)


def _sorting(
    texts: list[str], gold: list[str], hints: list, embedder, named: bool
) -> dict[str, float]:
    """Two example notes per label are the facilitator's themes; the rest are sorted."""
    examples: dict[str, list[int]] = {}
    for i, lab in enumerate(gold):
        if sum(1 for g in gold if g == lab) > 2 and len(examples.get(lab, [])) < 2:
            examples.setdefault(lab, []).append(i)
    labels = sorted(examples)
    shown = [lab.replace("_", " ") if named else f"Theme {k + 1}" for k, lab in enumerate(labels)]
    taken = {i for lab in labels for i in examples[lab]}
    # Notes whose label has no examples cannot be sorted right: scored apart (left out?).
    rest = [i for i in range(len(texts)) if i not in taken and gold[i] in examples]
    lone = [i for i in range(len(texts)) if i not in taken and gold[i] not in examples]
    themes = [(shown[k], [texts[i] for i in examples[lab]]) for k, lab in enumerate(labels)]
    places = sort_notes([texts[i] for i in rest + lone], themes, hints, embed=embedder)
    judged = list(zip(rest, places[: len(rest)], strict=True))
    correct = [p.theme is not None and labels[p.theme] == gold[i] for i, p in judged]
    placed = [ok for (_, p), ok in zip(judged, correct, strict=True) if p.theme is not None]
    ranked = sorted(
        ((p.margin, p.best is not None and labels[p.best] == gold[i]) for i, p in judged),
        key=lambda x: -x[0],
    )
    top = ranked[: max(1, len(ranked) // 2)]
    return {
        "all": float(np.mean(correct)) if correct else 0.0,
        "placed": float(np.mean(placed)) if placed else 0.0,
        "cover": len(placed) / max(1, len(rest)),
        "half": float(np.mean([ok for _, ok in top])) if top else 0.0,
        "right": (sum(correct) + len(taken)) / max(1, len(rest) + len(taken)),
        "lone_none": sum(p.theme is None for p in places[len(rest) :]),
        "lone": len(lone),
    }


def _sort_the_rest(texts: list[str], gold: list[str], hints: list, embedder) -> list[float]:
    """The app's usual case: the three largest labels begun with two notes each, named,
    every other note sorted. Returns [ticked, right of them, unticked, right of them]
    (ticked: scored above SURE_SCORE, as "Sort the rest" and the cards show them)."""
    counts = Counter(gold)
    big = sorted((lab for lab in counts if counts[lab] > 2), key=lambda lab: (-counts[lab], lab))
    big = big[:3]
    if len(big) < 2:
        return [0, 0, 0, 0]
    examples = {lab: [i for i, g in enumerate(gold) if g == lab][:2] for lab in big}
    taken = {i for ids in examples.values() for i in ids}
    rest = [i for i in range(len(texts)) if i not in taken]
    themes = [(lab.replace("_", " "), [texts[i] for i in examples[lab]]) for lab in big]
    places = sort_notes([texts[i] for i in rest], themes, hints, embed=embedder)
    out = [0, 0, 0, 0]
    for i, p in zip(rest, places, strict=True):
        if p.theme is not None:
            slot = 0 if p.score > SURE_SCORE else 2
            out[slot] += 1
            out[slot + 1] += big[p.theme] == gold[i]
    return out


def _hints_for(question_set: str, question: str) -> list[HintLike]:
    found = _template_round(question_set, question, with_hints=True)
    return list(found[1].hints) if found else []


def _labels(themes: Sequence, count: int) -> list[int]:
    out = [0] * count
    for k, theme in enumerate(themes):
        for i in theme.note_ids:
            out[i] = k
    return out


def report_notes(path: Path, *, lexical: bool = False) -> None:
    """Print discovery and sorting scores per question, then tuned-on and held-out means."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    # A file may hold several rooms answering the same question ("room" field): one round each.
    by_question: dict[tuple[str, str, str], list[dict]] = {}
    for row in rows:
        key = (row["question_set"], row["question"], str(row.get("room", "")))
        by_question.setdefault(key, []).append(row)
    print(f"\nroundtable notes: {len(rows)} notes, {len(by_question)} questions ({path.name})")
    embedder = None if lexical else _CachedEmbed()
    table: dict[str, dict[str, list[float]]] = {"tuned": {}, "held out": {}}
    for (qset, question, room), items in sorted(by_question.items()):
        texts = [r["text"] for r in items]
        gold = [r["label"] for r in items]
        notes = list(enumerate(texts))
        vecs = None if lexical else note_vectors(texts)
        stored = dict(enumerate(vecs)) if vecs is not None else None
        open_pred = _labels(suggest_themes(notes, vectors=stored, question=question), len(texts))
        ari_open = adjusted_rand(gold, open_pred)
        hints = _hints_for(qset, question)
        hint_pred = (
            _labels(
                suggest_themes(notes, hints=hints, vectors=stored, question=question), len(texts)
            )
            if hints
            else open_pred
        )
        ari_hint = adjusted_rand(gold, hint_pred) if hints else None
        template = _template_for(qset, question)
        # The evaluation's call: texts and a template name, the round unknown. Questions no
        # template covers get the default template, whose hints must then stay out of it.
        called = cluster_texts(texts, template=template or "sales-marketing-roundtable")
        ari_called = adjusted_rand(gold, called)
        # As the app sorts: by the round's own hints, all the template's when it has none.
        sort_hints = hints or template_hints(template)
        named = _sorting(texts, gold, sort_hints, embedder, named=True)
        plain = _sorting(texts, gold, sort_hints, embedder, named=False)
        rest_counts = _sort_the_rest(texts, gold, sort_hints, embedder)
        part = table["tuned" if qset in TUNED_ON else "held out"]
        for key, value in (
            ("open", ari_open),
            ("cluster_texts", ari_called),
            ("suggested right place", right_place(gold, hint_pred)),
            ("hinted" if hints else "unhinted", ari_hint if hints else ari_open),
            *((f"named {k}", v) for k, v in named.items()),
            *((f"plain {k}", v) for k, v in plain.items()),
            *((f"rest {k}", v) for k, v in enumerate(rest_counts)),
        ):
            part.setdefault(key, []).append(value)
        hint_text = f"{ari_hint:.3f}" if ari_hint is not None else "  -  "
        print(
            f"  {qset[:16]:16s} {(room + ' ' if room else '') + question[:30]:30s}"
            f" n={len(texts):3d} k={len(set(gold)):2d}"
            f"  ARI open {ari_open:6.3f} hints {hint_text} cluster_texts {ari_called:6.3f}"
            f"  sort all {named['all']:.2f} placed {named['placed']:.2f}"
            f" (cover {named['cover']:.2f}) surest half {named['half']:.2f}"
            f" right place {named['right']:.2f} | unnamed all {plain['all']:.2f}"
            f" half {plain['half']:.2f}"
        )

    def mean(xs: list | None) -> str:
        return f"{statistics.mean(xs):.3f}" if xs else "  n/a"

    for part_name in ("tuned", "held out"):
        got = table[part_name]
        if not got:
            continue
        print(
            f"  {part_name:8s} discovery ARI: open {mean(got.get('open'))},"
            f" with hints {mean(got.get('hinted'))} ({len(got.get('hinted', []))} q),"
            f" no hints fit {mean(got.get('unhinted'))} ({len(got.get('unhinted', []))} q),"
            f" cluster_texts(template=...) {mean(got.get('cluster_texts'))};"
            f" notes already in the right place {mean(got.get('suggested right place'))}"
        )
        for kind in ("named", "plain"):
            lone = sum(got[f"{kind} lone_none"])
            how = "(theme names)" if kind == "named" else "(Theme N)    "
            print(
                f"  {part_name:8s} sorting {how}:"
                f" precision over all {mean(got[f'{kind} all'])},"
                f" over placed {mean(got[f'{kind} placed'])}"
                f" (placed {mean(got[f'{kind} cover'])}),"
                f" surest half {mean(got[f'{kind} half'])},"
                f" right place {mean(got[f'{kind} right'])},"
                f" notes of no theme left unplaced {lone}/{sum(got[f'{kind} lone'])}"
            )
        ticked, right, unticked, right_unticked = (sum(got[f"rest {k}"]) for k in range(4))
        print(
            f"  {part_name:8s} sort the rest (3 themes begun, named): {ticked} places ticked,"
            f" {right / max(1, ticked):.3f} right; {unticked} unticked,"
            f" {right_unticked / max(1, unticked):.3f} right"
        )
    keys = set(table["tuned"]) | set(table["held out"]) | {"hinted", "unhinted"}
    both = {k: table["tuned"].get(k, []) + table["held out"].get(k, []) for k in keys}
    print(
        f"  all      discovery ARI: open {mean(both['open'])}, with hints"
        f" {mean(both['hinted'])}, no hints fit {mean(both['unhinted'])};"
        f" sorting (names) all {mean(both['named all'])} surest half {mean(both['named half'])}"
    )
