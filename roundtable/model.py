"""The data a roundtable session is made of, as frozen dataclasses.

These are the values the store hands out and the UI, the exporters and the CLI read. They
hold plain data only (no connection, no Qt), so they can cross threads and be compared in
tests. Changing data always goes through `roundtable.store.Store`, which returns new values.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Literal

from . import function_words
from .name_forms import called_by

Function = Literal["sales", "marketing", "other"]
FUNCTIONS: tuple[Function, ...] = ("sales", "marketing", "other")
OwnerFunction = Literal["sales", "marketing", "other", "joint"]
OWNER_FUNCTIONS: tuple[OwnerFunction, ...] = ("sales", "marketing", "other", "joint")
Source = Literal["facilitator", "device", "import"]
SOURCES: tuple[Source, ...] = ("facilitator", "device", "import")
Placement = Literal["manual", "auto"]
ThemeOrigin = Literal["auto", "manual"]
# "dropped": the group decided not to do it. Kept (not deleted) so the minutes say so.
ActionStatus = Literal["open", "done", "dropped"]
ACTION_STATUSES: tuple[ActionStatus, ...] = ("open", "done", "dropped")

MAX_NOTE_CHARS = 500
# A person's name as the roster keeps it: long enough for "María José García López de la
# Fuente", short enough to stay a name on a card and in the minutes.
MAX_NAME_CHARS = 80
# A session's title: it heads the minutes and names the window, the phones' page and a
# follow-up. One limit for the start screen, Session > Title and facilitator… and the
# command line (`new`, `set`); a facilitator's name is a person's (MAX_NAME_CHARS). A
# round's title has the same limit, from a template, the round dialog or the store.
MAX_TITLE_CHARS = 200


class InvalidInput(ValueError):
    """A value a user typed or imported that cannot be stored; the message says why."""


@dataclass(frozen=True)
class PreviousSession:
    """The session a follow-up continues, as it was when the follow-up was made."""

    file: str
    title: str  # empty in follow-ups made before this was recorded
    held_on: date | None
    carried_action_ids: tuple[int, ...] = ()  # this session's actions brought over from it
    # Each of those as it came over: (action id, text, owner, due), so the minutes can say
    # whose a commitment was and when it was due once it is handed on or given a new date,
    # and know the review round's note of it after its words were put right.
    carried_as: tuple[tuple[int, str, str, date | None], ...] = ()


@dataclass(frozen=True)
class SessionInfo:
    """The facts about a session as a whole."""

    title: str
    created_at: datetime
    template: str | None
    anonymous: bool
    status: str
    parent_session: str | None
    facilitator: str
    dots_per_person: int
    current_round_id: int | None
    scheduled_start: datetime | None
    # The facilitator's offset from UTC when the session was created: its minutes show
    # times as the room saw them, wherever they are exported. None in files made before it
    # was recorded (their minutes use the exporting computer's zone).
    utc_offset: timedelta | None = None
    follow_up_of: PreviousSession | None = None  # recorded by create_follow_up


@dataclass(frozen=True)
class Participant:
    id: int
    name: str
    function: Function
    organisation: str
    role: str
    absent: bool = False  # on the roster but not (yet) in the room


def in_the_room(participants: Sequence[Participant], notes: Sequence[Note]) -> list[Participant]:
    """The people who are here: not marked absent, or with a live note in their name (a
    person who said something came, whatever the roll call says)."""
    return here(participants, {n.participant_id for n in notes if not n.deleted})


def here(participants: Sequence[Participant], spoke: Collection[int | None]) -> list[Participant]:
    """in_the_room, given the ids of the people with a live note."""
    return [p for p in participants if not p.absent or p.id in spoke]


@dataclass(frozen=True)
class Round:
    """One timed round with its question.

    The timer is kept as `elapsed_s` (time run before the current stretch) plus
    `running_since` (epoch seconds when the current stretch began, None while paused or
    not started), so a restart can resume exactly where the round was.
    """

    id: int
    position: int
    title: str
    prompt: str
    timebox_s: int
    guidance: str
    started_at: datetime | None
    ended_at: datetime | None
    elapsed_s: float
    running_since: float | None
    protected: bool = False  # a re-plan shortens it only after every other round

    @property
    def is_running(self) -> bool:
        return self.running_since is not None

    def elapsed_at(self, now: float) -> float:
        """Seconds this round has run, as of the epoch time `now`."""
        if self.running_since is None:
            return self.elapsed_s
        return self.elapsed_s + max(0.0, now - self.running_since)


@dataclass(frozen=True)
class Note:
    id: int
    round_id: int
    text: str
    participant_id: int | None
    function: Function
    source: Source
    theme_id: int | None
    placement: Placement | None
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    # From a phone while the facilitator holds phone notes: stored, but shown and exported
    # only once let in (the store's readers leave it out until then).
    held: bool = False
    # A question the room raised and could not answer (the facilitator marks it): listed
    # in the minutes, and a follow-up session starts with it.
    open_question: bool = False

    @property
    def deleted(self) -> bool:
        return self.deleted_at is not None


@dataclass(frozen=True)
class Theme:
    """A group of notes in one round. `origin` is "manual" once the facilitator named it."""

    id: int
    round_id: int
    label: str
    origin: ThemeOrigin
    position: int


@dataclass(frozen=True)
class Vote:
    """Dots a function gave a theme (entered by the facilitator for the room)."""

    theme_id: int
    function: Function
    count: int


@dataclass(frozen=True)
class Action:
    id: int
    text: str
    owner: str
    owner_function: OwnerFunction
    due: date | None
    status: ActionStatus
    theme_id: int | None
    round_id: int | None
    created_at: datetime
    position: int


@dataclass(frozen=True)
class Event:
    """One journaled change: what happened, when, and the data to show or reverse it."""

    id: int
    at: datetime
    kind: str
    payload: dict[str, object]


@dataclass(frozen=True)
class Change:
    """What the store tells its subscribers after a committed change.

    `kind` is past tense ("note_added", "theme_deleted", ...); `id` is the row it concerns
    and `round_id` the round it belongs to, where that applies.
    """

    kind: str
    id: int | None = None
    round_id: int | None = None


def counted(n: int, noun: str) -> str:
    """A count with its noun in the right number: "1 note", "0 notes", "13 notes"."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


# Characters that are not text: C0/C1 controls, and lone surrogates that UTF-8 cannot hold.
# Format characters (category Cf: zero-width joiners, direction marks) are kept, because emoji
# sequences and right-to-left text need them.
# Direction embeddings and overrides (U+202A-U+202E), isolates (U+2066-U+2069), the
# zero-width space, the word joiner and the zero-width no-break space (a stray BOM).
_MISLEADING = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b\u2060\ufeff")


def clean_text(text: str) -> str:
    """Return `text` with line breaks and tabs folded to spaces and other controls removed.

    Also removed: the invisible characters that only mislead, direction overrides and
    embeddings (an unclosed one turned the name after a note around in the minutes: "(rehto
    ,nnA)"), and zero-width spaces (a name with one became a look-alike second person).
    Joiners, which emoji and several scripts need, and direction marks stay.
    """
    if text.isascii() and text.isprintable():  # no control or invisible character: as is
        return text.strip()
    out = []
    for ch in text.replace("\r\n", "\n"):  # a Windows line break is one break
        if ch in "\r\n\t\v\f\u2028\u2029\x85":
            out.append(" ")
            continue
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Cs") or ch in _MISLEADING:
            continue
        out.append(ch)
    return "".join(out).strip()


def validate_note_text(text: str) -> str:
    """Clean a note and check it can be stored; raise InvalidInput with a reason if not."""
    cleaned = clean_text(text)
    if not cleaned:
        raise InvalidInput("A note cannot be empty.")
    if len(cleaned) > MAX_NOTE_CHARS:
        # Two halves of a pasted page were refused in turn.
        split = "two notes" if len(cleaned) <= 2 * MAX_NOTE_CHARS else "several notes"
        raise InvalidInput(
            f"A note can be at most {MAX_NOTE_CHARS} characters; this one has"
            f" {len(cleaned):,}. Split it into {split}."
        )
    return cleaned


def validate_person_name(name: str) -> str:
    """Clean a person's name and check it can go on the roster; raise InvalidInput if not.

    One rule for every way onto the roster (the start screen's roster box, Session >
    People, a CSV's participant, the command line): a name is not empty, does not begin
    with "@" (which is how a note says who said it, so "@Eve" could never be found as
    @Eve), and is at most MAX_NAME_CHARS characters.
    """
    cleaned = clean_text(name)
    if not cleaned:
        raise InvalidInput("A participant needs a name.")
    if cleaned.startswith("@"):
        bare = cleaned.lstrip("@ ")
        raise InvalidInput(
            "A name cannot begin with @ (@name is how a note says who said it)"
            + (f": type “{bare}”." if bare else ".")
        )
    if len(cleaned) > MAX_NAME_CHARS:
        raise InvalidInput(
            f"A name can be at most {MAX_NAME_CHARS} characters; this one has {len(cleaned)}."
        )
    return cleaned


def validate_session_title(title: str) -> str:
    """Clean a session's title and check it; raise InvalidInput if it is empty or longer
    than MAX_TITLE_CHARS."""
    cleaned = clean_text(title)
    if not cleaned:
        raise InvalidInput("A session needs a title.")
    if len(cleaned) > MAX_TITLE_CHARS:
        raise InvalidInput(
            f"A title can be at most {MAX_TITLE_CHARS} characters; this one has {len(cleaned)}."
        )
    return cleaned


def round_title_too_long(title: str) -> str | None:
    """What is wrong with a round's `title` (cleaned) for its length, or None."""
    if len(title) <= MAX_TITLE_CHARS:
        return None
    return (
        f"A round's title can be at most {MAX_TITLE_CHARS} characters; this one has {len(title)}."
    )


def validate_facilitator(name: str | None) -> str:
    """Clean the facilitator's name (empty: none named) and check it is at most
    MAX_NAME_CHARS characters, as a name on the roster; raise InvalidInput if not."""
    cleaned = clean_text(name or "")
    if len(cleaned) > MAX_NAME_CHARS:
        raise InvalidInput(
            f"The facilitator's name can be at most {MAX_NAME_CHARS} characters; this one has"
            f" {len(cleaned)}."
        )
    return cleaned


def parse_function(value: str | None, *, default: Function = "other") -> Function:
    """Read a function name or its first letter ("s", "Sales", "MARKETING") leniently, an
    abbreviation ("Mktg"), its name in another language of the rooms ("Vertrieb",
    "Ventes", "Márketing") or a team's ("SDR", "Demand Gen"); a label naming both ("Sales &
    Marketing", "RevOps") is other (`function_words.both_sides` says why)."""
    if value is None or not value.strip():
        return default
    v = value.strip().lower()
    for f in FUNCTIONS:
        if v == f or v == f[0] or (len(v) >= 3 and f.startswith(v)):
            return f
    side = function_words.named_side(v)
    if side is not None:
        return side
    raise InvalidInput(f"Unknown function {value!r}: use sales, marketing or other.")


def owner_function_from_text(owner: str) -> OwnerFunction:
    """The function an action owner typed as free text most likely stands for: "Sales
    ops" is sales, "Brand team" marketing, "Everyone", "RevOps" or "Sales and marketing"
    joint, and anyone else ("Marta from Legal") other. The words are the roster's
    (`function_words.owner_side`), so an owner and a roster line read a label alike."""
    return function_words.owner_side(owner)


def name_key(name: str) -> str:
    """How a person's name is compared: any case, accents dropped, spaces folded, so
    "elodie  martin" is "Élodie Martin" (two people cannot have names only that tells apart,
    or an @mention could name either)."""
    decomposed = unicodedata.normalize("NFKD", " ".join(clean_text(name).split()))
    # Invisible format characters (joiners) never tell two people apart either.
    return "".join(
        c for c in decomposed if not unicodedata.combining(c) and unicodedata.category(c) != "Cf"
    ).casefold()


def whole_points(gap: float) -> int:
    """A gap's size in whole points, halves rounded up: 12.5 and 37.5 points read "13" and
    "38" (formatting rounds halves to even, and the same table said "12" and "38")."""
    return math.floor(abs(gap) + 0.5 + 1e-9)


def points_text(gap: float) -> str:
    """ "12 points", "1 point": a gap in whole points ("pts" was shorthand few would read
    aloud, and "+1 pts" was wrong)."""
    points = whole_points(gap)
    return f"{points} point" if points == 1 else f"{points} points"


# An e-mail address, as an owner or a writer is often copied from the invitation.
ADDRESS = re.compile(r"[\w.+'\-]+@[\w\-]+(?:\.[\w\-]+)+")


def name_in_address(name: str) -> str:
    """The name an e-mail address spells ("ben.okafor@acme.com" is "ben okafor"); any other
    text as it is."""
    if not ADDRESS.fullmatch(name.strip()):
        return name
    local = name.strip().split("@")[0].split("+")[0]
    return " ".join(part for part in re.split(r"[._\-]+", local) if part)


def people_named(people: Sequence[Participant], name: str) -> list[Participant]:
    """The people a typed name may mean (an @name, a CSV's participant): the one named so
    (any case, accents ignored; a title before the name or a nickname in brackets may be
    left out), else those whose first name or nickname it is ("Ben" for Ben Okafor, "Anna"
    for Dr. Anna Keller, "Bob" for Robert Smith (Bob); two "Anna"s both). An e-mail
    address means the person its name part spells."""
    wanted = name_key(name_in_address(name))
    for p in people:
        if name_key(p.name) == wanted:
            return [p]
    return [people[k] for k in called_by([p.name for p in people], wanted, name_key)]


def not_a_file_words(path: Path) -> str | None:
    """ "PATH is not a file (it is a pipe or a device)." when `path` is such a thing, else
    None (a plain file, a folder, or nothing there). Reading a named pipe waits for a
    writer that never comes: `roundtable info PIPE` and a CSV import of one hung."""
    if path.exists() and not path.is_file() and not path.is_dir():
        return f"{path} is not a file (it is a pipe or a device)."
    return None
