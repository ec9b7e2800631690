"""A session's agenda saved as the facilitator's own template, for the next session.

A facilitator who reworded two questions, moved a timebox and swapped in a spare question
had to do it all again for the next session of the series, or write TOML by hand. Saved
here, the agenda (each round's title, question, minutes, guidance and whether a re-plan
protects it) becomes a template in the user's template folder, which the start screen and
`roundtable new --template` offer like a shipped one. Each round keeps the theme hints its
question had in the session's template (`round_themes.round_hints`), so suggestions work as
before; the spare questions of that template come along as the question bank.

The file is written to a temporary name, read back as any template is (`load_template`) and
only then put in place, so a full disk or a bad value never leaves a broken template that
would stop the start screen from listing the others.
"""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import tomli_w

from roundtable.model import MAX_TITLE_CHARS, Round, SessionInfo, clean_text, counted
from roundtable.room_language import agenda_language
from roundtable.round_themes import known_template, round_hints
from roundtable.templates import (
    SHIPPED_DIR,
    SUFFIX,
    RoundTemplate,
    Template,
    TemplateError,
    ThemeHint,
    load_template,
    user_template_dir,
)

MAX_TITLE = 120


class TemplateExists(TemplateError):
    """A template of the same name is already saved; replacing it is the user's choice."""


@dataclass(frozen=True)
class SavedTemplate:
    """What was saved: the template as read back from its file, and whether it replaced one."""

    template: Template
    replaced: bool


def template_name(title: str) -> str:
    """The file name (without .toml) for a template titled `title`: lower-case words joined
    by hyphens, accents dropped ("Vertriebs-Runde Q1 München" -> "vertriebs-runde-q1-munchen");
    "my-template" when no letter or digit is left (a title in Greek or Japanese)."""
    plain = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", plain.casefold()).strip("-")[:60].strip("-")
    return slug or "my-template"


def _shipped_names() -> set[str]:
    return {p.stem for p in SHIPPED_DIR.glob(f"*{SUFFIX}")} if SHIPPED_DIR.is_dir() else set()


def target_path(title: str, folder: Path | None = None) -> Path:
    """Where a template titled `title` is saved. A name a shipped template has gets a
    number ("sales-marketing-roundtable-2"): the user's file would otherwise hide it."""
    folder = folder or user_template_dir()
    name, shipped, number = template_name(title), _shipped_names(), 2
    base = name
    while name in shipped:
        name, number = f"{base}-{number}", number + 1
    return folder / f"{name}{SUFFIX}"


def _hint_table(hint: ThemeHint) -> dict[str, Any]:
    table: dict[str, Any] = {"label": hint.label}
    if hint.labels:
        table["labels"] = dict(hint.labels)
    if hint.description:
        table["description"] = hint.description
    table["phrases"] = list(hint.phrases)
    return table


def _round_table(
    title: str,
    prompt: str,
    timebox_s: int,
    guidance: str,
    hints: Sequence[ThemeHint],
    *,
    review: bool,
    protect: bool,
) -> dict[str, Any]:
    minutes = timebox_s / 60
    table: dict[str, Any] = {
        "title": title,
        "prompt": prompt,
        "minutes": int(minutes) if minutes == int(minutes) else round(minutes, 2),
    }
    if guidance.strip():
        table["guidance"] = guidance.strip()
    if review:
        table["review_commitments"] = True
    if protect:
        table["protect"] = True
    if hints:
        table["hints"] = [_hint_table(h) for h in hints]
    return table


def _spare(question: RoundTemplate, language: str) -> dict[str, Any]:
    """A spare question as the template gave it, in the agenda's `language`, with a table
    for each other language it is given in (`[de]`, `[fr]`, `[es]`, and `[en]` in a
    template written in another language): the round dialog of a German session offers the
    question bank in German."""
    question = question.in_language(language)
    table = _round_table(
        question.title,
        question.prompt,
        question.timebox_s,
        question.guidance,
        question.hints,
        review=question.review_commitments,
        protect=question.protect,
    )
    for code, texts in question.translations:
        if code != language and texts:
            table[code] = dict(texts)
    return table


def _languages_asking(given: RoundTemplate, own: str, asked: str) -> list[str]:
    """The languages in which the template's round `given` asks `asked` (casefolded)."""
    said = [(own, given.prompt), *((c, dict(t).get("prompt", "")) for c, t in given.translations)]
    return [code for code, prompt in said if prompt.strip().casefold() == asked]


def saved_language(session: SessionInfo, rounds: Sequence[Round]) -> str:
    """The language a saved agenda is written in: the one whose texts of the session's
    template its rounds' questions are (a German session made from a shipped template), else
    the one its titles and questions tell (room_language.agenda_language), else English."""
    source = known_template(session.template) if session.template else None
    if source is not None:
        found: Counter[str] = Counter()
        for r in rounds:
            asked = r.prompt.strip().casefold()
            for given in (*source.rounds, *source.questions):
                found.update(_languages_asking(given, source.language, asked))
        if found:
            return found.most_common(1)[0][0]
    return agenda_language(rounds) or "en"


def agenda_document(
    session: SessionInfo,
    rounds: Sequence[Round],
    *,
    title: str,
    description: str = "",
    anonymous: bool | None = None,
) -> dict[str, Any]:
    """The template a session's agenda makes, as TOML-ready data. Raises TemplateError for a
    title that cannot be one (empty, or too long to read in a list)."""
    title = " ".join(title.split())
    if not title:
        raise TemplateError("Give the template a title: the start screen lists it by that.")
    if len(title) > MAX_TITLE:
        raise TemplateError(
            f"The template's title is {len(title)} characters long; the most is {MAX_TITLE}."
        )
    if not rounds:
        raise TemplateError("The session has no rounds, so there is no agenda to save.")
    for r in sorted(rounds, key=lambda r: r.position):
        if len(clean_text(r.title)) > MAX_TITLE_CHARS:
            # Kept from an older version: the start screen would leave the template out.
            raise TemplateError(
                f"Round {r.position}'s title has {len(clean_text(r.title))} characters, and a"
                f" template's rounds have at most {MAX_TITLE_CHARS} (it is kept from an older"
                " version): shorten it with Session > Edit round…, then save again."
            )
    source = known_template(session.template) if session.template else None
    reviews = (
        {r.title.casefold() for r in source.rounds if r.review_commitments} if source else set()
    )
    ordered = sorted(rounds, key=lambda r: r.position)
    language = saved_language(session, ordered)
    document: dict[str, Any] = {
        "title": title,
        "description": " ".join(description.split()),
        "anonymous": session.anonymous if anonymous is None else anonymous,
        "dots_per_person": session.dots_per_person,
        "rounds": [
            _round_table(
                r.title,
                r.prompt or r.title,
                max(60, int(r.timebox_s)),
                r.guidance,
                round_hints(session.template, r, len(ordered)),
                review=r.title.casefold() in reviews,
                protect=r.protected,
            )
            for r in ordered
        ],
    }
    if source is not None and source.questions:
        asked = {r.prompt.strip().casefold() for r in ordered}
        document["questions"] = [
            _spare(q, language)
            for q in source.questions
            if not asked & {p.strip().casefold() for p in q.texts("prompt")}
        ]
    if not document["description"]:
        del document["description"]
    if language != "en":
        # Its texts are German (say): the start screen offers it as a German agenda, and
        # its spare questions are German, with their English in `[en]` tables.
        document = {"language": language, **document}
    return document


def save_agenda(
    session: SessionInfo,
    rounds: Sequence[Round],
    *,
    title: str,
    description: str = "",
    anonymous: bool | None = None,
    replace: bool = False,
    folder: Path | None = None,
) -> SavedTemplate:
    """Save the agenda as a template in `folder` (the user's template folder by default).

    A template of the same name already there is replaced only with `replace`; otherwise
    TemplateError says so (the app asks first). Any failure to write (a full disk, a folder
    that cannot be made) is a TemplateError naming the file and the reason; nothing is left
    half written."""
    document = agenda_document(
        session, rounds, title=title, description=description, anonymous=anonymous
    )
    path = target_path(document["title"], folder)
    existed = path.exists()
    if existed and not replace:
        raise TemplateExists(
            f"A template called “{document['title']}” is already saved ({path}). Replace it,"
            " or give this one another title."
        )
    when = datetime.now().strftime("%Y-%m-%d %H:%M")
    header = (
        f"# Saved by Roundtable on {when} from the session “{session.title}”.\n"
        "# Edit the rounds here or in the app; a round's [[rounds.hints]] help theme suggestions.\n"
    )
    text = header + tomli_w.dumps(document)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(
            prefix=f".{path.stem}-", suffix=".part", dir=path.parent
        )
    except OSError as exc:
        raise TemplateError(f"Could not save the template in {path.parent}: {_why(exc)}.") from exc
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        load_template(Path(temporary))  # read back as the start screen will read it
        os.replace(temporary, path)
    except OSError as exc:
        raise TemplateError(f"Could not save the template to {path}: {_why(exc)}.") from exc
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    known_template.cache_clear()  # a replaced template is read again
    return SavedTemplate(load_template(path), replaced=existed)


def _why(exc: OSError) -> str:
    return exc.strerror or str(exc)


def cmd_save_template(args: Any) -> int:
    """`roundtable save-template FILE --title T`: the session's agenda as a template."""
    from roundtable.store import Store

    with Store.open(Path(args.file), read_only=True) as store:
        session, rounds = store.session(), store.rounds()
    try:
        saved = save_agenda(
            session,
            rounds,
            title=args.title or session.title,
            description=args.description or "",
            replace=args.replace,
        )
    except TemplateExists as exc:
        raise TemplateExists(f"{exc} (--replace replaces it)") from None
    t = saved.template
    verb = "Replaced" if saved.replaced else "Saved"
    print(
        f"{verb} the template “{t.title}” ({counted(len(t.rounds), 'round')},"
        f" {t.total_minutes} min): {t.path}\nStart a session from it:"
        f" roundtable new FILE --template {t.path.stem}"
    )
    return 0


def register_save_template(sub: Any) -> None:
    """Add the `save-template` subcommand to the `roundtable` parser."""
    p = sub.add_parser(
        "save-template", help="save a session's agenda as your own template for new sessions"
    )
    p.add_argument("file")
    p.add_argument("--title", help="the template's title (default: the session's title)")
    p.add_argument("--description", help="one line on what the template is for")
    p.add_argument("--replace", action="store_true", help="replace your template of the same title")
    p.set_defaults(func=cmd_save_template)
