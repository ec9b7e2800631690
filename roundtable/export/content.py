"""The facts of the minutes, gathered once, that every export format renders.

Word, Markdown and CSV all read a `Minutes` built here from a `SessionSnapshot`, so the
three cannot disagree about which themes lead, which notes belong where, or whether names
are shown. Text is made safe for XML here too (control characters removed, everything else
kept exactly), because a stray control character from a paste would otherwise break the
Word file.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from roundtable.anonymity import dots_withheld, lone_holder
from roundtable.export.languages import (
    Words,
    follow_up_words,
    in_own_words,
    without_prefix,
    words,
)
from roundtable.export.session_times import held_on, session_clock, session_span, still_running
from roundtable.model import (  # noqa: F401 (exports use counted from here)
    FUNCTIONS,
    Function,
    Note,
    Participant,
    PreviousSession,
    SessionInfo,
    counted,
    in_the_room,
)
from roundtable.room_language import written_language
from roundtable.snapshot import SessionSnapshot

# XML 1.0 allows tab, newline and carriage return among the controls; nothing else below
# 0x20, no lone surrogates and not the two non-characters U+FFFE/U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

TOP_THEMES = 5
# The two functions the minutes compare.
_SIDES: tuple[Function, ...] = ("sales", "marketing")
# Themes tied with the last of the top five are listed too (leaving one out says it got
# fewer votes), up to this many in all; the rest of a tie is counted in a line.
TOP_THEMES_WITH_TIES = 8


def xml_safe(text: str) -> str:
    """Return `text` without the characters an XML document cannot hold."""
    return _NOT_XML.sub("", text)


def _unvoted(dots: dict[Function, int]) -> tuple[Function, ...]:
    """Sales or marketing when that side gave no dots in a round where another did."""
    return tuple(f for f in _SIDES if not dots[f]) if any(dots.values()) else ()


@dataclass(frozen=True)
class NoteLine:
    """One note as a reader of the minutes sees it."""

    id: int
    text: str
    function: Function
    participant: str  # empty when the session is anonymous or nobody was recorded
    created_at: datetime
    round_position: int
    round_title: str
    theme: str  # empty when the note belongs to no theme
    theme_votes: int | None
    source: str = "facilitator"  # typed here, sent from a phone ("device"), or imported
    # False in an anonymous session: the minutes then say no note's function (DESIGN: notes
    # "marked sales/marketing unless anonymous"); `function` still counts in the split.
    marked: bool = True
    open_question: bool = False  # a question the room could not answer (model.Note)


@dataclass(frozen=True)
class ThemeBlock:
    """A theme with its notes (in order of entry) and its dots by function."""

    id: int
    label: str
    round_position: int
    round_title: str
    votes: dict[Function, int]
    notes: tuple[NoteLine, ...]
    # Sales or marketing when that side gave no dots at all in the theme's round (and the
    # other did): its "0" here is no verdict on the theme.
    unvoted: tuple[Function, ...] = ()
    # In an anonymous session, the round's dots came from phones and one person on the
    # roster holds a function: its dots by function would say how that person voted, so
    # only the total is shown (RoundBlock.votes_withheld).
    split_withheld: bool = False

    @property
    def total_votes(self) -> int:
        return sum(self.votes.values())

    def notes_by(self, function: Function) -> int:
        return sum(1 for n in self.notes if n.function == function)


@dataclass(frozen=True)
class RoundBlock:
    position: int
    title: str
    prompt: str
    themes: tuple[ThemeBlock, ...]  # most votes first; ties keep board order
    ungrouped: tuple[NoteLine, ...]
    # In an anonymous session, the functions of the round's notes that one person on the
    # roster holds: counted by function, those notes would say whose they are, so the
    # round is not compared by its notes (comparison.notes_withheld).
    lone_sides: tuple[Function, ...] = ()
    # In an anonymous session, a round with dots where one person on the roster holds a
    # function: its dots are not counted by function (each theme says its total, the round
    # says why and is not compared). `anonymity.dots_withheld` is the rule.
    votes_withheld: bool = False
    # Some of the round's dots came from phones (the line that withholds them says so).
    phone_voted: bool = False

    @property
    def has_votes(self) -> bool:
        return any(t.total_votes for t in self.themes)

    @property
    def unvoted(self) -> tuple[Function, ...]:
        """Sales or marketing when that side gave no dots in the round (and another did)."""
        return self.themes[0].unvoted if self.themes else ()


@dataclass(frozen=True)
class QuietRound:
    """A round of the agenda with no notes: never reached (the session ended before it) or
    run without anyone writing a note. Its heading is left out of the minutes."""

    position: int
    title: str
    reached: bool
    protected: bool
    actions: int = 0  # action items agreed in it, not carried over (a closing round has some)


@dataclass(frozen=True)
class ActionRow:
    text: str
    owner: str
    function: str
    due: date | None
    status: str
    theme: str
    carried: bool = False  # brought over from the session this one follows up
    # Carried over and since handed to someone else or given another date: the owner and
    # due date it came over with; None when it is still as agreed then.
    was: tuple[str, date | None] | None = None


@dataclass(frozen=True)
class Minutes:
    """Everything the minutes say, in the order they say it."""

    title: str
    day: date
    facilitator: str
    started: datetime | None
    ended: datetime | None  # the last recorded moment, even while a round still runs
    still_running: bool  # the meeting had not ended when exported: see `still_running`
    attendance: dict[Function, int]
    attendees: tuple[str, ...]  # "Name (Organisation)" in roster order; none when anonymous
    absent: tuple[str, ...]  # on the roster but not in the room; none when anonymous
    anonymous: bool
    follow_up_of: PreviousSession | None
    rounds: tuple[RoundBlock, ...]
    quiet_rounds: tuple[QuietRound, ...]
    top_themes: tuple[ThemeBlock, ...]
    top_tied_out: int  # themes with as many votes as the last one listed, not listed
    actions: tuple[ActionRow, ...]
    appendix: tuple[NoteLine, ...]
    # The notes marked as questions the room could not answer, in the order of the rounds.
    open_questions: tuple[NoteLine, ...] = ()
    language: str = "en"  # the language the minutes' own words are in ("en", "de", "fr", "es")

    @property
    def words(self) -> Words:
        """The minutes' own words in their language."""
        return words(self.language)

    @property
    def duration_minutes(self) -> int | None:
        if self.started is None or self.ended is None:
            return None
        return max(0, round((self.ended - self.started).total_seconds() / 60))

    @property
    def note_count(self) -> int:
        return len(self.appendix)


def minutes_language(snap: SessionSnapshot) -> str:
    """The language the minutes of `snap` are written in unless the organizer chooses: the
    one most of its notes are written in, if the minutes can be written in it, else its
    agenda's when that is German, French or Spanish, else English."""
    return written_language(snap.rounds, (n.text for n in snap.notes))[0]


def build_minutes(snap: SessionSnapshot, language: str | None = None) -> Minutes:
    """Gather the minutes of `snap`, their own words in `language` (by default the one its
    notes are written in); deleted notes, themes and actions are not in it."""
    words(language or "en")  # an unknown language is refused before any work
    info = snap.session
    language = language or minutes_language(snap)
    previous = info.follow_up_of
    if previous is None and info.parent_session:  # a follow-up made before it was recorded
        previous = PreviousSession(info.parent_session, "", None)
    if previous is not None:
        previous = dataclasses.replace(
            previous, file=xml_safe(previous.file), title=xml_safe(previous.title)
        )
    carried = set(previous.carried_action_ids) if previous else set()
    came_as = (
        {i: (xml_safe(owner), due) for i, _, owner, due in previous.carried_as} if previous else {}
    )
    # A carried commitment's note says the words, owner and date it was carried over with,
    # which may since have changed (a typo put right, handed on); it is recognised by those.
    as_carried = (
        {i: (text, owner, due) for i, text, owner, due in previous.carried_as} if previous else {}
    )
    own_words = follow_up_words(
        words(language),
        [as_carried.get(a.id, (a.text, a.owner, a.due)) for a in snap.actions if a.id in carried],
    )
    at = session_clock(info)
    anonymous = info.anonymous
    rounds_by_id = {r.id: r for r in snap.rounds}
    themes_by_id = {t.id: t for t in snap.themes}
    votes: dict[int, dict[Function, int]] = defaultdict(lambda: dict.fromkeys(FUNCTIONS, 0))
    for v in snap.votes:
        votes[v.theme_id][v.function] += v.count

    def line(n: Note) -> NoteLine:
        rnd = rounds_by_id.get(n.round_id)
        theme = themes_by_id.get(n.theme_id) if n.theme_id is not None else None
        person = snap.participant(n.participant_id)
        # A question a follow-up carried over reads "Open question: …", and the minutes
        # mark every open question: said once, by the mark, while it is still open.
        text = (
            without_prefix(n.text, "carried_question")
            if n.open_question
            else own_words(n.text, n.source)
        )
        return NoteLine(
            id=n.id,
            text=xml_safe(text),
            function=n.function,
            participant="" if anonymous or person is None else xml_safe(person.name),
            created_at=at(n.created_at),
            round_position=rnd.position if rnd else 0,
            round_title=xml_safe(rnd.title) if rnd else "",
            theme=xml_safe(theme.label) if theme else "",
            theme_votes=sum(votes[theme.id].values()) if theme else None,
            source=n.source,
            marked=not anonymous,
            open_question=n.open_question,
        )

    lines = [line(n) for n in snap.notes]
    notes_of_theme: dict[int, list[NoteLine]] = defaultdict(list)
    ungrouped: dict[int, list[NoteLine]] = defaultdict(list)
    for n, nl in zip(snap.notes, lines, strict=True):
        if n.theme_id is not None and n.theme_id in themes_by_id:
            notes_of_theme[n.theme_id].append(nl)
        else:
            ungrouped[n.round_id].append(nl)

    round_blocks = []
    lone = [f for f in FUNCTIONS if lone_holder(snap.participants, f)] if anonymous else []
    quiet: list[QuietRound] = []
    # Only a session run live has rounds it did not reach; in one typed up afterwards no
    # round was started, and a round without notes simply had none.
    run_live = any(r.started_at for r in snap.rounds)
    all_themes: list[ThemeBlock] = []
    for r in sorted(snap.rounds, key=lambda r: r.position):
        board = sorted((t for t in snap.themes if t.round_id == r.id), key=lambda t: t.position)
        dots = {f: sum(votes[t.id][f] for t in board) for f in FUNCTIONS}
        withheld = dots_withheld(snap.participants, anonymous=anonymous, dots=any(dots.values()))
        # (Nor is "sales gave no votes" said of a side of one person.)
        unvoted = () if withheld else _unvoted(dots)
        blocks = [
            ThemeBlock(
                id=t.id,
                label=xml_safe(t.label),
                round_position=r.position,
                round_title=xml_safe(r.title),
                votes=dict(votes[t.id]),
                notes=tuple(notes_of_theme[t.id]),
                unvoted=unvoted,
                split_withheld=withheld,
            )
            for t in board
            # A theme left with no notes and no votes (its last note was moved) said
            # "No votes · 0 notes" in the minutes and took a row of the comparison.
            if notes_of_theme[t.id] or any(votes[t.id].values())
        ]
        blocks.sort(key=lambda b: -b.total_votes)  # stable: ties keep board order
        all_themes.extend(blocks)
        if not blocks and not ungrouped[r.id]:
            # A round nobody spoke in would only be an empty heading: the front page names it.
            reached = r.started_at is not None or not run_live
            # Not those a follow-up carried over onto its review round: they came agreed.
            agreed = sum(a.round_id == r.id and a.id not in carried for a in snap.actions)
            quiet.append(QuietRound(r.position, xml_safe(r.title), reached, r.protected, agreed))
            continue
        round_blocks.append(
            RoundBlock(
                position=r.position,
                title=xml_safe(r.title),
                prompt=xml_safe(r.prompt),
                themes=tuple(blocks),
                ungrouped=tuple(ungrouped[r.id]),
                lone_sides=tuple(
                    f for f in lone if any(n.function == f for t in blocks for n in t.notes)
                ),
                votes_withheld=withheld,
                phone_voted=r.id in snap.phone_voted_rounds,
            )
        )

    top = tuple(sorted((t for t in all_themes if t.total_votes), key=lambda t: -t.total_votes))
    actions = tuple(
        ActionRow(
            text=xml_safe(a.text),
            owner=xml_safe(a.owner),
            function=a.owner_function,
            due=a.due,
            status=a.status,
            theme=xml_safe(themes_by_id[a.theme_id].label) if a.theme_id in themes_by_id else "",
            carried=a.id in carried,
            was=_was(came_as.get(a.id), a.owner, a.due),
        )
        for a in sorted(snap.actions, key=lambda a: a.position)
    )
    shown_top, tied_out = _with_ties(top)
    started, ended = session_span(snap, at)
    attendance: dict[Function, int] = dict.fromkeys(FUNCTIONS, 0)
    here = in_the_room(snap.participants, snap.notes)
    for p in here:
        attendance[p.function] += 1
    attendees = () if anonymous else tuple(_attendee(p) for p in here)
    away = [p for p in snap.participants if p not in here]
    absent = () if anonymous else tuple(_attendee(p) for p in away)
    return Minutes(
        # "Follow-up: …", the title a follow-up is given, in the minutes' words too.
        title=xml_safe(
            in_own_words(words(language), info.title, "follow_up_title") if previous else info.title
        ),
        day=held_on(snap),
        facilitator=xml_safe(info.facilitator),
        started=started,
        ended=ended,
        still_running=started is not None and still_running(snap),
        attendance=attendance,
        attendees=attendees,
        absent=absent,
        anonymous=anonymous,
        follow_up_of=previous,
        rounds=tuple(round_blocks),
        quiet_rounds=tuple(quiet),
        top_themes=shown_top,
        top_tied_out=tied_out,
        actions=actions,
        appendix=tuple(lines),
        open_questions=tuple(sorted((n for n in lines if n.open_question), key=_round_order)),
        language=language,
    )


def _round_order(note: NoteLine) -> tuple[int, datetime, int]:
    return note.round_position, note.created_at, note.id


def _with_ties(ranked: Sequence[ThemeBlock]) -> tuple[tuple[ThemeBlock, ...], int]:
    """The top five, and every theme tied with the fifth up to TOP_THEMES_WITH_TIES; and
    how many more share the last listed count."""
    if len(ranked) <= TOP_THEMES:
        return tuple(ranked), 0
    last = ranked[TOP_THEMES - 1].total_votes
    tied = [t for t in ranked[TOP_THEMES:] if t.total_votes == last]
    room = TOP_THEMES_WITH_TIES - TOP_THEMES
    return (*ranked[:TOP_THEMES], *tied[:room]), max(0, len(tied) - room)


def _attendee(p: Participant) -> str:
    """One roster entry as the minutes list it: "Hannah Berg (Nordlicht)"."""
    name = xml_safe(p.name)
    return f"{name} ({xml_safe(p.organisation)})" if p.organisation.strip() else name


def _was(
    came_as: tuple[str, date | None] | None, owner: str, due: date | None
) -> tuple[str, date | None] | None:
    """The owner and due date a carried action came over with, when either has changed."""
    if came_as is None or came_as == (xml_safe(owner), due):
        return None
    return came_as
