"""The Themes panel's requests, for the theme controller: a theme renamed in place (F2), the
selected themes deleted (Del) and a theme moved up or down (Alt+Shift+Up/Down), each said in
the status bar.

ThemeController mixes this in; it expects window, store, list (the Themes panel's list),
refresh, _naming (the theme whose name editor opened by itself) and _push (an undo command
pushed, False when refused).
"""

from __future__ import annotations

from typing import Any

from roundtable.model import counted
from ui.sensemaking.theme_commands import DeleteTheme, MoveTheme, RenameTheme
from ui.sensemaking.theme_name_kept import too_long
from ui.windows.window_actions import as_typed


class PanelRequests:
    """Rename, delete and move, as the Themes panel asks."""

    window: Any
    store: Any
    list: Any
    refresh: Any
    _naming: int | None
    _push: Any

    def rename(self, theme_id: int, label: str) -> None:
        before = self.store.theme(theme_id).label
        naming, self._naming = theme_id == self._naming, None
        if label and label != before and not too_long(self, theme_id, label):
            self._push(RenameTheme(self.store, theme_id, label, naming=naming))
        self.refresh()  # a refused or empty name shows the stored one again
        after = self.store.theme(theme_id).label
        # Two rows of one name stood in the panel, the votes and the minutes without a word,
        # where the facilitator most likely meant the two themes to be one.
        shared = (
            ", as another theme of this round is called: select both in the Themes panel and"
            " press Ctrl+M to make them one"
            if after != before and self._name_taken(theme_id, after)
            else ""
        )
        if "type a name" in self.window.statusBar().currentMessage():
            # The "type a name" prompt is answered: it must not stay up as if it were not.
            self.window.show_status(f"Theme named “{after}”{shared}.")
        elif shared:
            self.window.show_status(
                f"Theme renamed “{after}”{shared} (Ctrl+Z takes the old name back)."
            )
        elif after != before:
            # Said whenever the name changed: the status still showed "Merged ..." after F2.
            self.window.show_status(f"Theme renamed “{after}” (Ctrl+Z takes the old name back).")

    def _name_taken(self, theme_id: int, label: str) -> bool:
        """Whether another theme of the round has this name (in any case)."""
        round_id = self.store.theme(theme_id).round_id
        same = label.strip().casefold()
        return any(
            t.id != theme_id and t.label.strip().casefold() == same
            for t in self.store.themes(round_id)
        )

    def delete(self, theme_ids: list[int]) -> None:
        """Del in the panel: the selected themes go in one step, and the status bar says
        which and where their notes went (it said nothing: a theme vanished from the room's
        wall without a word)."""
        if not theme_ids:
            return
        order = self.list.theme_ids()
        labels = [self.store.theme(t).label for t in theme_ids]
        notes = sum(
            1
            for n in self.store.notes(self.store.theme(theme_ids[0]).round_id)
            if n.theme_id in set(theme_ids)
        )
        if not self._push(DeleteTheme(self.store, *theme_ids)):
            return
        names = " and ".join(f"“{as_typed(label)}”" for label in labels)
        back = f", {counted(notes, 'note')} back in Ungrouped" if notes else ""
        self.window.show_status(f"Deleted {names}{back} (Ctrl+Z undoes).")
        # The keyboard stays on a theme (the next below, else above): with no current row
        # the next Del or F2 in the panel did nothing.
        left = [t for t in order if t not in theme_ids]
        after = [t for t in order[order.index(theme_ids[0]) :] if t in left]
        nearest = after[0] if after else (left[-1] if left else None)
        item = self.list.item_for(nearest) if nearest is not None else None
        if item is not None:
            self.list.setCurrentItem(item)

    def move(self, theme_id: int, position: int) -> None:
        if self._push(MoveTheme(self.store, theme_id, position)):
            label = self.store.theme(theme_id).label
            count = len(self.store.themes(self.store.theme(theme_id).round_id))
            self.window.show_status(f"“{label}” is theme {position} of {count} (Ctrl+Z undoes).")
        item = self.list.item_for(theme_id)
        if item is not None:
            self.list.setCurrentItem(item)
