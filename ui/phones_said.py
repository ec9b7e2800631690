"""What the status line tells the facilitator of the phones, beyond the count: notes or dots
the laptop cannot save, notes turned away as no round takes notes, and phones held back for
sending too fast. The phones are told too, in the room's words; what to do about it is the
facilitator's (ui/phones_action.py)."""

from __future__ import annotations

from typing import Any


def trouble_said(server: Any) -> tuple[str, str]:
    """Why the last notes from phones, else the last dots, could not be saved ("" once they
    could), and what the status line says of it."""
    trouble, what = server.trouble, "Notes"
    if not trouble:  # a vote's dots: closed without them, they would not count
        trouble, what = server.ballots.trouble, "Dots"
    said = f"{what} from phones are not being saved: {trouble} The phones keep them and send"
    return trouble, f"{said} them again." if trouble else ""


def turned_away_said(store: Any, server: Any) -> str:
    """The notes turned away since the latest gap between rounds began (the phones were told
    why, but the facilitator saw nothing come), when it began, and what would take them."""
    away = server.turned_away
    rid = store.session().current_round_id
    r = store.round(rid) if rid is not None else None
    todo = ""
    if r is None or r.started_at is None:
        todo = " Start the round to take notes."
    elif r.ended_at is not None and store.rounds()[-1].id != r.id:
        todo = " Start the next round to take notes."
    what = "a note from a phone was" if away == 1 else f"{away} notes from phones were"
    return (
        f"{_since(store).capitalize()}, {what} turned away: no round takes notes now. The phone"
        f" says “{server.turned_away_why}” and keeps the note to send again.{todo}"
    )


def _since(store: Any) -> str:
    """When the gap the count is of began: the end of the round that ended last."""
    rounds = store.rounds()
    ended = [r for r in rounds if r.ended_at is not None]
    if ended:
        return f"since round {max(ended, key=lambda r: r.ended_at).position} ended"
    if all(r.started_at is None for r in rounds):
        return "before any round started"
    return "since the last round stopped taking notes"


def held_back_said(phones: int) -> str:
    """What the count of notes from phones adds while phones are held back for sending too
    fast (roundtable/server/pace.py): nothing to do, nothing lost, so a quiet line, not a
    message to dismiss; "" when none is."""
    if not phones:
        return ""
    its = "its notes follow" if phones == 1 else "their notes follow"
    return f" · {phones} held back for sending too fast ({its} a few seconds apart)"
