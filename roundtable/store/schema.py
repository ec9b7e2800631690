"""The session file's schema and its forward migrations.

Each migration moves a file from version N-1 to N and runs inside the transaction that also
sets `PRAGMA user_version`, so a file is always at exactly one version. Version 1 is the
first data model of DESIGN.md; version 2 adds what running a live session needs (timer
state, theme placement by hand, votes per function, action details, note vectors); version 3
marks rounds a re-plan shortens last (protected), people on the roster who are not in the
room (absent: a follow-up starts from last time's roster), and keeps the app's undo history
so that undo survives a restart; version 4 marks notes from phones held for the facilitator
to let in (held: stored, but on no board, wall or export until let in); version 5 marks notes
the room could not answer (open_question: listed in the minutes, carried into a follow-up);
version 6 keeps a vote from phones open across a restart (its round, dots and start; the
ballots themselves are votes rows of voter 'phone:<key>', see store/ballots.py); version 7
marks a file open for writing (open_since); version 8 keeps with a note from a phone the key
the phone made for it (phone_key: a note sent again after a restart is stored once).
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

# 'RTbl' as a big-endian 32-bit integer: marks a SQLite file as a Roundtable session.
APPLICATION_ID = 0x5254626C
SCHEMA_VERSION = 8


def _v1(db: sqlite_utils.Database) -> None:
    db.table("session").create(
        {
            "id": int,
            "title": str,
            "created_at": str,
            "template": str,
            "anonymous": int,
            "status": str,
            "parent_session": str,
        },
        pk="id",
        not_null={"title", "created_at", "anonymous", "status"},
    )
    db.table("participants").create(
        {"id": int, "name": str, "function": str, "organisation": str, "role": str},
        pk="id",
        not_null={"name", "function"},
    )
    db.table("rounds").create(
        {
            "id": int,
            "position": int,
            "title": str,
            "prompt": str,
            "timebox_s": int,
            "started_at": str,
            "ended_at": str,
        },
        pk="id",
        not_null={"position", "title", "prompt", "timebox_s"},
    )
    db.table("themes").create(
        {"id": int, "round_id": int, "label": str, "origin": str, "position": int},
        pk="id",
        foreign_keys=[("round_id", "rounds", "id")],
        not_null={"round_id", "label", "origin", "position"},
    )
    db.table("notes").create(
        {
            "id": int,
            "round_id": int,
            "text": str,
            "participant_id": int,
            "function": str,
            "source": str,
            "theme_id": int,
            "created_at": str,
            "updated_at": str,
            "deleted_at": str,
        },
        pk="id",
        foreign_keys=[
            ("round_id", "rounds", "id"),
            ("participant_id", "participants", "id"),
            ("theme_id", "themes", "id"),
        ],
        not_null={"round_id", "text", "function", "source", "created_at", "updated_at"},
    )
    db.table("votes").create(
        {"id": int, "theme_id": int, "voter": str, "count": int, "function": str},
        pk="id",
        foreign_keys=[("theme_id", "themes", "id")],
        not_null={"theme_id", "voter", "count", "function"},
    )
    db.table("actions").create(
        {
            "id": int,
            "text": str,
            "owner": str,
            "due": str,
            "status": str,
            "theme_id": int,
            "round_id": int,
        },
        pk="id",
        foreign_keys=[("theme_id", "themes", "id"), ("round_id", "rounds", "id")],
        not_null={"text", "status"},
    )
    db.table("events").create(
        {"id": int, "at": str, "kind": str, "payload_json": str},
        pk="id",
        not_null={"at", "kind", "payload_json"},
    )
    db.table("notes").create_index(["round_id"])


def _v2(db: sqlite_utils.Database) -> None:
    session = db.table("session")
    session.add_column("facilitator", str, not_null_default="")
    session.add_column("dots_per_person", int, not_null_default=3)
    session.add_column("current_round_id", int)
    session.add_column("scheduled_start", str)
    rounds = db.table("rounds")
    rounds.add_column("guidance", str, not_null_default="")
    rounds.add_column("elapsed_s", float, not_null_default=0)
    rounds.add_column("running_since", float)
    db.table("notes").add_column("placement", str)
    db.execute("UPDATE notes SET placement = 'manual' WHERE theme_id IS NOT NULL")
    db.table("themes").add_column("deleted_at", str)
    actions = db.table("actions")
    actions.add_column("owner_function", str, not_null_default="joint")
    actions.add_column("created_at", str, not_null_default="")
    actions.add_column("position", int, not_null_default=0)
    actions.add_column("deleted_at", str)
    db.execute("UPDATE actions SET position = id, owner = coalesce(owner, '')")
    # Version 1 allowed several vote rows per theme and function; keep their sum in one.
    db.execute(
        """UPDATE votes SET count = (
               SELECT sum(v2.count) FROM votes v2 WHERE v2.theme_id = votes.theme_id
               AND v2.voter = votes.voter AND v2.function = votes.function)"""
    )
    db.execute(
        """DELETE FROM votes WHERE id NOT IN (
               SELECT min(id) FROM votes GROUP BY theme_id, voter, function)"""
    )
    db.table("votes").create_index(["theme_id", "voter", "function"], unique=True)
    db.table("note_vectors").create(
        {"note_id": int, "model": str, "vector": bytes},
        pk=("note_id", "model"),
        foreign_keys=[("note_id", "notes", "id")],
    )


def _v3(db: sqlite_utils.Database) -> None:
    # A protected round gives way last when the session runs late ("Game changers": the
    # round that most often runs out of time and the one the room came for).
    db.table("rounds").add_column("protected", int, not_null_default=0)
    db.table("participants").add_column("absent", int, not_null_default=0)
    # The app's undo history: one row per undoable step (opaque JSON to the core), and the
    # journal position (events.id) the steps match.
    db.table("undo_steps").create({"seq": int, "data": str}, pk="seq", not_null={"data"})
    db.table("undo_state").create({"id": int, "position": int}, pk="id", not_null={"position"})


def _v4(db: sqlite_utils.Database) -> None:
    # A note from a phone the facilitator has not let in yet: in the file at once (never
    # lost), but read by no view or export until `held` is 0 again.
    db.table("notes").add_column("held", int, not_null_default=0)
    # The waiting notes are looked up as often as notes change: only they are indexed.
    db.execute("CREATE INDEX notes_waiting ON notes(id) WHERE held = 1")


def _v5(db: sqlite_utils.Database) -> None:
    # A question the room raised and could not answer: the minutes list it, a follow-up
    # starts with it.
    db.table("notes").add_column("open_question", int, not_null_default=0)


def _v6(db: sqlite_utils.Database) -> None:
    # Voting from phones, open on one round's themes (NULL: no vote open): a restart
    # mid-vote keeps it open, with the dots each person has and when it opened (the
    # phones' ballots are for that vote, not a later one).
    session = db.table("session")
    session.add_column("phone_vote_round_id", int)
    session.add_column("phone_vote_dots", int, not_null_default=0)
    session.add_column("phone_vote_opened", str)


def _v7(db: sqlite_utils.Database) -> None:
    # When the app opened the file for writing, cleared as it closes it: a copy of the file
    # alone that has it was made while the session was open (or after a crash), and may
    # lack the changes still in its -wal; it says so as it opens (left_open.py).
    db.table("session").add_column("open_since", str)


def _v8(db: sqlite_utils.Database) -> None:
    # The key a phone made for its note: a phone that heard no answer sends the note again
    # with the same key, after the app restarted too, and it is answered as stored (the
    # keys were kept in memory only, and a note written just before a crash was stored
    # twice). One note a key; notes typed or imported have none.
    db.table("notes").add_column("phone_key", str)
    db.execute(
        "CREATE UNIQUE INDEX notes_phone_key ON notes(phone_key) WHERE phone_key IS NOT NULL"
    )


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    _v1,
    _v2,
    _v3,
    _v4,
    _v5,
    _v6,
    _v7,
    _v8,
]
assert len(MIGRATIONS) == SCHEMA_VERSION


def migrate(db: sqlite_utils.Database, *, to_version: int = SCHEMA_VERSION) -> int:
    """Bring the file up to `to_version`, one migration per transaction; return the old one."""
    start = db.execute("PRAGMA user_version").fetchone()[0]
    for version in range(start + 1, to_version + 1):
        with db.atomic():
            MIGRATIONS[version - 1](db)
            db.execute(f"PRAGMA user_version = {version}")
    return int(start)
