"""The words of the minutes: how dates, counts, votes, rounds and people read.

Every format (Word, Markdown) phrases the facts of `content.Minutes` with these functions,
so a date or a vote count reads the same in each. The words come from the catalogue of the
minutes' language (`m.words`, roundtable/export/languages); functions given no `Minutes`
take those words as `w`.
"""

from __future__ import annotations

from roundtable.export.content import ActionRow, Minutes, NoteLine, RoundBlock, ThemeBlock
from roundtable.export.direction import Part, in_ltr_line
from roundtable.export.languages import Words, without_prefix
from roundtable.model import Function


def tie_note(m: Minutes) -> str:
    """The line under the top themes when a tie was cut: "3 more themes also have 1 vote."."""
    if not m.top_tied_out or not m.top_themes:
        return ""
    w = m.words
    more = w.count(m.top_tied_out, "more_themes")
    votes = w.count(m.top_themes[-1].total_votes, "votes")
    return w.count(m.top_tied_out, "tie_note", more=more, votes=votes)


# The summary keeps to the first page: past this many action items it names the first ones
# (open before done and dropped) and says where the rest are. Thirty items ran it to two pages.
SUMMARY_ACTIONS = 10


def more_actions_note(m: Minutes) -> str:
    """What the summary says after its action items when it did not list them all."""
    more = len(m.actions) - SUMMARY_ACTIONS
    if more <= 0:
        return ""
    return m.words("more_actions", more=more, total=len(m.actions))


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
    w = m.words
    out = []
    for a in ordered:
        closed = a.status in ("done", "dropped")
        due = w("due_on", day=w.day(a.due)) if a.due else ("" if closed else w("no_date"))
        if overdue(a, m):
            due += ", " + w("overdue")
        owner = in_ltr_line(a.owner) or ("" if closed else w("no_owner"))
        status_text = w.status(a.status) if closed else ""
        if a.carried:
            status_text = ", ".join(x for x in (w("carried_over"), status_text) if x)
        source = action_source(w, a)
        out.append((a, ", ".join(x for x in (owner, due, source, status_text) if x)))
    return out


def review_text(m: Minutes) -> str:
    """What became of the commitments a follow-up carried over, for its summary: "Commitments
    from 5 December 2026: 2 done, 2 still open (1 overdue), 1 dropped."; "" when it carried
    none (or is no follow-up). The summary's list mixed them with the new items and cut it
    at ten, so a reader of the first page could not tell how many were done."""
    carried = [a for a in m.actions if a.carried]
    if not carried:
        return ""
    w = m.words
    done = sum(a.status == "done" for a in carried)
    dropped = sum(a.status == "dropped" for a in carried)
    still = len(carried) - done - dropped
    late = sum(overdue(a, m) for a in carried)
    parts = []
    if done:
        parts.append(w.count(done, "review_done"))
    if still:
        parts.append(w.count(still, "review_open"))
        if late:
            parts[-1] += f" ({w.count(late, 'review_overdue')})"
    if dropped:
        parts.append(w.count(dropped, "review_dropped"))
    previous = m.follow_up_of
    held_on = previous.held_on if previous else None
    joined = ", ".join(parts)
    if held_on:
        return w("review_from", day=w.day(held_on), parts=joined)
    return w("review_from_last", parts=joined)


def previous_session_parts(m: Minutes) -> list[Part]:
    """The front page's "Follow-up of" value as parts: "“Q4 roundtable”, 5 December 2026",
    or the file's name for a follow-up made before its title and day were recorded."""
    previous = m.follow_up_of
    if previous is None:
        return []
    if not previous.title:
        return [(previous.file, "", True)]
    w = m.words
    parts: list[Part] = [(w.quoted(previous.title), "", True)]
    if previous.held_on:
        parts.append((f", {w.day(previous.held_on)}", "", False))
    return parts


def carried_text(m: Minutes) -> str:
    """The line under a carried-over action in the table: "Carried over from 5 December
    2026" ("Carried over" when the earlier session's day was not recorded)."""
    previous = m.follow_up_of
    held_on = previous.held_on if previous else None
    w = m.words
    return w("carried_from", day=w.day(held_on)) if held_on else w("carried")


def owner_function(w: Words, a: ActionRow) -> str:
    """The table's Function cell: the owner's function, only when there is an owner (a
    "joint" beside "—" read oddly)."""
    return w.function(a.function) if a.owner else ""


def action_source(w: Words, a: ActionRow) -> str:
    """Where an action came from: 'from “Lead definition”'."""
    if not a.theme:
        return ""
    return w("from_theme", theme=in_ltr_line(a.theme))


def format_duration(w: Words, minutes: int | None) -> str:
    if minutes is None:
        return w("not_recorded")
    hours, mins = divmod(minutes, 60)
    return w("hours_minutes", h=hours, m=f"{mins:02d}") if hours else w("minutes_only", m=mins)


def duration_text(m: Minutes) -> str:
    """The Duration line's value: "14:55–15:40 (45 min)", or while the round started last
    has not been ended, "14:55 – still running (3 min so far, last entry at 14:58)"."""
    w = m.words
    minutes = format_duration(w, m.duration_minutes)
    if m.started is None or m.ended is None:
        return minutes
    start, end = w.time(m.started), w.time(m.ended)
    if not m.still_running:
        return w("span", start=start, end=end, duration=minutes)
    if end == start:
        # Nothing recorded since the start: "0 min so far" reads like a fault.
        return w("running", start=start)
    return w("running_since", start=start, duration=minutes, end=end)


def function_counts(w: Words, counts: dict[Function, int], sides: tuple[Function, ...]) -> str:
    """ "7 sales, 5 marketing" for the functions `sides`, and "1 other" when there is one."""
    parts = [w("function_count", n=counts[f], function=w.function(f)) for f in sides]
    if counts.get("other"):
        parts.append(w("function_count", n=counts["other"], function=w.function("other")))
    return ", ".join(parts)


def format_votes(w: Words, votes: dict[Function, int], unvoted: tuple[Function, ...] = ()) -> str:
    """ "7 sales, 5 marketing, 1 other" (zero counts for "other" left out). A side that gave
    no dots in the whole round is left out rather than counted as "0 sales", which read as
    sales turning the theme down: "4 marketing". `unvoted_text` says why, once per round;
    said after every theme's count, it filled the summary and the round with the same words."""
    return function_counts(w, votes, tuple(f for f in ("sales", "marketing") if f not in unvoted))


def theme_votes_text(w: Words, t: ThemeBlock) -> str:
    """ ": 7 votes (4 sales, 3 marketing)" after a theme's name in the summary; the total
    alone where the round's dots are not counted by function (`RoundBlock.votes_withheld`)."""
    votes = w.count(t.total_votes, "votes")
    if t.split_withheld:
        return w("theme_votes_total", votes=votes)
    return w("theme_votes", votes=votes, split=format_votes(w, t.votes, t.unvoted))


def _no_votes_from(w: Words, unvoted: tuple[Function, ...], where: str) -> str:
    missing = w.joined(w.function(f) for f in unvoted)
    which = w.joined((w.function(f) for f in unvoted), "or")
    who = missing[:1].upper() + missing[1:]
    return w.count(len(unvoted), "no_votes_from", who=who, where=where, which=which)


def unvoted_text(w: Words, rnd: RoundBlock) -> str:
    """The line under a round's question when sales or marketing gave no dots in it:
    "Sales gave no votes in this round, so its themes show no sales count.", or ""."""
    return _no_votes_from(w, rnd.unvoted, w("in_this_round")) if rnd.unvoted else ""


def summary_unvoted_notes(m: Minutes) -> list[str]:
    """The lines under the summary's top themes, one for each of their rounds in which sales
    or marketing gave no dots: "Sales gave no votes in round 3, Why it's broken, so its
    themes show no sales count." """
    rounds: dict[int, tuple[str, tuple[Function, ...]]] = {}
    for t in m.top_themes:
        if t.unvoted:
            rounds[t.round_position] = (t.round_title, t.unvoted)
    w = m.words
    return [
        _no_votes_from(w, unvoted, w("in_round_titled", n=position, title=in_ltr_line(title)))
        for position, (title, unvoted) in sorted(rounds.items())
    ]


def question_text(note: NoteLine) -> str:
    """An open question as the minutes' list of them gives it: a question carried over reads
    without its "Open question: " (or "Offene Frage: ", in any language of the minutes)
    there (under that heading it was said twice)."""
    return without_prefix(note.text, "carried_question")


def who(w: Words, note: NoteLine, *, question: bool = True) -> str:
    """The attribution after a note: "sales" or "Hannah Berg, sales"; "" in an anonymous
    session, where a function held by few people would point at them. A note marked as an
    open question says so too ("sales; open question", or "open question" alone), unless
    `question` is False (in the list of open questions itself)."""
    said = ""
    if note.marked:
        name = in_ltr_line(note.participant)
        function = w.function(note.function)
        said = w("named_function", name=name, function=function) if note.participant else function
    if note.open_question and question:
        asked = w("open_question")
        said = w("said_and_question", said=said, question=asked) if said else asked
    return said


def notes_count_text(m: Minutes) -> str:
    """ "61 notes in 5 rounds", or with rounds left without notes "5 notes in 2 of 5 rounds"."""
    w = m.words
    rounds = len(m.rounds)
    agenda = rounds + len(m.quiet_rounds)
    of = w.count(rounds, "rounds_of" if agenda != rounds else "rounds", agenda=agenda)
    anon = w("recorded_anonymously") if m.anonymous else ""
    return w("notes_in", notes=w.count(m.note_count, "notes"), rounds=of, anonymous=anon)


def quiet_round_parts(m: Minutes) -> list[tuple[str, list[Part]]]:
    """The front page's lines about the rounds with no notes, as (label, parts):
    ("Not reached", [Round 4: Game changers (the main round); Round 5: Wrap-up]), then
    ("No notes", ...). A protected round (the one the room came for) says so, in a
    reader's words: "protected" is the app's (a re-plan shortens it last)."""
    w = m.words
    out = []
    several = sum(q.protected for q in m.quiet_rounds) > 1
    main = w("a_main_round") if several else w("the_main_round")
    for label, reached in ((w("not_reached"), False), (w("no_notes"), True)):
        parts: list[Part] = []
        for q in (q for q in m.quiet_rounds if q.reached == reached):
            if parts:
                parts.append((w("list_sep"), "", False))
            parts += [(w("round_colon", n=q.position), "", False), (q.title, "", True)]
            if q.protected:
                parts.append((main, "", False))
        if parts:
            out.append((label, parts))
    return out


def attendance_text(m: Minutes) -> str:
    """ "12 (6 sales, 5 marketing, 1 other)", counted from the roster. In an anonymous session
    notes are not tied to people, so a roster that misses a function the notes came from
    ("1 (1 sales, 0 marketing)" beside marketing notes) is not printed as the room."""
    w = m.words
    att = m.attendance
    total = sum(att.values())
    if not total:
        return w("not_recorded")
    if m.anonymous and any(not att[n.function] for n in m.appendix):
        return w("anonymous_attendance", people=w.count(total, "people"))
    split = function_counts(w, att, ("sales", "marketing"))
    return w("attendance_total", total=total, split=split)


def appendix_when(m: Minutes, note: NoteLine) -> str:
    """When the appendix says a note was entered: its time ("09:31"), or its day ("19 Jan")
    when that was not the session's day. A follow-up's carried commitments are put on its
    board when it is made, often the day before: as "16:05" above the meeting's "09:31",
    the times of "all notes in order of entry" ran backwards."""
    w, at = m.words, note.created_at
    if at.date() == m.day:
        return w.time(at)
    day = w("day.first") if at.day == 1 else w("day", n=at.day)
    return w("day_month", day=day, month=w(f"mon.{at.month}"))


def appendix_rounds(m: Minutes) -> list[tuple[int, str]]:
    """The rounds the appendix's notes come from, in order: (position, title)."""
    return sorted({(n.round_position, n.round_title) for n in m.appendix})
