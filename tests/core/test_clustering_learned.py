"""The classifier fitted on a round's hint texts (roundtable.clustering.learned).

Vectors here are written by hand in three dimensions, so the geometry is plain: no model.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from roundtable.clustering import learned
from roundtable.clustering.placement import match_hints


@dataclass(frozen=True)
class Hint:
    label: str
    description: str = ""
    phrases: tuple[str, ...] = field(default_factory=tuple)


def unit(*xs: float) -> np.ndarray:
    v = np.array(xs, dtype=np.float32)
    return v / np.linalg.norm(v)


# Hint "Pricing" says its phrases around the first axis; "Handover" around the second, with
# one phrase that strays far towards the first.
SPACE = {
    "Pricing. Discounts": unit(1, 0.05, 0),
    "discount approvals": unit(1, 0.2, 0),
    "price list outdated": unit(1, -0.2, 0),
    "quotes take forever": unit(1, 0, 0.2),
    "margin squeeze": unit(1, 0, -0.2),
    "Handover. Passing leads": unit(0.05, 1, 0),
    "leads passed late": unit(0.2, 1, 0),
    "nobody calls back": unit(-0.2, 1, 0),
    "lost in the CRM": unit(0, 1, 0.2),
    "deal desk paperwork": unit(0.8, 0.6, 0),  # the stray phrase
    "note": unit(0.85, 0.5, 0),
}
HINTS = [
    Hint(
        "Pricing",
        "Discounts",
        ("discount approvals", "price list outdated", "quotes take forever", "margin squeeze"),
    ),
    Hint(
        "Handover",
        "Passing leads",
        ("leads passed late", "nobody calls back", "lost in the CRM", "deal desk paperwork"),
    ),
]


def fake_embed(texts):
    return np.array([SPACE[t] for t in texts], dtype=np.float32)


def test_a_note_near_one_stray_phrase_goes_to_the_hint_whose_side_it_is_on() -> None:
    notes = ["note"]
    vectors = fake_embed(notes)
    # Closest single text: the stray "deal desk paperwork" of Handover.
    (closest,) = match_hints(notes, vectors, HINTS, fake_embed, learned=False)
    assert HINTS[closest.theme].label == "Handover"
    # Every Pricing text points the note's way, so the classifier puts it with Pricing.
    (place,) = match_hints(notes, vectors, HINTS, fake_embed)
    assert HINTS[place.theme].label == "Pricing"
    assert place.score == closest.score  # whether it matches at all is decided as before


def test_a_note_that_matches_no_hint_stays_unmatched() -> None:
    far = {"far away": unit(0, 0, 1)}
    SPACE.update(far)
    try:
        places = match_hints(["far away"], fake_embed(["far away"]), HINTS, fake_embed)
    finally:
        del SPACE["far away"]
    assert places[0].theme is None


def test_leanings_are_high_for_the_hint_a_text_belongs_to_and_repeatable() -> None:
    parts = [t for t in SPACE if t != "note"]
    owners = [0] * 5 + [1] * 5
    vectors = fake_embed(parts)
    first = learned.hint_leanings(vectors, parts, vectors, owners, 2)
    assert first.shape == (10, 2)
    # Each text leans to its own hint, except the stray phrase, which sits on Pricing's side.
    stray = parts.index("deal desk paperwork")
    kept = [i for i in range(10) if i != stray]
    assert [int(first[i].argmax()) for i in kept] == [owners[i] for i in kept]
    assert int(first[stray].argmax()) == 0
    assert np.all(first[kept].max(axis=1) > 0.5)
    again = learned.hint_leanings(vectors, parts, vectors, owners, 2)
    assert np.array_equal(first, again)
    # Fewer than two hints, or no notes: nothing to tell apart.
    assert learned.hint_leanings(vectors[:0], parts, vectors, owners, 2).shape == (0, 2)
    assert learned.hint_leanings(vectors, parts[:5], vectors[:5], [0] * 5, 1).shape == (10, 1)
