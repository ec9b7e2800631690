"""Placing notes into known themes: the facilitator's own themes and a template's hints.

Two ways, one per use. `sort_notes` (behind `sort_into_themes`, "sort the rest") judges each
theme by everything that says what it is about: the notes already in it, its name (unless
it is a placeholder such as "Theme 3"), and the template hint it names, if any. Each of those
is one view; a note's score for the theme is its average cosine to the theme's views, in a
space centred on the round's own notes, so the words every note shares (sales, marketing,
leads) stop counting and what sets the themes apart decides. The confidence is the margin
between the best and the second-best theme. `place_into_groups` (what joining existing
themes in `suggest_themes` uses) keeps the stricter rule of average similarity to a theme's
notes above the open-grouping threshold. Matching notes to a template's hints, and finding
which round's hints fit, is in `roundtable.clustering.hints` (re-exported here).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np

from roundtable.stopwords import language_of

from . import concepts
from .decision import Placement, decide
from .embed import MODEL_NAME
from .engine import CENTRE_MIN_NOTES, SEMANTIC_WEIGHT, build_space, language_keys
from .hints import (
    HintLike,
    fitting_hints,
    foreign,
    hint_texts,
    match_hint_sets,
    match_hints,
    plainly_english,
)
from .tfidf import terms, tfidf_vectors, words

__all__ = [
    "HintLike",
    "Placement",
    "fitting_hints",
    "match_hint_sets",
    "match_hints",
    "place_into_groups",
    "sort_notes",
]

# Sorting: a theme name that only numbers a theme says nothing about its notes.
PLACEHOLDER_NAME_WORDS = frozenset(
    {
        "theme",
        "themes",
        "group",
        "groups",
        "topic",
        "cluster",
        "new",
        "untitled",
        "unnamed",
        "misc",
        "miscellaneous",
        "other",
        "others",
        "note",
        "notes",
        "idea",
        "ideas",
        "copy",
        "label",
        "category",
        "bucket",
        "column",
    }
)
# A theme name matches a hint when they are this similar and each is the other's best.
NAME_HINT_MATCH = 0.5
# Joining the facilitator's themes in suggest_themes (average similarity to its notes).
SORT_MIN_SEMANTIC = 0.15
SORT_MIN_LEXICAL = 0.08
SORT_MARGIN = 0.02
# Sorting: how much it counts that a note leans to the same topic of the field as the
# theme's notes and name (share of the theme's views that lean there).
SORT_TOPIC_WEIGHT = 0.4
# A place is a sure one when the note leans to the theme by more than this (its score: how
# much more than to the round as a whole): ticked in "Sort the rest", shown on the cards.
# A ticked place the facilitator must undo by hand costs more than an unticked right one
# costs a tick, so a band of scores is ticked only where its places are right more often
# than not. In the app's usual case (three themes begun with two notes each, named, the
# round's own hints), by band of score, on the 22 tuned files / the four clean ones
# (fresh20-23): at most 0.10, 15-37% right; 0.10-0.12, 41% / 40%; 0.12-0.14, 48% / 42%;
# 0.14-0.16, 52% / 44%; above 0.20, 64-84% / 55-85%. Ticked above 0.14: 1,043 places at
# 0.677 / 226 at 0.642 (above 0.10 it was 1,391 at 0.618 / 340 at 0.565). Leaving the
# unsure ones unplaced would lower the all-labels measure (every label begun, 0.609 ->
# 0.553), so "Sort the rest" shows them, unticked.
SURE_SCORE = 0.14


def place_into_groups(
    texts: Sequence[str],
    vectors: np.ndarray | None,
    groups: Sequence[Sequence[int]],
    example_texts: Sequence[str],
    example_vectors: np.ndarray | None,
    minimum: float | None = None,
) -> list[Placement]:
    """Place each text into one of groups (lists of indexes into example_texts) or none.

    Args:
        minimum: the lowest average similarity that places a note (default: SORT_MIN_*).
    """
    if not texts:
        return []
    all_texts = list(texts) + list(example_texts)
    both = None
    if vectors is not None and example_vectors is not None:
        both = np.vstack([vectors, example_vectors]) if len(example_texts) else vectors
    sim = build_space(all_texts, both).similarity
    n = len(texts)
    scores = np.zeros((n, len(groups)), dtype=np.float32)
    for g, members in enumerate(groups):
        if members:
            scores[:, g] = sim[:n, [n + m for m in members]].mean(axis=1)
    if minimum is None:
        minimum = SORT_MIN_SEMANTIC if both is not None else SORT_MIN_LEXICAL
    return decide(scores, minimum, SORT_MARGIN)


def _is_placeholder(name: str) -> bool:
    """True for names such as "Theme 3", "New group (2)" or "": no content of their own."""
    return all(t in PLACEHOLDER_NAME_WORDS or t.isdigit() for t in terms(name))


def _unit_rows(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return np.divide(matrix, norms, out=np.zeros_like(matrix), where=norms > 1e-9)


def _view_scores(rows: Any, pool: Any, views: Sequence[Sequence[Sequence[int]]]) -> np.ndarray:
    """Average cosine of each row to each theme's views (a view: the mean of pool rows).

    rows and pool are dense arrays or sparse TF-IDF matrices (kept sparse: sorting a few
    thousand notes must not build a dense notes x vocabulary matrix).
    """
    scores = np.zeros((rows.shape[0], len(views)), dtype=np.float64)
    for k, theme_views in enumerate(views):
        used = [v for v in theme_views if v]
        if not used:
            continue
        means = [np.asarray(pool[list(v)].mean(axis=0), dtype=np.float64).ravel() for v in used]
        centres = _unit_rows(np.vstack(means))
        scores[:, k] = np.asarray(rows @ centres.T).mean(axis=1)
    return scores


def _match_names_to_hints(
    names: Sequence[str],
    name_rows: np.ndarray,
    hints: Sequence[HintLike],
    label_rows: np.ndarray,
    head_rows: np.ndarray,
) -> dict[int, int]:
    """Theme index -> hint index: the same label (in any of its languages), or clearly the
    same topic both ways."""
    out: dict[int, int] = {}
    # The label, or its name in another language (templates.py `labels`): a theme suggested
    # from a hint over German notes is named "Gemeinsame Pipeline-Runden", and is that hint.
    labels: dict[str, int] = {}
    for j, h in enumerate(hints):
        for label in (h.label, *(name for _, name in getattr(h, "labels", ()) or ())):
            labels.setdefault(label.strip().lower(), j)
    for k, name in enumerate(names):
        if name.strip().lower() in labels:
            out[k] = labels[name.strip().lower()]
    if not len(hints) or not len(names):
        return out
    sim = np.maximum(name_rows @ label_rows.T, name_rows @ head_rows.T)
    taken = set(out.values())
    for k in range(len(names)):
        if k in out or _is_placeholder(names[k]):
            continue
        j = int(np.argmax(sim[k]))
        if sim[k, j] >= NAME_HINT_MATCH and int(np.argmax(sim[:, j])) == k and j not in taken:
            out[k] = j
            taken.add(j)
    return out


def _hints_named(
    names: Sequence[str],
    hints: Sequence[HintLike],
    embed: Callable[[Sequence[str]], np.ndarray | None] | None,
) -> dict[int, int]:
    """Theme index -> index of the hint it names (compared with hint labels and heads)."""
    if not hints:
        return {}
    # A name is compared with each hint's label and with its label plus description.
    heads = [h.label for h in hints] + [hint_texts(h)[0] for h in hints]
    vectors = embed(list(names) + heads) if embed is not None else None
    if vectors is not None:
        space = np.asarray(vectors, dtype=np.float64)
    else:
        space = tfidf_vectors(list(names) + heads)[0].toarray().astype(np.float64)
    k, h = len(names), len(hints)
    return _match_names_to_hints(names, space[:k], hints, space[k : k + h], space[k + h :])


def hints_of_themes(
    themes: Sequence[tuple[str, Sequence[str]]],
    hints: Sequence[HintLike],
    embed: Callable[[Sequence[str]], np.ndarray | None] | None = None,
) -> dict[int, int]:
    """Theme index -> index of the hint sort_notes also judges it by: the hint its name
    names, else the hint its notes match."""
    matched = _hints_named([name for name, _ in themes], hints, embed)
    matched.update(_hints_of_notes(themes, hints, embed, matched))
    return matched


def _hints_of_notes(
    themes: Sequence[tuple[str, Sequence[str]]],
    hints: Sequence[HintLike],
    embed: Callable[[Sequence[str]], np.ndarray | None] | None,
    named: dict[int, int],
) -> dict[int, int]:
    """Theme index -> hint index for themes no name matched: the hint their notes, read as
    one text, match ("Reps never call the booth leads. Fair contacts sit in a spreadsheet"
    reads as the hint on follow-up). Each hint goes to at most one theme, the closest.

    A theme named "Theme 3" with two notes then also has the hint's description and phrases
    to be judged by. Measured on 142 labelled rounds (two example notes per theme, the
    template's hints of every round): sorting with placeholder names went from 0.420 to 0.495
    over all notes and from 0.544 to 0.622 on the surest half; with names, 0.602 -> 0.609.
    Matching each note alone and taking the hint most of them match did less (0.474).
    """
    todo = [k for k, (_, members) in enumerate(themes) if k not in named and members]
    if not todo or not hints:
        return {}
    joined = [". ".join(str(m or "") for m in themes[k][1]) for k in todo]
    vectors = embed(joined) if embed is not None else None
    places = match_hints(joined, vectors, hints, embed)
    taken = set(named.values())
    out: dict[int, int] = {}
    ranked = sorted(zip(todo, places, strict=True), key=lambda kp: -kp[1].score)
    for k, place in ranked:
        if place.theme is not None and place.theme not in taken:
            out[k] = place.theme
            taken.add(place.theme)
    return out


def _topic_agreement(
    pool: Sequence[str],
    vectors: Any,
    n: int,
    notes_end: int,
    themes: Sequence[Sequence[int]],
) -> np.ndarray:
    """For each note to place (the first n of pool) and each theme (pool rows that say what
    it is): the share of those rows that lean to the same topic of the field as the note.

    Zero when the note leans to no topic, or when the round's notes (pool[:notes_end]) are
    not from sales and marketing work.
    """
    out = np.zeros((n, len(themes)))
    raw = np.asarray(vectors, dtype=np.float32) if vectors is not None else None
    phrases = concepts.phrase_vectors(MODEL_NAME) if raw is not None else None
    notes_raw = raw[:notes_end] if raw is not None else None
    if not concepts.in_field(pool[:notes_end], notes_raw, phrases):
        return out
    lean = concepts.leans_of(pool, raw, phrases)
    for k, rows in enumerate(themes):
        if rows:
            out[:, k] = lean[:n] @ lean[list(rows)].mean(axis=0)
    return out


def sort_notes(
    texts: Sequence[str],
    themes: Sequence[tuple[str, Sequence[str]]],
    hints: Sequence[HintLike] = (),
    embed: Callable[[Sequence[str]], np.ndarray | None] | None = None,
    matched: Mapping[int, int] | None = None,
) -> list[Placement]:
    """Sort each text into one of the facilitator's themes, or none; see the module doc.

    Args:
        texts: the notes to place.
        themes: (name, texts of the notes already in it) per theme, in order.
        hints: the template's theme hints; a theme named like one also matches its texts.
        embed: texts -> unit sentence vectors (or None without the model); None: TF-IDF only.
        matched: hints_of_themes(themes, hints, embed) when the caller has it already.

    Returns:
        One Placement per text: theme index or None, best score and margin (the confidence).
    """
    if not texts:
        return []
    if not themes:
        return [Placement(None, 0.0, 0.0) for _ in texts]
    names = [name for name, _ in themes]
    if matched is None:
        matched = hints_of_themes(themes, hints, embed)
    # One pool of texts: the notes to place, the themes' notes, names, then matched hints.
    pool = [str(t or "") for t in texts]
    example_views: list[list[int]] = []
    for _, members in themes:
        example_views.append(list(range(len(pool), len(pool) + len(members))))
        pool += [str(m or "") for m in members]
    notes_end = len(pool)
    name_rows = list(range(notes_end, notes_end + len(names)))
    pool += names
    hint_rows: dict[int, list[int]] = {}
    english_rows: dict[int, list[int]] = {}  # the hint's texts an English note is judged by
    for k, h in sorted(matched.items()):
        parts = hint_texts(hints[h])
        hint_rows[k] = list(range(len(pool), len(pool) + len(parts)))
        english_rows[k] = [
            r for r, part in zip(hint_rows[k], parts, strict=True) if not foreign(part)
        ]
        pool += parts
    vectors = embed(pool) if embed is not None else None
    lex, _, _ = tfidf_vectors(pool)
    spaces: list[tuple[float, Any]] = [(1.0, lex)]
    if vectors is not None:
        raw = np.asarray(vectors, dtype=np.float64)
        sem = raw
        if notes_end >= CENTRE_MIN_NOTES:
            sem = _unit_rows(raw - _language_means(pool, notes_end, raw))
        spaces = [(SEMANTIC_WEIGHT, sem), (1.0 - SEMANTIC_WEIGHT, lex)]

    def views_with(rows_of_hint: dict[int, list[int]]) -> list[list[list[int]]]:
        views: list[list[list[int]]] = []
        for k, name in enumerate(names):
            theme_views = [example_views[k]]
            if not _is_placeholder(name):
                theme_views.append([name_rows[k]])
            if k in rows_of_hint:
                theme_views.append(rows_of_hint[k])
            views.append(theme_views)
        return views

    views = views_with(hint_rows)
    n = len(texts)
    scores = np.zeros((n, len(views)), dtype=np.float64)
    for weight, space in spaces:
        scores += weight * _view_scores(space[:n], space, views)
    english = np.array([plainly_english(t) for t in pool[:n]], dtype=bool)
    if hint_rows != english_rows and english.any():
        # A plainly English note is judged by the hint's English texts only (see
        # hints.own_language_only): its German, French and Spanish phrases are for the notes
        # written in those languages.
        by_english = np.zeros_like(scores)
        for weight, space in spaces:
            by_english += weight * _view_scores(space[:n], space, views_with(english_rows))
        scores = np.where(english[:, None], by_english, scores)
    if SORT_TOPIC_WEIGHT > 0:
        # The theme's own notes and its name (not a placeholder) say which topic it is.
        said = [
            example_views[k] + ([] if _is_placeholder(name) else [name_rows[k]])
            for k, name in enumerate(names)
        ]
        scores += SORT_TOPIC_WEIGHT * _topic_agreement(pool, vectors, n, notes_end, said)
    # Rounded so that last-bit differences between BLAS builds cannot flip a near tie.
    scores = np.round(scores, 6)
    # Themes with no view at all (a placeholder name and no notes) cannot win.
    empty = [k for k, theme_views in enumerate(views) if not any(theme_views)]
    scores[:, empty] = -np.inf if len(empty) < len(views) else 0.0
    out = []
    for text, row in zip(texts, scores, strict=True):
        if not str(text or "").strip():
            out.append(Placement(None, 0.0, 0.0))  # nothing to sort a blank note by
            continue
        order = np.argsort(-row, kind="stable")
        best = float(row[order[0]])
        second = float(row[order[1]]) if row.size > 1 else 0.0
        second = second if np.isfinite(second) else 0.0
        # Placed when the note leans to the theme more than to the round as a whole (a
        # positive centred score) and the theme is strictly ahead: a tie is no decision.
        ok = best > 0.0 and best - second > 0.0
        top = int(order[0])
        out.append(Placement(top if ok else None, best, best - second, top))
    return out


def _language_means(pool: Sequence[str], notes_end: int, raw: np.ndarray) -> np.ndarray:
    """For each text of the pool, the mean vector of the round's notes (the first notes_end
    texts) in its language, when the notes are in two languages or more (see
    engine.centre_by_language); else the mean of all the notes."""
    overall = raw[:notes_end].mean(axis=0)
    keys = language_keys(pool[:notes_end])
    if len(set(keys)) < 2:
        return overall
    means = {k: raw[[i for i, x in enumerate(keys) if x == k]].mean(axis=0) for k in set(keys)}
    # Theme names and hint texts: by their own language, or with the English notes.
    rest = [language_of(tuple(words(t))) for t in pool[notes_end:]]
    return np.vstack([means.get(k, means.get("en", overall)) for k in keys + rest])
