"""Theme suggestions for one round: what the app's "Suggest themes" button shows.

`suggest_themes` takes plain data (note ids and texts, the facilitator's existing themes with
the notes placed by hand, the round's template hints, and any vectors already stored with
the notes) and returns frozen `SuggestedTheme` values. The order of work is the facilitator's
order of authority: notes placed by hand never move and existing themes keep their names;
free notes first join an existing theme where they clearly fit, then a template hint they
clearly match, and the rest are grouped openly and given labels from their own words.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from . import concepts, embed
from .engine import adaptive_cut, build_space, group_notes
from .hints import HINT_ROUND_SHARE, HintLike, match_hints
from .labels import make_label, make_reason, round_words, shared_words
from .placement import SORT_MIN_LEXICAL, SORT_MIN_SEMANTIC, place_into_groups
from .tfidf import stem, terms, words

VectorLike = np.ndarray | bytes


@dataclass(frozen=True)
class SuggestedTheme:
    """One suggested theme.

    Attributes:
        label: readable label (an existing theme's own name when existing_theme_id is set).
        note_ids: all notes of the theme, hand-placed ones included, in input order.
        reason: one sentence for the facilitator saying why these notes belong together.
        hint: the template hint's label when the theme came from a hint, else None.
        existing_theme_id: the facilitator's theme these notes join, or None for a new one.
    """

    label: str
    note_ids: tuple[int, ...]
    reason: str
    hint: str | None = None
    existing_theme_id: int | None = None


def note_vectors(
    texts: Sequence[str],
    ids: Sequence[int] | None = None,
    stored: Mapping[int, VectorLike] | None = None,
    progress: embed.Progress | None = None,
) -> np.ndarray | None:
    """Vectors for texts: stored ones where given (by id), computed for the rest.

    Returns None when the sentence model is not installed (the lexical path is used).
    """
    if not embed.semantic_available():
        return None
    out = np.zeros((len(texts), embed.DIM), dtype=np.float32)
    missing: list[int] = []
    for row in range(len(texts)):
        vec = None
        if stored is not None and ids is not None and ids[row] in stored:
            raw = stored[ids[row]]
            vec = embed.vector_from_bytes(raw) if isinstance(raw, bytes) else np.asarray(raw)
        if vec is not None and vec.shape == (embed.DIM,):
            out[row] = vec
        else:
            missing.append(row)
    if missing:
        try:
            out[missing] = embed.embed_texts([texts[i] for i in missing], progress)
        except embed.SemanticUnavailable:
            return None
    return out


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

    Returns:
        Existing themes that gain notes (existing_theme_id set), then new themes, largest
        first. Hand-placed notes appear only in their own theme; notes without a word
        (blank, emoji or marks only) or that only agree (`says_only_agreement`) appear in
        none.
    """
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
    words = round_words(texts)
    taken = [label for label, _ in pinned.values()]
    result: list[SuggestedTheme] = []

    # 1. Free notes join the facilitator's themes where they clearly fit.
    theme_ids = sorted(pinned)
    groups = [[index[n] for n in pinned[t][1] if n in index] for t in theme_ids]
    joined: dict[int, list[int]] = {}
    if free and theme_ids:
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
        free_vecs = vecs[free] if vecs is not None else None
        floor = SORT_MIN_SEMANTIC if vecs is not None else SORT_MIN_LEXICAL
        if len(free) >= 3:
            sim = build_space([texts[r] for r in free], free_vecs).similarity
            floor = adaptive_cut(sim, floor) if vecs is not None else floor
        places = place_into_groups(
            [texts[r] for r in free],
            free_vecs,
            example_groups,
            example_texts,
            example_vecs,
            minimum=floor,
        )
        for row, place in zip(free, places, strict=True):
            if place.theme is not None:
                joined.setdefault(place.theme, []).append(row)
    rest = [r for r in free if not any(r in g for g in joined.values())]
    why = {
        k: "Close to the notes already in" if groups[k] else "Close to the name of" for k in joined
    }
    hinted: list[SuggestedTheme] = []

    # 2. Notes that clearly match a template hint form that hint's theme.
    lone_hint: dict[int, int] = {}  # a note that alone matched a hint: row -> hint
    if rest and hints:
        embedder = embed.embed_texts if vecs is not None else None
        matches = match_hints(
            [texts[r] for r in rest],
            vecs[rest] if vecs is not None else None,
            hints,
            embedder,
            round_share=HINT_ROUND_SHARE,
        )
        by_hint: dict[int, list[int]] = {}
        for row, place in zip(rest, matches, strict=True):
            if place.theme is not None:
                by_hint.setdefault(place.theme, []).append(row)
        by_name = {pinned[t][0].strip().lower(): k for k, t in enumerate(theme_ids)}
        # A hint one note matches is no new theme yet: that note is grouped openly with the
        # rest (a 13-note round came back as five one-note template themes). It still joins
        # the facilitator's theme of that name.
        lone_hint.update(
            {
                m[0]: h
                for h, m in by_hint.items()
                if len(m) == 1 and hints[h].label.strip().lower() not in by_name
            }
        )
        by_hint = {
            h: m
            for h, m in by_hint.items()
            if len(m) >= 2 or hints[h].label.strip().lower() in by_name
        }
        for h in sorted(by_hint, key=lambda h: (-len(by_hint[h]), by_hint[h][0])):
            hint = hints[h]
            members = by_hint[h]
            about = f"Matches the template theme “{hint.label}”"
            about += f": {hint.description.strip().rstrip('.')}." if hint.description else "."
            about = f"{about} {shared_words(members, words)}".strip()
            same = by_name.get(hint.label.strip().lower())
            if same is not None:
                # The facilitator already has a theme of that name: the notes join it.
                joined.setdefault(same, []).extend(members)
                why.setdefault(same, "Matches the template theme")
                continue
            label = hint.label if hint.label.lower() not in {t.lower() for t in taken} else None
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
                    reason=f"{why[k]} “{pinned[tid][0]}”.",
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
        if alone is not None and hints[alone].label.lower() not in {t.lower() for t in taken}:
            # A note on its own that matched a hint is named by the hint ("Security and
            # compliance"), not by a cut of its own words ("Data stored GDPR").
            hint = hints[alone]
            taken.append(hint.label)
            about = f"Matches the template theme “{hint.label}”"
            about += f": {hint.description.strip().rstrip('.')}." if hint.description else "."
            result.append(
                SuggestedTheme(
                    label=hint.label, note_ids=(ids[rows[0]],), reason=about, hint=hint.label
                )
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


def has_words(text: str) -> bool:
    """Whether a note has a letter or digit in any script (emoji and marks alone do not)."""
    return any(ch.isalnum() for ch in text)


# Words that only agree with, or react to, what someone else said. A note made of them
# ("+1", "same as above", "ditto", "^^ this", "yes!") has no topic of its own: grouped,
# such notes made themes of their own ("Agree w", five of a round's eight themes).
_AGREEING = ("agree", "agreed", "agreeing", "ditto", "same", "plus", "+1", "+", "^")
_REACTING = (
    "yes yep yeah yup exactly indeed true totally absolutely definitely right correct sure ok"
    " okay tbh imo imho lol haha 100 this that too also here above below well said point"
    " good great"
)
_FILLER_TERMS = frozenset(
    [stem(w) for w in _AGREEING] + [stem(w) for w in _REACTING.split()] + ["+", "^"]
)
_AGREE_TERMS = frozenset(stem(w) for w in _AGREEING)


def says_only_agreement(text: str) -> bool:
    """Whether a note only agrees or reacts ("+1", "same", "agree w/ Tom", "yes 🙃").

    A note that names a topic as well ("+1 to the comp plan", "agree, the SLA is dead")
    is not: it is grouped by that topic.
    """
    if not has_words(text):
        return False  # wordless: has_words already leaves it out
    found = [t for t in terms(text) if any(ch.isalnum() for ch in t) and t != "1"]
    content = [t for t in found if t not in _FILLER_TERMS]
    if not content:
        return True
    # "Agree w Tom", "+1 @ana": agreement and one name, nothing else.
    agrees = any(t in _AGREE_TERMS for t in terms(text)) or "+1" in text
    named = re.findall(r"(?:^|\s)@?([A-Z][\w'-]*)", text)
    return (
        agrees
        and len(words(text)) <= 5
        and len(content) == 1
        and content[0] in {stem(n.lower()) for n in named}
    )


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
