"""Placing notes into known themes: the facilitator's own themes and a template's hints.

Two ways, one per use. `sort_notes` (behind `sort_into_themes`, "sort the rest") judges each
theme by everything that says what it is about: the notes already in it, its name (unless
it is a placeholder such as "Theme 3"), and the template hint it names, if any. Each of those
is one view; a note's score for the theme is its average cosine to the theme's views, in a
space centred on the round's own notes, so the words every note shares (sales, marketing,
leads) stop counting and what sets the themes apart decides. The confidence is the margin
between the best and the second-best theme. `place_into_groups` (what joining existing
themes in `suggest_themes` uses) keeps the stricter rule of average similarity to a theme's
notes above the open-grouping threshold. Hints are matched the same way against their label,
description and each typical phrase, taking the best of those; a note that contains a hint's
phrase word for word also matches.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

from . import concepts
from .embed import MODEL_NAME
from .engine import CENTRE_MIN_NOTES, SEMANTIC_WEIGHT, build_space
from .learned import HINT_CLASSIFIER_WEIGHT, hint_leanings
from .tfidf import terms, tfidf_vectors

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
# Hint matching (best similarity to any of a hint's texts).
HINT_MIN_SEMANTIC = 0.25
HINT_MIN_LEXICAL = 0.30
HINT_MARGIN = 0.0
# Sorting: how much it counts that a note leans to the same topic of the field as the
# theme's notes and name (share of the theme's views that lean there).
SORT_TOPIC_WEIGHT = 0.4
# A round's hints fit a set of notes when the notes spread over them this evenly (entropy of
# the notes per hint over its largest possible value): hints are written to cover what their
# question usually produces, so notes from that question use nearly all of them, while notes
# from another question crowd into a few. This is what recognises rounds whose hints are as
# broad as the field (the classic three: 0.97-0.98).
FIT_SPREAD = 0.95
# ... or when they match the round's hints this much better (mean best score) than the topic
# lexicon's phrases do. First set to 0.075 on nine labelled files (hints of 4-10 phrases).
# With about 20 phrases a hint every round's best scores rise, so it was set again on all
# sixteen files (seen data, not a clean measure): 0.09 keeps cluster_texts on the 30 rounds
# whose question has no hints where it was (0.193; 0.173 at 0.075), and 0.281 on the 82
# hinted rounds (0.260 with the shorter hints).
FIT_LIFT = 0.09


class HintLike(Protocol):
    """Anything shaped like roundtable.templates.ThemeHint."""

    @property
    def label(self) -> str: ...

    @property
    def description(self) -> str: ...

    @property
    def phrases(self) -> Sequence[str]: ...


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


def _decide(
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
    return _decide(scores, minimum, SORT_MARGIN)


def hint_texts(hint: HintLike) -> list[str]:
    """The texts a hint is matched against: label with description, then each phrase."""
    head = f"{hint.label}. {hint.description}".strip(" .")
    return [head] + [p for p in hint.phrases if p.strip()]


def match_hints(
    texts: Sequence[str],
    vectors: np.ndarray | None,
    hints: Sequence[HintLike],
    embed: object = None,
    *,
    learned: bool = True,
) -> list[Placement]:
    """Match each text to the hint it clearly belongs to, or none.

    Args:
        texts: the notes.
        vectors: their sentence vectors, or None for the lexical path.
        hints: the round's theme hints.
        embed: a callable texts -> vectors, used for the hint texts when vectors are given.
        learned: with vectors, let a classifier fitted on the hint texts help choose the
            hint (roundtable.clustering.learned); whether a note matches at all is decided
            by its closest hint text either way.
    """
    return match_hint_sets(texts, vectors, [hints], embed, learned=learned)[0]


def match_hint_sets(
    texts: Sequence[str],
    vectors: np.ndarray | None,
    hint_sets: Sequence[Sequence[HintLike]],
    embed: object = None,
    *,
    learned: bool = False,
) -> list[list[Placement]]:
    """Like match_hints for each of several rounds' hints, in one similarity space.

    A template has a dozen rounds with hints; comparing the notes with all of their texts in
    one go is what keeps cluster_texts with a template within its time. The word weights
    (TF-IDF) are then fitted on every round's texts together, so scores differ slightly
    from one match_hints call per round; fitting_hints' thresholds were measured this way.
    """
    if not texts or not any(hint_sets):
        return [[Placement(None, 0.0, 0.0) for _ in texts] for _ in hint_sets]
    parts: list[str] = []
    owner: list[tuple[int, int]] = []  # (hint set, hint) of each part
    for k, hints in enumerate(hint_sets):
        for h, hint in enumerate(hints):
            for part in hint_texts(hint):
                parts.append(part)
                owner.append((k, h))
    n = len(texts)
    both = None
    if vectors is not None and callable(embed):
        both = np.vstack([vectors, np.asarray(embed(parts), dtype=np.float32)])
    learn = learned and both is not None
    sim = build_space(list(texts) + parts, both).similarity[:n, n:]
    note_terms = [set(terms(t)) for t in texts]
    by_term: dict[str, list[int]] = {}
    for i, have in enumerate(note_terms):
        for term in have:
            by_term.setdefault(term, []).append(i)
    minimum = HINT_MIN_SEMANTIC if both is not None else HINT_MIN_LEXICAL
    result: list[list[Placement]] = []
    first = 0
    for k, hints in enumerate(hint_sets):
        if not hints:
            result.append([Placement(None, 0.0, 0.0) for _ in texts])
            continue
        count = sum(1 for o in owner if o[0] == k)
        block = sim[:, first : first + count]
        owners = np.array([h for kk, h in owner if kk == k])
        scores = np.full((n, len(hints)), -1.0, dtype=np.float32)
        for h in range(len(hints)):
            scores[:, h] = block[:, owners == h].max(axis=1)
        # A phrase said word for word is a match whatever the vectors think.
        heads = {hint_texts(hint)[0] for hint in hints}
        for j in range(count):
            part = parts[first + j]
            phrase = set(terms(part))
            if not phrase or part in heads or not _says_itself(part, phrase):
                continue
            for i in by_term.get(min(phrase), ()):
                if phrase <= note_terms[i]:
                    scores[i, owners[j]] = max(scores[i, owners[j]], 1.0)
        choice = None
        if learn and both is not None and len(hints) >= 2:
            leanings = hint_leanings(
                both[:n],
                parts[first : first + count],
                both[n + first : n + first + count],
                owners.tolist(),
                len(hints),
            )
            # Rounded so that last-bit differences between machines cannot flip a near tie.
            choice = np.round(scores + HINT_CLASSIFIER_WEIGHT * leanings, 4)
        result.append(_decide(scores, minimum, HINT_MARGIN, choice))
        first += count
    return result


def _says_itself(phrase: str, phrase_terms: set[str]) -> bool:
    """Whether finding a phrase's terms in a note is enough to match it: two or more terms
    ("lead scoring model"), or one word that is the whole phrase ("ABM", "RevOps"). A phrase
    that shrinks to one word once its small words go ("what is an MQL" to "MQL", "no trust"
    to "trust") would claim every note that merely mentions the word, so it matches by
    meaning only."""
    return len(phrase_terms) >= 2 or len(phrase.split()) == 1


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
    """Theme index -> hint index: the same label, or clearly the same topic both ways."""
    out: dict[int, int] = {}
    labels = {h.label.strip().lower(): j for j, h in enumerate(hints)}
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
) -> list[Placement]:
    """Sort each text into one of the facilitator's themes, or none; see the module doc.

    Args:
        texts: the notes to place.
        themes: (name, texts of the notes already in it) per theme, in order.
        hints: the template's theme hints; a theme named like one also matches its texts.
        embed: texts -> unit sentence vectors (or None without the model); None: TF-IDF only.

    Returns:
        One Placement per text: theme index or None, best score and margin (the confidence).
    """
    if not texts:
        return []
    if not themes:
        return [Placement(None, 0.0, 0.0) for _ in texts]
    names = [name for name, _ in themes]
    matched = _hints_named(names, hints, embed)
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
    for k, h in sorted(matched.items()):
        parts = hint_texts(hints[h])
        hint_rows[k] = list(range(len(pool), len(pool) + len(parts)))
        pool += parts
    vectors = embed(pool) if embed is not None else None
    lex, _, _ = tfidf_vectors(pool)
    spaces: list[tuple[float, Any]] = [(1.0, lex)]
    if vectors is not None:
        raw = np.asarray(vectors, dtype=np.float64)
        sem = raw
        if notes_end >= CENTRE_MIN_NOTES:
            sem = _unit_rows(raw - raw[:notes_end].mean(axis=0))
        spaces = [(SEMANTIC_WEIGHT, sem), (1.0 - SEMANTIC_WEIGHT, lex)]
    views: list[list[list[int]]] = []
    for k, name in enumerate(names):
        theme_views = [example_views[k]]
        if not _is_placeholder(name):
            theme_views.append([name_rows[k]])
        if k in hint_rows:
            theme_views.append(hint_rows[k])
        views.append(theme_views)
    n = len(texts)
    scores = np.zeros((n, len(views)), dtype=np.float64)
    for weight, space in spaces:
        scores += weight * _view_scores(space[:n], space, views)
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


def _best_scores(places: Sequence[Placement]) -> float:
    return float(np.mean([p.score for p in places])) if places else 0.0


@functools.lru_cache(maxsize=64)
def _field_baseline(hints: tuple[HintLike, ...]) -> float | None:
    """How closely talk from anywhere in the field matches these hints: the mean best score of
    the topic lexicon's phrases (None without the sentence model)."""
    phrases = concepts.phrase_vectors(MODEL_NAME)
    if phrases is None:
        return None
    from . import embed as embedding

    texts = concepts.lexicon_phrases()[0]
    return _best_scores(match_hints(texts, phrases, hints, embedding.embed_texts, learned=False))


def fitting_hints(
    texts: Sequence[str],
    vectors: np.ndarray | None,
    rounds: Sequence[Sequence[HintLike]],
    embed: object = None,
) -> list[HintLike]:
    """The hints of the round these notes most likely answer, or [] when none fits.

    For notes whose round is not known (a template named, no round). Two tests, in order:

    1. Lift: how much better the notes match a round's hints than talk from anywhere in the
       field does (the topic lexicon's phrases). A round whose lift reaches FIT_LIFT is the
       notes' question. This recognises questions with specific hints.
    2. Spread: otherwise the round whose matches are strongest is used when the notes spread
       over its hints evenly (FIT_SPREAD). This recognises questions whose hints are as broad
       as the field itself (what works, what is broken).

    Forcing notes into another question's hints does much more harm than grouping them
    openly, so when neither test passes there are no hints.
    """
    candidates = [tuple(h) for h in rounds if len(h) >= 2]
    if not candidates or not texts:
        return []
    matched = match_hint_sets(texts, vectors, candidates, embed)
    if vectors is not None:
        lifts = []
        for hints, places in zip(candidates, matched, strict=True):
            baseline = _field_baseline(hints)
            lifts.append(-np.inf if baseline is None else _best_scores(places) - baseline)
        k = int(np.argmax(lifts))
        if lifts[k] >= FIT_LIFT:
            return list(candidates[k])
    strengths = [sum(p.score for p in places if p.theme is not None) for places in matched]
    k = int(np.argmax(strengths))
    hints, places = candidates[k], matched[k]
    counts = np.bincount([p.theme for p in places if p.theme is not None], minlength=len(hints))
    if counts.sum() == 0:
        return []
    share = counts[counts > 0] / counts.sum()
    spread = float(-(share * np.log(share)).sum() / np.log(len(hints)))
    return list(hints) if spread >= FIT_SPREAD else []
