"""Action items: the commitments a session ends with, in the store.

Mixed into `Store` (after `BoardMixin`, whose themes an action item can come from); like
the rest of the store it writes through journaled transactions (`_write`) and announces each
change (`_emit`). A deleted action item keeps its row (`deleted_at`) so Undo can restore it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from roundtable.model import ACTION_STATUSES, OWNER_FUNCTIONS, Action, InvalidInput, clean_text
from roundtable.store import rows
from roundtable.store.board import BoardMixin

MAX_ACTION_CHARS = 500


class ActionsMixin(BoardMixin):
    """Action item methods of `Store`."""

    # ----- action items --------------------------------------------------------------------

    def actions(self, *, include_deleted: bool = False) -> list[Action]:
        where = None if include_deleted else "deleted_at IS NULL"
        return [
            rows.action(r)
            for r in self.db.table("actions").rows_where(where, order_by="position, id")
        ]

    def action(self, action_id: int) -> Action:
        return rows.action(rows.get_row(self.db, "actions", action_id))

    @staticmethod
    def _action_fields(fields: dict[str, Any]) -> dict[str, Any]:
        out = dict(fields)
        if "text" in out:
            out["text"] = clean_text(out["text"])
            if not out["text"]:
                raise InvalidInput("An action item needs a description.")
            if len(out["text"]) > MAX_ACTION_CHARS:
                raise InvalidInput(f"An action item can be at most {MAX_ACTION_CHARS} characters.")
        if "owner" in out:
            out["owner"] = clean_text(out["owner"] or "")
        if "owner_function" in out and out["owner_function"] not in OWNER_FUNCTIONS:
            raise InvalidInput("The owner's function must be sales, marketing, other or joint.")
        if "status" in out and out["status"] not in ACTION_STATUSES:
            raise InvalidInput("An action item is open, done or dropped.")
        if "due" in out:
            due = out["due"]
            if isinstance(due, str) and due.strip():
                try:
                    due = date.fromisoformat(due.strip())
                except ValueError as exc:
                    raise InvalidInput(f"Due date {due!r} is not a date like 2026-12-31.") from exc
            out["due"] = due.isoformat() if isinstance(due, date) else None
        return out

    def add_action(
        self,
        text: str,
        *,
        owner: str = "",
        owner_function: str = "joint",
        due: date | str | None = None,
        status: str = "open",
        theme_id: int | None = None,
        round_id: int | None = None,
    ) -> Action:
        values = self._action_fields(
            {
                "text": text,
                "owner": owner,
                "owner_function": owner_function,
                "due": due,
                "status": status,
            }
        )
        if theme_id is not None and round_id is None:
            round_id = self.theme(theme_id).round_id
        position = (
            1 + self.db.execute("SELECT coalesce(max(position), 0) FROM actions").fetchone()[0]
        )
        values.update(
            theme_id=theme_id, round_id=round_id, position=position, created_at=self._now_iso()
        )
        with self._write("action_added", values) as payload:
            aid = self._insert("actions", values)
            payload["id"] = aid
            self._emit("action_added", aid, round_id)
        return self.action(aid)

    def update_action(self, action_id: int, **fields: Any) -> Action:
        """Change text, owner, owner_function, due, status, theme_id or round_id."""
        allowed = {"text", "owner", "owner_function", "due", "status", "theme_id", "round_id"}
        if set(fields) - allowed:
            raise TypeError(f"unknown action fields: {sorted(set(fields) - allowed)}")
        values = self._action_fields(fields)
        old = rows.get_row(self.db, "actions", action_id)
        before = {k: old[k] for k in values}
        with self._write("action_updated", {"id": action_id, "before": before, "after": values}):
            self.db.table("actions").update(action_id, values)
            self._emit("action_updated", action_id, old["round_id"])
        return self.action(action_id)

    def delete_action(self, action_id: int) -> None:
        with self._write("action_deleted", {"id": action_id}):
            self.db.table("actions").update(action_id, {"deleted_at": self._now_iso()})
            self._emit("action_deleted", action_id)

    def restore_action(self, action_id: int) -> Action:
        with self._write("action_restored", {"id": action_id}):
            self.db.table("actions").update(action_id, {"deleted_at": None})
            self._emit("action_added", action_id)
        return self.action(action_id)
