"""Undo commands for action items: add, change and (softly) delete.

Each command calls the store in `redo` and reverses itself in `undo`; the actions panel
follows the store's change events. Text is checked with `check_action_text` before a
command is pushed, so a refused description never becomes an undo entry.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand

from roundtable.model import InvalidInput, clean_text
from roundtable.store import Store
from roundtable.store.actions import MAX_ACTION_CHARS
from ui.commands import brief


def check_action_text(text: str) -> str:
    """Return the cleaned description, or raise InvalidInput saying what to type."""
    cleaned = clean_text(text or "")
    if not cleaned:
        raise InvalidInput("An action item needs a description: type what will be done.")
    if len(cleaned) > MAX_ACTION_CHARS:
        raise InvalidInput(
            f"An action item can be at most {MAX_ACTION_CHARS} characters; "
            f"this one has {len(cleaned)}."
        )
    return cleaned


class AddAction(QUndoCommand):
    """Add an action item (undo deletes it softly, redo brings the same one back)."""

    def __init__(self, store: Store, text: str, **fields: Any) -> None:
        super().__init__(f"Add action “{brief(text)}”")
        self.store, self.text, self.fields = store, check_action_text(text), fields
        self.action_id: int | None = None

    def redo(self) -> None:
        if self.action_id is None:
            self.action_id = self.store.add_action(self.text, **self.fields).id
        else:
            self.store.restore_action(self.action_id)

    def undo(self) -> None:
        assert self.action_id is not None
        self.store.delete_action(self.action_id)

    def actions_to_show(self, undone: bool) -> list[tuple[int, str | None]]:
        """The item added, once the undone add is redone (see ui.windows.stepped)."""
        return [] if undone or self.action_id is None else [(self.action_id, None)]


class UpdateAction(QUndoCommand):
    """Change some fields of an action item: text, owner, owner_function, due, status."""

    def __init__(self, store: Store, action_id: int, label: str, **fields: Any) -> None:
        super().__init__(label)
        if "text" in fields:
            fields["text"] = check_action_text(fields["text"])
        self.store, self.action_id, self.new = store, action_id, fields
        old = store.action(action_id)
        self.old: dict[str, Any] = {k: getattr(old, k) for k in fields}

    def redo(self) -> None:
        self.store.update_action(self.action_id, **self.new)

    def undo(self) -> None:
        self.store.update_action(self.action_id, **self.old)

    def actions_to_show(self, undone: bool) -> list[tuple[int, str | None]]:
        """The item changed, at the field the step changed."""
        return [(self.action_id, next(iter(self.new), None))]


class DeleteAction(QUndoCommand):
    """Remove an action item softly (undo restores it)."""

    def __init__(self, store: Store, action_id: int) -> None:
        super().__init__(f"Delete action “{brief(store.action(action_id).text)}”")
        self.store, self.action_id = store, action_id

    def redo(self) -> None:
        self.store.delete_action(self.action_id)

    def undo(self) -> None:
        self.store.restore_action(self.action_id)

    def actions_to_show(self, undone: bool) -> list[tuple[int, str | None]]:
        """The item brought back by undoing the delete."""
        return [(self.action_id, None)] if undone else []
