"""A new theme's starting name, from its notes' own words (Ctrl+G; the facilitator renames
it there and then), or "Theme N" when no words name it."""

from __future__ import annotations

from typing import Any


def default_label(store: Any, round_id: int, note_ids: list[int]) -> str:
    """A starting name for a new theme, from its notes' own words (the facilitator renames)."""
    notes = store.notes(round_id)
    taken = [t.label for t in store.themes(round_id)]
    try:
        from roundtable.clustering.labels import make_label, round_words

        rows = [i for i, n in enumerate(notes) if n.id in set(note_ids)]
        label = make_label(rows, round_words([n.text for n in notes]), taken)
        if label.strip():
            return label[:80]
    except Exception:  # noqa: BLE001 (a missing label only costs a generic name)
        pass
    number = len(taken) + 1
    while f"Theme {number}" in taken:
        number += 1
    return f"Theme {number}"
