"""Undo commands for the agenda and the clock: start, pause and next round (End session),
the re-plan and other timebox changes, and editing, adding, removing or moving a round.

As the note commands (ui.commands): each calls the store in `redo` and puts things back in
`undo`, and never touches a widget. What the window shows after Ctrl+Z or Ctrl+Shift+Z is
said by `rounds_to_show`, `timeboxes_to_show` and `added_to_show` (ui.windows.stepped), and
the status line's words by `said_after`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtGui import QUndoCommand

from roundtable import timing
from roundtable.model import Round
from roundtable.store import Store
from ui.commands import brief


class RoundTimerCommand(QUndoCommand):
    """Start, pause or move to the next round; undo puts both timers back as they were."""

    def __init__(
        self, store: Store, label: str, action: str, round_id: int, next_id: int | None = None
    ) -> None:
        super().__init__(label)
        self.store, self.action, self.round_id, self.next_id = store, action, round_id, next_id
        self.before = [store.round(round_id)] + ([store.round(next_id)] if next_id else [])
        self.current_before = store.session().current_round_id
        self.after: list[Round] | None = None
        self.current_after: int | None = None

    def redo(self) -> None:
        if self.after is not None:
            # Redo gives back the rounds as the first Start, Pause or Next left them: the
            # clock goes on from when it began instead of starting over (a redone Start
            # lost the minutes the round had run; a redone Next, the new round's).
            for r in self.after:
                self.store.restore_round_timer(r)
            self.store.set_current_round(self.current_after)
            return
        if self.action == "start":
            self.store.start_round(self.round_id)
        elif self.action == "pause":
            self.store.pause_round(self.round_id)
        elif self.action == "next":
            self.store.finish_round(self.round_id)
            if self.next_id is not None:
                self.store.start_round(self.next_id)
        self.after = [self.store.round(r.id) for r in self.before]
        self.current_after = self.store.session().current_round_id

    def undo(self) -> None:
        for r in self.before:
            self.store.restore_round_timer(self._resumed(r))
        self.store.set_current_round(self.current_before)

    def _end_of_session(self) -> Round | None:
        """The last round as End session left it, when this step was End session."""
        ended = self.action == "next" and self.next_id is None and self.after
        return self.after[0] if ended and self.after else None

    def _resumed(self, r: Round) -> Round:
        """End session undone: the last round runs on from the time it had when the session
        ended, as Resume would run it (put back as it was before, it counted the hour the
        laptop was closed as an overrun). Next round undone keeps the time since, which the
        room spent in the next round."""
        ended = self._end_of_session()
        if ended is None or r.running_since is None:
            return r
        return replace(r, elapsed_s=ended.elapsed_s, running_since=self.store.clock())

    def said_after(self, undone: bool) -> str:
        """ "Round 5, “Game changers” runs again with 04:00 left, as when the session ended
        1 h ago: the time since is not counted." after End session is undone."""
        ended, was = self._end_of_session(), self.before[0]
        if not undone or ended is None or was.running_since is None:
            return ""
        now = self.store.round(self.round_id)
        if now.running_since is None:
            return ""
        left = timing.remaining(now, now.running_since)
        clock = timing.format_clock(left)
        said = f"with {clock} left" if left >= 0 else f"{clock[1:]} over its time"
        hours, minutes = divmod(
            int(now.running_since - was.running_since - ended.elapsed_s + was.elapsed_s) // 60, 60
        )
        since = " ".join([f"{hours} h"] * bool(hours) + [f"{minutes} min"] * bool(minutes))
        ago = f" {since} ago: the time since is not counted" if since else ""
        return f"Round {now.position}, “{brief(now.title)}” runs again {said}, as when the" + (
            f" session ended{ago}."
        )

    def rounds_to_show(self, undone: bool) -> list[int]:
        """The round on the clock once the step is undone or redone: after Next round, the
        round before it or the next one (see ui.windows.stepped). Next round undone shows
        none: a board on the round the clock left follows the clock back (the window does
        that), and a look at another round stays where it is (the status line says where the
        clock is); it was taken to the clock's round without a word of why."""
        if undone and self.action == "next" and self.next_id is not None:
            # Next round pressed before any round was started: the clock is on no round
            # again and shows the board's, so the board goes back to the round Next left
            # (it stayed on the next one, its clock "Not started", as if that were the plan).
            return [self.round_id] if getattr(self, "current_before", 0) is None else []
        current = self.current_before if undone else self.current_after
        return [current] if current is not None else [self.round_id]


def replan_named(before: dict[int, Round], plan: dict[int, int]) -> str:
    """ "Re-plan (rounds 3–5 shortened by 6 min)", "Re-plan (rounds 2 and 5 …)": which rounds
    and how many minutes in all ("Undo Re-plan" said neither)."""
    at = sorted(before[rid].position for rid in plan)
    if len(at) == 1:
        where = f"round {at[0]}"
    elif len(at) > 2 and at[-1] - at[0] == len(at) - 1:
        where = f"rounds {at[0]}–{at[-1]}"
    else:
        where = f"rounds {', '.join(map(str, at[:-1]))} and {at[-1]}"
    cut = sum(before[rid].timebox_s - secs for rid, secs in plan.items()) // 60
    return f"Re-plan ({where} {f'shortened by {cut} min' if cut > 0 else 're-timed'})"


class SetTimeboxes(QUndoCommand):
    """Change several rounds' timeboxes at once (the re-plan, or one edit)."""

    def __init__(self, store: Store, label: str, timeboxes: dict[int, int]) -> None:
        super().__init__(label)
        self.store, self.new = store, dict(timeboxes)
        self.old = {rid: store.round(rid).timebox_s for rid in timeboxes}

    def redo(self) -> None:
        for rid, t in self.new.items():
            self.store.update_round(rid, timebox_s=t)

    def undo(self) -> None:
        for rid, t in self.old.items():
            self.store.update_round(rid, timebox_s=t)

    def timeboxes_to_show(self, undone: bool) -> list[int]:
        """The rounds whose minutes changed, in agenda order (marked there after Ctrl+Z or
        Ctrl+Shift+Z; the board stays on its round, see ui.windows.stepped)."""
        rounds = {r.id: r for r in self.store.rounds()}
        return sorted((rid for rid in self.new if rid in rounds), key=lambda r: rounds[r].position)

    def said_after(self, undone: bool) -> str:
        """ "Why it's broken 10 → 15 min; Fixes 8 → 12 min.": the minutes as they are now, in
        the words the re-plan itself used ("Undone: Re-plan." said nothing of them)."""
        was, now = (self.new, self.old) if undone else (self.old, self.new)
        rounds = {r.id: r for r in self.store.rounds()}
        changed = self.timeboxes_to_show(undone)
        return "; ".join(
            f"{brief(rounds[rid].title)} {was[rid] // 60} → {now[rid] // 60} min" for rid in changed
        ) + ("." if changed else "")


# What the Edit menu calls a round's fields ("Undo Edit round 2, “What works” (question)").
ROUND_FIELDS = {
    "title": "title",
    "prompt": "question",
    "timebox_s": "timebox",
    "protected": "protection",
    "guidance": "“For you” text",
}


def _round_named(store: Store, round_id: int) -> str:
    """ "round 2, “What works”": a round as the agenda numbers and titles it."""
    rounds = store.rounds()
    number = [r.id for r in rounds].index(round_id) + 1
    return f"round {number}, “{brief(rounds[number - 1].title)}”"


class EditRound(QUndoCommand):
    """Change a round's title, prompt, guidance, timebox or protection."""

    def __init__(self, store: Store, round_id: int, **fields: Any) -> None:
        old = store.round(round_id)
        # "Undo Edit round 2, “What works” (question)": "Undo Edit round" named neither.
        changed = ", ".join(ROUND_FIELDS.get(k, k) for k in fields)
        super().__init__(f"Edit {_round_named(store, round_id)} ({changed})")
        self.store, self.round_id, self.new = store, round_id, fields
        self.old = {k: getattr(old, k) for k in fields}

    def redo(self) -> None:
        self.store.update_round(self.round_id, **self.new)

    def undo(self) -> None:
        # What the round had, even a title longer than today's limit from an older version.
        self.store.update_round(self.round_id, restoring=True, **self.old)


class AddRound(QUndoCommand):
    """Add a round at a 1-based position, or at the end (undo removes it; it has no notes)."""

    def __init__(
        self,
        store: Store,
        title: str,
        prompt: str,
        timebox_s: int,
        protected: bool = False,
        position: int | None = None,
        guidance: str = "",
    ) -> None:
        super().__init__(f"Add round “{brief(title)}”")
        self.store, self.args, self.position = store, (title, prompt, timebox_s), position
        self.protected, self.guidance = protected, guidance
        self.round_id: int | None = None

    def redo(self) -> None:
        title, prompt, timebox_s = self.args
        self.round_id = self.store.add_round(
            title,
            prompt,
            timebox_s,
            self.guidance,
            position=self.position,
            protected=self.protected,
        ).id

    def undo(self) -> None:
        assert self.round_id is not None
        self.store.remove_round(self.round_id)

    def added_to_show(self, undone: bool) -> list[int]:
        """The round added again by a redo, marked in the agenda; the board stays on its
        round as after the add (it showed the empty new one: the next note went there)."""
        return [] if undone or self.round_id is None else [self.round_id]


class RemoveRound(QUndoCommand):
    """Remove an empty round (undo puts an identical one back at its place, with its clock:
    a round removed by mistake while it ran came back at its full timebox, stopped)."""

    def __init__(self, store: Store, round_id: int) -> None:
        super().__init__(f"Remove {_round_named(store, round_id)}")
        self.store, self.round_id = store, round_id
        self.old = store.round(round_id)
        self.position = [r.id for r in store.rounds()].index(round_id) + 1
        self.was_current = store.session().current_round_id == round_id

    def redo(self) -> None:
        self.store.remove_round(self.round_id)
        if getattr(self, "was_current", False):
            # The clock goes to the round that takes its place, not started: with no round
            # on it, the timer showed the round on the board, an ended one, as "Paused 05:00".
            ahead = [r for r in self.store.rounds()[self.position - 1 :] if r.ended_at is None]
            if ahead:
                self.store.set_current_round(ahead[0].id)

    def undo(self) -> None:
        o = self.old
        self.round_id = self.store.add_round(
            o.title, o.prompt, o.timebox_s, o.guidance, self.position, o.protected, o.id
        ).id
        if o.started_at or o.ended_at or o.elapsed_s or o.is_running:
            self.store.restore_round_timer(replace(o, id=self.round_id))
        # A step kept in the file by an older version has no was_current.
        if getattr(self, "was_current", False):
            self.store.set_current_round(self.round_id)


class MoveRound(QUndoCommand):
    """Move a round to another 1-based position in the agenda."""

    def __init__(self, store: Store, round_id: int, position: int) -> None:
        self.old = [r.id for r in store.rounds()].index(round_id) + 1
        title = f"“{brief(store.round(round_id).title)}”"
        step = {self.old - 1: "up", self.old + 1: "down"}.get(position, f"to round {position}")
        super().__init__(f"Move round {title} {step}")  # "Undo Move round" named neither
        self.store, self.round_id, self.position = store, round_id, position

    def redo(self) -> None:
        self.store.move_round(self.round_id, self.position)

    def undo(self) -> None:
        self.store.move_round(self.round_id, self.old)
