"""What Suggest themes and Sort the rest say: the undo step's name for what was accepted,
the reason shown for notes sorted into a theme, and theme names made unique as the
engine's keys. Plain functions of plain data (suggestions.py uses them)."""

from __future__ import annotations

from collections.abc import Callable

from roundtable.model import counted
from ui.sensemaking.suggestion_preview import ProposedGroup

# The undo step's name from what was accepted ((label, note ids, theme id) each) out of what
# the preview offered: every accept was "Accept suggested themes" in Edit > Undo, whether all
# six themes went in or two.
Naming = Callable[[list[tuple[str, list[int], int | None]], list[ProposedGroup]], str]


def accepted_name(chosen: list[tuple[str, list[int], int | None]], offered: list) -> str:
    """ "Accept 6 suggested themes", or "Accept 2 of 6 suggested themes"."""
    themes = counted(len(offered), "suggested theme")
    return (
        f"Accept {themes}" if len(chosen) >= len(offered) else f"Accept {len(chosen)} of {themes}"
    )


def sorted_name(chosen: list[tuple[str, list[int], int | None]], offered: list) -> str:
    """ "Sort 7 notes into themes", or "Sort 5 of 7 notes into themes" (places proposed)."""
    placed = sum(len(ids) for _, ids, _ in chosen)
    proposed = sum(len(g.new_note_ids) for g in offered)
    notes = counted(proposed, "note")
    return (
        f"Sort {notes} into themes"
        if placed >= proposed
        else f"Sort {placed} of {notes} into themes"
    )


def sort_reason(label: str, has_notes: bool, hint: str | None) -> str:
    """Why notes were sorted into a theme: its notes (or its name) and the template theme
    that sorting also judged it by ("Theme 1" begun with two notes on pay is also judged
    by "Compensation and incentives")."""
    reason = (
        f"Closest to the notes already in “{label}”."
        if has_notes
        else f"Close to the name “{label}” (the theme has no notes yet)."
    )
    if hint and hint.strip().lower() != label.strip().lower():
        reason += f" Judged with the template theme “{hint}”, which its notes or name match."
    return reason


def unique_names(labels: list[str]) -> list[str]:
    """Theme names as keys for the engine: the same label twice gets a number, one that no
    theme has ("X", "X", "X (2)" gave "X (2)" twice, and one theme dropped out)."""
    taken: set[str] = set()
    out = []
    for label in labels:
        name, n = label, 1
        while name in taken:
            n += 1
            name = f"{label} ({n})"
        taken.add(name)
        out.append(name)
    return out


def wordless_words(texts: list[str]) -> str:
    """What Sort the rest says when the only notes left have no words to sort by."""
    if len(texts) == 1:
        return (
            "The ungrouped note has no words to sort by (emoji, “+1”): place it by hand"
            " (Ctrl+G) or leave it."
        )
    return (
        f"The {len(texts)} ungrouped notes have no words to sort by (emoji, “+1”): place them"
        " by hand (Ctrl+G) or leave them."
    )
