"""Session templates: the agenda a new session starts from, read from TOML files.

A template names its rounds (title, question, timebox, guidance for the facilitator) and,
per round, theme hints: the themes such a question usually produces, which the theme
suggestion engine uses. Shipped templates live in the top-level `sessions/` folder; a user's
own templates live in the user data folder and win over shipped ones of the same name.

The format, by example::

    title = "Sales and marketing roundtable"
    description = "Three questions ..."
    anonymous = true
    dots_per_person = 3

    [[rounds]]
    title = "What works"
    prompt = "Where do sales and marketing already work well together?"
    minutes = 20
    guidance = "Ask for concrete examples ..."
    review_commitments = false   # true: a follow-up session lists the open commitments here
    protect = false              # true: when the session runs late, a re-plan cuts it last

    [[rounds.hints]]
    label = "Shared pipeline reviews"
    labels = { de = "Gemeinsame Pipeline-Runden", fr = "Revues de pipe communes" }
    description = "Both teams look at the same funnel numbers together."
    phrases = ["weekly pipeline call", "joint forecast"]

    [[questions]]                # spare questions a facilitator can swap into the agenda,
    title = "What should we stop doing?"   # with the same fields and hints as a round
    prompt = "Which habit costs us more than it gives?"
    minutes = 15

A hint's `labels` (optional) name its theme in a room that writes in German, French or
Spanish (de, fr, es); a theme suggested from the hint over notes mostly in one of those
languages takes that name.

The agenda itself can be given in those languages too (optional): a `[de]`, `[fr]` or
`[es]` table for the template's title and description, and one under each round or spare
question for its title, prompt and guidance, written after the round's own fields::

    [de]
    title = "Roundtable Vertrieb und Marketing"
    description = "..."

    [[rounds]]
    title = "What works"
    prompt = "..."
    minutes = 20

    [rounds.de]                  # this round in German; [questions.fr] for a spare question
    title = "Was gut läuft"
    prompt = "Wo arbeiten Vertrieb und Marketing bei Ihnen schon gut zusammen?"
    guidance = "..."

A session made in one of these languages (`Template.in_language`) gets these texts; any
field a language leaves out is the English one. A round's hints stay as they are: they
are found for a translated round by any of its titles or questions (`round_themes`).

A template written in another language than English (one saved from a German session, say)
says so with `language = "de"` at the top; its own texts are then in that language, and an
`[en]` table may give a round's or question's English.
"""

from __future__ import annotations

import math
import os
import tomllib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import platformdirs

from roundtable.model import MAX_TITLE_CHARS, clean_text, not_a_file_words

SHIPPED_DIR = Path(__file__).resolve().parent.parent / "sessions"
DEFAULT_TEMPLATE = "sales-marketing-roundtable"
SUFFIX = ".toml"


# The languages a hint's `labels` may name its theme in, by code: the languages the templates
# write phrases in and the clustering engine tells notes apart by.
LABEL_LANGUAGES = {"de": "German", "fr": "French", "es": "Spanish"}
# The languages an agenda can be written in, by code, each named in its own words as the
# start screen offers it. English is the template's own text.
AGENDA_LANGUAGES = {"en": "English", "de": "Deutsch", "fr": "Français", "es": "Español"}
# The fields a language table may give, and where.
_ROUND_TEXTS = ("title", "prompt", "guidance")
_TEMPLATE_TEXTS = ("title", "description")


class TemplateError(ValueError):
    """A template file that cannot be used; the message names the file and the problem."""


@dataclass(frozen=True)
class ThemeHint:
    label: str
    description: str
    phrases: tuple[str, ...]
    # (language code, name) pairs: the theme's name in a room writing in that language.
    labels: tuple[tuple[str, str], ...] = ()

    def label_in(self, language: str) -> str:
        """The theme's name in a language ("de", "fr", "es"); the English label when the
        template gives none for it."""
        return dict(self.labels).get(language, self.label)


# (language code, ((field, text), ...)) pairs: what a language table gives, as given.
Translations = tuple[tuple[str, tuple[tuple[str, str], ...]], ...]


def _translated(
    obj: object, texts: Translations, language: str, fields: tuple[str, ...]
) -> dict[str, Any]:
    """The fields of `obj` in `language`, English where the language gives none, and its
    translations with its English kept ("en"): a copy in German can be asked for French."""
    by_language = dict(texts)
    english = dict(by_language.get("en", ())) or {f: getattr(obj, f) for f in fields}
    given = dict(by_language.get(language, ()))
    kept = tuple((code, t) for code, t in texts if code != "en")
    return {f: given.get(f) or english[f] for f in fields} | {
        "translations": (*kept, ("en", tuple(english.items())))
    }


def check_language(language: str) -> None:
    """Raise TemplateError unless an agenda can be written in `language` ("de")."""
    if language not in AGENDA_LANGUAGES:
        codes = ", ".join(f"{code} ({name})" for code, name in AGENDA_LANGUAGES.items())
        raise TemplateError(f"The agenda cannot be written in {language!r}; choose one of {codes}.")


@dataclass(frozen=True)
class RoundTemplate:
    title: str
    prompt: str
    timebox_s: int
    guidance: str
    hints: tuple[ThemeHint, ...]
    review_commitments: bool = False
    protect: bool = False
    translations: Translations = ()

    def in_language(self, language: str) -> RoundTemplate:
        """This round with its title, prompt and guidance in `language` where the template
        gives them (else English)."""
        check_language(language)
        return replace(self, **_translated(self, self.translations, language, _ROUND_TEXTS))

    def texts(self, field: str) -> tuple[str, ...]:
        """Its `field` ("title", "prompt") in English and each language the template gives."""
        given = (dict(t).get(field, "") for _, t in self.translations)
        return (getattr(self, field), *(text for text in given if text))


@dataclass(frozen=True)
class Template:
    name: str
    title: str
    description: str
    anonymous: bool
    dots_per_person: int
    rounds: tuple[RoundTemplate, ...]
    path: Path
    questions: tuple[RoundTemplate, ...] = ()
    translations: Translations = ()
    language: str = "en"  # the language its texts are in (`in_language`)

    def in_language(self, language: str) -> Template:
        """The template with its title, description, rounds and spare questions in
        `language` ("de", "fr", "es"; "en" as it is) wherever it gives them, else in
        English. TemplateError names the languages there are for any other code."""
        check_language(language)
        if language == self.language:
            return self
        return replace(
            self,
            **_translated(self, self.translations, language, _TEMPLATE_TEXTS),
            rounds=tuple(r.in_language(language) for r in self.rounds),
            questions=tuple(q.in_language(language) for q in self.questions),
            language=language,
        )

    @property
    def total_minutes(self) -> int:
        return sum(r.timebox_s for r in self.rounds) // 60


def user_template_dir() -> Path:
    """Where a user's own templates live (created on demand by whoever saves one)."""
    override = os.environ.get("ROUNDTABLE_TEMPLATE_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir("roundtable", appauthor=False)) / "templates"


def template_dirs() -> list[Path]:
    """Folders searched for templates, lowest priority first."""
    return [SHIPPED_DIR, user_template_dir()]


def _text(data: dict[str, object], key: str, where: str, *, required: bool = True) -> str:
    value = data.get(key, "" if not required else None)
    if value is None:
        raise TemplateError(f"{where}: '{key}' is missing")
    if not isinstance(value, str):
        raise TemplateError(f"{where}: '{key}' must be text, not {type(value).__name__}")
    if required and not value.strip():
        raise TemplateError(f"{where}: '{key}' is empty")
    return value.strip()


def _hint(data: object, where: str) -> ThemeHint:
    if not isinstance(data, dict):
        raise TemplateError(f"{where}: a hint must be a table with label, description, phrases")
    phrases = data.get("phrases", [])
    if not isinstance(phrases, list) or not all(isinstance(p, str) for p in phrases):
        raise TemplateError(f"{where}: 'phrases' must be a list of text")
    label = _text(data, "label", where)
    return ThemeHint(
        label=label,
        description=_text(data, "description", where, required=False),
        phrases=tuple(p.strip() for p in phrases if p.strip()),
        labels=_labels(data.get("labels", {}), f"{where} (“{label}”)"),
    )


def _labels(data: object, where: str) -> tuple[tuple[str, str], ...]:
    """A hint's names in other languages: `labels = { de = "...", fr = "...", es = "..." }`."""
    codes = ", ".join(LABEL_LANGUAGES)
    if not isinstance(data, dict):
        raise TemplateError(
            f"{where}: 'labels' must be a table of names by language, "
            f'such as labels = {{ de = "...", fr = "..." }}'
        )
    names: list[tuple[str, str]] = []
    for code, name in data.items():
        if code not in LABEL_LANGUAGES:
            raise TemplateError(
                f"{where}: 'labels' has a name for the language '{code}'; "
                f"names can be given for {codes} only"
            )
        language = LABEL_LANGUAGES[code]
        if not isinstance(name, str):
            raise TemplateError(f"{where}: the {language} name in 'labels' must be text")
        if not name.strip():
            raise TemplateError(f"{where}: the {language} name in 'labels' ({code}) is empty")
        names.append((code, name.strip()))
    return tuple(names)


def _round(data: object, where: str, own: str = "en") -> RoundTemplate:
    if not isinstance(data, dict):
        raise TemplateError(f"{where}: a round must be a table")
    minutes = data.get("minutes")
    if (
        isinstance(minutes, bool)
        or not isinstance(minutes, int | float)
        or not math.isfinite(minutes)  # nan stopped the app
        or minutes <= 0
    ):
        raise TemplateError(f"{where}: 'minutes' must be a positive number, got {minutes!r}")
    if minutes > 24 * 60:
        raise TemplateError(f"{where}: 'minutes' is {minutes}, more than a day")
    if minutes < 1:  # a session made from it was refused without naming the template
        raise TemplateError(f"{where}: 'minutes' is {minutes}; a round lasts at least 1 minute")
    hints = data.get("hints", [])
    if not isinstance(hints, list):
        raise TemplateError(f"{where}: 'hints' must be a list of [[rounds.hints]] tables")
    title = _round_title(_text(data, "title", where), where)
    translations = _translations(data, _ROUND_TEXTS, where, own)
    names = {**LABEL_LANGUAGES, "en": "English"}
    for code, texts in translations:
        if given := dict(texts).get("title"):
            _round_title(given, f"{where}, {names[code]} ({code})")
    return RoundTemplate(
        title=title,
        prompt=_text(data, "prompt", where),
        timebox_s=int(round(minutes * 60)),
        guidance=_text(data, "guidance", where, required=False),
        hints=tuple(_hint(h, f"{where}, hint {i + 1}") for i, h in enumerate(hints)),
        review_commitments=_flag(data, "review_commitments", where),
        protect=_flag(data, "protect", where),
        translations=translations,
    )


def _round_title(title: str, where: str) -> str:
    """`title`, unless it is longer than a round's title may be: one of 700 characters
    filled the agenda and the window's top, though the round dialog would not take it."""
    length = len(clean_text(title))
    if length > MAX_TITLE_CHARS:
        raise TemplateError(
            f"{where}: 'title' has {length:,} characters; a round's title has at most"
            f" {MAX_TITLE_CHARS}"
        )
    return title


def _translations(
    data: dict[str, object], fields: tuple[str, ...], where: str, own: str = "en"
) -> Translations:
    """The `[de]`, `[fr]`, `[es]` tables of a template or a round (and `[en]` in a template
    written in another language, `own`): their `fields`, checked. Any other table there
    (`[rounds.it]`) is refused rather than quietly ignored."""
    found: list[tuple[str, tuple[tuple[str, str], ...]]] = []
    allowed = {**LABEL_LANGUAGES, **({"en": "English"} if own != "en" else {})}
    languages = ", ".join(allowed)
    for key, value in data.items():
        if not isinstance(value, dict):
            continue
        if key not in allowed:
            raise TemplateError(
                f"{where}: has a table '{key}', which is not a language the agenda can be"
                f" given in; use {languages}"
            )
        inner = f"{where}, {allowed[key]} ({key})"
        for field in value:
            if field not in fields:
                raise TemplateError(
                    f"{inner}: '{field}' cannot be translated; give {', '.join(fields)}"
                )
        texts = tuple((f, _text(value, f, inner, required=False)) for f in fields)
        found.append((key, tuple((f, t) for f, t in texts if t)))
    return tuple(found)


def _flag(data: dict[str, object], key: str, where: str) -> bool:
    value = data.get(key, False)
    if not isinstance(value, bool):
        raise TemplateError(f"{where}: '{key}' must be true or false")
    return value


# Templates read, by file and its size and time of change: the default template is 1,900
# lines of TOML, and the theme engine asks for it on every suggestion and sort (70 ms each).
# An edited file has a new time, so it is read again. Templates are frozen: safe to share.
_read: dict[tuple[str, int, int], Template] = {}


def load_template(path: Path) -> Template:
    """Read and check one template file; raise TemplateError naming the file on any problem."""
    if said := not_a_file_words(path):  # a named pipe: reading it waited for ever
        raise TemplateError(said.removesuffix("."))
    try:
        seen = path.stat()
    except OSError as exc:
        raise TemplateError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    key = (str(path), seen.st_mtime_ns, seen.st_size)
    if key not in _read:
        if len(_read) > 32:
            _read.clear()
        _read[key] = _load_template(path)
    return _read[key]


def _load_template(path: Path) -> Template:
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except OSError as exc:
        raise TemplateError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise TemplateError(f"{path}: is not valid TOML ({exc})") from exc
    where = str(path)
    rounds = data.get("rounds")
    if not isinstance(rounds, list) or not rounds:
        raise TemplateError(f"{where}: needs at least one [[rounds]] table")
    questions = data.get("questions", [])
    if not isinstance(questions, list):
        raise TemplateError(f"{where}: 'questions' must be a list of [[questions]] tables")
    anonymous = _flag(data, "anonymous", where)
    dots = data.get("dots_per_person", 3)
    if isinstance(dots, bool) or not isinstance(dots, int) or not 0 < dots <= 20:
        raise TemplateError(f"{where}: 'dots_per_person' must be a whole number from 1 to 20")
    own = data.get("language", "en")
    if not isinstance(own, str) or own not in AGENDA_LANGUAGES:
        raise TemplateError(
            f"{where}: 'language' is {own!r}; a template is written in one of"
            f" {', '.join(AGENDA_LANGUAGES)}"
        )
    title = _text(data, "title", where)
    if len(title) > MAX_TITLE_CHARS:  # a session made from it was refused, naming no file
        raise TemplateError(
            f"{where}: 'title' has {len(title):,} characters; a session's title has at most"
            f" {MAX_TITLE_CHARS}"
        )
    return Template(
        name=_text(data, "name", where, required=False) or path.stem,
        title=title,
        description=_text(data, "description", where, required=False),
        anonymous=anonymous,
        dots_per_person=dots,
        rounds=tuple(_round(r, f"{where}, round {i + 1}", own) for i, r in enumerate(rounds)),
        path=path,
        questions=tuple(
            _round(q, f"{where}, spare question {i + 1}", own) for i, q in enumerate(questions)
        ),
        translations=_translations(data, _TEMPLATE_TEXTS, where, own),
        language=str(own),
    )


def template_paths() -> dict[str, Path]:
    """Template name -> file, user templates overriding shipped ones of the same name."""
    found: dict[str, Path] = {}
    for folder in template_dirs():
        if folder.is_dir():
            for path in sorted(folder.glob(f"*{SUFFIX}")):
                found[path.stem] = path
    return found


def list_templates() -> list[Template]:
    """All templates, sorted by title. A broken file raises TemplateError naming it."""
    return sorted((load_template(p) for p in template_paths().values()), key=lambda t: t.title)


def get_template(name: str) -> Template:
    """The template called `name` (its file stem), or TemplateError listing what exists."""
    paths = template_paths()
    if name not in paths:
        known = ", ".join(sorted(paths)) or "none"
        raise TemplateError(f"No template named {name!r}. Known templates: {known}.")
    return load_template(paths[name])
