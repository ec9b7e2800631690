"""Follow-up sessions: a group meets again and starts from what it committed to last time.

`create_follow_up` makes a new session file from a follow-up template, with the previous
session's roster (everyone marked not yet here, until the roll call) and its open action
items carried over. Each carried item is also put on
the board of the template's review round as a note, so the room can go through them one by
one and the minutes show what became of each; so is each question the room marked as open,
marked open again. The new session records which session it
follows up (its file, title and day) and which of its actions came from there, so its
minutes can say so.

What the follow-up writes itself (its title, "Commitment: …" and "Open question: …" before
what it carries) is in the language its minutes would be: the one most of the earlier
session's notes are written in, else its German, French or Spanish agenda's (else English);
a prefix any of these languages put there before is not said twice. Its agenda (the rounds'
titles, questions and guidance) is the template's in that language too, where the template
gives one.
"""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path

from roundtable.export.content import minutes_language
from roundtable.export.languages import Words, carried_commitment, without_prefix, words
from roundtable.export.session_times import held_on
from roundtable.model import (
    FUNCTIONS,
    MAX_NAME_CHARS,
    MAX_NOTE_CHARS,
    MAX_TITLE_CHARS,
    InvalidInput,
    PreviousSession,
    clean_text,
)
from roundtable.snapshot import SessionSnapshot
from roundtable.store import Store
from roundtable.templates import check_language, get_template

FOLLOW_UP_TEMPLATE = "follow-up-review"


def follow_up_title(earlier: str, language: str = "en") -> str:
    """The title a follow-up of the session titled `earlier` is offered, in `language`:
    "Follow-up: Q4 roundtable", "Folgetermin: Q4 roundtable". A follow-up of a follow-up is
    not "Follow-up: Follow-up: …", nor "Folgetermin: Follow-up: …". A long title is cut
    with "…" so the follow-up's fits MAX_TITLE_CHARS (the earlier one may have used all of
    it)."""
    w = words(language)
    core = clean_text(without_prefix(earlier, "follow_up_title"))
    title = w("follow_up_title", title=core)
    over = len(title) - MAX_TITLE_CHARS
    if over > 0:
        kept = core[: len(core) - over - 1]
        # After a whole word, as the minutes would be read ("…of the northern…", not
        # "…of the nort…"), unless that loses more than a third of what is kept.
        word_end = kept.rstrip().rfind(" ", 0, len(kept.rstrip()))
        if core[len(kept)] != " " and word_end > len(kept) * 2 // 3:
            kept = kept[:word_end]
        title = w("follow_up_title", title=kept.rstrip(" ,;:-–") + "…")
    return title


def is_carried(text: str) -> bool:
    """Whether a note's `text` is a commitment or question a follow-up carried over, in
    any of the languages it writes them in ("Commitment: …", "Offene Frage: …")."""
    return any(
        without_prefix(text, key) != text for key in ("carried_commitment", "carried_question")
    )


def create_follow_up(
    previous: str | Path,
    path: str | Path,
    *,
    template: str = FOLLOW_UP_TEMPLATE,
    title: str | None = None,
    anonymous: bool | None = None,
    facilitator: str | None = None,
    language: str | None = None,
) -> Path:
    """Create `path` as a follow-up of the session file `previous`; return `path`.

    Anonymity and the facilitator are last time's unless given; so is the language of its
    agenda and of what it writes, that of last time's minutes (minutes_language), unless
    `language`.
    """
    previous, path = Path(previous), Path(path)
    if language is not None:
        check_language(language)  # refused before anything is read or written
    base = get_template(template)
    review_at = next((i for i, r in enumerate(base.rounds, 1) if r.review_commitments), None)
    with Store.open(previous, read_only=True) as old:
        snap = old.snapshot()
    w = words(language or minutes_language(snap))
    tmpl = base.in_language(w.code)
    with (
        Store.create(
            path,
            title=title or follow_up_title(snap.session.title, w.code),
            template=tmpl,
            anonymous=snap.session.anonymous if anonymous is None else anonymous,
            # An older version took a name of any length: it comes along cut to fit.
            facilitator=(
                clean_text(snap.session.facilitator or "")[:MAX_NAME_CHARS].rstrip()
                if facilitator is None
                else facilitator
            ),
        ) as new,
        new.transaction(),
    ):
        # One transaction: a follow-up is never left with half of last time's commitments,
        # or with them but not the record of where they came from.
        _carry_over(snap, previous.name, new, review_at, w)
    return path


def _carry_over(
    snap: SessionSnapshot, file: str, new: Store, review_at: int | None, w: Words
) -> None:
    """Put last time's people and open actions into `new` (each action also as a note of
    the review round at `review_at`, if any, in the words of `w`), and record what it
    follows up."""
    carried: list[int] = []
    # Last time's people are expected, not yet here: the facilitator ticks who came
    # (Session > People), and anyone who says something counts as here anyway.
    for p in snap.participants:
        # A file from before the roster's name rule may hold "@Eve" or a name of 300
        # characters: the follow-up takes it as it can be kept, not refuse to start.
        name = clean_text(p.name).lstrip("@ ")[:MAX_NAME_CHARS].rstrip()
        with suppress(InvalidInput):  # nothing left of it, or the same as another's
            new.add_participant(name, p.function, p.organisation, p.role, absent=True)
    review = new.round_at(review_at) if review_at else None
    roster = {p.name.casefold(): p.function for p in snap.participants}
    # Only open ones: done and dropped commitments were settled last time.
    for a in (a for a in snap.actions if a.status == "open"):
        action = new.add_action(
            a.text,
            owner=a.owner,
            owner_function=a.owner_function,
            due=a.due,
            round_id=review.id if review else None,
        )
        carried.append(action.id)
        if review is not None:
            # Brought in, not typed: the note line's function after the first opening is
            # the one of the last note typed, and was the last carried owner's ("Marketing").
            # Marked as its owner on the roster is: a commitment both VPs sign is owned
            # jointly, and was marked "other", which an anonymous session's minutes said was
            # all the one other participant's.
            function = roster.get(a.owner.strip().casefold()) or (
                a.owner_function if a.owner_function in FUNCTIONS else "other"
            )
            try:
                new.add_note(
                    review.id,
                    carried_commitment(w, a.text, a.owner, a.due),
                    function=function,
                    source="import",
                )
            except InvalidInput:
                text = w("carried_commitment", text=a.text)[:MAX_NOTE_CHARS]
                new.add_note(review.id, text, source="import")
    if review is not None:
        # Questions the room could not answer last time: open again until someone has one.
        for n in (n for n in snap.notes if n.open_question):
            # A question carried once already keeps its one "Open question: ": a third
            # session read "Open question: Open question: …". (One carried by a session in
            # another language takes this one's: "Offene Frage: …" for "Open question: …".)
            text = w("carried_question", text=without_prefix(n.text, "carried_question"))
            try:
                note = new.add_note(review.id, text, function=n.function, source="import")
            except InvalidInput:  # too long with its prefix: cut at a word, and said
                short = text[: MAX_NOTE_CHARS - 1].rsplit(" ", 1)[0].rstrip(" ,;:.-") + "…"
                note = new.add_note(review.id, short, function=n.function, source="import")
            new.update_note(note.id, open_question=True)
    # The day its minutes give, so the two sets of minutes agree about when it was.
    new.record_follow_up(PreviousSession(file, snap.session.title, held_on(snap), tuple(carried)))
