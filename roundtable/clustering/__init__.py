"""Offline theme suggestion: group a round's sticky notes into themes a facilitator can trust.

Three calls cover the app and the evaluation scripts; all are deterministic, need no network,
and accept any text (empty, emoji, very long, any language):

* `cluster_texts(texts, template=None) -> list[int]`: one theme id per text.
* `sort_into_themes(texts, themes, template=None) -> list[str | None]`: for each text the
  facilitator's theme (name -> notes already in it) it most likely belongs to, or None.
* `suggest_themes(notes, pinned=..., hints=..., vectors=...) -> list[SuggestedTheme]`: the
  "Suggest themes" button. Example for a CLI or the app, with plain data::

      from roundtable.clustering import suggest_themes
      themes = suggest_themes(
          [(n.id, n.text) for n in notes],
          pinned={t.id: (t.label, [n.id for n in notes if n.theme_id == t.id
                                   and n.placement == "manual"]) for t in round_themes},
          hints=template.rounds[i].hints,
          vectors=store.note_vectors(MODEL_NAME, [n.id for n in notes]),
      )
      store.apply_suggestions(round_id, [(s.label, s.note_ids, s.existing_theme_id)
                                         for s in themes])

Similarity mixes TF-IDF and all-MiniLM-L6-v2 sentence vectors computed in numpy
(`embed_texts`, `semantic_available`, `vector_to_bytes`/`vector_from_bytes` for keeping a
vector per note in the store under `MODEL_NAME`); without the model files everything falls
back to TF-IDF on its own.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from types import MappingProxyType

from .embed import (
    MODEL_NAME,
    SemanticUnavailable,
    embed_texts,
    load_model,
    semantic_available,
    vector_from_bytes,
    vector_kind,
    vector_to_bytes,
)
from .filler import has_words, says_only_agreement
from .hints import HintLike, fitting_hints
from .placement import SURE_SCORE, hints_of_themes, sort_notes
from .second import round_vectors
from .suggest import SuggestedTheme, note_vectors, suggest_themes

__all__ = [
    "MODEL_NAME",
    "SemanticUnavailable",
    "SuggestedTheme",
    "cluster_texts",
    "embed_texts",
    "load_model",
    "semantic_available",
    "sort_into_themes",
    "sort_with_sureness",
    "suggest_themes",
    "template_hints",
    "template_rounds",
    "theme_hints",
    "vector_from_bytes",
    "vector_to_bytes",
]


def template_rounds(template: str | None) -> list[list[HintLike]]:
    """The theme hints of each round and spare question of a named session template ([] when
    the template is unknown)."""
    if not template:
        return []
    try:
        from roundtable.templates import get_template

        tpl = get_template(template)
    except Exception:  # an unknown or broken template only means: no hints
        return []
    asked = (*getattr(tpl, "rounds", ()), *getattr(tpl, "questions", ()))
    return [list(getattr(rnd, "hints", ())) for rnd in asked]


def template_hints(template: str | None) -> list[HintLike]:
    """All theme hints of a named session template (every round), or [] when unknown."""
    hints: list[HintLike] = []
    seen: set[str] = set()
    for round_hints in template_rounds(template):
        for hint in round_hints:
            if hint.label.lower() not in seen:
                seen.add(hint.label.lower())
                hints.append(hint)
    return hints


def cluster_texts(texts: Sequence[str], *, template: str | None = None) -> list[int]:
    """Group texts into themes; returns one theme id (0, 1, ...) per text, in input order.

    Args:
        texts: the notes (any strings).
        template: a session template name. The notes' round is not known, so the round
            whose hints fit them best is found; its hints are used when they clearly fit
            (nearly all of them gather notes), otherwise the notes are grouped openly.
    """
    texts = [str(t or "") for t in texts]
    with round_vectors(texts):
        return _cluster(texts, template)


def _cluster(texts: list[str], template: str | None) -> list[int]:
    rounds = template_rounds(template)
    hints: list[HintLike] = []
    stored = None
    if rounds and texts:
        vectors = note_vectors(texts)
        stored = dict(enumerate(vectors)) if vectors is not None else None
        embedder = embed_texts if vectors is not None else None
        hints = fitting_hints(texts, vectors, rounds, embedder)
    themes = suggest_themes(list(enumerate(texts)), hints=hints, vectors=stored)
    # Notes without a word are in no suggested theme: together, they are one more.
    labels = [len(themes)] * len(texts)
    for number, theme in enumerate(themes):
        for i in theme.note_ids:
            labels[i] = number
    # Number themes in order of their first note so ids do not depend on group sizes.
    mapping: dict[int, int] = {}
    return [mapping.setdefault(x, len(mapping)) for x in labels]


def sort_into_themes(
    texts: Sequence[str],
    themes: Mapping[str, Sequence[str]],
    *,
    template: str | None = None,
    hints: Sequence[HintLike] | None = None,
) -> list[str | None]:
    """For each text, the theme it most likely belongs to, or None when unsure.

    Args:
        texts: notes to place.
        themes: theme name -> texts of the notes already in it (even none: the name then
            speaks for the theme; placeholder names such as "Theme 3" are ignored).
        template: a session template name; a theme named like one of its hints (the same
            label, or clearly the same topic) also matches that hint's description and
            phrases.
        hints: the hints to match instead of all of the template's (the app gives the
            round's own, so "Pay plans" is not judged by a spare question's "A joint
            account plan").

    Each theme is judged by its notes, its name and its matching hint, in a similarity
    space centred on the notes given (so words every note shares do not decide); a text
    gets None when it leans to no theme more than to the round as a whole, or when the
    two best themes tie.
    """
    return [name for name, _ in sort_with_sureness(texts, themes, template=template, hints=hints)]


def sort_with_sureness(
    texts: Sequence[str],
    themes: Mapping[str, Sequence[str]],
    *,
    template: str | None = None,
    hints: Sequence[HintLike] | None = None,
) -> list[tuple[str | None, bool]]:
    """sort_into_themes, and for each text placed whether the place is a sure one.

    A place is sure when the note leans to its theme by more than SURE_SCORE over the round
    as a whole ("Sort the rest" proposes the others unticked). Without the sentence model
    (TF-IDF alone) the same bar holds: in the app's usual case its places scored 0.10-0.14
    were right 46-53% of the time and those above 0.14 71% (566 on the 22 tuned files; 136
    at 0.71 on fresh20-23), where every place counted as sure: 37% right.
    """
    texts = [str(t or "") for t in texts]
    names = list(themes)
    # "😬" and "+1" go nowhere: nothing in them says which theme.
    worded = [i for i, t in enumerate(texts) if has_words(t) and not says_only_agreement(t)]
    out: list[tuple[str | None, bool]] = [(None, False)] * len(texts)
    if not worded or not names:
        return out
    given = _given(themes)
    with round_vectors([*texts, *(t for _, notes in given for t in notes)]):
        return _sort(texts, names, worded, given, template, hints)


def _sort(
    texts: list[str],
    names: list[str],
    worded: list[int],
    given: tuple[tuple[str, tuple[str, ...]], ...],
    template: str | None,
    hints: Sequence[HintLike] | None,
) -> list[tuple[str | None, bool]]:
    out: list[tuple[str | None, bool]] = [(None, False)] * len(texts)
    used = tuple(template_hints(template) if hints is None else hints)
    places = sort_notes(
        [texts[i] for i in worded],
        list(given),
        used,
        embed=note_vectors,
        matched=_hints_of(given, used, vector_kind()),
    )
    for i, p in zip(worded, places, strict=True):
        if p.theme is not None:
            out[i] = (names[p.theme], p.score > SURE_SCORE)
    return out


def theme_hints(
    themes: Mapping[str, Sequence[str]],
    *,
    template: str | None = None,
    hints: Sequence[HintLike] | None = None,
    texts: Sequence[str] = (),
) -> dict[str, str]:
    """Theme name -> the label of the template hint that sort_into_themes also judges that
    theme by (its name names the hint, or its notes match it); themes with none are left
    out. For saying why a note was sorted where it was: give the texts sorted (`texts`) so
    the round is read as sort_into_themes read it."""
    hints = tuple(template_hints(template) if hints is None else hints)
    names = list(themes)
    if not hints or not names:
        return {}
    given = _given(themes)
    texts = [str(t or "") for t in texts]
    with round_vectors([*texts, *(t for _, notes in given for t in notes)]) as kind:
        matched = _hints_of(given, tuple(hints), kind)
    return {names[k]: hints[h].label for k, h in matched.items()}


def _given(themes: Mapping[str, Sequence[str]]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((name, tuple(str(t or "") for t in notes)) for name, notes in themes.items())


@functools.lru_cache(maxsize=8)
def _hints_of(
    themes: tuple[tuple[str, tuple[str, ...]], ...], hints: tuple[HintLike, ...], kind: str
) -> Mapping[int, int]:
    """hints_of_themes for sort_into_themes and theme_hints, which "Sort the rest" asks one
    after the other about the same themes: matched once (about 110 ms for three themes).
    Kept by the hints themselves, not the template's name: an edited template is new; and by
    the kind of vectors (embed.vector_kind()) they were matched with."""
    return MappingProxyType(hints_of_themes(themes, hints, embed=note_vectors))
