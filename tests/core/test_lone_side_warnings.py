"""An anonymous session whose sales, marketing or other side is one person: the Word and
Markdown minutes mark no note, and after a CSV export (which keeps each note's function)
`roundtable export` tells the facilitator, by name, once, outside the file."""

from __future__ import annotations

from pathlib import Path

from roundtable.anonymity import snapshot_warnings
from roundtable.cli import main
from roundtable.export import export_minutes
from roundtable.store import Store

GUEST_NOTE = "Discounts past 20% need a finance sign-off"
FINN = (
    "Anonymous, but Finn Larsen is the only participant marked other:"
    " every note marked “other” on the wall and in a CSV export is theirs."
)


def _session(store: Store, *, anonymous: bool) -> None:
    """Two sales, two marketing and Finn from finance; a round with Finn's note."""
    store.update_session(anonymous=anonymous)
    people = {
        name: store.add_participant(name, function)
        for name, function in (
            ("Hannah Berg", "sales"),
            ("Ana Lopez", "sales"),
            ("Jonas Weber", "marketing"),
            ("Dana Reyes", "marketing"),
            ("Finn Larsen", "other"),
        )
    }
    rid = store.round_at(2).id
    for text, name in ((GUEST_NOTE, "Finn Larsen"), ("Reps discount at quarter end", "Ana Lopez")):
        who = people[name]
        store.add_note(rid, text, function=who.function, participant_id=who.id)


def test_the_minutes_do_not_point_at_a_lone_other(store: Store, tmp_path: Path) -> None:
    _session(store, anonymous=True)
    md = export_minutes(store.snapshot(), "md", tmp_path / "m.md").read_text("utf-8")
    assert f"- {GUEST_NOTE}" in md.splitlines() and "(other)" not in md
    assert "Finn Larsen" not in md and "is theirs" not in md
    assert snapshot_warnings(store.snapshot()) == [FINN]


def test_someone_not_here_still_counts_on_the_roster(store: Store) -> None:
    _session(store, anonymous=True)
    # Dana stayed away: Jonas wrote the only marketing notes, yet two are on the roster.
    store.update_participant(store.find_participant("Dana Reyes").id, absent=True)
    store.add_participant("Priya Shah", "other", absent=True)
    assert snapshot_warnings(store.snapshot()) == []


def test_a_session_with_names_has_nothing_to_warn_of(store: Store) -> None:
    _session(store, anonymous=False)
    assert snapshot_warnings(store.snapshot()) == []


def test_the_export_command_says_who_stands_alone_once(
    store: Store, tmp_path: Path, capsys
) -> None:
    _session(store, anonymous=True)
    store.update_participant(store.find_participant("Dana Reyes").id, function="sales")
    jonas = store.find_participant("Jonas Weber")
    store.add_note(
        store.round_at(2).id, "Nurture emails", function="marketing", participant_id=jonas.id
    )
    out = tmp_path / "m.csv"
    assert main(["export", str(tmp_path / "session.roundtable"), "-o", str(out)]) == 0
    said = capsys.readouterr().out.splitlines()
    assert said == [
        f"Wrote the CSV minutes to {out}.",
        "Anonymous, but Jonas Weber is the only marketing participant:"
        " every note marked “marketing” on the wall and in a CSV export is theirs.",
        FINN,
    ]
    assert "Jonas Weber" not in out.read_text("utf-8")
    # Markdown minutes mark no note: nothing to warn of after them.
    assert (
        main(["export", str(tmp_path / "session.roundtable"), "-o", str(out.with_suffix(".md"))])
        == 0
    )
    assert "is theirs" not in capsys.readouterr().out


def test_minutes_printed_to_stdout_leave_the_warning_to_stderr(
    store: Store, tmp_path: Path, capsys
) -> None:
    _session(store, anonymous=True)
    assert main(["export", str(tmp_path / "session.roundtable"), "-o", "-", "--format", "csv"]) == 0
    said = capsys.readouterr()
    assert f"{GUEST_NOTE},other" in said.out and "is theirs" not in said.out
    assert said.err.splitlines() == [FINN]


def test_a_long_german_name_is_said_once() -> None:
    from roundtable.anonymity import lone_side_warnings
    from roundtable.model import Participant

    long_name = "Dr. Hans-Jürgen Müller-Lüdenscheidt von und zu Großkötzenburg-Ost"
    roster = [
        Participant(1, "Jürgen Weiß", "sales", "", ""),
        Participant(2, "Özlem Yılmaz", "sales", "", ""),
        Participant(3, long_name, "other", "", ""),
    ]
    # The name filled two of the warning's three lines, said twice; "the wall mark other
    # notes" read as "some other notes".
    assert lone_side_warnings(roster) == [
        f"Anonymous, but {long_name} is the only participant marked other: every note marked"
        " “other” on the wall and in a CSV export is theirs."
    ]


def test_a_lone_side_with_no_note_gives_nobody_away(store: Store) -> None:
    # Ola, marked other and away that day, wrote no note: the export warned of her all the
    # same ("every note marked other … is theirs"), with not one such note to point at.
    _session(store, anonymous=True)
    finn = store.find_participant("Finn Larsen")
    store.update_participant(finn.id, function="sales")
    for note in store.notes():
        if note.function == "other":
            store.update_note(note.id, function="sales")
    store.add_participant("Ola Nordmann", "other", absent=True)
    assert snapshot_warnings(store.snapshot()) == []
    # Once a note is marked other, the one person who could have written it is named.
    store.add_note(store.round_at(2).id, "Finance wants one pipeline number", function="other")
    assert snapshot_warnings(store.snapshot()) == [FINN.replace("Finn Larsen", "Ola Nordmann")]
