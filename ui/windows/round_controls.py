"""Round controls for the main window: start/pause/next, the countdown,
projected end and the re-plan. A mixin so the main window stays one idea per module.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from roundtable import timing
from roundtable.model import Action, Round
from roundtable.timing import late_minutes, round_after, session_over
from ui.commands import brief
from ui.round_commands import RoundTimerCommand, SetTimeboxes, replan_named
from ui.windows.agenda_edits import AgendaEdits
from ui.windows.contrast import LARGE, ink

CAPTURE_PLACEHOLDER = "Type a note, Enter to add  (s: m: o: prefix, @name)"


class RoundControls(AgendaEdits):
    """Methods MainWindow uses for rounds; expects store, clock, undo_stack and widgets."""

    _shown: int | None
    _deadline_cache: tuple[float | None] | None = None  # (planned end,) once read
    _added_cache: tuple[int, set[int]] | None = None
    store: Any
    undo_stack: Any

    def _current(self):
        rounds = {r.id: r for r in self.store.rounds()}
        cid = self.store.session().current_round_id
        if cid not in rounds:
            cid = self._shown
        return rounds.get(cid) if cid is not None else None

    def added_since_the_end(self, r: Round, rounds: Sequence[Round]) -> set[int]:
        """The rounds added since `r`, the clock's, ended the session, wherever they sit
        (timing.added_since_the_end). The journal is read once per change of the rounds
        (`_on_change` clears it), not on every tick of the clock."""
        if r.ended_at is None or r.is_running:
            return set()
        if self._added_cache is None or self._added_cache[0] != r.id:
            self._added_cache = (
                r.id,
                timing.added_since_the_end(r, rounds, self.store.events()),
            )
        return self._added_cache[1]

    def _start_acts_on(self, r: Round) -> Round:
        """The round Start (Ctrl+Space) acts on, `r` being the clock's: a round paused
        part-way is resumed even while another round is open here (the room voting on round
        1's themes: Ctrl+Space started round 1 instead, without a word). Otherwise the clock
        starts on the round open here."""
        rounds = self.store.rounds()
        added = timing.added_after_the_end(
            r, rounds, self.clock(), self.added_since_the_end(r, rounds)
        )
        if added is not None:
            # The session ended and a round was added since: Start begins it (or another
            # round added, open here), not the round that ended it, again, as "Resume".
            shown = next((x for x in rounds if x.id == self._shown), None)
            fresh = shown is not None and not shown.elapsed_s and shown.ended_at is None
            return shown if fresh and shown is not None else added
        paused = not r.is_running and r.ended_at is None and r.elapsed_s > 0
        if self._shown is not None and not r.is_running and r.id != self._shown and not paused:
            return self.store.round(self._shown)
        return r

    def toggle_round(self) -> None:
        clock_round = self._current()
        if clock_round is None:
            return
        r = self._start_acts_on(clock_round)
        paused = not r.is_running and r.ended_at is None and r.elapsed_s > 0
        if r.id == clock_round.id and paused and r.id != self._shown:
            self.show_status(f"Resumed “{r.title}”, the round on the clock.")
        action = "pause" if r.is_running else "start"
        if self.statusBar().currentMessage() == getattr(self, "start_hint", None):
            # "... Ctrl+Space starts round 1" stayed up through the round it started.
            self.statusBar().clearMessage()
        label = f"{action.capitalize()} round {r.position}"  # "Undo Pause round 2"
        rounds = self.store.rounds()
        reopened = session_over(r, rounds, self.clock(), self.added_since_the_end(r, rounds))
        if self.undo_stack.push(RoundTimerCommand(self.store, label, action, r.id)) is False:
            return
        if r.id != clock_round.id and r.id != self._shown:
            self.show_round(r.id)  # a round added after the end: notes typed now go to it
        if reopened:
            # The clock ran again without a word, under "Session ended at 09:30: export...".
            self.show_status(
                f"Reopened round {r.position}, “{r.title}”: its clock runs again"
                " (Ctrl+Z ends the session again)."
            )

    def next_round(self) -> None:
        r = self._current()
        if r is None:
            return
        rounds = self.store.rounds()
        added = self.added_since_the_end(r, rounds)
        after = round_after(r, rounds, added)
        if after is not None and timing.added_after_the_end(r, rounds, self.clock(), added):
            # The round on the clock ended the session: Next round begins the round added
            # since, and leaves that one as it ended (not ended again, at a later time).
            label = f"Start round {after.position}"
            self.undo_stack.push(RoundTimerCommand(self.store, label, "start", after.id))
            self.show_round(after.id)
            return
        nxt = after.id if after is not None else None
        if nxt is None and not self._confirm_end(r):
            return
        # "Undo Next round (round 2, “What works” → round 3)": from where to where; after the
        # last round, "Undo End session".
        went = (
            f" (round {r.position}, “{brief(r.title)}” → round {after.position})" if after else ""
        )
        label = f"Next round{went}" if nxt else "End session"
        self.undo_stack.push(RoundTimerCommand(self.store, label, "next", r.id, nxt))
        if nxt:
            self.show_round(nxt)
            return
        # The status bar still said what was done before ("Redone: Set the due date…").
        ended = self.store.round(r.id).ended_at
        if ended is not None:
            then = f"Session ended at {ended.astimezone():%H:%M}"
            # A commitment without an owner or a date was found only in the minutes.
            then += commitments_to_finish(self.store.actions())
            # The next meeting is set up while the group is still in the room.
            steps = [
                f"{what} with {a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)}"
                for name, what in (
                    ("exportMinutesAction", "export the minutes"),
                    ("followUpAction", "set up the follow-up"),
                )
                if (a := self.findChild(QAction, name)) is not None
            ]
            self.show_status(f"{then}: {', '.join(steps)}." if steps else f"{then}.")

    def extend_round(self, minutes: int) -> None:
        """Give the round on the clock `minutes` more: a discussion worth finishing. The
        projected end moves with it; Ctrl+Z takes the minutes back."""
        r = self._current()
        if r is None or self.store.read_only:
            return
        if r.ended_at is not None and not r.is_running:
            first = self._start_acts_on(r)
            self.show_status(
                f"“{r.title}” has ended: Start (Resume) it first to give it more time."
                if first.id == r.id
                else f"“{r.title}” has ended: start round {first.position} ({first.title},"
                " added since) first, then give it more time."
            )
            return
        new = min(r.timebox_s + minutes * 60, 24 * 3600)
        # "Undo Add 1 min to round 3, “Why it's broken”" ("Undo Add 1 min" said to which not).
        label = f"Add {minutes} min to round {r.position}, “{brief(r.title)}”"
        self.undo_stack.push(SetTimeboxes(self.store, label, {r.id: new}))
        self.refresh_timer()
        end = timing.projected_end(self.store.rounds(), r.id, self.clock())
        self.show_status(
            f"“{r.title}” now has {new // 60} min, {minutes} more: the session ends at"
            f" {datetime.fromtimestamp(end):%H:%M} (Ctrl+Z undoes)."
        )

    def _confirm_end(self, last: Round) -> bool:
        """Ending the session from a last round that has hardly run (Ctrl+Right pressed
        twice, or a round skipped by mistake) asks first; Cancel is the default, so a
        second Enter or a repeated key does not end it either."""
        ran = int(last.elapsed_at(self.clock()))
        if ran >= 60:
            return True
        # Over the presenter view when the facilitator is there (one screen).
        box = QMessageBox(QApplication.activeWindow() or self)
        box.setObjectName("endSessionQuestion")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("End the session?")
        box.setText(
            f"“{last.title}”, the last round, has run {ran // 60}:{ran % 60:02d} of its"
            f" {last.timebox_s // 60} min. End the session now?"
        )
        box.setInformativeText("Ctrl+Z undoes it.")
        end = box.addButton("End session", QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is end

    def replan(self) -> None:
        rounds = self.store.rounds()
        cur = self._current()
        now = self.clock()
        if cur is not None and session_over(
            cur, rounds, now, self.added_since_the_end(cur, rounds)
        ):
            # It said "still 26 min late: skip or remove a round", with no round left.
            self.show_status(
                f"The session ended at {cur.ended_at.astimezone():%H:%M}: no rounds are left"
                " to re-plan."
            )
            return
        deadline = self._deadline()
        planned = timing.planned_timeboxes(rounds, self.store.events())
        plan = timing.replan(rounds, cur.id if cur else None, now, deadline, planned=planned)
        if not plan:
            late = timing.projected_end(rounds, cur.id if cur else None, now) - deadline
            self.show_status(
                f"Every round left is at its shortest and the session is still"
                f" {late_minutes(late, deadline)} min late: skip or remove a round to end on time."
                if late >= 60
                else "Nothing to re-plan: the session ends on time."
            )
            return
        before = {r.id: r for r in rounds}
        self.undo_stack.push(SetTimeboxes(self.store, replan_named(before, plan), plan))
        # Say what moved, so a round cut short is no surprise later.
        changes = "; ".join(
            f"{before[rid].title} {before[rid].timebox_s // 60} → {secs // 60} min"
            + (" (protected: the others are at their shortest)" if before[rid].protected else "")
            for rid, secs in sorted(plan.items(), key=lambda kv: before[kv[0]].position)
        )
        # A protected round the plan left whole is named, so the facilitator sees why.
        kept = [
            r.title
            for r in rounds
            if r.protected
            and r.id not in plan
            and r.elapsed_at(now) == 0
            and (cur is None or r.position > cur.position)
        ]
        if kept:
            changes += f"; {' and '.join(kept)} kept whole (protected)"
        rounds = self.store.rounds()
        late = timing.projected_end(rounds, cur.id if cur else None, now) - deadline
        if late >= 60:
            # The rounds are at their shortest: say so rather than promise an on-time end.
            self.show_status(
                f"Re-planned: {changes}. Still {late_minutes(late, deadline)} min late with every"
                " round at its shortest; skip or remove a round to end on time (Ctrl+Z undoes)."
            )
            return
        self.show_status(f"Re-planned to end on time: {changes} (Ctrl+Z undoes).")

    def _deadline(self) -> float:
        """The planned end (fixed when the session started); before that, now + plan.

        Reading the journal is not free with thousands of notes, so the answer is kept
        until a round changes (`_on_change` clears it).
        """
        if self._deadline_cache is None:  # (no end planned yet is kept too: the clock
            # read the whole journal twice a second until the session started)
            self._deadline_cache = (timing.planned_end(self.store.rounds(), self.store.events()),)
        planned = self._deadline_cache[0]
        if planned is None:
            return self.clock() + sum(r.timebox_s for r in self._unstarted())
        return planned

    def _unstarted(self) -> list[Round]:
        return [r for r in self.store.rounds() if r.elapsed_at(self.clock()) == 0]

    def refresh_timer(self) -> None:
        r = self._current()
        now = self.clock()
        if r is None:
            self.timer_label.setText("--:--")
            self.timer_round.setText("")
            return
        rounds = self.store.rounds()
        if any(x.started_at is not None or x.elapsed_s > 0 for x in rounds):
            self.timer_round.setText(f"▶ Timer: round {r.position}, {r.title}")
        else:
            # "▶ Timer: round 1" before anything ran read as a clock already running. It
            # names the round Start begins: the one open here (round 3, shown to edit its
            # prompt, began when "begins round 1" was said).
            keys = self.findChild(QAction, "startAction").shortcut()
            first = self._start_acts_on(r)
            self.timer_round.setText(
                f"No round started yet: Start or"
                f" {keys.toString(QKeySequence.SequenceFormat.NativeText)} begins round"
                f" {first.position}, {first.title}"
            )
        self._say_where_notes_go(r, rounds)
        state = timing.timer_state(r, now)
        clock = timing.format_clock(timing.remaining(r, now))
        self.timer_label.setText(clock)
        room = self.presenter.wall.words  # the view's clock speaks the room's language
        shown = clock
        self.timer_label.setProperty("state", state)
        colour = {"warning": "#d08000", "overrun": "#c62828"}.get(state, "")
        if colour:  # large type: it reads at 3:1, on a dark window too
            colour = ink(colour, self.timer_label, ratio=LARGE)
        self.timer_label.setStyleSheet(f"color: {colour}" if colour else "")
        since = self.added_since_the_end(r, rounds)
        over = session_over(r, rounds, now, since)
        added = timing.added_after_the_end(r, rounds, now, since)
        self._show_round_buttons(r, over, last=round_after(r, rounds, since) is None)
        if over or added is not None:
            # The last round was ended: the session is over, nothing is late or to re-plan.
            # Not "▶ Timer: round 5", as if it still ran.
            said = f"Session over: round {r.position}, {r.title} was the last"
            if added is not None:
                # A round added after the end, not started: it said "Paused: round 5" and
                # "Paused 05:00" over a Resume that ran round 5's clock again.
                first = self._start_acts_on(r)
                keys = self.findChild(QAction, "startAction").shortcut()
                said = (
                    f"Round {first.position}, {first.title}, not started: Start or"
                    f" {keys.toString(QKeySequence.SequenceFormat.NativeText)} begins it"
                )
            self.timer_round.setText(said)
            self.projected.setText(f"Session ended at {r.ended_at.astimezone():%H:%M}")
            self.timer_label.setText("Done")  # not the last round's minutes left
            shown = room("room.done")
            self.timer_label.setStyleSheet("")
            self.replan_btn.setEnabled(False)
            self.presenter.offer("")
        else:
            # Before the session starts, the whole agenda is ahead whichever round is shown
            # (a look at round 4 took rounds 1-3 off the projected end).
            running = self.store.session().current_round_id
            end = timing.projected_end(rounds, r.id if running == r.id else running, now)
            deadline = self._deadline()
            late = end - deadline
            self.projected.setText(
                f"Projected end {datetime.fromtimestamp(end).strftime('%H:%M')}"
                + (f"  ({late_minutes(late, deadline)} min late)" if late >= 60 else "")
            )
            self.replan_btn.setEnabled(late >= 60 and not self.store.read_only)
            projected = datetime.fromtimestamp(end)
            self.presenter.offer(
                room("room.late", n=late_minutes(late, deadline), end=f"{projected:%H:%M}")
                if self.replan_btn.isEnabled()
                else ""
            )
        paused = not over and not added and not r.is_running and r.elapsed_at(now) > 0
        if paused:
            # A stopped clock must not pass for a running one, here or on the wall.
            # Words, not the pause sign: common fonts draw ⏸ as an empty box.
            self.timer_round.setText(f"Paused: round {r.position}, {r.title}")
            self.timer_label.setText(f"Paused {self.timer_label.text()}")
            shown = room("room.paused", clock=clock)
            if not colour:
                self.timer_label.setStyleSheet(f"color: {ink('#6b6b6b', self.timer_label)}")
        wall = self.presenter.wall.round_id
        # An earlier round put on the wall (Shift+F5): its clock is not the one shown, so the
        # clock says whose it is (round 3's question stood over round 4's minutes).
        # Once the session is over it is no round's clock: "Done" alone over round 3's themes.
        whose = room("room.round_of", n=r.position)
        whose = whose if wall is not None and wall != r.id and not over else ""
        self.presenter.timer.setText(whose + shown)
        self.presenter.timer.setStyleSheet(self.timer_label.styleSheet())
        self.presenter.clock_set()

    def _show_round_buttons(self, r: Round, over: bool, *, last: bool) -> None:
        """Start/Pause/Resume and Next round/End session, as they would act on round r.

        Once the session is over there is no next round; Resume reopens the last one.
        """
        rounds = self.store.rounds()
        added = timing.added_after_the_end(
            r, rounds, self.clock(), self.added_since_the_end(r, rounds)
        )
        if over:
            self.start_btn.setText("Resume")
            self.start_btn.setToolTip(f"Reopen round {r.position} and run its clock again")
        elif added is not None:
            first = self._start_acts_on(r)
            self.start_btn.setText(f"Start round {first.position}")
            self.start_btn.setToolTip(
                f"Start the clock on round {first.position}, {first.title}, added after round"
                f" {r.position} ended the session"
            )
        else:
            # A round paused part-way goes on where it stopped: "Resume", not "Start".
            paused = not r.is_running and r.elapsed_s > 0
            self.start_btn.setText("Pause" if r.is_running else "Resume" if paused else "Start")
            self.start_btn.setToolTip("")
            target = self._start_acts_on(r)
            unrun = [x for x in self.store.rounds() if x.elapsed_s == 0 and x.ended_at is None]
            if not target.is_running and target.elapsed_s == 0 and target not in unrun[:1]:
                # Start begins the round open here, not the clock's or the next one in the
                # agenda, which the button said nowhere: round 3, shown the evening before
                # to edit its prompt, began at the venue where round 1 was meant.
                self.start_btn.setText(f"Start round {target.position}")
                nxt = f"; next in the agenda is round {unrun[0].position}" if unrun else ""
                self.start_btn.setToolTip(
                    f"Start the clock on round {target.position}, {target.title}, the round"
                    f" shown here{nxt}"
                )
        # Heard alone, "Start" or "Pause" did not say what starts: the clock, by name.
        text = self.start_btn.text()
        spoken = "Resume the last round" if over else f"{text} the clock"
        self.start_btn.setAccessibleName(text if text.startswith("Start round") else spoken)
        self.next_btn.setText("End session" if last else "Next round")
        self.next_btn.setToolTip(
            "End the last round: the session is over"
            if last
            else f"Start round {added.position}, {added.title}: round {r.position} has ended"
            if added is not None
            else "End this round and start the next one"
        )
        can_move = not over and not self.store.read_only
        self.next_btn.setEnabled(can_move)
        self.findChild(QAction, "nextAction").setEnabled(can_move)

    def _say_where_notes_go(self, current: Round, rounds: list[Round]) -> None:
        """The capture line's placeholder names the round a note goes to when it is not the
        round whose clock runs (the facilitator looked back at an earlier round)."""
        if self.store.read_only:
            return
        # From the rounds this tick already read: no extra query twice a second.
        shown = next((x for x in rounds if x.id == self._shown), None)
        text, tip = CAPTURE_PLACEHOLDER, ""
        if shown is not None and shown.id != current.id and current.is_running:
            # Short enough for a 1024-pixel window ("...the clock runs round 4, G…"); the
            # tooltip says it whole. In the words of the "Timer: round 4, …" line beside it:
            # "(clock: 4)" read as four minutes, or four o'clock.
            text = (
                f"Notes go to round {shown.position}, {shown.title}"
                f" (timer: round {current.position})"
            )
            tip = (
                f"Notes typed here go to round {shown.position}, {shown.title}, the round on"
                f" show; the clock runs round {current.position}, {current.title}."
            )
        if self.entry.placeholderText() != text:
            self.entry.setToolTip(tip)  # first: a line too narrow for the text tips it whole
            self.entry.setPlaceholderText(text)


def commitments_to_finish(actions: Sequence[Action]) -> str:
    """ "; of the open action items, 1 has no owner and 2 have no due date (Action items
    panel)", or "" when every open item has both."""
    open_items = [a for a in actions if a.status == "open"]
    counts = (
        (sum(not a.owner.strip() for a in open_items), "no owner"),
        (sum(a.due is None for a in open_items), "no due date"),
    )
    missing = [f"{n} {'has' if n == 1 else 'have'} {what}" for n, what in counts if n]
    if not missing:
        return ""
    return f"; of the open action items, {' and '.join(missing)} (Action items panel)"
