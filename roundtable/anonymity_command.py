"""The `roundtable set FILE --anonymous | --named` command: anonymity switched after the
session was made, as Session > Anonymous notes does in the app.

The organizer who is asked, before the minutes go out, to leave the names out makes the
session anonymous here. The notes keep their writers in the file; the minutes, the wall and
the phones read the setting, so the notes taken before the switch follow it. It writes one
journaled change and refuses a file the app has open (the app has its own switch).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from roundtable.anonymity import snapshot_warnings
from roundtable.model import InvalidInput, counted
from roundtable.store import Store


def cmd_set(args: argparse.Namespace) -> int:
    path = Path(args.file)
    with Store.open(path) as store:
        if store.read_only_reason:
            raise InvalidInput(store.read_only_reason)
        if store.session().anonymous == args.anonymous:
            said = "anonymous" if args.anonymous else "showing writers' names"
            print(f"{path} was {said} already; nothing changed.")
            return 0
        store.update_session(anonymous=args.anonymous)
        named = sum(1 for n in store.notes() if n.participant_id is not None)
        warnings = snapshot_warnings(store.snapshot())
    if args.anonymous:
        print(
            f"{path} is anonymous now: the minutes, the wall and the phones show no writer's"
            f" name, also for the {counted(named, 'note')} taken with one (the file keeps"
            f" who wrote them; `roundtable set {args.file} --named` shows them again)."
        )
    else:
        print(
            f"{path} shows writers' names now: {counted(named, 'note')} with a writer"
            " recorded will show it in the minutes and on the wall. The room may have been"
            f" told its notes were anonymous; `roundtable set {args.file} --anonymous`"
            " hides the names again."
        )
    for line in warnings:
        print(line)
    return 0


def register_set(sub: argparse._SubParsersAction) -> None:
    """Add the `set` subcommand to the `roundtable` parser."""
    p = sub.add_parser("set", help="make a session anonymous, or show writers' names again")
    p.add_argument("file")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--anonymous",
        dest="anonymous",
        action="store_true",
        default=None,
        help="no writer's name in the minutes, on the wall or on phones (notes taken too)",
    )
    which.add_argument(
        "--named",
        dest="anonymous",
        action="store_false",
        help="notes show who wrote them, and the minutes list the attendees",
    )
    p.set_defaults(func=cmd_set)
