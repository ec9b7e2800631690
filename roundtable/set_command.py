"""The `roundtable set FILE [--anonymous | --named] [--title T] [--facilitator F]` command:
the session's settings changed after it was made, as Session > Anonymous notes and
Session > Title and facilitator… change them in the app.

The organizer who is asked, before the minutes go out, to leave the names out makes the
session anonymous here. The notes keep their writers in the file; the minutes, the wall and
the phones read the setting, so the notes taken before the switch follow it (`save-copy
--without-writers` writes a copy that records no writer). A typo in the
title or the facilitator's name, which head the minutes, is fixed here too. It writes one
journaled change and refuses a file the app has open (the app has its own entries).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from roundtable.anonymity import recorded_writers, snapshot_warnings
from roundtable.model import (
    MAX_NAME_CHARS,
    MAX_TITLE_CHARS,
    InvalidInput,
    counted,
    validate_facilitator,
    validate_session_title,
)
from roundtable.store import Store


def cmd_set(args: argparse.Namespace) -> int:
    path = Path(args.file)
    asked: dict[str, Any] = {}
    if args.anonymous is not None:
        asked["anonymous"] = args.anonymous
    try:  # checked as the app checks them, before the file is opened
        if args.title is not None:
            asked["title"] = validate_session_title(args.title)
        if args.facilitator is not None:
            asked["facilitator"] = validate_facilitator(args.facilitator)
    except InvalidInput as err:
        raise InvalidInput(f"{err} {path} was not changed.") from None
    if not asked:
        raise InvalidInput(
            "Say what to change: --anonymous or --named, --title TITLE, --facilitator NAME."
        )
    with Store.open(path) as store:
        if store.read_only_reason:
            raise InvalidInput(store.read_only_reason)
        # A copy made while the session was open says so as it opens; written to and closed
        # here, it would not say it again (as add-note and import warn).
        for news in store.opening_news:
            print(f"roundtable: warning: {news}", file=sys.stderr)
        info = store.session()
        fields = {k: v for k, v in asked.items() if getattr(info, k) != v}
        if not fields:
            print(f"{path} has these settings already; nothing changed.")
            return 0
        store.update_session(**fields)
        writers = recorded_writers(store.notes(include_held=True, include_deleted=True))
        warnings = snapshot_warnings(store.snapshot()) if "anonymous" in fields else []
    if "title" in fields:
        print(f"{path} is titled “{fields['title']}” now.")
    if "facilitator" in fields:
        who = fields["facilitator"] or "nobody"
        print(f"{path}: the minutes name {who} as the facilitator now.")
    if fields.get("anonymous") is True:
        print(
            f"{path} is anonymous now: the minutes, the wall and the phones show no writer's"
            f" name, also for the {counted(writers.total, 'note')} taken with one (the file keeps"
            f" who wrote them; `roundtable set {args.file} --named` shows them again)."
        )
    elif fields.get("anonymous") is False:
        # A note waiting on the phone tray, or deleted, shows its writer too once let in
        # or restored (and the app's tray and Deleted notes show it at once).
        later = [
            f"{counted(writers.held, 'note')} waiting on the phone tray once let in"
            if writers.held
            else "",
            f"{counted(writers.deleted, 'deleted note')} if restored" if writers.deleted else "",
        ]
        also = " and ".join(x for x in later if x)
        also = f" (so will {also})" if also else ""
        print(
            f"{path} shows writers' names now: {counted(writers.on_board, 'note')} with a"
            f" writer recorded will show it in the minutes and on the wall{also}. The room"
            " may have been told its notes were anonymous; `roundtable set"
            f" {args.file} --anonymous` hides the names again."
        )
    for line in warnings:
        print(line)
    return 0


def register_set(sub: argparse._SubParsersAction) -> None:
    """Add the `set` subcommand to the `roundtable` parser."""
    p = sub.add_parser(
        "set", help="change a session's title, facilitator, or whether its notes are anonymous"
    )
    p.add_argument("file")
    which = p.add_mutually_exclusive_group()
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
    p.add_argument(
        "--title",
        help=f"the session's title, which the minutes open with (at most {MAX_TITLE_CHARS}"
        " characters)",
    )
    p.add_argument(
        "--facilitator",
        help=f"the facilitator's name, for the minutes (at most {MAX_NAME_CHARS} characters)",
    )
    p.set_defaults(func=cmd_set)
