"""A copy without writers (`roundtable save-copy --without-writers`) holds nothing of how a
note came to name its writer: not the name typed in the note line before the card was put
right ("@Chirs Leads go cold", then F2 "@Chris ..."), nor the moment a person was put on
the roster to write the note that followed (`roundtable add-note --participant`)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from roundtable.cli import main
from roundtable.store import Store


def run(capsys, *argv: object) -> int:
    code = main([str(a) for a in argv])
    capsys.readouterr()
    return code


def test_a_name_typed_before_the_card_was_put_right_is_not_in_the_copy(
    capsys, tmp_path: Path, fake_clock
) -> None:
    source = tmp_path / "q4.roundtable"
    with Store.create(source, title="Q4", anonymous=False, clock=fake_clock) as store:
        rid = store.add_round("Wins", "What worked?", 600).id
        chris = store.add_participant("Chris Hall", function="sales")
        store.add_participant("Ana Lopez", function="sales")
        # "@Chirs" names nobody, so the note kept the name as typed; F2 put it right.
        slip = store.add_note(rid, "@Chirs Leads go cold", function="sales")
        store.update_note(slip.id, text="Leads go cold", participant_id=chris.id)
        # A second slip, deleted after it was put right.
        gone = store.add_note(rid, "Pricing is opaque @Chirs", function="sales")
        store.update_note(gone.id, text="Pricing is opaque", participant_id=chris.id)
        store.delete_note(gone.id)
    copy = tmp_path / "copy.roundtable"

    assert run(capsys, "save-copy", source, "-o", copy, "--without-writers") == 0

    assert b"Chirs" in source.read_bytes()  # (the session's own journal has the slip)
    assert b"Chirs" not in copy.read_bytes()
    with Store.open(copy) as store:
        texts = [n.text for n in store.notes(include_deleted=True)]
    assert texts == ["Leads go cold", "Pricing is opaque"]


def test_the_copy_does_not_say_a_person_was_added_for_the_note_that_followed(
    capsys, tmp_path: Path, fake_clock
) -> None:
    source = tmp_path / "q4.roundtable"
    with Store.create(source, title="Q4", anonymous=False, clock=fake_clock) as store:
        store.add_round("Wins", "What worked?", 600)
        for name, org in (("Ana Lopez", "Acme"), ("Ben Okafor", "Birch"), ("Chen Wei", "Cobalt")):
            store.add_participant(name, function="sales", organisation=org)
    assert run(capsys, "add-note", source, "1", "Webinars work", "--function", "sales") == 0
    # Zed was not on the roster: the command puts Zed on it, then adds the note.
    code = run(
        capsys,
        "add-note",
        source,
        "1",
        "Nobody owns handoffs",
        "--function",
        "sales",
        "--participant",
        "Zed Newman",
    )
    assert code == 0
    copy = tmp_path / "copy.roundtable"

    assert run(capsys, "save-copy", source, "-o", copy, "--without-writers") == 0

    conn = sqlite3.connect(copy)
    kinds = [k for (k,) in conn.execute("SELECT kind FROM events ORDER BY id")]
    conn.close()
    # The entry before Zed's note said a person joined the roster just then: Zed is the one
    # without a company, so the note was Zed's. The copy's journal has no entry of a person.
    assert kinds[-2:] == ["note_added", "note_added"], kinds
    assert not [k for k in kinds if k.startswith("participant_")], kinds
    with Store.open(copy) as store:
        assert sorted(p.name for p in store.participants()) == [
            "Ana Lopez",
            "Ben Okafor",
            "Chen Wei",
            "Zed Newman",
        ]
        # The copy goes on as a session: a person added gets an id of their own.
        ids = {p.id for p in store.participants()}
        assert store.add_participant("Dara Quinn").id not in ids


def test_a_name_still_typed_in_a_note_is_said_before_the_copy_is_sent(
    capsys, tmp_path: Path, fake_clock
) -> None:
    source = tmp_path / "q4.roundtable"
    with Store.create(source, title="Q4", anonymous=False, clock=fake_clock) as store:
        rid = store.add_round("Wins", "What worked?", 600).id
        store.add_participant("Chris Hall", function="sales")
        store.add_participant("Ana Lopez", function="sales")
        # A name typed that names nobody on the roster stays in the note as typed.
        store.add_note(rid, "@Zed Leads go cold", function="sales")
        store.add_note(rid, "Pricing is opaque @Chirs", function="sales")
        store.add_note(rid, "Mail ben@acme.com the deck", function="sales")
    copy = tmp_path / "copy.roundtable"

    code = main(["save-copy", str(source), "-o", str(copy), "--without-writers"])
    _, err = capsys.readouterr()

    assert code == 0
    assert err == (
        "roundtable: warning: 2 notes still have a name typed after “@” in their words, and"
        " the copy keeps their words: “@Zed Leads go cold”, “Pricing is opaque @Chirs”."
        " A name typed to say who said it that is not on the roster stays in the note:"
        " correct those notes (F2 on the card) and save the copy again.\n"
    )
    with Store.open(copy) as store:
        assert [n.text for n in store.notes()][:2] == [
            "@Zed Leads go cold",
            "Pricing is opaque @Chirs",
        ]


def test_a_copy_onto_the_session_itself_is_refused_in_words_for_the_command_line(
    capsys, tmp_path: Path, fake_clock
) -> None:
    source = tmp_path / "q4.roundtable"
    with Store.create(source, title="Q4", anonymous=False, clock=fake_clock) as store:
        store.add_round("Wins", "What worked?", 600)
    before = source.read_bytes()

    code = main(["save-copy", str(source), "-o", str(tmp_path / "q4"), "--without-writers"])
    _, err = capsys.readouterr()

    # "the file this window has open" was said where no window is open.
    assert code != 0
    assert err == (
        "roundtable: error: q4.roundtable is the session being copied; a copy needs another"
        " name. Nothing was written.\n"
    )
    assert source.read_bytes() == before


KILLED_WHILE_SCRUBBING = """
import os, signal, sys
from pathlib import Path
import roundtable.store.no_writers as no_writers
from roundtable.store import Store

def killed(conn):
    os.kill(os.getpid(), signal.SIGKILL)  # the laptop's battery, mid-copy

no_writers.scrub = killed
import roundtable.store.save_copy as save_copy
save_copy.scrub = killed
with Store.open(Path(sys.argv[1]), read_only=True) as store:
    store.save_copy(Path(sys.argv[2]), without_writers=True)
"""


def test_a_copy_cut_short_leaves_no_file_with_the_writers_where_it_was_going(
    tmp_path: Path, fake_clock
) -> None:
    import subprocess
    import sys

    source = tmp_path / "q4.roundtable"
    with Store.create(source, title="Q4", anonymous=False, clock=fake_clock) as store:
        rid = store.add_round("Wins", "What worked?", 600).id
        ana = store.add_participant("Ana Lopez", function="sales")
        store.add_note(rid, "Leads go cold", function="sales", participant_id=ana.id)
    stick = tmp_path / "usb stick"
    stick.mkdir()

    done = subprocess.run(
        [sys.executable, "-c", KILLED_WHILE_SCRUBBING, str(source), str(stick / "c.roundtable")],
        capture_output=True,
        cwd=Path(__file__).parents[2],
    )

    assert done.returncode != 0  # killed
    # The hidden part file of the copy stayed on the stick for good, holding every writer.
    for left in stick.iterdir():
        conn = sqlite3.connect(left)
        try:
            writers = conn.execute("SELECT count(*) FROM notes WHERE participant_id IS NOT NULL")
            assert writers.fetchone()[0] == 0, left.name
        except sqlite3.DatabaseError:
            pass  # (not a database: nothing of the session in it)
        finally:
            conn.close()


def test_an_action_item_made_from_a_note_with_its_writer_as_owner_is_said(
    capsys, tmp_path: Path, fake_clock
) -> None:
    source = tmp_path / "q4.roundtable"
    with Store.create(source, title="Q4", anonymous=False, clock=fake_clock) as store:
        rid = store.add_round("Wins", "What worked?", 600).id
        ana = store.add_participant("Ana Lopez", function="sales")
        store.add_participant("Ben Okafor", function="sales")
        store.add_note(rid, "Leads wait four days", function="sales", participant_id=ana.id)
        store.add_note(rid, "Share the pipeline weekly", function="sales")
        # Ctrl+Alt+N on Ana's note: its words, and Ana as the owner.
        store.add_action("Leads wait four days", owner="Ana Lopez")
        store.add_action("Share the pipeline weekly", owner="")  # no owner: says nobody
        store.add_action("Send the SLA draft", owner="Ben Okafor")  # no note's words
    copy = tmp_path / "copy.roundtable"

    code = main(["save-copy", str(source), "-o", str(copy), "--without-writers"])
    _, err = capsys.readouterr()

    assert code == 0
    assert err == (
        "roundtable: warning: 1 action item has the words of a note and an owner: “Leads"
        " wait four days” (Ana Lopez). The copy keeps owners, so it says whose that note"
        " may be; change the item's words, or take the owner off, if the note should stay"
        " anonymous.\n"
    )
