"""A follow-up session starts with last time's roster and open commitments on the board."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from roundtable.cli import main
from roundtable.demo import write_demo
from roundtable.store import Store


def test_follow_up_carries_roster_and_open_commitments(tmp_path: Path, capsys) -> None:
    first = write_demo(tmp_path / "march.roundtable")
    with Store.open(first) as old:
        done = old.actions()[0]
        old.update_action(done.id, status="done")
        still_open = [a for a in old.actions() if a.status == "open"]
        people = [p.name for p in old.participants()]

    code = main(["new", str(tmp_path / "april.roundtable"), "--follow-up", str(first)])
    assert code == 0
    assert "2 open commitments" in capsys.readouterr().out

    with Store.open(tmp_path / "april.roundtable") as new:
        info = new.session()
        assert info.title == "Follow-up: Sales and marketing roundtable: closing the gap"
        assert info.parent_session == "march.roundtable"
        assert info.template == "follow-up-review" and info.anonymous
        assert [p.name for p in new.participants()] == people
        # Expected, not yet here: the roll call is the facilitator's.
        assert all(p.absent for p in new.participants())
        assert [(a.text, a.owner, a.due) for a in new.actions()] == [
            (a.text, a.owner, a.due) for a in still_open
        ]
        review = new.round_at(2)
        assert review.title == "Commitments review"
        notes = [n.text for n in new.notes(review.id)]
        # The example's open question comes last, after the two commitments.
        assert notes[2:] == ["Open question: Benchmark: how do others split the budget?"]
        notes = notes[:2]
        assert all(n.startswith("Commitment: ") for n in notes)
        assert still_open[0].text in notes[0] and still_open[0].owner in notes[0]
        due = still_open[0].due
        assert due is not None and f"due {due.day} {due:%B %Y}" in notes[0]  # not ISO


def test_follow_up_takes_the_command_lines_names_and_facilitator(tmp_path: Path, capsys) -> None:
    # --named, --anonymous and --facilitator were ignored for a follow-up; a template with
    # no review round still said "with 3 open commitments to review"; "1 open commitments".
    first = write_demo(tmp_path / "march.roundtable")
    with Store.open(first) as old:
        for a in old.actions()[1:]:
            old.update_action(a.id, status="done")
    later = tmp_path / "april.roundtable"
    argv = ["new", str(later), "--follow-up", str(first), "--named", "--facilitator", "Ines"]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert (
        "notes show names, with 1 open commitment and 1 open question to review in round 2" in out
    )
    with Store.open(later) as new:
        assert not new.session().anonymous and new.session().facilitator == "Ines"
    other = tmp_path / "may.roundtable"
    argv = ["new", str(other), "--follow-up", str(first), "--template", "campaign-preview"]
    assert main(argv) == 0
    assert "this template has no round that reviews them" in capsys.readouterr().out


def test_follow_up_minutes_count_who_came_and_list_who_did_not(tmp_path: Path) -> None:
    import docx

    from roundtable.export import export_minutes

    first = write_demo(tmp_path / "march.roundtable")
    with Store.open(first) as old:
        old.update_session(anonymous=False)
    main(["new", str(tmp_path / "april.roundtable"), "--follow-up", str(first)])
    with Store.open(tmp_path / "april.roundtable") as new:
        new.update_session(anonymous=False)
        people = new.participants()
        ticked, spoke, away = people[0], people[1], people[2:]
        new.update_participant(ticked.id, absent=False)  # the roll call
        new.add_note(new.round_at(3).id, "We learned to ask earlier", participant_id=spoke.id)
        path = export_minutes(new.snapshot(), "docx", tmp_path / "april.docx")
    front = [p.text for p in docx.Document(str(path)).paragraphs[:10]]
    attendees = next(line for line in front if line.startswith("Attendees: "))
    absent = next(line for line in front if line.startswith("Invited, not present: "))
    for person in (ticked, spoke):
        assert person.name in attendees and person.name not in absent
    for person in away:
        assert person.name in absent and person.name not in attendees
    assert absent.count("(") == len(away)  # one "Name (Organisation)" each
    assert any(line.startswith("Attendance: 2 (") for line in front)


def test_what_a_follow_up_follows_is_known_as_soon_as_it_is_announced(tmp_path: Path) -> None:
    # Views read the session again when told it changed; they were told before the store
    # forgot what it had read, and showed the follow-up as following nothing.
    from datetime import date

    from roundtable.model import PreviousSession

    seen = []
    previous = PreviousSession("march.roundtable", "March", date(2026, 3, 5), (1,))
    with Store.create(tmp_path / "april.roundtable", title="April") as store:
        assert store.session().follow_up_of is None
        store.subscribe(lambda change: seen.append(store.session().follow_up_of))
        store.record_follow_up(previous)
    assert seen == [previous]
    with Store.open(tmp_path / "april.roundtable") as reopened:
        assert reopened.session().follow_up_of == previous
        assert reopened.session().parent_session == "march.roundtable"


def test_a_name_from_before_the_roster_rule_does_not_stop_a_follow_up(
    tmp_path: Path, capsys
) -> None:
    # Names with a leading "@" or of 300 characters could be stored before one rule kept
    # them off the roster; the follow-up was then refused for a name of last time's.
    first = write_demo(tmp_path / "march.roundtable")
    with Store.open(first) as old:
        old.db.execute("UPDATE participants SET name = '@Eve Marsh' WHERE id = 1")
        old.db.execute("UPDATE participants SET name = ? WHERE id = 2", ["Long " * 60])
        old.db.conn.commit()
    code = main(["new", str(tmp_path / "april.roundtable"), "--follow-up", str(first)])
    assert code == 0, capsys.readouterr()
    with Store.open(tmp_path / "april.roundtable") as new:
        names = [p.name for p in new.participants()]
    assert names[0] == "Eve Marsh" and len(names[1]) <= 80 and names[1].startswith("Long Long")


def test_a_carried_commitment_is_marked_with_its_owners_function(tmp_path: Path) -> None:
    """A commitment both VPs sign is owned jointly, but its owner is one person on the
    roster: its note is marked with her function, not "other", which in an anonymous
    session the minutes said was all the one other participant's."""
    first = write_demo(tmp_path / "march.roundtable")
    with Store.open(first) as old:
        functions = {p.name: p.function for p in old.participants()}
        joint = next(a for a in old.actions() if a.owner_function == "joint")
        typed = old.add_action("Book the venue", owner="Someone from facilities")
    assert functions[joint.owner] == "sales"

    main(["new", str(tmp_path / "april.roundtable"), "--follow-up", str(first)])

    with Store.open(tmp_path / "april.roundtable") as new:
        marks = {n.text: n.function for n in new.notes(new.round_at(2).id)}
    assert marks[next(t for t in marks if joint.text in t)] == "sales"
    # No one on the roster, no function of its own: "other", as before.
    assert marks[next(t for t in marks if typed.text in t)] == "other"


def test_a_follow_up_of_a_long_title_and_an_older_files_long_facilitator_starts(
    tmp_path: Path, capsys
) -> None:
    # "Follow-up: " and a title of 190-200 characters (allowed) went over the 200 a title may
    # have, and a facilitator's name longer than today's 80 (an older version took any) was
    # refused: `new --follow-up` without --title stopped with "A title can be at most …".
    first = write_demo(tmp_path / "march.roundtable")
    title = ("Q4 sales and marketing roundtable of the northern region, " * 4)[:200].rstrip()
    assert len(title) == 200
    long_name = "Marta " + "Kowalska-" * 12 + "Nowak"  # 119 characters
    with Store.open(first) as old:
        old.update_session(title=title)
    with sqlite3.connect(first) as db:  # as an older version wrote it
        db.execute("UPDATE session SET facilitator = ?", (long_name,))
    db.close()

    code = main(["new", str(tmp_path / "april.roundtable"), "--follow-up", str(first)])
    assert code == 0, capsys.readouterr()
    with Store.open(tmp_path / "april.roundtable") as new:
        info = new.session()
    assert 195 <= len(info.title) <= 200
    assert info.title.startswith("Follow-up: Q4 sales and marketing roundtable of the northern")
    assert info.title.endswith("…")
    # Cut after a whole word of the earlier title, not inside one.
    assert info.title.removesuffix("…").removeprefix("Follow-up: ") in title
    assert title[len(info.title.removesuffix("…")) - len("Follow-up: ")] in " ,"
    assert info.facilitator == long_name[:80]
