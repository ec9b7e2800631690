"""Rounds and their timers: the agenda half of the store.

Mixed into `Store`. A round's timer is stored as time already run (`elapsed_s`) plus the
epoch second the current stretch began (`running_since`), so after a crash or restart the
round resumes exactly where it was. The session's current round lives in the session row.
"""

from __future__ import annotations

from typing import Any

from roundtable.model import InvalidInput, Round, clean_text, round_title_too_long
from roundtable.store import rows
from roundtable.store.actions import ActionsMixin


class AgendaMixin(ActionsMixin):
    """Round and timer methods of `Store`."""

    clock: Any

    # ----- rounds --------------------------------------------------------------------------

    def rounds(self) -> list[Round]:
        return [rows.round_(r) for r in self.db.table("rounds").rows_where(order_by="position")]

    def round(self, round_id: int) -> Round:
        return rows.round_(rows.get_row(self.db, "rounds", round_id))

    def round_at(self, position: int) -> Round:
        """The round at a 1-based position, or InvalidInput naming the valid range."""
        rounds = self.rounds()
        if not 1 <= position <= len(rounds):
            raise InvalidInput(
                f"There is no round {position}; this session has rounds 1 to {len(rounds)}."
                if rounds
                else "This session has no rounds yet."
            )
        return rounds[position - 1]

    def add_round(
        self,
        title: str,
        prompt: str = "",
        timebox_s: int = 600,
        guidance: str = "",
        position: int | None = None,
        protected: bool = False,
        round_id: int | None = None,
    ) -> Round:
        """Insert a round at a 1-based position (default: at the end); a protected round is
        the last a re-plan shortens. `round_id` puts a removed round back under its own id
        (undo), so later steps that name it still find it."""
        title, prompt = clean_text(title), clean_text(prompt)
        if not title:
            raise InvalidInput("A round needs a title.")
        if round_id is None and (too_long := round_title_too_long(title)):
            raise InvalidInput(too_long)  # (one put back keeps the title it had)
        self._check_timebox(timebox_s)
        count = self.db.table("rounds").count
        position = count + 1 if position is None else max(1, min(position, count + 1))
        values = {
            "title": title,
            "prompt": prompt or title,
            "timebox_s": int(timebox_s),
            "guidance": guidance,
            "position": position,
            "protected": int(bool(protected)),
        }
        journaled: dict[str, Any] = values
        if round_id is not None:
            values["id"] = int(round_id)
            # Put back by an undo: not a round added now (timing.added_since_the_end).
            journaled = {**values, "put_back": True}
        with self._write("round_added", journaled) as payload:
            self.db.execute(
                "UPDATE rounds SET position = position + 1 WHERE position >= ?", [position]
            )
            rid = self._insert("rounds", values)
            payload["id"] = rid
            self._emit("round_added", rid, rid)
        return self.round(rid)

    @staticmethod
    def _check_timebox(timebox_s: int) -> None:
        if not 60 <= int(timebox_s) <= 24 * 3600:
            raise InvalidInput("A round's timebox must be between 1 minute and 24 hours.")

    def update_round(self, round_id: int, *, restoring: bool = False, **fields: Any) -> Round:
        """Change a round's title, prompt, timebox_s, guidance or protected.

        restoring: the values are ones the round had before (undo puts them back), so a
        title longer than today's limit, kept from an older version, goes back as it was."""
        if set(fields) - {"title", "prompt", "timebox_s", "guidance", "protected"}:
            raise TypeError(f"unknown round fields: {sorted(fields)}")
        for key in ("title", "prompt"):
            if key in fields:
                fields[key] = clean_text(fields[key])
                if not fields[key]:
                    raise InvalidInput(f"A round's {key} cannot be empty.")
        if "title" in fields and not restoring:
            had = rows.get_row(self.db, "rounds", round_id)["title"]
            if fields["title"] != had and (too_long := round_title_too_long(fields["title"])):
                raise InvalidInput(too_long)
        if "timebox_s" in fields:
            self._check_timebox(fields["timebox_s"])
            fields["timebox_s"] = int(fields["timebox_s"])
        if "protected" in fields:
            fields["protected"] = int(bool(fields["protected"]))
        old = rows.get_row(self.db, "rounds", round_id)
        before = {k: old[k] for k in fields}
        with self._write("round_updated", {"id": round_id, "before": before, "after": fields}):
            self.db.table("rounds").update(round_id, fields)
            self._emit("round_updated", round_id, round_id)
        return self.round(round_id)

    def move_round(self, round_id: int, position: int) -> None:
        """Move a round to a 1-based position, shifting the others."""
        order = [r.id for r in self.rounds()]
        old = order.index(round_id) + 1
        order.remove(round_id)
        position = max(1, min(position, len(order) + 1))
        order.insert(position - 1, round_id)
        with self._write("round_moved", {"id": round_id, "from": old, "to": position}):
            # Two passes keep positions distinct at every step.
            self.db.execute("UPDATE rounds SET position = -position")
            for i, rid in enumerate(order, start=1):
                self.db.execute("UPDATE rounds SET position = ? WHERE id = ?", [i, rid])
            self._emit("round_moved", round_id, round_id)

    def remove_round(self, round_id: int) -> None:
        """Remove a round that holds no notes (live or deleted) and no themes."""
        used = self.db.execute(
            "SELECT (SELECT count(*) FROM notes WHERE round_id = ?)"
            " + (SELECT count(*) FROM themes WHERE round_id = ?)",
            [round_id, round_id],
        ).fetchone()[0]
        if used:
            if self._only_held_notes(round_id):
                raise InvalidInput(
                    "This round has notes from phones waiting for you to let them in: let them"
                    " in or drop them before removing it."
                )
            raise InvalidInput("This round has notes; move or delete them before removing it.")
        r = rows.get_row(self.db, "rounds", round_id)
        with self._write("round_removed", dict(r)):
            self.db.execute("UPDATE actions SET round_id = NULL WHERE round_id = ?", [round_id])
            self.db.execute(
                "UPDATE session SET current_round_id = NULL WHERE current_round_id = ?", [round_id]
            )
            self.db.table("rounds").delete(round_id)
            self.db.execute(
                "UPDATE rounds SET position = position - 1 WHERE position > ?", [r["position"]]
            )
            self._emit("round_removed", round_id, round_id)

    def _only_held_notes(self, round_id: int) -> bool:
        """Whether every note of the round waits to be let in (and it has no themes)."""
        if not self._knows_held():
            return False
        held, other, themes = self.db.execute(
            "SELECT (SELECT count(*) FROM notes WHERE round_id = ? AND held = 1"
            " AND deleted_at IS NULL), (SELECT count(*) FROM notes WHERE round_id = ?"
            " AND (held = 0 OR deleted_at IS NOT NULL)),"
            " (SELECT count(*) FROM themes WHERE round_id = ?)",
            [round_id, round_id, round_id],
        ).fetchone()
        return bool(held) and not other and not themes

    # ----- the round timer ------------------------------------------------------------------

    def set_current_round(self, round_id: int | None) -> None:
        with self._write("current_round_set", {"id": round_id}):
            self.db.table("session").update(1, {"current_round_id": round_id})
            self._emit("current_round_changed", round_id, round_id)

    def start_round(self, round_id: int) -> Round:
        """Make this the current round and run its timer (resuming if it was paused)."""
        now = self.clock()
        r = self.round(round_id)
        with self._write("round_started", {"id": round_id, "at": now}):
            fields: dict[str, Any] = {"running_since": now, "ended_at": None}
            if r.started_at is None:
                fields["started_at"] = self._now_iso()
            self.db.table("rounds").update(round_id, fields)
            self.db.table("session").update(1, {"current_round_id": round_id, "status": "running"})
            self._emit("round_started", round_id, round_id)
        return self.round(round_id)

    def pause_round(self, round_id: int) -> Round:
        now = self.clock()
        r = self.round(round_id)
        if r.running_since is None:
            return r
        with self._write("round_paused", {"id": round_id, "at": now}):
            self.db.table("rounds").update(
                round_id, {"elapsed_s": r.elapsed_at(now), "running_since": None}
            )
            self._emit("round_paused", round_id, round_id)
        return self.round(round_id)

    def finish_round(self, round_id: int) -> Round:
        """Stop the round's timer for good (it can still be restarted)."""
        now = self.clock()
        r = self.round(round_id)
        with self._write("round_finished", {"id": round_id, "at": now}):
            self.db.table("rounds").update(
                round_id,
                {
                    "elapsed_s": r.elapsed_at(now),
                    "running_since": None,
                    "ended_at": self._now_iso(),
                },
            )
            self._emit("round_finished", round_id, round_id)
        return self.round(round_id)

    def restore_round_timer(self, r: Round) -> Round:
        """Put a round's timer fields back as they were in `r` (used by undo)."""
        values = {
            "elapsed_s": r.elapsed_s,
            "running_since": r.running_since,
            "started_at": r.started_at.isoformat(timespec="milliseconds") if r.started_at else None,
            "ended_at": r.ended_at.isoformat(timespec="milliseconds") if r.ended_at else None,
        }
        with self._write("round_timer_restored", {"id": r.id, **values}):
            self.db.table("rounds").update(r.id, values)
            self._emit("round_updated", r.id, r.id)
        return self.round(r.id)

    def _check_round(self, round_id: int) -> None:
        if not self.db.execute("SELECT 1 FROM rounds WHERE id = ?", [round_id]).fetchone():
            raise InvalidInput(f"There is no round with id {round_id}.")
