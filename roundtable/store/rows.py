"""Turning database rows (dicts) into the model's frozen dataclasses."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from roundtable.model import (
    Action,
    Event,
    Note,
    Participant,
    PreviousSession,
    Round,
    SessionInfo,
    Theme,
)

Row = dict[str, Any]


def get_row(db: Any, table: str, pk: int) -> Row:
    """One row by its id, as sqlite-utils' `table.get` gives it (NotFoundError when there is
    none) without its check that the table exists: that is a query of the schema each time,
    and a typed note reads a few rows on its way to the board."""
    from sqlite_utils.db import NotFoundError

    cursor = db.execute(f"SELECT * FROM [{table}] WHERE id = ?", [pk])
    found = cursor.fetchone()
    if found is None:
        raise NotFoundError
    return dict(zip((c[0] for c in cursor.description), found, strict=True))


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _req_dt(value: str) -> datetime:
    return datetime.fromisoformat(value)


def session(r: Row) -> SessionInfo:
    return SessionInfo(
        title=r["title"],
        created_at=_req_dt(r["created_at"]),
        template=r["template"],
        anonymous=bool(r["anonymous"]),
        status=r["status"],
        parent_session=r["parent_session"],
        facilitator=r["facilitator"],
        dots_per_person=int(r["dots_per_person"]),
        current_round_id=r["current_round_id"],
        scheduled_start=_dt(r["scheduled_start"]),
    )


def participant(r: Row) -> Participant:
    return Participant(
        id=r["id"],
        name=r["name"],
        function=r["function"],
        organisation=r["organisation"] or "",
        # A file of an older version opened read-only (not upgraded) has no such column.
        absent=bool(r.get("absent") or 0),
        role=r["role"] or "",
    )


def round_(r: Row) -> Round:
    return Round(
        id=r["id"],
        position=r["position"],
        title=r["title"],
        prompt=r["prompt"],
        timebox_s=int(r["timebox_s"]),
        guidance=r["guidance"] or "",
        started_at=_dt(r["started_at"]),
        ended_at=_dt(r["ended_at"]),
        elapsed_s=float(r["elapsed_s"] or 0.0),
        running_since=r["running_since"],
        # A file of an older version opened read-only (not upgraded) has no such column.
        protected=bool(r.get("protected") or 0),
    )


def note(r: Row) -> Note:
    return Note(
        id=r["id"],
        round_id=r["round_id"],
        text=r["text"],
        participant_id=r["participant_id"],
        function=r["function"],
        source=r["source"],
        theme_id=r["theme_id"],
        placement=r["placement"],
        created_at=_req_dt(r["created_at"]),
        updated_at=_req_dt(r["updated_at"]),
        deleted_at=_dt(r["deleted_at"]),
        # A file of an older version opened read-only (not upgraded) has no such column.
        held=bool(r.get("held") or 0),
        open_question=bool(r.get("open_question") or 0),
    )


def theme(r: Row) -> Theme:
    return Theme(
        id=r["id"],
        round_id=r["round_id"],
        label=r["label"],
        origin=r["origin"],
        position=r["position"],
    )


def action(r: Row) -> Action:
    return Action(
        id=r["id"],
        text=r["text"],
        owner=r["owner"] or "",
        owner_function=r["owner_function"],
        due=date.fromisoformat(r["due"]) if r["due"] else None,
        status=r["status"],
        theme_id=r["theme_id"],
        round_id=r["round_id"],
        created_at=_dt(r["created_at"]) or datetime.fromtimestamp(0).astimezone(),
        position=r["position"],
    )


def previous_session(p: dict[str, Any]) -> PreviousSession:
    """A follow_up_recorded journal payload as the session it names."""
    return PreviousSession(
        file=str(p.get("file") or ""),
        title=str(p.get("title") or ""),
        held_on=date.fromisoformat(p["held_on"]) if p.get("held_on") else None,
        carried_action_ids=tuple(int(i) for i in p.get("carried_action_ids") or ()),
    )


def carried_as(p: dict[str, Any]) -> tuple[int, str, str, date | None]:
    """An action_added journal payload as (id, text, owner, due): how a carried action came
    over."""
    try:
        due = date.fromisoformat(p["due"]) if p.get("due") else None
    except (TypeError, ValueError):
        due = None
    return int(p["id"]), str(p.get("text") or ""), str(p.get("owner") or ""), due


def event(r: Row) -> Event:
    return Event(
        id=r["id"], at=_req_dt(r["at"]), kind=r["kind"], payload=json.loads(r["payload_json"])
    )
