"""The session's own settings (title, anonymity, dots, status), where it came from (the UTC
offset it was made in, the session it follows up, its first rows from a template) and the
journal of every change: a mixin of `Store` (store.py).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import UTC, date, datetime, timedelta
from typing import Any

import sqlite_utils

from roundtable.model import (
    Event,
    InvalidInput,
    PreviousSession,
    SessionInfo,
    clean_text,
    validate_facilitator,
    validate_session_title,
)
from roundtable.store import rows
from roundtable.templates import Template


class SessionMixin:
    """Session settings and the journal of `Store`."""

    db: sqlite_utils.Database
    _origin: dict[str, Any] | None
    clock: Callable[[], float]
    # Store's own and BoardMixin's (later in Store's bases: a stub here would shadow it).
    _insert: Callable[[str, dict[str, Any]], int]
    _now_iso: Callable[[], str]

    def _write(self, kind: str, payload: dict[str, Any]) -> AbstractContextManager[dict[str, Any]]:
        raise NotImplementedError

    def _emit(self, kind: str, id: int | None = None, round_id: int | None = None) -> None:
        raise NotImplementedError

    def _initialise(
        self, title: str, template: Template | None, anonymous: bool | None, facilitator: str
    ) -> None:
        anon = anonymous if anonymous is not None else bool(template and template.anonymous)
        # The room's offset from UTC, for the minutes' times; kept in the journal (the
        # session table has no column for it, and a new one would change the file format).
        here = datetime.fromtimestamp(self.clock(), UTC).astimezone().utcoffset()
        offset = round(here.total_seconds() / 60) if here is not None else None
        with self._write("session_created", {"title": title, "utc_offset_min": offset}):
            self._insert(
                "session",
                {
                    "id": 1,
                    "title": title,
                    "created_at": self._now_iso(),
                    "template": template.name if template else None,
                    "anonymous": int(anon),
                    "status": "planned",
                    "parent_session": None,
                    "facilitator": facilitator,
                    "dots_per_person": template.dots_per_person if template else 3,
                },
            )
            for i, rt in enumerate(template.rounds if template else (), start=1):
                self.db.table("rounds").insert(
                    {
                        "position": i,
                        "title": rt.title,
                        "prompt": rt.prompt,
                        "timebox_s": rt.timebox_s,
                        "guidance": rt.guidance,
                        "protected": int(rt.protect),
                    }
                )

    def session(self) -> SessionInfo:
        info = rows.session(rows.get_row(self.db, "session", 1))
        return dataclasses.replace(info, **self._session_origin())

    def _session_origin(self) -> dict[str, Any]:
        """What the journal recorded about the session as a whole: its UTC offset when it was
        made and, for a follow-up, the session it follows up. Read once and kept (neither
        changes once recorded) until `record_follow_up` records the latter."""
        if self._origin is None:
            found: dict[str, dict[str, Any]] = {}
            for kind, payload in self.db.execute(
                "SELECT kind, payload_json FROM events"
                " WHERE kind IN ('session_created', 'follow_up_recorded') ORDER BY id"
            ).fetchall():
                found.setdefault(kind, json.loads(payload))  # the first of each kind
            offset = found.get("session_created", {}).get("utc_offset_min")
            previous = found.get("follow_up_recorded")
            self._origin = {
                "utc_offset": timedelta(minutes=offset) if isinstance(offset, int) else None,
                "follow_up_of": self._as_carried(rows.previous_session(previous))
                if previous
                else None,
            }
        return self._origin

    def _as_carried(self, previous: PreviousSession) -> PreviousSession:
        """`previous` with the text, owner and due date each carried action came over with: the
        first time the journal added it (an undone deletion adds it again, as it was)."""
        wanted = set(previous.carried_action_ids)
        if not wanted:
            return previous
        first: dict[int, tuple[int, str, str, date | None]] = {}
        for (payload,) in self.db.execute(
            "SELECT payload_json FROM events WHERE kind = 'action_added' ORDER BY id"
        ).fetchall():
            added = json.loads(payload)
            action_id = added.get("id") if isinstance(added, dict) else None
            if action_id in wanted and action_id not in first:
                first[action_id] = rows.carried_as(added)
        return dataclasses.replace(previous, carried_as=tuple(first.values()))

    def record_follow_up(self, previous: PreviousSession) -> None:
        """Record the session this one follows up: its file (the session's parent_session),
        title and day, and which of this session's actions were carried over from it. All
        but the file are kept in the journal: the session table has no columns for them, and
        new ones would change the file format. Not undoable: a follow-up is made so."""
        payload = {
            "file": previous.file,
            "title": previous.title,
            "held_on": previous.held_on.isoformat() if previous.held_on else None,
            "carried_action_ids": list(previous.carried_action_ids),
        }
        with self._write("follow_up_recorded", payload):
            self.db.table("session").update(1, {"parent_session": previous.file})
            # Before anyone hears of the change: a subscriber reading session() must not
            # get the follow-up as it was before.
            self._origin = None
            self._emit("session_updated")

    def update_session(self, *, restoring: bool = False, **fields: Any) -> SessionInfo:
        """Change session settings: title, anonymous, facilitator, dots_per_person, status...

        restoring: the values are ones the file had before (undo puts them back), so a
        title or name longer than today's limits, kept from an older version, goes back
        as it was instead of being refused."""
        allowed = {
            "title",
            "anonymous",
            "facilitator",
            "dots_per_person",
            "status",
            "scheduled_start",
            "parent_session",
        }
        unknown = set(fields) - allowed
        if unknown:
            raise TypeError(f"unknown session fields: {sorted(unknown)}")
        current = rows.get_row(self.db, "session", 1)
        # A title or facilitator's name is checked as Store.create checks it (the limits are
        # the model's), unless it is the one the file has: one too long from an older
        # version does not stand in the way of a change to the other.
        if "title" in fields:
            title = clean_text(fields["title"])
            same = restoring or title == current["title"]
            fields["title"] = title if same else validate_session_title(title)
        if "facilitator" in fields:
            name = clean_text(fields["facilitator"] or "")
            same = restoring or name == current["facilitator"]
            fields["facilitator"] = name if same else validate_facilitator(name)
        if "anonymous" in fields:
            fields["anonymous"] = int(bool(fields["anonymous"]))
        if "dots_per_person" in fields and not 0 < int(fields["dots_per_person"]) <= 50:
            raise InvalidInput("Dots per person must be between 1 and 50.")
        before = {k: current[k] for k in fields}
        with self._write("session_updated", {"before": before, "after": fields}):
            self.db.table("session").update(1, fields)
            self._emit("session_updated")
        return self.session()

    # ----- journal -------------------------------------------------------------------------

    def events(self, *, limit: int | None = None) -> list[Event]:
        """Journaled changes, oldest first (the newest `limit` if given)."""
        sql = "SELECT * FROM events ORDER BY id DESC" + (f" LIMIT {int(limit)}" if limit else "")
        found = [
            rows.event(dict(zip(("id", "at", "kind", "payload_json"), r, strict=True)))
            for r in self.db.execute(sql).fetchall()
        ]
        return list(reversed(found))
