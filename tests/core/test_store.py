"""The store keeps what a facilitator types, exactly, and gives it back after a restart."""

from __future__ import annotations

from pathlib import Path

import pytest

from roundtable.model import MAX_NOTE_CHARS, Change, InvalidInput
from roundtable.store import ReadOnlyError, Store
from roundtable.store.board import MAX_VOTES


def test_session_comes_from_the_template(store: Store) -> None:
    titles = [r.title for r in store.rounds()]
    assert titles == ["Welcome", "What works", "Why it's broken", "Game changers", "Commitments"]
    assert store.session().anonymous is True
    assert store.round_at(2).timebox_s == 20 * 60


def test_notes_survive_reopening(store: Store, session_path: Path) -> None:
    rnd = store.round_at(2)
    ana = store.add_participant("Ana Lima", "sales", "Lima & Co", "VP Sales")
    first = store.add_note(
        rnd.id, "Shared pipeline call every Monday", function="sales", participant_id=ana.id
    )
    store.add_note(rnd.id, "Content planned with two reps", function="marketing")
    store.close()

    with Store.open(session_path) as again:
        notes = again.notes(rnd.id)
        assert [n.text for n in notes] == [
            "Shared pipeline call every Monday",
            "Content planned with two reps",
        ]
        assert notes[0] == first
        assert again.participant(notes[0].participant_id).name == "Ana Lima"
        assert [n.function for n in notes] == ["sales", "marketing"]


@pytest.mark.parametrize(
    "typed, stored",
    [
        ("  trailing and leading spaces  ", "trailing and leading spaces"),
        ("line one\nline two", "line one line two"),
        # Pasted from Windows: one line break, one space (it was two).
        ("line one\r\nline two\r\n", "line one line two"),
        ("bell\x07 and null\x00 gone", "bell and null gone"),
        ("Emoji stay 👩🏽‍💼🚀", "Emoji stay 👩🏽‍💼🚀"),
        ("Accents: ça, Müller, Åsa, niño", "Accents: ça, Müller, Åsa, niño"),
        ("عربي mixed with English", "عربي mixed with English"),
        ("<b>not bold</b> & <i>", "<b>not bold</b> & <i>"),
        # A direction override left open turned what followed the note around in the minutes.
        ("pricing \u202eis wrong", "pricing is wrong"),
        (
            "zero\u200bwidth\ufeff gone, joiner\u200c and mark\u200f kept",
            "zerowidth gone, joiner\u200c and mark\u200f kept",
        ),
    ],
)
def test_note_text_is_cleaned_but_otherwise_kept_exactly(store: Store, typed, stored) -> None:
    note = store.add_note(store.round_at(2).id, typed)
    assert note.text == stored
    assert store.note(note.id).text == stored


def test_a_name_with_an_invisible_character_is_the_same_person(store: Store) -> None:
    # "Ann" with a zero-width space (or a joiner) became a look-alike second attendee.
    store.add_participant("Ann", "sales")
    for twin in ("Ann\u200b", "An\u200dn"):
        with pytest.raises(InvalidInput, match="already a participant"):
            store.add_participant(twin, "sales")
    assert [p.name for p in store.participants()] == ["Ann"]


@pytest.mark.parametrize("typed", ["", "   ", "\n\t", "\x00\x01"])
def test_empty_notes_are_refused(store: Store, typed: str) -> None:
    with pytest.raises(InvalidInput, match="cannot be empty"):
        store.add_note(store.round_at(2).id, typed)
    assert store.note_count() == 0


def test_long_notes_are_refused_with_the_length(store: Store) -> None:
    rnd = store.round_at(2)
    store.add_note(rnd.id, "x" * MAX_NOTE_CHARS)
    with pytest.raises(InvalidInput, match=r"at most 500 characters; this one has 501"):
        store.add_note(rnd.id, "x" * (MAX_NOTE_CHARS + 1))
    assert store.note_count() == 1


def test_a_page_of_text_pasted_as_one_note_is_not_told_to_split_in_two(store: Store) -> None:
    # 10,000 characters were told "Split it into two notes": two notes of 5,000 each were
    # refused in turn.
    with pytest.raises(InvalidInput) as err:
        store.add_note(store.round_at(2).id, "Pipeline review " * 625)
    assert "this one has 9,999" in str(err.value)
    assert "two notes" not in str(err.value) and "several notes" in str(err.value)
    with pytest.raises(InvalidInput, match="Split it into two notes"):
        store.add_note(store.round_at(2).id, "x" * 900)


def test_deleting_is_soft_and_restorable(store: Store, session_path: Path) -> None:
    rnd = store.round_at(3)
    note = store.add_note(rnd.id, "Leads wait four days for a call")
    store.delete_note(note.id)
    assert store.notes(rnd.id) == []
    assert store.note_count() == 0
    store.restore_note(note.id)
    assert [n.text for n in store.notes(rnd.id)] == ["Leads wait four days for a call"]


def test_every_change_is_journaled(store: Store) -> None:
    rnd = store.round_at(2)
    note = store.add_note(rnd.id, "Weekly funnel review")
    store.update_note(note.id, text="Weekly funnel review together")
    store.delete_note(note.id)
    kinds = [e.kind for e in store.events()]
    assert kinds[-3:] == ["note_added", "note_updated", "note_deleted"]
    assert store.events()[-2].payload["before"] == {"text": "Weekly funnel review"}


def test_subscribers_hear_only_committed_changes(store: Store) -> None:
    heard: list[Change] = []
    store.subscribe(heard.append)
    rnd = store.round_at(2)
    note = store.add_note(rnd.id, "Joint QBR slide")
    with pytest.raises(InvalidInput):
        store.add_note(rnd.id, "")
    assert heard == [Change("note_added", note.id, rnd.id)]


def test_several_changes_in_one_transaction_are_saved_whole_or_not_at_all(
    store: Store, session_path: Path
) -> None:
    heard: list[Change] = []
    store.subscribe(heard.append)
    rnd = store.round_at(2)
    with pytest.raises(InvalidInput), store.transaction():
        store.add_note(rnd.id, "Shared pipeline review")
        store.add_theme(rnd.id, "Pipeline")
        store.add_note(rnd.id, "   ")  # refused: the note and the theme go too
    assert (store.notes(rnd.id), store.themes(rnd.id), heard) == ([], [], [])

    with store.transaction():
        kept = store.add_note(rnd.id, "Shared pipeline review")
        assert heard == []  # announced once the whole of it is on disk
        with pytest.raises(InvalidInput), store.transaction():  # a nested part fails alone
            store.add_theme(rnd.id, "Pipeline", note_ids=[kept.id])
            store.add_note(rnd.id, "")
    assert heard == [Change("note_added", kept.id, rnd.id)]
    store.close()
    with Store.open(session_path) as reopened:
        assert [(n.text, n.theme_id) for n in reopened.notes(rnd.id)] == [
            ("Shared pipeline review", None)
        ]
        assert reopened.themes(rnd.id) == []


def test_moving_a_note_to_another_round_takes_it_out_of_its_theme(store: Store) -> None:
    r2, r3 = store.round_at(2), store.round_at(3)
    note = store.add_note(r2.id, "Marketing joins deal reviews")
    theme = store.add_theme(r2.id, "Deal reviews", note_ids=[note.id])
    moved = store.update_note(note.id, round_id=r3.id)
    assert (moved.round_id, moved.theme_id) == (r3.id, None)
    assert store.notes(r2.id) == [] and len(store.notes(r3.id)) == 1
    assert store.themes(r2.id) == [theme]


def test_themes_votes_and_actions_round_trip(store: Store, session_path: Path) -> None:
    rnd = store.round_at(3)
    a = store.add_note(rnd.id, "MQLs that never become meetings", function="sales")
    b = store.add_note(rnd.id, "No shared definition of sales-ready", function="marketing")
    c = store.add_note(rnd.id, "Bonus plans set in separate rooms", function="marketing")
    lead = store.add_theme(rnd.id, "Lead definition", note_ids=[a.id, b.id])
    pay = store.add_theme(rnd.id, "Pay and goals", note_ids=[c.id])
    store.set_votes(lead.id, "sales", 4)
    store.set_votes(lead.id, "marketing", 2)
    store.set_votes(pay.id, "marketing", 9)
    store.add_action(
        "Write the SQL definition",
        owner="Ana",
        owner_function="joint",
        due="2026-12-15",
        theme_id=lead.id,
    )
    store.close()
    with Store.open(session_path) as again:
        snap = again.snapshot()
        assert [t.label for t in snap.themes_by_votes(rnd.id)] == [
            "Pay and goals",
            "Lead definition",
        ]
        assert snap.theme_votes(lead.id) == {"sales": 4, "marketing": 2, "other": 0}
        assert [n.text for n in snap.notes_of_theme(lead.id)] == [a.text, b.text]
        (action,) = snap.actions
        assert (action.owner, action.due.isoformat(), action.round_id) == (
            "Ana",
            "2026-12-15",
            rnd.id,
        )


def test_merging_themes_keeps_notes_and_adds_votes(store: Store) -> None:
    rnd = store.round_at(3)
    a = store.add_note(rnd.id, "Different floors, different buildings")
    b = store.add_note(rnd.id, "Us versus them")
    t1 = store.add_theme(rnd.id, "Silos", note_ids=[a.id])
    t2 = store.add_theme(rnd.id, "Culture", note_ids=[b.id])
    store.set_votes(t1.id, "sales", 2)
    store.set_votes(t2.id, "sales", 3)
    store.merge_themes(t1.id, t2.id)
    assert [t.label for t in store.themes(rnd.id)] == ["Silos"]
    assert {n.theme_id for n in store.notes(rnd.id)} == {t1.id}
    assert store.theme_votes(t1.id)["sales"] == 5


def test_merged_votes_stop_at_the_most_a_vote_count_can_be(store: Store) -> None:
    # 6,000 + 7,000 made 13,000: a count the vote box could neither show nor take back.
    rnd = store.round_at(3)
    t1 = store.add_theme(rnd.id, "Silos", note_ids=[store.add_note(rnd.id, "Two floors").id])
    t2 = store.add_theme(rnd.id, "Culture", note_ids=[store.add_note(rnd.id, "Us and them").id])
    store.set_votes(t1.id, "sales", 6_000)
    store.set_votes(t2.id, "sales", 7_000)
    store.set_votes(t2.id, "marketing", 4)
    assert store.votes_over_cap([t1.id, t2.id]) == ["sales"]
    store.merge_themes(t1.id, t2.id)
    assert store.theme_votes(t1.id)["sales"] == MAX_VOTES
    assert store.theme_votes(t1.id)["marketing"] == 4
    store.set_votes(t1.id, "sales", MAX_VOTES - 1)  # still a count that can be changed


def test_suggestions_never_move_hand_placed_notes(store: Store) -> None:
    rnd = store.round_at(3)
    a = store.add_note(rnd.id, "Leads wait days")
    b = store.add_note(rnd.id, "Event leads sit in a spreadsheet")
    mine = store.add_theme(rnd.id, "Speed", note_ids=[a.id])
    (new_theme,) = store.apply_suggestions(rnd.id, [("Follow-up", [a.id, b.id], None)])
    assert store.note(a.id).theme_id == mine.id
    assert store.note(b.id).theme_id == new_theme
    assert store.note(b.id).placement == "auto"


def test_suggestions_leave_deleted_and_other_rounds_notes_alone(store: Store) -> None:
    rnd, other = store.round_at(3), store.round_at(2)
    a = store.add_note(rnd.id, "Leads wait days")
    gone = store.add_note(rnd.id, "Deleted while the preview was open")
    elsewhere = store.add_note(other.id, "A note of round 2")
    store.delete_note(gone.id)
    (tid,) = store.apply_suggestions(rnd.id, [("Follow-up", [a.id, gone.id, elsewhere.id], None)])
    assert store.note(a.id).theme_id == tid
    assert store.notes(rnd.id, include_deleted=True)[1].theme_id is None
    assert store.note(elsewhere.id).theme_id is None


def test_round_timer_resumes_after_restart(store: Store, session_path: Path, clock) -> None:
    rnd = store.round_at(2)
    store.start_round(rnd.id)
    clock.advance(300)
    store.pause_round(rnd.id)
    clock.advance(1000)  # paused time does not count
    store.start_round(rnd.id)
    clock.advance(60)
    store.close()
    with Store.open(session_path, clock=clock) as again:
        r = again.round(rnd.id)
        assert r.is_running
        assert r.elapsed_at(clock()) == pytest.approx(360)
        assert again.session().current_round_id == rnd.id


def test_rounds_can_be_added_moved_and_removed(store: Store) -> None:
    extra = store.add_round("Parking lot", "What did we not get to?", 300, position=2)
    assert [r.title for r in store.rounds()][:3] == ["Welcome", "Parking lot", "What works"]
    store.move_round(extra.id, 6)
    assert store.rounds()[-1].title == "Parking lot"
    store.remove_round(extra.id)
    assert [r.position for r in store.rounds()] == [1, 2, 3, 4, 5]
    with pytest.raises(InvalidInput, match="has notes"):
        rnd = store.round_at(2)
        store.add_note(rnd.id, "keep me")
        store.remove_round(rnd.id)


def test_protected_rounds_come_from_the_template_and_survive_reopening(
    store: Store, session_path: Path
) -> None:
    assert [r.title for r in store.rounds() if r.protected] == ["Game changers"]
    works = store.round_at(2)
    store.update_round(works.id, protected=True)
    extra = store.add_round("Parking lot", "What did we not get to?", 300, protected=True)
    store.close()
    with Store.open(session_path) as again:
        marked = [r.title for r in again.rounds() if r.protected]
        assert marked == ["What works", "Game changers", "Parking lot"]
        assert again.round(extra.id).protected


def test_an_older_file_opened_read_only_has_no_protected_rounds(tmp_path: Path) -> None:
    import sqlite3

    import sqlite_utils

    from roundtable.store.schema import APPLICATION_ID, migrate

    path = tmp_path / "v2.roundtable"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db = sqlite_utils.Database(conn)
    migrate(db, to_version=2)
    db.table("session").insert(
        {
            "id": 1,
            "title": "Old",
            "created_at": "2026-01-01T09:00:00+00:00",
            "anonymous": 0,
            "status": "planned",
        }
    )
    db.table("rounds").insert(
        {"position": 1, "title": "What works", "prompt": "q", "timebox_s": 600}
    )
    conn.commit()
    conn.close()
    with Store.open(path, read_only=True) as viewer:
        (only,) = viewer.rounds()
        assert only.title == "What works" and not only.protected
    with Store.open(path) as upgraded:  # opened for writing, it is upgraded
        upgraded.update_round(upgraded.rounds()[0].id, protected=True)
        assert upgraded.rounds()[0].protected


def test_read_only_store_refuses_changes(store: Store, session_path: Path) -> None:
    store.add_note(store.round_at(2).id, "first")
    with Store.open(session_path, read_only=True) as viewer:
        assert [n.text for n in viewer.notes()] == ["first"]
        with pytest.raises(ReadOnlyError):
            viewer.add_note(viewer.round_at(2).id, "second")


def test_a_name_already_on_the_roster_is_refused(store: Store) -> None:
    store.add_participant("Ana Lopez", "sales")
    with pytest.raises(InvalidInput, match="already a participant"):
        store.add_participant("  ana LOPEZ ", "marketing")
    assert [p.name for p in store.participants()] == ["Ana Lopez"]


def test_people_here_are_those_not_absent_and_those_who_spoke(store: Store) -> None:
    from roundtable.model import in_the_room

    ana = store.add_participant("Ana Lima", "sales")
    ben = store.add_participant("Ben Ode", "marketing", absent=True)
    cy = store.add_participant("Cy Moreau", "other", absent=True)
    note = store.add_note(store.round_at(2).id, "Joint QBRs", participant_id=cy.id)
    assert [p.name for p in store.participants_here()] == ["Ana Lima", "Cy Moreau"]
    assert in_the_room(store.participants(), store.notes()) == store.participants_here()
    store.delete_note(note.id)  # a deleted note is no proof of anything
    assert [p.id for p in store.participants_here()] == [ana.id]
    store.update_participant(ben.id, absent=False)
    assert [p.id for p in store.participants_here()] == [ana.id, ben.id]


def test_deleting_many_notes_is_one_change_all_or_none(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Undoing a 10,000-note import deleted note by note, one transaction each: a crash in
    # the middle left 239 notes of it and no way back.
    rnd = store.round_at(2)
    ids = [store.add_note(rnd.id, f"imported note {i}").id for i in range(50)]
    events = len(store.events())
    calls = {"n": 0}
    real = store._emit

    def crash_part_way(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 25:
            raise RuntimeError("the battery died")
        return real(*args, **kwargs)

    monkeypatch.setattr(store, "_emit", crash_part_way)
    with pytest.raises(RuntimeError):
        store.delete_notes(ids)
    monkeypatch.undo()
    assert store.note_count() == 50 and len(store.events()) == events
    store.delete_notes(ids)
    assert store.note_count() == 0 and len(store.events()) == events + 1
    store.restore_notes(ids)
    assert [n.id for n in store.notes(rnd.id)] == ids
