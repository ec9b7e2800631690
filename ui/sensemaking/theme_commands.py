"""Undo commands for themes: group, ungroup, rename, merge, delete, reorder (accepting
suggestions is in suggestion_commands.py).

Each command calls the store in `redo` and puts things back in `undo`; the board and the
theme list follow the store's change events. A theme a command created is soft-deleted on
undo and restored (same id) on redo, so later commands on the stack still find it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager, nullcontext

from PySide6.QtGui import QUndoCommand

from roundtable.model import FUNCTIONS, counted
from roundtable.store import Store
from ui.commands import brief

Placements = dict[int, tuple[int | None, str | None]]

# A theme started by hand and the name typed for it right after are one undo step.
_START_THEME_ID = 6101


def started(label: str) -> str:
    """The undo step's name for a theme started by hand."""
    return f"Start theme “{brief(label)}”"


def placements(store: Store, note_ids: Iterable[int]) -> Placements:
    """Where each note is now (theme id, placement), to put it back on undo.

    Reads the notes' round in one query (a command's notes share a round) rather than
    one query per note: accepting 150 suggestions reads this twice.
    """
    ids = list(note_ids)
    if not ids:
        return {}
    known = {n.id: n for n in store.notes(store.note(ids[0]).round_id)}
    out: Placements = {}
    for nid in ids:
        note = known.get(nid) or store.note(nid)
        out[nid] = (note.theme_id, note.placement)
    return out


class ThemeCommand(QUndoCommand):
    """Base: runs redo/undo inside `batch()` (the window's StoreSignals.batch), so views
    redraw once per command rather than once per note moved."""

    batch: Callable[[], AbstractContextManager[None]] = nullcontext

    def redo(self) -> None:
        with self.batch():
            self.do()

    def undo(self) -> None:
        with self.batch():
            self.undo_it()

    def do(self) -> None:
        raise NotImplementedError

    def undo_it(self) -> None:
        raise NotImplementedError


class GroupNotes(ThemeCommand):
    """Put notes into a theme by hand; with theme_id None a new theme is made for them.

    The name typed for a new theme right after (a RenameTheme `naming` it) joins this step:
    Ctrl+Z took the name back first and left the theme, so starting a theme took two."""

    def __init__(
        self,
        store: Store,
        round_id: int,
        note_ids: Sequence[int],
        theme_id: int | None = None,
        label: str = "",
    ) -> None:
        # "Put 1 note into “Greek”" says where.
        if theme_id is not None:
            into = f" into “{store.theme(theme_id).label}”"
            super().__init__(f"Put {counted(len(note_ids), 'note')}{into}")
        else:
            super().__init__(started(label))
        self.store, self.round_id, self.note_ids = store, round_id, list(note_ids)
        self.theme_id, self.label = theme_id, label
        self.created = theme_id is None
        self.before = placements(store, note_ids)
        self._done_once = False

    def id(self) -> int:  # noqa: A003 (Qt's name)
        return _START_THEME_ID if self.created else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt name)
        """Take in the new theme's name typed right after (see the class docstring)."""
        if not (
            isinstance(other, RenameTheme)
            and vars(other).get("naming", False)
            and other.theme_id == self.theme_id
        ):
            return False
        self.label = other.label
        self.setText(started(other.label))
        return True

    def do(self) -> None:
        if self.created and not self._done_once:
            theme = self.store.add_theme(self.round_id, self.label, note_ids=self.note_ids)
            self.theme_id = theme.id
        else:
            assert self.theme_id is not None
            if self.created:
                self.store.restore_theme(self.theme_id)
            self.store.assign_notes(self.note_ids, self.theme_id, placement="manual")
        self._done_once = True

    def undo_it(self) -> None:
        self.store.restore_placements(self.before)
        if self.created:
            assert self.theme_id is not None
            self.store.delete_theme(self.theme_id)

    def cards_to_show(self, undone: bool) -> list[int]:
        """The notes grouped (in their theme) or back where they were (see ui.windows.stepped)."""
        return self.note_ids


class UngroupNotes(ThemeCommand):
    """Take notes out of their themes (they become ungrouped)."""

    def __init__(self, store: Store, note_ids: Sequence[int]) -> None:
        super().__init__(f"Take {counted(len(note_ids), 'note')} out of their theme")
        self.store, self.note_ids = store, list(note_ids)
        self.before = placements(store, note_ids)

    def do(self) -> None:
        self.store.assign_notes(self.note_ids, None)

    def undo_it(self) -> None:
        self.store.restore_placements(self.before)

    def cards_to_show(self, undone: bool) -> list[int]:
        return self.note_ids


class RenameTheme(ThemeCommand):
    """Rename a theme; it becomes the facilitator's (origin manual) until undone.

    `naming`: the name typed for a theme just started by hand, which joins that step."""

    def __init__(self, store: Store, theme_id: int, label: str, *, naming: bool = False) -> None:
        old = store.theme(theme_id)
        # Cut short: an 80-character name filled the status bar's "Undone: …" line twice.
        super().__init__(f"Rename “{brief(old.label)}” to “{brief(label)}”")
        self.store, self.theme_id, self.label = store, theme_id, label
        self.old_label, self.old_origin = old.label, old.origin
        self.naming = naming

    def id(self) -> int:  # noqa: A003 (Qt's name)
        return _START_THEME_ID if vars(self).get("naming", False) else -1

    def do(self) -> None:
        self.store.rename_theme(self.theme_id, self.label)

    def undo_it(self) -> None:
        self.store.rename_theme(self.theme_id, self.old_label)
        if self.old_origin != "manual":
            self.store.set_theme_origin(self.theme_id, self.old_origin)

    def themes_to_show(self, undone: bool) -> list[int]:
        return [self.theme_id]


class MergeThemes(ThemeCommand):
    """Move every note of the other themes into `keep_id` and remove them (votes add up).

    Several themes merge in one command, so one transaction: as a macro of one command per
    theme, a crash or a full disk between two of them left the merge half done.
    """

    def __init__(self, store: Store, keep_id: int, other_id: int, *more: int) -> None:
        # "Merge 2 themes" in Edit > Undo and "Undone: Merge 2 themes." did not say which.
        gone = ", ".join(f"“{brief(store.theme(t).label)}”" for t in (other_id, *more))
        super().__init__(f"Merge {gone} into “{brief(store.theme(keep_id).label)}”")
        self.store, self.keep_id, self.other_id = store, keep_id, other_id
        self.more = list(more)
        gone = set(self.others)
        members = [n.id for n in store.notes(store.theme(other_id).round_id)]
        self.before = {
            nid: place for nid, place in placements(store, members).items() if place[0] in gone
        }
        self.keep_votes = store.theme_votes(keep_id)

    @property
    def others(self) -> list[int]:
        # (A merge kept in a file's undo history before several could merge has no "more".)
        return [self.other_id, *vars(self).get("more", [])]

    def do(self) -> None:
        for other in self.others:
            self.store.merge_themes(self.keep_id, other)

    def undo_it(self) -> None:
        for other in reversed(self.others):
            self.store.restore_theme(other)
        self.store.restore_placements(self.before)
        now = self.store.theme_votes(self.keep_id)
        for function in FUNCTIONS:
            if now[function] != self.keep_votes[function]:
                self.store.set_votes(self.keep_id, function, self.keep_votes[function])

    def cards_to_show(self, undone: bool) -> list[int]:
        """The notes that moved: back in their own themes, or in the kept one."""
        return list(self.before)

    def themes_to_show(self, undone: bool) -> list[int]:
        """Undone: the kept theme and the ones brought back; redone: the kept theme."""
        return [self.keep_id, *self.others] if undone else [self.keep_id]


class DeleteTheme(ThemeCommand):
    """Remove themes; their notes return to ungrouped (undo puts them back as they were).

    Several themes selected in the panel go in one command (one Del, one Ctrl+Z): as one
    command per theme, Ctrl+Z brought back only the last, and the others stayed deleted.
    """

    def __init__(self, store: Store, theme_id: int, *more: int) -> None:
        labels = [store.theme(t).label for t in (theme_id, *more)]
        what = (
            f"theme “{labels[0]}”"
            if not more
            else f"themes {', '.join(f'“{label}”' for label in labels)}"
        )
        super().__init__(f"Delete {what}")
        self.store, self.theme_id = store, theme_id
        self.more = list(more)
        gone = set(self.theme_ids)
        members = [n.id for n in store.notes(store.theme(theme_id).round_id)]
        self.before = {
            nid: place for nid, place in placements(store, members).items() if place[0] in gone
        }

    @property
    def theme_ids(self) -> list[int]:
        # (A deletion kept in a file's undo history before several could go has no "more".)
        return [self.theme_id, *vars(self).get("more", [])]

    def do(self) -> None:
        for theme_id in self.theme_ids:
            self.store.delete_theme(theme_id)

    def undo_it(self) -> None:
        for theme_id in reversed(self.theme_ids):
            self.store.restore_theme(theme_id)
        self.store.restore_placements(self.before)

    def cards_to_show(self, undone: bool) -> list[int]:
        """The notes back in their themes, or ungrouped again."""
        return list(self.before)

    def themes_to_show(self, undone: bool) -> list[int]:
        return self.theme_ids if undone else []


class MoveTheme(ThemeCommand):
    """Move a theme to another 1-based position among its round's themes."""

    def __init__(self, store: Store, theme_id: int, position: int) -> None:
        theme = store.theme(theme_id)
        self.old = [t.id for t in store.themes(theme.round_id)].index(theme_id) + 1
        # "Undo Move theme “Pricing” up": "Undo Move theme" named neither.
        step = {self.old - 1: "up", self.old + 1: "down"}.get(position, f"to place {position}")
        super().__init__(f"Move theme “{brief(theme.label)}” {step}")
        self.store, self.theme_id, self.position = store, theme_id, position

    def do(self) -> None:
        self.store.move_theme(self.theme_id, self.position)

    def undo_it(self) -> None:
        self.store.move_theme(self.theme_id, self.old)

    def themes_to_show(self, undone: bool) -> list[int]:
        return [self.theme_id]


class OrderThemes(ThemeCommand):
    """Put a round's themes in the given order on the board (the Rank by votes button)."""

    def __init__(self, store: Store, round_id: int, order: list[int], label: str) -> None:
        super().__init__(label)
        self.store, self.new = store, list(order)
        self.old = [t.id for t in store.themes(round_id)]

    def _apply(self, order: list[int]) -> None:
        for position, theme_id in enumerate(order, start=1):
            self.store.move_theme(theme_id, position)

    def do(self) -> None:
        self._apply(self.new)

    def undo_it(self) -> None:
        self._apply(self.old)

    def votes_to_show(self, undone: bool) -> list[tuple[int, str | None]]:
        """The theme now first on the board; no function: the Votes panel shows the board's
        order, so the room sees the order the step put back or put in."""
        order = self.old if undone else self.new
        return [(order[0], None)] if order else []
