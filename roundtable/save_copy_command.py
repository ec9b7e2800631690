"""The `roundtable save-copy FILE -o OUT [--without-writers]` command: File > Save a copy…
and File > Save a copy without writers… from a shell.

It reads the file read-only, so it works while the app has the session open, and writes the
copy all or nothing (store/save_copy.py). With --without-writers the copy records no note's
writer (store/no_writers.py); what it keeps and leaves out is said in `KEEPS` and
`LEAVES_OUT`, the words the app's dialog shows too.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from roundtable.anonymity import lone_side_warnings, owned_note_warnings, typed_name_warnings
from roundtable.model import InvalidInput, counted
from roundtable.store import SUFFIX, Store

KEEPS = (
    "every note with its side (sales, marketing or other), deleted notes and phone notes"
    " still waiting too",
    "the rounds and their timers, themes and votes",
    "action items with their owners (commitments, not notes)",
    "the roster: who attended, by name and function. The minutes list attendance; the"
    " roster says who was there, not who wrote what. Its order is shuffled, so the order"
    " people were added in does not point at their notes",
)
LEAVES_OUT = (
    "who wrote each note, on the note and in the session's history of changes",
    "the undo history (it cannot be cleaned step by step), so Undo starts empty in the copy",
)


def without_writers_warnings(store: Store, longest: int | None = None) -> list[str]:
    """What a copy without writers would still give away, for the organizer to check first
    (the app's box and the command line say the same): a side held by one person, names
    typed in notes' words, action items made from a note with its writer as owner. The copy
    keeps deleted notes and those waiting on the phone tray, so they count too. Notes and
    items are quoted whole, or (the app's box) their first `longest` characters."""
    kept = store.notes(include_deleted=True, include_held=True)
    marked = {n.function for n in store.notes(include_held=True)}
    texts = [n.text for n in kept]
    owned = [(a.text, a.owner) for a in store.actions()]
    return [
        *lone_side_warnings(store.participants(), marked=marked),
        *typed_name_warnings(texts, longest),
        *owned_note_warnings(owned, texts, longest),
    ]


def cmd_save_copy(args: argparse.Namespace) -> int:
    source = Path(args.file)
    out = Path(args.output)
    if not out.suffix:
        out = out.with_name(out.name + SUFFIX)
    with Store.open(source, read_only=True) as store:
        if args.without_writers and store.read_only_reason and "newer" in (store.read_only_reason):
            raise InvalidInput(
                f"{source.name} was made by a newer version of Roundtable; this one cannot"
                " be sure to find every writer in it. Save the copy with that version."
            )
        written = store.save_copy(out, without_writers=args.without_writers)
        roster = store.participants()
        notes = store.note_count()
        warnings = without_writers_warnings(store) if args.without_writers else []
    if not args.without_writers:
        print(f"Wrote a copy of {source.name} to {written} ({counted(notes, 'note')}).")
        return 0
    print(
        f"Wrote a copy of {source.name} without writers to {written}:"
        f" {counted(notes, 'note')}, none with a writer; the roster of {len(roster)} kept;"
        " no undo history; marked anonymous."
        f" {source.name} is unchanged."
    )
    for line in warnings:
        print(f"roundtable: warning: {line}", file=sys.stderr)
    return 0


def register_save_copy(sub: argparse._SubParsersAction) -> None:
    """Add the `save-copy` subcommand to the `roundtable` parser."""
    p = sub.add_parser(
        "save-copy",
        help="write a copy of a session to another file, optionally without note writers",
    )
    p.add_argument("file")
    p.add_argument("-o", "--output", required=True, help="the copy (.roundtable is added)")
    p.add_argument(
        "--without-writers",
        action="store_true",
        help="the copy records no note's writer and is marked anonymous. It keeps "
        + "; ".join(KEEPS)
        + ". It leaves out "
        + "; ".join(LEAVES_OUT)
        + ".",
    )
    p.set_defaults(func=cmd_save_copy)
