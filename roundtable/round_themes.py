"""What the theme engine needs for one round of a session, read from the store as plain data.

Both the CLI (`roundtable themes`) and the app's "Suggest themes" button ask the same
question of a round: its live notes, the themes the facilitator already made with the notes
placed by hand (those never move), the template's hints for this question, and the note
vectors already stored. `RoundInput` holds exactly that, so the clustering can run on another
thread without touching the store.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, field

from roundtable.model import Round
from roundtable.store import Store
from roundtable.templates import (
    AGENDA_LANGUAGES,
    Template,
    TemplateError,
    ThemeHint,
    get_template,
)


@dataclass(frozen=True)
class RoundInput:
    """Plain data for `roundtable.clustering.suggest_themes` on one round."""

    round_id: int
    notes: tuple[tuple[int, str], ...]
    pinned: dict[int, tuple[str, tuple[int, ...]]] = field(default_factory=dict)
    hints: tuple[ThemeHint, ...] = ()
    vectors: dict[int, bytes] = field(default_factory=dict)
    question: str = ""  # the round's title and prompt (its words name no theme)
    names: tuple[str, ...] = ()  # the roster's names (nor do they)


@functools.lru_cache(maxsize=8)
def known_template(name: str) -> Template | None:
    """The named template, read once per process (None when missing or broken): for the
    hints here and the round dialog's question bank."""
    try:
        return get_template(name)
    except TemplateError:
        return None


def round_hints(template_name: str | None, rnd: Round, round_count: int) -> tuple[ThemeHint, ...]:
    """The template's hints for this round: matched by title (a round of the template, or one
    of its spare questions by title or question, in any of the template's languages), else
    by position when the title or the question is still close to the template round's there.

    A session whose agenda was edited may have rounds the template does not know; those
    get no hints (the engine then groups openly), and so does a missing or broken template.
    """
    template = known_template(template_name) if template_name else None
    if template is None:
        return ()
    # Each title and question in every language the template gives: a session whose agenda
    # is in German has "Warum es hakt" where the template says "Why it's broken".
    title = rnd.title.strip().casefold()
    for candidate in template.rounds:
        if title in _folded(candidate.texts("title")):
            return candidate.hints
    # A spare question swapped into the agenda brings its own hints.
    prompt = rnd.prompt.strip().casefold()
    for candidate in template.questions:
        if title in _folded(candidate.texts("title")) or (
            prompt and prompt in _folded(candidate.texts("prompt"))
        ):
            return candidate.hints
    if len(template.rounds) == round_count and 1 <= rnd.position <= round_count:
        # Same place in an agenda of the same shape: the template's round, renamed ("Why
        # it's broken" -> "Blockers") or reworded, as long as it still asks about the same
        # thing. A question replaced outright ("Where do we lose deals after the demo?")
        # got the old question's hints, and its notes were forced into them.
        same_place = template.rounds[rnd.position - 1]
        if any(_close(rnd.title, t) for t in same_place.texts("title")) or any(
            _close(rnd.prompt, p) for p in same_place.texts("prompt")
        ):
            return same_place.hints
    return ()


def agenda_language(template: Template, rounds: Sequence[Round]) -> str:
    """The language a session's agenda was made in from `template`: the one whose round
    titles most of its rounds carry ("de" for "Warum es hakt"); English on a tie or none."""
    titles = {r.title.strip().casefold() for r in rounds}

    def matched(language: str) -> int:
        return len(titles & _folded(tuple(r.title for r in template.in_language(language).rounds)))

    return max(AGENDA_LANGUAGES, key=matched)  # English comes first, so wins a tie


def _folded(texts: tuple[str, ...]) -> set[str]:
    return {t.strip().casefold() for t in texts}


def _close(ours: str, theirs: str) -> bool:
    """Whether two titles or questions share at least half the content words of the shorter."""
    # Here, not at the top: the clustering package brings numpy and scipy, and every
    # `roundtable` command (`roundtable info` too) took 0.8 s more to start for them.
    from roundtable.clustering.tfidf import terms

    a, b = set(terms(ours)), set(terms(theirs))
    return bool(a and b) and len(a & b) * 2 >= min(len(a), len(b))


def round_input(store: Store, round_id: int, model: str | None = None) -> RoundInput:
    """Read one round's notes, hand-made themes, hints and (if `model`) stored vectors."""
    rnd = store.round(round_id)
    notes = store.notes(round_id)
    pinned: dict[int, tuple[str, tuple[int, ...]]] = {}
    for theme in store.themes(round_id):
        # Every note already in a theme stays there, as in the app: placed by hand or in a
        # suggestion the facilitator accepted, it is theirs (a theme with one hand-placed
        # note let the others, accepted earlier, be moved out by `themes --apply`).
        pinned[theme.id] = (theme.label, tuple(n.id for n in notes if n.theme_id == theme.id))
    vectors = store.note_vectors(model, [n.id for n in notes]) if model else {}
    return RoundInput(
        round_id=round_id,
        notes=tuple((n.id, n.text) for n in notes),
        pinned=pinned,
        hints=round_hints(store.session().template, rnd, len(store.rounds())),
        vectors=vectors,
        question=f"{rnd.title}. {rnd.prompt}",
        names=tuple(p.name for p in store.participants()),
    )
