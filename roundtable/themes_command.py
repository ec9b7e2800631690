"""The `roundtable themes FILE --round N [--apply]` command.

Prints the themes the engine suggests for one round (label, why, notes); with `--apply` it
stores them as suggested themes in one journaled change. Themes the facilitator already
made keep their names and hand-placed notes, exactly as in the app.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from roundtable.model import InvalidInput
from roundtable.round_themes import round_input
from roundtable.store import Store


def cmd_themes(args: argparse.Namespace) -> int:
    from roundtable.clustering import MODEL_NAME, suggest_themes

    path = Path(args.file)
    with Store.open(path, read_only=not args.apply) as store:
        if args.apply and store.read_only_reason:
            raise InvalidInput(store.read_only_reason)
        rounds = store.rounds()
        if not 1 <= args.round <= len(rounds):
            raise InvalidInput(f"{path} has rounds 1 to {len(rounds)}, not {args.round}.")
        rnd = rounds[args.round - 1]
        data = round_input(store, rnd.id, MODEL_NAME)
        if not data.notes:
            print(f"Round {rnd.position} ({rnd.title}) has no notes yet: nothing to group.")
            return 0
        themes = suggest_themes(
            data.notes,
            pinned=data.pinned,
            hints=data.hints,
            vectors=data.vectors,
            question=data.question,
            names=data.names,
        )
        texts = dict(data.notes)
        where = {n.id: n.theme_id for n in store.notes(rnd.id)}
        # Only what would change: an existing theme lists (and gets) only the notes it
        # gains; a second --apply said "Stored 1 themes" and stored nothing.
        changes = [
            (
                t,
                [
                    nid
                    for nid in t.note_ids
                    if t.existing_theme_id is None or where.get(nid) != t.existing_theme_id
                ],
            )
            for t in themes
        ]
        changes = [(t, gained) for t, gained in changes if t.existing_theme_id is None or gained]
        kept = len(data.pinned)
        new = sum(t.existing_theme_id is None for t, _ in changes)
        grown = len(changes) - new
        print(
            f"Round {rnd.position}: {rnd.title} — {_count(len(data.notes), 'note')}; "
            f"{_count(kept, 'theme')} already there"
            + (f" ({grown} gaining notes)" if grown else "")
            + f", {_count(new, 'new theme')} suggested"
        )
        for number, (theme, gained) in enumerate(changes, start=1):
            if theme.existing_theme_id is not None:
                more = _count(len(gained), "note")
                print(f"\n{number}. {theme.label} (existing theme) gains {more}")
            else:
                print(f"\n{number}. {theme.label} — {_count(len(gained), 'note')}")
            print(f"   why: {theme.reason}")
            for nid in gained:
                print(f"   - {texts[nid]}")
        left = [nid for nid, _text in data.notes if where.get(nid) is None]
        left = [nid for nid in left if not any(nid in t.note_ids for t in themes)]
        if left:
            count = _count(len(left), "note")
            print(f"\nIn no theme ({count}: no words to group by, or none fit):")
            for nid in left:
                print(f"   - {texts[nid]}")
        if args.apply and not changes:
            print("\nNothing to store: every note that fits a theme is already in one.")
        elif args.apply:
            store.apply_suggestions(
                rnd.id, [(t.label, t.note_ids, t.existing_theme_id) for t, _ in changes]
            )
            print(
                f"\nStored in round {rnd.position}: {_count(new, 'new theme')}"
                + (f", {_count(grown, 'existing theme')} with more notes" if grown else "")
                + ". Opened in Roundtable, Edit > Undo (Ctrl+Z) takes them back."
            )
    return 0


def register_themes(sub: argparse._SubParsersAction) -> None:
    """Add the `themes` subcommand to the `roundtable` parser."""
    p = sub.add_parser("themes", help="suggest themes for a round's notes (--apply stores them)")
    p.add_argument("file")
    p.add_argument("--round", type=int, required=True, help="round number, from 1")
    p.add_argument("--apply", action="store_true", help="store the suggested themes in the session")
    p.set_defaults(func=cmd_themes)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
