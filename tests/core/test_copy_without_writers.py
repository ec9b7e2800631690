"""`roundtable save-copy FILE -o OUT --without-writers` (File > Save a copy without
writers… in the app): the organizer mails the session to the next facilitator after telling
the room its notes were anonymous. The copy keeps every note with its side, the themes,
votes, actions, rounds and roster, and nothing in it says who wrote which note: not the
notes, not the journal, not the undo history, not the file's free pages."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import docx

from roundtable.cli import main
from roundtable.store import Store
from roundtable.store.notes import NewNote
from roundtable.templates import get_template

PEOPLE = {
    "Ana Lopez": "sales",
    "Ben Okafor": "marketing",
    "Chen Wei": "sales",
    "Dara Quinn": "marketing",
}
UNDO_MARK = "undo-step-mark"


def run(capsys, *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def named_session(path: Path, clock) -> dict[str, list[str]]:
    """A named session whose notes were written by the roster: typed with @name, sent from
    phones (one let in, one still waiting), moved to another writer, deleted, and whose
    people were taken off the roster and put back. Returns each writer's note texts."""
    written: dict[str, list[str]] = {name: [] for name in PEOPLE}
    with Store.create(
        path,
        title="Q4 pipeline",
        template=get_template("sales-marketing-roundtable"),
        anonymous=False,
        clock=clock,
    ) as store:
        ids = {n: store.add_participant(n, function=f).id for n, f in PEOPLE.items()}
        rid = store.rounds()[1].id
        typed = store.add_note(
            rid, "Leads wait four days", function="sales", participant_id=ids["Ana Lopez"]
        )
        written["Ana Lopez"].append(typed.text)
        moved = store.add_note(
            rid, "Battlecards are stale", function="marketing", participant_id=ids["Dara Quinn"]
        )
        store.update_note(moved.id, participant_id=ids["Ben Okafor"])
        written["Ben Okafor"].append(moved.text)
        phone = store.add_notes(
            [
                NewNote(
                    rid,
                    "Pricing page confuses buyers",
                    "sales",
                    None,
                    "device",
                    participant_name="Chen Wei",
                    held=True,
                ),
                NewNote(
                    rid,
                    "Webinar leads go cold",
                    "marketing",
                    None,
                    "device",
                    participant_name="Dara Quinn",
                    held=True,
                ),
            ]
        )
        store.let_in([phone[0]])  # the other one still waits for the facilitator
        written["Chen Wei"].append("Pricing page confuses buyers")
        written["Dara Quinn"].append("Webinar leads go cold")
        gone = store.add_note(
            rid, "Nobody owns handoffs", function="sales", participant_id=ids["Chen Wei"]
        )
        store.delete_note(gone.id)
        written["Chen Wei"].append(gone.text)
        dara = store.participant(ids["Dara Quinn"])
        store.restore_participant(dara, store.remove_participant(dara.id))
        chen = store.participant(ids["Chen Wei"])
        done = store.edit_roster(remove=[chen.id])
        store.edit_roster(add=[(chen, done.removed[chen.id])])
        # Dara's side, fixed on the roster, took her notes along: the journal lists them.
        store.edit_roster(
            update={ids["Dara Quinn"]: {"role": "Demand gen"}},
            note_functions={phone[1]: "marketing"},
        )
        theme = store.add_theme(rid, "Slow follow-up", note_ids=[typed.id, moved.id])
        store.set_votes(theme.id, "sales", 3)
        store.add_action("Call leads within a day", owner="Ana Lopez", theme_id=theme.id)
        store.start_round(rid)
        step = {"mark": UNDO_MARK, "note": typed.id, "writer": "Ana Lopez"}
        store.save_undo_steps(0, [(0, json.dumps(step))], store.last_event_id())
    return written


def rows_of(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: conn.execute(f"SELECT * FROM [{t}]").fetchall() for t in tables}
    finally:
        conn.close()


def test_the_copy_records_no_writer_and_keeps_everything_else(
    capsys, tmp_path: Path, fake_clock
) -> None:
    source = tmp_path / "q4.roundtable"
    written = named_session(source, fake_clock)
    with Store.open(source, read_only=True) as store:
        before = store.snapshot()
        held_before = [(n.text, n.function) for n in store.held_notes()]
        deleted_before = [(n.text, n.function) for n in store.notes(include_deleted=True)]
    original = source.read_bytes()
    out = tmp_path / "mail" / "for Ben"
    out.parent.mkdir()

    code, said, err = run(capsys, "save-copy", source, "-o", out, "--without-writers")
    assert code == 0, err
    copy = out.with_name("for Ben.roundtable")
    assert said == (
        f"Wrote a copy of q4.roundtable without writers to {copy}: 3 notes, none with a"
        " writer; the roster of 4 kept; no undo history; marked anonymous. q4.roundtable is"
        " unchanged.\n"
    )
    assert sorted(p.name for p in out.parent.iterdir()) == ["for Ben.roundtable"]
    assert source.read_bytes() == original  # the open session is untouched

    # Nowhere in the file is a writer tied to a note.
    data = copy.read_bytes()
    assert b'"participant_id": ' in original  # (the journal of the session had them)
    assert b'"participant_id": ' not in data
    assert b'"note_functions": {"' in original and b'"note_functions": {"' not in data
    assert UNDO_MARK.encode() not in data
    tables = rows_of(copy)
    assert all(
        row[0] is None for row in sqlite3.connect(copy).execute("SELECT participant_id FROM notes")
    )
    assert tables["undo_steps"] == [] and tables["undo_state"] == []
    for table, found in tables.items():
        if table == "participants":
            continue
        for row in found:
            said_row = json.dumps(row, default=str, ensure_ascii=False)
            for name, texts in written.items():
                if table == "actions":  # the owner of a commitment stays, by design
                    continue
                assert not (name in said_row and any(t in said_row for t in texts)), (table, row)
    journal = sqlite3.connect(copy).execute("SELECT kind, payload_json FROM events").fetchall()
    for kind, payload in journal:
        entry = json.loads(payload)
        if kind.startswith("participant_"):
            assert set(entry) <= {"id"}, (kind, entry)
        if kind == "roster_edited":
            assert all(v == [] for v in entry.get("removed", {}).values())
            assert entry["note_functions"] == {}
        if not kind.startswith("action_"):  # an action's owner is named, by design
            assert not any(name in payload for name in PEOPLE), (kind, payload)

    # The copy opens cleanly, anonymous, with everything but the writers.
    with Store.open(copy) as store:
        assert store.opening_news == [] and not store.read_only
        after = store.snapshot()
        assert after.session.anonymous
        assert [(n.text, n.function, n.theme_id) for n in after.notes] == [
            (n.text, n.function, n.theme_id) for n in before.notes
        ]
        assert all(
            n.participant_id is None for n in store.notes(include_deleted=True, include_held=True)
        )
        assert [(n.text, n.function) for n in store.held_notes()] == held_before
        assert [(n.text, n.function) for n in store.notes(include_deleted=True)] == deleted_before
        # The roster stays, its ids dealt again (see no_writers.py).
        people = sorted((p.name, p.function, p.absent) for p in after.participants)
        assert people == sorted((p.name, p.function, p.absent) for p in before.participants)
        assert sorted(p.id for p in after.participants) == [p.id for p in before.participants]
        assert after.themes == before.themes and after.votes == before.votes
        assert after.actions == before.actions and after.actions[0].owner == "Ana Lopez"
        assert [r.started_at for r in after.rounds] == [r.started_at for r in before.rounds]
        assert store.undo_steps() is None

    # Shown with names again, the copy still has no writer to show.
    code, _, err = run(capsys, "set", copy, "--named")
    assert code == 0, err
    code, _, err = run(capsys, "export", copy, "-o", tmp_path / "minutes.docx")
    assert code == 0, err
    words = "\n".join(p.text for p in docx.Document(tmp_path / "minutes.docx").paragraphs)
    assert "Leads wait four days" in words
    code, _, err = run(capsys, "export", copy, "-o", tmp_path / "minutes.md")
    minutes = (tmp_path / "minutes.md").read_text(encoding="utf-8-sig")
    for name, texts in written.items():
        for line in minutes.splitlines():
            assert not (name in line and any(t in line for t in texts)), line


def test_a_side_held_by_one_person_is_said_before_the_copy_is_sent(
    capsys, tmp_path: Path, fake_clock
) -> None:
    source = tmp_path / "small.roundtable"
    with Store.create(source, title="Small", anonymous=False, clock=fake_clock) as store:
        rid = store.add_round("Wins", "What worked?", 600).id
        ben = store.add_participant("Ben Okafor", function="marketing")
        store.add_participant("Ana Lopez", function="sales")
        store.add_participant("Chen Wei", function="sales")
        store.add_note(rid, "Webinars work", function="marketing", participant_id=ben.id)
    code, _, err = run(
        capsys, "save-copy", source, "-o", tmp_path / "out.roundtable", "--without-writers"
    )
    assert code == 0
    assert err == (
        "roundtable: warning: Anonymous, but Ben Okafor is the only marketing participant:"
        " every note marked “marketing” on the wall and in a CSV export is theirs.\n"
    )


def test_a_side_whose_only_note_still_waits_on_the_phone_tray_is_said_too(
    capsys, tmp_path: Path, fake_clock
) -> None:
    # The copy keeps notes waiting to be let in, so a lone side's waiting note is theirs as
    # much as a shown one; the app's box counted it and the command line did not.
    source = tmp_path / "small.roundtable"
    with Store.create(source, title="Small", anonymous=False, clock=fake_clock) as store:
        rid = store.add_round("Wins", "What worked?", 600).id
        store.add_participant("Ben Okafor", function="marketing")
        store.add_participant("Ana Lopez", function="sales")
        store.add_participant("Chen Wei", function="sales")
        store.add_notes([NewNote(rid, "Webinars work", "marketing", None, "device", held=True)])
    code, _, err = run(
        capsys, "save-copy", source, "-o", tmp_path / "out.roundtable", "--without-writers"
    )
    assert code == 0
    assert "Ben Okafor is the only marketing participant" in err
