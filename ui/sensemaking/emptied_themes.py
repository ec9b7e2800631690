"""What the status bar adds when notes moved out of a theme leave it with none: the theme
stays (on the board as "— 0 notes", in the votes and the minutes) until it is deleted, and
a drag that emptied it said nothing of that."""

from __future__ import annotations

from typing import Any


def themes_of(store: Any, note_ids: list[int]) -> set[int]:
    """The themes these notes are in now."""
    return {t for t in (store.note(n).theme_id for n in note_ids) if t is not None}


def left_empty(store: Any, theme_ids: set[int]) -> str:
    """ " “Content” has no notes left: select it in the Themes panel and press Del to delete
    it.", or "" when each of these themes still has notes (or is gone)."""
    if not theme_ids:
        return ""
    rounds = {store.theme(t).round_id for t in theme_ids}
    kept = {n.theme_id for r in rounds for n in store.notes(r)}
    shown = {t.id: t.label for r in rounds for t in store.themes(r)}
    empty = [shown[t] for t in sorted(theme_ids) if t in shown and t not in kept]
    if not empty:
        return ""
    if len(empty) == 1:
        return (
            f" “{empty[0]}” has no notes left: select it in the Themes panel and press Del to"
            " delete it."
        )
    names = ", ".join(f"“{label}”" for label in empty[:-1]) + f" and “{empty[-1]}”"
    return (
        f" {names} have no notes left: select them in the Themes panel and press Del to"
        " delete them."
    )
