"""Undo commands for the engine's proposals: accept suggested themes (ApplySuggestions) and
accept proposed places for notes (PlaceNotes, live placement and "sort the rest").

Like the other theme commands (theme_commands.py) they call the store in `redo` and put
things back in `undo`; a theme a suggestion created is soft-deleted on undo and restored
(same id) on redo.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from roundtable.model import counted
from roundtable.store import Store
from ui.sensemaking.theme_commands import Placements, ThemeCommand, placements


class ApplySuggestions(ThemeCommand):
    """Accept suggested themes in one step: (label, note ids, existing theme id or None).

    Notes the facilitator placed by hand stay where they are (the store skips them).
    `selected_before`: the notes selected when the suggestions were accepted, selected
    again after an undo or a redo (not the moved cards: a next Ctrl+G or Delete took them all).
    """

    selected_before: list[int] = []  # noqa: RUF012 (read only; each step sets its own)

    def __init__(
        self,
        store: Store,
        round_id: int,
        groups: Sequence[tuple[str, Sequence[int], int | None]],
        text: str = "Accept suggested themes",
    ) -> None:
        super().__init__(text)
        self.store, self.round_id = store, round_id
        self.groups = [(label, list(ids), existing) for label, ids, existing in groups]
        self.before = placements(store, {n for _, ids, _ in self.groups for n in ids})
        self.created: list[int] = []
        self.after: Placements | None = None

    @classmethod
    def done_elsewhere(
        cls,
        store: Store,
        round_id: int,
        groups: Sequence[tuple[str, Sequence[int], int | None]],
        created: Sequence[int],
        before: Placements,
        text: str,
    ) -> ApplySuggestions:
        """The step for suggestions already stored (from the command line): its undo puts the
        notes back at `before` and deletes the `created` themes; its redo stores them again."""
        cmd = cls.__new__(cls)
        ThemeCommand.__init__(cmd, text)
        cmd.store, cmd.round_id = store, round_id
        cmd.groups = [(label, list(ids), existing) for label, ids, existing in groups]
        cmd.before, cmd.created = dict(before), list(created)
        cmd.after = placements(store, before)
        return cmd

    def do(self) -> None:
        if self.after is None:
            ids = self.store.apply_suggestions(self.round_id, self.groups)
            self.created = [
                tid
                for tid, (_, _, existing) in zip(ids, self.groups, strict=True)
                if existing is None
            ]
            self.after = placements(self.store, self.before)
            return
        for tid in self.created:
            self.store.restore_theme(tid)
        self.store.restore_placements(self.after)

    def undo_it(self) -> None:
        self.store.restore_placements(self.before)
        for tid in self.created:
            self.store.delete_theme(tid)

    def cards_to_show(self, undone: bool) -> list[int]:
        """The notes the suggestions moved (not those the store left where they were)."""
        after = self.after or {}
        return [nid for nid, place in self.before.items() if after.get(nid, place) != place]

    def selection_after(self, undone: bool) -> list[int]:
        return list(self.selected_before)

    def said_after(self, undone: bool) -> str:
        """How many notes the step moved and where they are now, for the status bar's
        "Undone: Accept suggested themes." (which said nothing of the 42 notes it moved)."""
        moved = self.cards_to_show(undone)
        if not undone:
            return (
                f"{counted(len(moved), 'note')} {_are(len(moved))} in the suggested themes again."
            )
        loose = sum(1 for nid in moved if self.before[nid][0] is None)
        back = len(moved) - loose
        parts = [f"{counted(loose, 'note')} {_are(loose)} ungrouped again"] if loose else []
        parts += [f"{counted(back, 'note')} {_are(back)} back in their themes"] if back else []
        return f"{' and '.join(parts)}." if parts else ""


def _are(count: int) -> str:
    return "is" if count == 1 else "are"


class PlaceNotes(ThemeCommand):
    """Accept proposed places: note id -> theme id (live placement and "sort the rest")."""

    def __init__(self, store: Store, places: Mapping[int, int], text: str = "") -> None:
        super().__init__(text or f"Place {counted(len(places), 'note')} in themes")
        self.store, self.places = store, dict(places)
        self.before = placements(store, self.places)

    def do(self) -> None:
        by_theme: dict[int, list[int]] = {}
        for nid, tid in self.places.items():
            by_theme.setdefault(tid, []).append(nid)
        for tid, ids in by_theme.items():
            self.store.assign_notes(ids, tid, placement="auto")

    def undo_it(self) -> None:
        self.store.restore_placements(self.before)

    def cards_to_show(self, undone: bool) -> list[int]:
        return list(self.places)
