"""The `roundtable` command: create, fill, inspect and demo session files from a shell.

Every subcommand is a function `cmd_NAME(args) -> int` registered in `build_parser`. Errors a
user can cause (a missing or locked file, a bad CSV, an unknown template) end with exit code
2 and one line on stderr, never a traceback. Commands that only read open the file
read-only, so they work while the app has it open.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from roundtable import __version__
from roundtable.csv_import import CsvImportError, import_csv
from roundtable.export.command import register_export
from roundtable.function_words import BOTH_SIDES_REASON, both_sides, both_sides_said
from roundtable.model import InvalidInput, counted, parse_function, validate_note_text
from roundtable.save_copy_command import register_save_copy
from roundtable.set_command import register_set
from roundtable.store import SUFFIX, SessionFileError, SessionLockedError, Store
from roundtable.store.rescue import rescue
from roundtable.store.save_errors import nothing_imported
from roundtable.template_list import left_out, readable_templates
from roundtable.template_save import register_save_template
from roundtable.templates import (
    AGENDA_LANGUAGES,
    DEFAULT_TEMPLATE,
    TemplateError,
    get_template,
    user_template_dir,
)
from roundtable.themes_command import register_themes

USER_ERRORS = (SessionFileError, InvalidInput, TemplateError, CsvImportError)


class CliError(Exception):
    """A problem to report on one line with exit code 2."""


def cmd_templates(args: argparse.Namespace) -> int:
    templates, problems = readable_templates()
    for problem in problems:
        print(left_out(problem), file=sys.stderr)
    if not templates:
        return 1
    width = max(len(t.name) for t in templates)
    own = user_template_dir().resolve()
    for t in templates:
        mine = f"  your own: {t.path}" if t.path.parent.resolve() == own else ""
        # A German agenda (saved from a German session) says so: `new` makes it German.
        written = f", {AGENDA_LANGUAGES[t.language]}" if t.language != "en" else ""
        size = f"{counted(len(t.rounds), 'round')}, {t.total_minutes} min{written}"
        print(f"{t.name:<{width}}  {t.title}  ({size}){mine}")
    return 0


def _refuse_folder(name: str) -> None:
    """A folder given where a new file goes: `new ~/sessions` made ~/sessions.roundtable
    beside the folder, not in it."""
    if os.path.isdir(name):  # False, not an error, for a name too long to be one
        raise CliError(
            f"{name} is a folder; give the new file a name, such as {Path(name) / ('q4' + SUFFIX)}."
        )


def cmd_new(args: argparse.Namespace) -> int:
    _refuse_folder(args.file)
    if not Path(args.file).suffix:
        # "t5" made a file the app's Open dialog (*.roundtable) does not list.
        args.file = f"{args.file}{SUFFIX}"
    if args.follow_up:
        from roundtable.follow_up import FOLLOW_UP_TEMPLATE, create_follow_up, is_carried

        create_follow_up(
            args.follow_up,
            args.file,
            title=args.title,
            template=args.template or FOLLOW_UP_TEMPLATE,
            # --anonymous, --named and --facilitator were ignored for a follow-up.
            anonymous=args.anonymous,
            facilitator=args.facilitator,
            language=args.language,
        )
        with Store.open(args.file, read_only=True) as store:
            carried = len(store.actions())
            review = next(
                (store.round(n.round_id) for n in store.notes() if is_carried(n.text)),
                None,
            )
            mode = "anonymous notes" if store.session().anonymous else "notes show names"
            questions = store.open_question_count()
        commitments = counted(carried, "open commitment")
        if questions:
            commitments += f" and {counted(questions, 'open question')}"
        where = (
            f"to review in round {review.position} ({review.title})"
            if review is not None
            else "in its action items (this template has no round that reviews them)"
        )
        print(
            f"Created {args.file} as a follow-up of {args.follow_up}, {mode}, with"
            f" {commitments} {where}."
        )
        return 0
    template = get_template(args.template or DEFAULT_TEMPLATE)
    # A template written in German (saved from a German session) is German unless asked.
    template = template.in_language(args.language or template.language)
    with Store.create(
        args.file,
        title=args.title or template.title,
        template=template,
        anonymous=args.anonymous,
        facilitator=args.facilitator or "",
    ) as store:
        info = store.session()
        rounds = store.rounds()
    mode = "anonymous notes" if info.anonymous else "notes show names"
    print(f"Created {args.file}: {info.title!r}, {counted(len(rounds), 'round')}, {mode}.")
    return 0


def cmd_add_note(args: argparse.Namespace) -> int:
    function = parse_function(args.function)
    with Store.open(args.file) as store:
        _refuse_read_only(store)
        _warn_of_opening(store)
        rnd = store.round_at(args.round)
        # Checked before the author joins the roster: a refused note added them all the same,
        # and the minutes listed them as attending.
        validate_note_text(args.text)
        participant_id = None
        if args.participant is not None and not args.participant.strip():
            # An empty name added the note with no author and no word (a script's empty
            # variable): the note is not added, and the line says why.
            raise CliError("--participant needs a name; leave it out for a note with no author.")
        if args.participant:
            found = store.find_participant(args.participant)
            if found is None:
                found = store.add_participant(args.participant, function)
            participant_id = found.id
        note = store.add_note(rnd.id, args.text, function=function, participant_id=participant_id)
    print(f"Added note {note.id} to round {rnd.position} ({rnd.title}).")
    if function == "other" and both_sides(args.function):
        label = args.function.strip()
        print(f"“{label}” {BOTH_SIDES_REASON}, so the note is counted as other.")
    return 0


def cmd_import_csv(args: argparse.Namespace) -> int:
    file, csv = Path(args.file), Path(args.csv)
    if file.suffix.lower() == ".csv" and csv.suffix.lower() == SUFFIX:
        # Only "notes.csv is not a Roundtable session file" was said.
        raise CliError(f"The session comes first, then the CSV: roundtable import-csv {csv} {file}")
    with Store.open(args.file) as store:
        _refuse_read_only(store)
        _warn_of_opening(store)
        try:
            result = import_csv(store, Path(args.csv), again=args.again)
        except SessionFileError as err:
            raise CliError(nothing_imported(err, csv.name)) from err
    extra = (
        f", {counted(result.new_participants, 'new participant')}"
        if result.new_participants
        else ""
    )
    where = ", ".join(str(r) for r in result.rounds)
    into = f"round {where}" if len(result.rounds) == 1 else f"rounds {where}"
    print(f"Imported {counted(result.notes, 'note')}{extra} into {args.file} ({into}).")
    if result.both_sides:
        print(both_sides_said(result.both_sides))
    if result.encoding == "Windows-1252":
        print(
            f"{args.csv} was not UTF-8 and was read as Windows-1252 (Excel's plain CSV):"
            " check that accented letters came through."
        )
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    with Store.open(args.file, read_only=True) as store:
        info = store.session()
        rounds: list[dict[str, Any]] = [
            {
                "position": r.position,
                "title": r.title,
                "prompt": r.prompt,
                "timebox_s": r.timebox_s,
                "protected": r.protected,
                "notes": store.note_count(r.id),
                "themes": len(store.themes(r.id)),
            }
            for r in store.rounds()
        ]
        counts = {
            "participants": len(store.participants()),
            "notes": store.note_count(),
            "themes": len(store.themes()),
            "actions": len(store.actions()),
            "open_questions": store.open_question_count(),
        }
        data = {
            "title": info.title,
            "template": info.template,
            "anonymous": info.anonymous,
            "facilitator": info.facilitator,
            "created_at": info.created_at.isoformat(),
            **counts,
            "rounds": rounds,
            "warnings": (warnings := store.opening_news),
        }
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(f"{data['title']}")
    print(
        f"  template: {data['template'] or '-'}; "
        f"{'anonymous notes' if data['anonymous'] else 'notes show names'}; "
        f"{counted(counts['participants'], 'participant')}, {counted(counts['notes'], 'note')}, "
        f"{counted(counts['themes'], 'theme')}, {counted(counts['actions'], 'action item')}"
        + (f", {counted(asked, 'open question')}" if (asked := counts["open_questions"]) else "")
    )
    for r in rounds:
        print(
            f"  {r['position']}. {r['title']} ({r['timebox_s'] // 60} min"
            f"{', protected' if r['protected'] else ''}): "
            f"{counted(r['notes'], 'note')}, {counted(r['themes'], 'theme')}"
        )
    for news in warnings:
        print(f"  warning: {news}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from roundtable.demo import write_demo

    _refuse_folder(args.file)
    path = Path(args.file)
    if not path.suffix:  # as `new` does: a file the app's Open dialog lists
        path = path.with_name(f"{path.name}{SUFFIX}")
    if path.exists():
        raise CliError(f"{path} already exists; choose another name.")
    write_demo(path)
    print(f"Wrote the example session to {path}.")
    return 0


def _warn_of_opening(store: Store) -> None:
    """Say what info and export say of the file as it opens (a copy made while the session
    was open): written to and closed here, the file no longer says it afterwards."""
    for news in store.opening_news:
        print(f"roundtable: warning: {news}", file=sys.stderr)


def _refuse_read_only(store: Store) -> None:
    if store.read_only_reason:
        raise CliError(store.read_only_reason)


def cmd_rescue(args: argparse.Namespace) -> int:
    damaged = Path(args.file)
    out = (
        Path(args.output)
        if args.output
        else damaged.with_name(f"{damaged.stem}-rescued.roundtable")
    )
    result = rescue(damaged, out)
    print(result.summary())
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="roundtable",
        description="Create, fill and inspect Roundtable session files.",
    )
    parser.add_argument("--version", action="version", version=f"roundtable {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("templates", help="list session templates")
    p.set_defaults(func=cmd_templates)

    p = sub.add_parser("new", help="create a session file from a template")
    p.add_argument("file")
    p.add_argument("--template", help=f"template name (see templates; default {DEFAULT_TEMPLATE})")
    p.add_argument("--title", help="session title (default: the template's title)")
    names = p.add_mutually_exclusive_group()
    names.add_argument(
        "--anonymous",
        action="store_true",
        default=None,
        help="notes never show names (default: as the template says)",
    )
    names.add_argument(
        "--named",
        dest="anonymous",
        action="store_false",
        help="notes show who said them, and the minutes list the attendees",
    )
    p.add_argument("--facilitator", help="the facilitator's name, for the minutes")
    p.add_argument(
        "--language",
        metavar="CODE",
        help=(
            "the agenda's language: "
            + ", ".join(f"{code} ({name})" for code, name in AGENDA_LANGUAGES.items())
            + "; default en (a template written in another language: that one), or for a"
            + " follow-up the language of the earlier session's notes"
        ),
    )
    p.add_argument(
        "--follow-up",
        metavar="PREVIOUS",
        help="start from an earlier session: its roster, open commitments and open questions",
    )
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("add-note", help="add one note to a round")
    p.add_argument("file")
    p.add_argument("round", type=int, help="round number, from 1")
    p.add_argument("text")
    p.add_argument(
        "--function",
        default="other",
        help="sales, marketing or other; also s/m/o, Mktg, Vertrieb, SDR, Demand Gen and the like",
    )
    p.add_argument("--participant", help="who said it (added to the roster if new)")
    p.set_defaults(func=cmd_add_note)

    p = sub.add_parser(
        "import-csv",
        help="import notes from a CSV (round,text[,function][,participant]); all rows or none",
    )
    p.add_argument("file")
    p.add_argument("csv")
    p.add_argument(
        "--again",
        action="store_true",
        help="import notes the session already has word for word (refused otherwise)",
    )
    p.set_defaults(func=cmd_import_csv)

    p = sub.add_parser("info", help="summarise a session file")
    p.add_argument("file")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=cmd_info)

    p = sub.add_parser("demo", help="write a realistic example session")
    p.add_argument("file")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser(
        "rescue", help="copy what can still be read from a damaged session into a new file"
    )
    p.add_argument("file")
    p.add_argument("-o", "--output", help="the new file (default: NAME-rescued.roundtable)")
    p.set_defaults(func=cmd_rescue)

    for register in EXTRA_COMMANDS:
        register(sub)
    return parser


# Subcommands that live in their own modules: functions that add their parser to `sub`.
EXTRA_COMMANDS: list[Callable[[argparse._SubParsersAction], None]] = [
    register_export,
    register_themes,
    register_save_template,
    register_set,
    register_save_copy,
]


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except (CliError, *USER_ERRORS) as exc:
        text = str(exc)
        if isinstance(exc, SessionLockedError):  # the command line has no "open read-only"
            text = text.replace(
                "open it read-only to look at it",
                "use `roundtable info`, `roundtable export` or `roundtable themes` without "
                "--apply, which only read it",
            )
        print(f"roundtable: error: {text}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # output piped into `head` and the like
        return 0
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"roundtable: error: {where}{exc.strerror or exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("roundtable: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
