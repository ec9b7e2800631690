"""Merging themes (Ctrl+M), for the theme controller: which themes, which name stays, and
what the status bar says.

ThemeController mixes this in; it expects window, store, list (the Themes panel's list) and
_push (an undo command pushed, False when refused).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtWidgets import QInputDialog

from roundtable.model import counted
from roundtable.store.board import MAX_VOTES
from ui.sensemaking.theme_commands import MergeThemes


class MergeControl:
    """Ctrl+M in the Themes panel or on the board."""

    window: Any
    store: Any
    list: Any
    _push: Any

    def merge_selected(self, *, in_panel: bool = False) -> None:
        """Ctrl+M: merge the themes selected in the panel, or, pressed on the board, the
        themes of the selected notes (from the board it merged two themes Ctrl-clicked in
        the panel long before, not those of the cards the facilitator had just selected)."""
        ids = self.list.selected_theme_ids()
        under = [self.store.note(n).theme_id for n in self.window.selected_note_ids()]
        of_notes = [t for t in dict.fromkeys(under) if t is not None]
        if of_notes and not (in_panel or self.list.hasFocus()):
            ids = of_notes
        elif len(ids) < 2:
            ids = of_notes or ids
        chosen = len(ids) == 1  # "Merge X into:" names the theme that stays
        if chosen:
            ids = self._ask_merge_partner(ids[0])
        if len(ids) < 2:
            self.window.show_status("Select two themes to merge (Ctrl-click in the Themes panel).")
            return
        # Otherwise the name to keep is one the facilitator typed (a renamed theme), else the
        # first's: a hand-given name used to vanish when it was not the first selected.
        renamed = self.store.renamed_themes(ids)
        keep = ids[0] if chosen else next((t for t in ids if t in renamed), ids[0])
        others = [t for t in ids if t != keep]
        gone = [self.store.theme(t).label for t in others]
        capped = self.store.votes_over_cap(ids)
        self._push(MergeThemes(self.store, keep, *others))
        cut = (
            f" {' and '.join(f.capitalize() for f in capped)} votes added up past"
            f" {MAX_VOTES:,} and stop there."
            if capped
            else ""
        )
        self.window.show_status(
            f"Merged {', '.join(f'“{g}”' for g in gone)} into “{self.store.theme(keep).label}”"
            f" (F2 renames it, Ctrl+Z undoes).{cut}"
        )
        # The merged theme is the panel's current row, with the keyboard: F2 renames it.
        item = self.list.item_for(keep)
        if item is not None:
            self.list.setCurrentItem(item)
            self.list.setFocus()

    def _ask_merge_partner(self, theme_id: int) -> list[int]:
        rid = self.store.theme(theme_id).round_id
        others = [t for t in self.store.themes(rid) if t.id != theme_id]
        if not others:
            return [theme_id]
        # Each with its notes' count, and numbered where two share a name: picked by its
        # name alone, the first of two themes called "Pay plans" was always the one merged.
        names = Counter(t.label for t in others)
        seen: Counter[str] = Counter()
        sizes = Counter(n.theme_id for n in self.store.notes(rid))
        choices: dict[str, int] = {}
        for t in others:
            seen[t.label] += 1
            tag = f" ({seen[t.label]})" if names[t.label] > 1 else ""
            count = counted(sizes[t.id], "note")
            choices[f"{t.label}{tag} · {count}"] = t.id
        label, ok = QInputDialog.getItem(
            self.window,
            "Merge themes",
            f"Merge “{self.store.theme(theme_id).label}” into:",
            list(choices),
            0,
            False,
        )
        if not ok or label not in choices:
            return [theme_id]
        return [choices[label], theme_id]
