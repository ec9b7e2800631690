"""The words of the minutes: how dates, counts, votes, rounds and people read.

Every format (Word, Markdown) phrases the facts of `content.Minutes` with these functions,
so a date or a vote count reads the same in each.
"""

from __future__ import annotations

from datetime import date

from roundtable.dates import written_date
from roundtable.export.content import ActionRow, Minutes, NoteLine, RoundBlock
from roundtable.export.direction import Part, in_ltr_line
from roundtable.model import Function, counted


def tie_note(m: Minutes) -> str:
    """The line under the top themes when a tie was cut: "3 more themes also have 1 vote."."""
    if not m.top_tied_out or not m.top_themes:
        return ""
    more = counted(m.top_tied_out, "more theme")
    verb = "also has" if m.top_tied_out == 1 else "also have"
    return f"{more} {verb} {counted(m.top_themes[-1].total_votes, 'vote')}."


# The summary keeps to the first page: past this many action items it names the first ones
# (open before done and dropped) and says where the rest are. Thirty items ran it to two pages.
SUMMARY_ACTIONS = 10


def more_actions_note(m: Minutes) -> str:
    """What the summary says after its action items when it did not list them all."""
    more = len(m.actions) - SUMMARY_ACTIONS
    if more <= 0:
        return ""
    return f"…and {more} more: all {len(m.actions)} are under “Action items” below."


def overdue(a: ActionRow, m: Minutes) -> bool:
    """A commitment carried over from the session this one follows up, still open, whose date
    passed before this session's day: it slipped. (An item agreed in the session itself is
    dated as agreed; the minutes do not second-guess it.)"""
    return a.carried and a.status == "open" and a.due is not None and a.due < m.day


def summary_actions(m: Minutes) -> list[tuple[ActionRow, str]]:
    """The summary's commitments: the open ones first, then the done and the dropped ones,
    each with what is said after it in grey ("Ana Lopez, due 8 January 2027, from “Lead
    definition”", and "done" or "dropped" for one that is). Done items read as if still open
    there (only the table said done). An open item without an owner or a date says so ("no
    owner yet", "no date"), and one whose date passed before this session says "overdue":
    it needs chasing; a closed one does not."""
    order = {"open": 0, "done": 1, "dropped": 2}
    ordered = sorted(m.actions, key=lambda a: order.get(a.status, 0))  # stable: table order
    ordered = ordered[:SUMMARY_ACTIONS]
    out = []
    for a in ordered:
        closed = a.status in ("done", "dropped")
        due = f"due {format_day(a.due)}" if a.due else ("" if closed else "no date")
        if overdue(a, m):
            due += ", overdue"
        owner = in_ltr_line(a.owner) or ("" if closed else "no owner yet")
        status_text = a.status if closed else ""
        if a.carried:
            status_text = ", ".join(x for x in ("carried over", status_text) if x)
        out.append((a, ", ".join(x for x in (owner, due, action_source(a), status_text) if x)))
    return out


def previous_session_parts(m: Minutes) -> list[Part]:
    """The front page's "Follow-up of" value as parts: "“Q4 roundtable”, 5 December 2026",
    or the file's name for a follow-up made before its title and day were recorded."""
    previous = m.follow_up_of
    if previous is None:
        return []
    if not previous.title:
        return [(previous.file, "", True)]
    parts: list[Part] = [(f"“{previous.title}”", "", True)]
    if previous.held_on:
        parts.append((f", {format_day(previous.held_on)}", "", False))
    return parts


def carried_text(m: Minutes) -> str:
    """The line under a carried-over action in the table: "Carried over from 5 December
    2026" ("Carried over" when the earlier session's day was not recorded)."""
    previous = m.follow_up_of
    held_on = previous.held_on if previous else None
    return f"Carried over from {format_day(held_on)}" if held_on else "Carried over"


def owner_function(a: ActionRow) -> str:
    """The table's Function cell: the owner's function, only when there is an owner (a
    "joint" beside "—" read oddly)."""
    return a.function if a.owner else ""


def action_source(a: ActionRow) -> str:
    """Where an action came from: 'from “Lead definition”'."""
    if not a.theme:
        return ""
    return f"from “{in_ltr_line(a.theme)}”"


def format_day(d: date, *, short: bool = False) -> str:
    """ "23 November 2026", or "23 Nov 2026" where a table column is narrow."""
    return written_date(d) if short else f"{d.day} {d:%B %Y}"


def format_duration(minutes: int | None) -> str:
    if minutes is None:
        return "not recorded"
    hours, mins = divmod(minutes, 60)
    return f"{hours} h {mins:02d} min" if hours else f"{mins} min"


def duration_text(m: Minutes) -> str:
    """The Duration line's value: "14:55–15:40 (45 min)", or while the round started last
    has not been ended, "14:55 – still running (3 min so far, last entry at 14:58)"."""
    minutes = format_duration(m.duration_minutes)
    if m.started is None or m.ended is None:
        return minutes
    start, end = f"{m.started:%H:%M}", f"{m.ended:%H:%M}"
    if not m.still_running:
        return f"{start}–{end} ({minutes})"
    if end == start:
        # Nothing recorded since the start: "0 min so far" reads like a fault.
        return f"{start} – still running"
    return f"{start} – still running ({minutes} so far, last entry at {end})"


def format_votes(votes: dict[Function, int], unvoted: tuple[Function, ...] = ()) -> str:
    """ "7 sales, 5 marketing, 1 other" (zero counts for "other" left out). A side that gave
    no dots in the whole round is left out rather than counted as "0 sales", which read as
    sales turning the theme down: "4 marketing". `unvoted_text` says why, once per round;
    said after every theme's count, it filled the summary and the round with the same words."""
    parts = [f"{votes[f]} {f}" for f in ("sales", "marketing") if f not in unvoted]
    if votes.get("other"):
        parts.append(f"{votes['other']} other")
    return ", ".join(parts)


def _no_votes_from(unvoted: tuple[Function, ...], where: str) -> str:
    missing = " and ".join(unvoted).capitalize()
    return f"{missing} gave no votes {where}, so its themes show no {' or '.join(unvoted)} count."


def unvoted_text(rnd: RoundBlock) -> str:
    """The line under a round's question when sales or marketing gave no dots in it:
    "Sales gave no votes in this round, so its themes show no sales count.", or ""."""
    return _no_votes_from(rnd.unvoted, "in this round") if rnd.unvoted else ""


def summary_unvoted_notes(m: Minutes) -> list[str]:
    """The lines under the summary's top themes, one for each of their rounds in which sales
    or marketing gave no dots: "Sales gave no votes in round 3, Why it's broken, so its
    themes show no sales count." """
    rounds: dict[int, tuple[str, tuple[Function, ...]]] = {}
    for t in m.top_themes:
        if t.unvoted:
            rounds[t.round_position] = (t.round_title, t.unvoted)
    return [
        _no_votes_from(unvoted, f"in round {position}, {in_ltr_line(title)}")
        for position, (title, unvoted) in sorted(rounds.items())
    ]


# Before each question a follow-up carries over from the session before (roundtable.follow_up).
CARRIED_QUESTION = "Open question: "


def question_text(note: NoteLine) -> str:
    """An open question as the minutes' list of them gives it: a question carried over reads
    without its "Open question: " there (under that heading it was said twice)."""
    return note.text.removeprefix(CARRIED_QUESTION)


def who(note: NoteLine, *, question: bool = True) -> str:
    """The attribution after a note: "sales" or "Hannah Berg, sales"; "" in an anonymous
    session, where a function held by few people would point at them. A note marked as an
    open question says so too ("sales; open question", or "open question" alone), unless
    `question` is False (in the list of open questions itself)."""
    said = ""
    if note.marked:
        name = in_ltr_line(note.participant)
        said = f"{name}, {note.function}" if note.participant else note.function
    if note.open_question and question:
        said = f"{said}; open question" if said else "open question"
    return said


def notes_count_text(m: Minutes) -> str:
    """ "61 notes in 5 rounds", or with rounds left without notes "5 notes in 2 of 5 rounds"."""
    rounds = len(m.rounds)
    agenda = rounds + len(m.quiet_rounds)
    of = f"{rounds} of {agenda} rounds" if agenda != rounds else counted(rounds, "round")
    anon = "; recorded anonymously" if m.anonymous else ""
    return f"{counted(m.note_count, 'note')} in {of}{anon}"


def quiet_round_parts(m: Minutes) -> list[tuple[str, list[Part]]]:
    """The front page's lines about the rounds with no notes, as (label, parts):
    ("Not reached", [Round 4: Game changers (the main round); Round 5: Wrap-up]), then
    ("No notes", ...). A protected round (the one the room came for) says so, in a
    reader's words: "protected" is the app's (a re-plan shortens it last)."""
    out = []
    several = sum(q.protected for q in m.quiet_rounds) > 1
    main = " (a main round)" if several else " (the main round)"
    for label, reached in (("Not reached", False), ("No notes", True)):
        parts: list[Part] = []
        for q in (q for q in m.quiet_rounds if q.reached == reached):
            if parts:
                parts.append(("; ", "", False))
            parts += [(f"Round {q.position}: ", "", False), (q.title, "", True)]
            if q.protected:
                parts.append((main, "", False))
        if parts:
            out.append((label, parts))
    return out


def attendance_text(m: Minutes) -> str:
    """ "12 (6 sales, 5 marketing, 1 other)", counted from the roster. In an anonymous session
    notes are not tied to people, so a roster that misses a function the notes came from
    ("1 (1 sales, 0 marketing)" beside marketing notes) is not printed as the room."""
    att = m.attendance
    total = sum(att.values())
    if not total:
        return "not recorded"
    if m.anonymous and any(not att[n.function] for n in m.appendix):
        people = "1 person" if total == 1 else f"{total} people"
        return f"not recorded: the notes are anonymous ({people} on the roster)"
    parts = [f"{att['sales']} sales", f"{att['marketing']} marketing"]
    if att["other"]:
        parts.append(f"{att['other']} other")
    return f"{total} ({', '.join(parts)})"
