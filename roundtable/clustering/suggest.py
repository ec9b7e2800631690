"""Theme suggestions for one round: what the app's "Suggest themes" button shows.

`suggest_themes` takes plain data (note ids and texts, the facilitator's existing themes with
the notes placed by hand, the round's template hints, and any vectors already stored with
the notes) and returns frozen `SuggestedTheme` values. Notes placed by hand never move and
existing themes keep their names. The template's hints judge first, being the surer guide:
a note matching a hint that is one of the facilitator's themes (named like it, or its notes
match it) joins that theme; a note matching no hint joins a facilitator's theme only where
closeness and sorting agree; notes matching another hint form that hint's theme; the rest
are grouped openly and given labels from their own words.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from . import concepts, embed
from .engine import adaptive_cut, build_space, group_notes
from .filler import has_words, says_only_agreement
from .hints import HINT_ROUND_SHARE, HintLike, hint_name, match_hints, spoken_language
from .labels import make_label, round_words
from .placement import (
    SORT_MIN_LEXICAL,
    SORT_MIN_SEMANTIC,
    _hints_named,
    place_into_groups,
    sort_notes,
)
from .reasons import make_reason, shared_words
from .second import note_vectors, round_vectors
from .tfidf import terms

VectorLike = np.ndarray | bytes


@dataclass(frozen=True)
class SuggestedTheme:
    """One suggested theme.

    Attributes:
        label: readable label (an existing theme's own name when existing_theme_id is set).
        note_ids: all notes of the theme, hand-placed ones included, in input order.
        reason: one sentence for the facilitator saying why these notes belong together.
        hint: the template hint's (English) label when the theme came from a hint, else
            None; `label` is then the hint's name in the language most of the notes are in.
        existing_theme_id: the facilitator's theme these notes join, or None for a new one.
    """

    label: str
    note_ids: tuple[int, ...]
    reason: str
    hint: str | None = None
    existing_theme_id: int | None = None


def open_groups(
    texts: Sequence[str], vectors: np.ndarray | None, leans: np.ndarray | None = None
) -> list[list[int]]:
    """Cluster texts openly; groups of indexes, largest first, ties by first note."""
    if not texts:
        return []
    labels = group_notes(texts, vectors, leans)
    groups: dict[int, list[int]] = {}
    for i, g in enumerate(labels):
        groups.setdefault(g, []).append(i)
    return sorted(groups.values(), key=lambda g: (-len(g), g[0]))


def suggest_themes(
    notes: Sequence[tuple[int, str]],
    *,
    pinned: Mapping[int, tuple[str, Sequence[int]]] | None = None,
    hints: Sequence[HintLike] = (),
    vectors: Mapping[int, VectorLike] | None = None,
    progress: embed.Progress | None = None,
    question: str = "",
    names: Sequence[str] = (),
) -> list[SuggestedTheme]:
    """Suggest themes for one round's notes.

    Args:
        notes: (note id, text) of every note in the round, in board order.
        pinned: existing theme id -> (its label, ids of notes the facilitator placed in it).
            Those notes never move; existing themes keep their names.
        hints: the round's template hints (objects with label, description, phrases).
        vectors: note id -> stored vector (numpy array or vector_to_bytes bytes); notes
            without one are embedded now when the model is installed.
        progress: called as progress(done, total) while notes are embedded; may raise
            (roundtable.jobs.Cancelled) to cancel.
        question: the round's question (title and prompt); its words name no theme
            ("Where do we lose deals after the demo?": a group was named "Demo
            environment"). Leaving them out of the grouping as well was measured on 117
            labelled rounds and did not help (open ARI 0.185 -> 0.184).
        names: the people on the session's roster; a label says what, not who ("Sarah and
            Mike" for a group of notes that mention them).

    Returns:
        Existing themes that gain notes (existing_theme_id set), then new themes, largest
        first. Hand-placed notes appear only in their own theme; notes without a word
        (blank, emoji or marks only) or that only agree (`says_only_agreement`) appear in
        none.
    """
    with round_vectors([str(t or "") for _, t in notes]):
        return _suggest(notes, pinned, hints, vectors, progress, question, names)


def _suggest(
    notes: Sequence[tuple[int, str]],
    pinned: Mapping[int, tuple[str, Sequence[int]]] | None,
    hints: Sequence[HintLike],
    vectors: Mapping[int, VectorLike] | None,
    progress: embed.Progress | None,
    question: str,
    names: Sequence[str],
) -> list[SuggestedTheme]:
    pinned = dict(pinned or {})
    ids = [int(i) for i, _ in notes]
    texts = [str(t or "") for _, t in notes]
    index = {nid: row for row, nid in enumerate(ids)}
    fixed = {nid for _, members in pinned.values() for nid in members if nid in index}
    # A note without a word ("", "😬", "?!") or one that only agrees ("+1", "same") says
    # nothing a theme could be found from: it is left for the facilitator, in no suggested
    # theme (it once became a theme named "😬", and "sort the rest" put it into a theme).
    free = [
        row
        for row, nid in enumerate(ids)
        if nid not in fixed and has_words(texts[row]) and not says_only_agreement(texts[row])
    ]
    vecs = note_vectors(texts, ids, vectors, progress)
    # The language of the round's notes, for those too short to tell theirs (hint names).
    spoken = spoken_language(texts)
    asked = frozenset(terms(question)) | {t for name in names for t in terms(name)}
    words = round_words(texts, asked)
    taken = [label for label, _ in pinned.values()]
    result: list[SuggestedTheme] = []

    theme_ids = sorted(pinned)
    groups = [[index[n] for n in pinned[t][1] if n in index] for t in theme_ids]
    names = [pinned[t][0] for t in theme_ids]
    joined: dict[int, list[int]] = {}
    why: dict[int, str] = {}
    hinted: list[SuggestedTheme] = []
    embedder = embed.embed_texts if vecs is not None else None

    # 1. Every note with words is matched to the template's hints, the hand-placed ones too:
    # they tell which hint a facilitator's theme is. Hints go first because they are the
    # better judge: joining the facilitator's themes by closeness alone put 26% of the notes
    # it joined in the right theme on fifteen labelled files (three themes of two notes each).
    hint_of: dict[int, int] = {}  # row -> hint
    if hints:
        looked = sorted(set(free) | {r for g in groups for r in g})
        matches = match_hints(
            [texts[r] for r in looked],
            vecs[looked] if vecs is not None else None,
            hints,
            embedder,
            round_share=HINT_ROUND_SHARE,
        )
        hint_of = {r: m.theme for r, m in zip(looked, matches, strict=True) if m.theme is not None}
    owner = _hint_owners(names, groups, texts, hints, hint_of, embedder)

    # 2. Free notes matching a hint that is a facilitator's theme join that theme.
    for r in free:
        k = owner.get(hint_of.get(r, -1))
        if k is not None:
            joined.setdefault(k, []).append(r)
            why.setdefault(k, _owned_hint_reason(hints[hint_of[r]].label, names[k]))
    rest = [r for r in free if r not in hint_of]

    # 3. Notes that match no hint join the facilitator's themes where they clearly fit.
    if rest and theme_ids:
        # Examples per theme: its hand-placed notes, or its name when it has none yet.
        example_texts: list[str] = []
        example_groups: list[list[int]] = []
        for k, tid in enumerate(theme_ids):
            own = [texts[r] for r in groups[k]] or [pinned[tid][0]]
            example_groups.append(list(range(len(example_texts), len(example_texts) + len(own))))
            example_texts += own
        example_vecs = None
        if vecs is not None:
            known = {texts[r]: vecs[r] for g in groups for r in g}
            missing = [t for t in example_texts if t not in known]
            if missing:
                known.update(zip(missing, embed.embed_texts(missing), strict=True))
            example_vecs = np.array([known[t] for t in example_texts], dtype=np.float32)
        # Joining a theme must beat what open grouping would accept for this round, so a
        # note does not drift into the only theme there is just because it is the only one.
        rest_vecs = vecs[rest] if vecs is not None else None
        floor = SORT_MIN_SEMANTIC if vecs is not None else SORT_MIN_LEXICAL
        if len(rest) >= 3:
            sim = build_space([texts[r] for r in rest], rest_vecs).similarity
            floor = adaptive_cut(sim, floor) if vecs is not None else floor
        places = place_into_groups(
            [texts[r] for r in rest],
            rest_vecs,
            example_groups,
            example_texts,
            example_vecs,
            minimum=floor,
        )
        # ... and where sorting, which also reads the themes' names and centres the round,
        # agrees: on its own, closeness put a quarter of the notes it joined right.
        sorted_places = sort_notes(
            [texts[r] for r in rest],
            [(names[k], [texts[r] for r in groups[k]]) for k in range(len(theme_ids))],
            hints,
            embed=_known_first(texts, vecs) if vecs is not None else None,
        )
        for row, place, other in zip(rest, places, sorted_places, strict=True):
            if place.theme is not None and place.theme == other.theme:
                joined.setdefault(place.theme, []).append(row)
                name = names[place.theme]
                why.setdefault(
                    place.theme,
                    f"Close to the notes already in “{name}”."
                    if groups[place.theme]
                    else f"Close to the name of “{name}”.",
                )
    rest = [r for r in free if not any(r in g for g in joined.values())]

    # 4. Notes that clearly match another hint form that hint's theme.
    lone_hint: dict[int, int] = {}  # a note that alone matched a hint: row -> hint
    if rest and hint_of:
        by_hint: dict[int, list[int]] = {}
        for row in rest:
            if row in hint_of:
                by_hint.setdefault(hint_of[row], []).append(row)
        # A hint one note matches is no new theme yet: that note is grouped openly with the
        # rest (a 13-note round came back as five one-note template themes).
        lone_hint.update({m[0]: h for h, m in by_hint.items() if len(m) == 1})
        by_hint = {h: m for h, m in by_hint.items() if len(m) >= 2}
        for h in sorted(by_hint, key=lambda h: (-len(by_hint[h]), by_hint[h][0])):
            hint = hints[h]
            members = by_hint[h]
            about = f"Matches the template theme “{hint.label}”"
            about += f": {hint.description.strip().rstrip('.')}." if hint.description else "."
            about = f"{about} {shared_words(members, words)}".strip()
            # Named in the language most of its notes are in ("Gemeinsame Pipeline-Runden").
            named = hint_name(hint, [texts[r] for r in members], spoken)
            label = named if named.lower() not in {t.lower() for t in taken} else None
            label = label or make_label(members, words, taken)
            taken.append(label)
            hinted.append(
                SuggestedTheme(
                    label=label,
                    note_ids=tuple(ids[r] for r in members),
                    reason=about,
                    hint=hint.label,
                )
            )
        rest = [r for r in rest if all(r not in m for m in by_hint.values())]

    for k, tid in enumerate(theme_ids):
        if k in joined:
            members = sorted(groups[k] + joined[k])
            result.append(
                SuggestedTheme(
                    label=pinned[tid][0],
                    note_ids=tuple(ids[r] for r in members),
                    reason=why[k],
                    existing_theme_id=tid,
                )
            )
    result += hinted

    # 3. The rest are grouped openly.
    sub = [texts[r] for r in rest]
    sub_vecs = vecs[rest] if vecs is not None else None
    leans = concepts.topic_leans(sub, sub_vecs, concepts.phrase_vectors(embed.MODEL_NAME))
    # The topics the notes lean to: once, for the grouping and for the reasons.
    for group in open_groups(sub, sub_vecs, leans):
        rows = [rest[i] for i in group]
        alone = lone_hint.get(rows[0]) if len(rows) == 1 else None
        named = hint_name(hints[alone], [texts[rows[0]]], spoken) if alone is not None else ""
        if alone is not None and named.lower() not in {t.lower() for t in taken}:
            # A note on its own that matched a hint is named by the hint ("Security and
            # compliance"), not by a cut of its own words ("Data stored GDPR").
            hint = hints[alone]
            taken.append(named)
            about = f"Matches the template theme “{hint.label}”"
            about += f": {hint.description.strip().rstrip('.')}." if hint.description else "."
            result.append(
                SuggestedTheme(label=named, note_ids=(ids[rows[0]],), reason=about, hint=hint.label)
            )
            continue
        central = [rest[i] for i in _central(group, sub, sub_vecs)]
        label = make_label(rows, words, taken, central)
        taken.append(label)
        reason = make_reason(rows, words, central)
        result.append(
            SuggestedTheme(
                label=label,
                note_ids=tuple(ids[r] for r in rows),
                reason=_with_topic(reason, leans[group]),
            )
        )
    return result


def _owned_hint_reason(hint: str, theme: str) -> str:
    """Why notes join the facilitator's theme that is a template hint: named by the hint,
    not by the theme ("Matches the template theme “Theme 1”" named no template theme)."""
    if hint.strip().lower() == theme.strip().lower():
        return f"Matches the template theme “{hint}”."
    return f"Matches the template theme “{hint}”, which “{theme}” is about."


def _hint_owners(
    names: Sequence[str],
    groups: Sequence[Sequence[int]],
    texts: Sequence[str],
    hints: Sequence[HintLike],
    hint_of: Mapping[int, int],
    embedder: Callable[[Sequence[str]], np.ndarray] | None,
) -> dict[int, int]:
    """Hint -> index of the facilitator's theme that is that hint: named like it, or most
    of its hand-placed notes match it, or (half of them do and) its name and notes read as
    one text match it. Notes matching the hint then join that theme rather than a template
    theme beside it ("Culture and silos" next to the facilitator's "Blame game")."""
    if not hints or not names:
        return {}
    owner: dict[int, int] = {}
    for k, h in _hints_named(names, hints, embedder).items():
        owner.setdefault(h, k)
    whole: dict[int, int | None] = {}
    undecided = [k for k, rows in enumerate(groups) if rows and k not in owner.values()]
    if undecided:
        # A theme read as one text, "Blame game. Every review is bad leads versus lazy reps.
        # Sales calls us the brochure team", says what its two notes each half say.
        joined = [". ".join([names[k], *(texts[r] for r in groups[k])]) for k in undecided]
        vectors = embedder(joined) if embedder is not None else None
        places = match_hints(joined, vectors, hints, embedder)
        whole = {k: p.theme for k, p in zip(undecided, places, strict=True)}
    for k in undecided:
        counts = Counter(hint_of[r] for r in groups[k] if r in hint_of)
        if not counts:
            continue
        h, n = counts.most_common(1)[0]
        read_whole = whole.get(k)
        if read_whole is not None and counts[read_whole] * 2 >= len(groups[k]):
            h, n = read_whole, len(groups[k])
        if n * 2 > len(groups[k]) and h not in owner:
            owner[h] = k
    return owner


def _known_first(texts: Sequence[str], vecs: np.ndarray) -> Callable[[Sequence[str]], np.ndarray]:
    """texts -> vectors, taking the round's notes' vectors as known and embedding the rest."""
    known = {t: vecs[i] for i, t in enumerate(texts)}

    def vectors_of(wanted: Sequence[str]) -> np.ndarray:
        missing = sorted({t for t in wanted if t not in known})
        if missing:
            known.update(zip(missing, embed.embed_texts(missing), strict=True))
        return np.array([known[t] for t in wanted], dtype=np.float32)

    return vectors_of


def _with_topic(reason: str, leans: np.ndarray) -> str:
    """The reason, opened by the field's topic when most of the group's notes lean to it."""
    if leans.shape[0] < 2 or not leans.any():
        return reason
    counts = leans.sum(axis=0)
    k = int(np.argmax(counts))
    if counts[k] * 2 <= leans.shape[0]:
        return reason
    return f"About {concepts.TOPICS[k].name}: {reason[0].lower()}{reason[1:]}"


def _central(group: Sequence[int], texts: Sequence[str], vecs: np.ndarray | None) -> list[int]:
    """The two members most similar to the rest of their group."""
    if len(group) <= 2:
        return list(group)
    sim = build_space([texts[i] for i in group], vecs[list(group)] if vecs is not None else None)
    order = np.argsort(-sim.similarity.mean(axis=1), kind="stable")
    return [group[int(i)] for i in order[:2]]
