"""The `roundtable export FILE --format docx|md|csv [-o OUT] [--template T.docx]
[--language en|de|fr|es]` command.

It registers itself in `roundtable.cli` through `EXTRA_COMMANDS`, opens the session
read-only (so it works while the app has the file open) and reports problems on one line
with exit code 2, like every other subcommand. Without --language the minutes are in the
language most of the notes are written in (English unless German, French or Spanish).
"""

from __future__ import annotations

import argparse
import shlex
import sys
import tempfile
from pathlib import Path
from typing import TextIO

from roundtable.anonymity import snapshot_warnings
from roundtable.export import FORMATS, ExportError, default_output, export_minutes
from roundtable.export.content import minutes_language
from roundtable.export.languages import CATALOGUES, LANGUAGES, choices_text
from roundtable.snapshot import SessionSnapshot
from roundtable.store import SUFFIX, SessionFileError, Store

# What a name given with -o says it holds.
_SUFFIXES = {".docx": "docx", ".md": "md", ".markdown": "md", ".csv": "csv"}


def _format(args: argparse.Namespace) -> str:
    """The format to write: --format, else the one -o's name ends in, else Word.

    `-o minutes.md` alone wrote a Word file named minutes.md, which an editor shows as
    binary noise; a name that contradicts --format is refused rather than written.
    """
    suffix = Path(args.output).suffix.lower() if args.output else ""
    named = _SUFFIXES.get(suffix)
    if suffix and not named and not args.format and suffix != SUFFIX:
        # "-o minutes.pdf" wrote a Word file named minutes.pdf, which nothing opens.
        raise ExportError(
            f"{args.output}: minutes are written as Word (.docx), Markdown (.md) or CSV"
            " (.csv); end the name in one of these, or give --format."
        )
    if args.format and named and named != args.format:
        raise ExportError(
            f"{args.output} is named as {FORMATS[named]} but --format {args.format} writes"
            f" {FORMATS[args.format]}; end the name in .{args.format}, or leave out --format."
        )
    return str(args.format or named or "docx")


def cmd_export(args: argparse.Namespace) -> int:
    session = Path(args.file)
    # "-o -" prints Markdown or CSV (it wrote a file named "-").
    to_stdout = args.output == "-"
    try:
        args.format = _format(args)
        if to_stdout and args.format == "docx":
            raise ExportError(
                "Word minutes cannot be printed; give a file name with -o, or use --format md."
            )
        language = _language(args.language)
        with Store.open(session, read_only=True) as store:
            snapshot = store.snapshot()
            for news in store.opening_news:  # minutes from a copy missing its last notes
                print(f"roundtable: warning: {news}", file=sys.stderr)
        if to_stdout:
            with tempfile.TemporaryDirectory() as folder:
                out = Path(folder) / f"minutes.{args.format}"
                written = export_minutes(snapshot, args.format, out, language=language)
                sys.stdout.write(written.read_text(encoding="utf-8-sig"))
            _warn(snapshot, args.format, sys.stderr)  # stdout holds the minutes themselves
            return 0
        out = Path(args.output) if args.output else default_output(session, args.format)
        if not out.suffix and not out.exists():  # "-o minutes": a file nothing would open
            out = out.with_name(f"{out.name}.{args.format}")
        replaced = out.exists()
        try:
            written = export_minutes(
                snapshot, args.format, out, docx_template=args.template, language=language
            )
        except ExportError as exc:
            if args.output:
                raise
            # Beside a session on a write-protected stick or share, "choose another place"
            # did not say how: the command that writes them to the home folder.
            home = shlex.quote(str(Path.home() / out.name))
            raise ExportError(
                f"{exc} To write them to your home folder: roundtable export"
                f" {shlex.quote(args.file)} -o {home}"
            ) from exc
    except (ExportError, SessionFileError) as exc:
        print(f"roundtable: error: {exc}", file=sys.stderr)
        return 2
    said = language or minutes_language(snapshot)
    if args.format != "csv" and said != "en":  # (a CSV's column names stay English)
        name = LANGUAGES[said].split(" (")[0]
        print(f"Wrote the {FORMATS[args.format]} minutes in {name} to {written}.")
    else:
        print(f"Wrote the {FORMATS[args.format]} minutes to {written}.")
    if replaced:
        # Minutes in German written after the English ones took their name without a word.
        elsewhere = "" if args.output else "; -o FILE writes them under another name"
        print(f"They replaced the earlier {written.name}{elsewhere}.")
    _warn(snapshot, args.format, sys.stdout)
    return 0


def _language(given: str | None) -> str | None:
    """The --language asked for ("de"), or None for the notes' own; refused if unknown."""
    if given is None:
        return None
    code = given.strip().lower()
    if code not in CATALOGUES:
        raise ExportError(
            f"--language {given}: the minutes can be written in {choices_text()}."
            " Leave it out for the language most of the notes are written in."
        )
    return code


def _warn(snapshot: SessionSnapshot, fmt: str, to: TextIO) -> None:
    """Who an anonymous session's function marks point at (roundtable.anonymity): said once
    here, after a CSV is written, and never inside it. Word and Markdown minutes of an
    anonymous session mark no note, so there is nothing to say after them."""
    if fmt != "csv":
        return
    for line in snapshot_warnings(snapshot):
        print(line, file=to)


def register_export(sub: argparse._SubParsersAction) -> None:
    """Add the `export` subcommand to the `roundtable` parser."""
    p = sub.add_parser("export", help="write the minutes as Word, Markdown or CSV")
    p.add_argument("file")
    p.add_argument(
        "--format",
        choices=list(FORMATS),
        help="default: what the -o name ends in (.docx, .md, .csv), else docx",
    )
    p.add_argument(
        "-o",
        "--output",
        help="where to write (default: next to FILE, NAME-minutes.FORMAT; - prints md or csv)",
    )
    p.add_argument("--template", help="a .docx whose styles, header and footer the minutes use")
    p.add_argument(
        "--language",
        metavar="LANG",
        help="the minutes' own words in en, de, fr or es (default: the language most notes"
        " are in; CSV column names stay English)",
    )
    p.set_defaults(func=cmd_export)
