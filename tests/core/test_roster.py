"""The roster after the session began: rename, change a function, take someone off, undo."""

from __future__ import annotations

from pathlib import Path

import pytest

from roundtable.model import InvalidInput
from roundtable.store import Store


def test_a_person_taken_off_the_roster_leaves_their_notes_and_comes_back(
    store: Store, session_path: Path
) -> None:
    zoe = store.add_participant("Zoe Pricing", "sales")
    ana = store.add_participant("Ana Lopez", "sales")
    rnd = store.rounds()[1]
    mine = store.add_note(
        rnd.id, "page visit plus form should be a call", function="sales", participant_id=zoe.id
    )
    other = store.add_note(rnd.id, "weekly pipeline call", function="sales", participant_id=ana.id)

    detached = store.remove_participant(zoe.id)
    assert detached == [mine.id]
    assert [p.name for p in store.participants()] == ["Ana Lopez"]
    kept = store.note(mine.id)
    assert (kept.text, kept.function, kept.participant_id) == (
        "page visit plus form should be a call",
        "sales",
        None,
    )
    assert store.note(other.id).participant_id == ana.id
    assert store.events()[-1].kind == "participant_removed"

    store.restore_participant(zoe, detached)
    assert store.participant(zoe.id).name == "Zoe Pricing"
    assert store.note(mine.id).participant_id == zoe.id
    store.close()
    with Store.open(session_path) as again:
        assert [p.name for p in again.participants()] == ["Zoe Pricing", "Ana Lopez"]


def test_renaming_to_a_name_already_on_the_roster_is_refused(store: Store) -> None:
    store.add_participant("Ana Lopez", "sales")
    ben = store.add_participant("Ben Okafor", "marketing")
    with pytest.raises(InvalidInput, match="already a participant"):
        store.update_participant(ben.id, name="ana lopez")
    # The same person may change the case of their own name.
    assert store.update_participant(ben.id, name="BEN Okafor").name == "BEN Okafor"


def test_a_roster_edit_is_all_or_nothing_and_may_swap_names(store: Store) -> None:
    ana = store.add_participant("Ana Lopez", "sales")
    ben = store.add_participant("Ben Okafor", "marketing")
    carla = store.add_participant("Carla Nunes", "sales")
    rnd = store.rounds()[1]
    note = store.add_note(rnd.id, "call me", function="sales", participant_id=carla.id)
    # Carla off, Ana and Ben swap names: fine once everything is applied.
    done = store.edit_roster(
        [carla.id], {ana.id: {"name": "Ben Okafor"}, ben.id: {"name": "Ana Lopez"}}
    )
    assert [(p.id, p.name) for p in store.participants()] == [
        (ana.id, "Ben Okafor"),
        (ben.id, "Ana Lopez"),
    ]
    assert done.removed == {carla.id: [note.id]} and store.note(note.id).participant_id is None
    # A name given twice: refused, and nothing of the edit stays (not even the removal).
    before = store.participants()
    with pytest.raises(InvalidInput, match="on the roster twice"):
        store.edit_roster(
            [ana.id], {ben.id: {"name": "Dan"}}, [{"name": "dan", "function": "sales"}]
        )
    assert store.participants() == before


def test_ids_of_people_taken_off_are_never_given_again(store: Store) -> None:
    store.add_participant("Ana Lopez", "sales")
    ben = store.add_participant("Ben Okafor", "marketing")
    store.remove_participant(ben.id)
    dan = store.add_participant("Dan Ross", "sales")
    assert dan.id > ben.id  # Ben's id was the highest; SQLite alone would give it again
    store.restore_participant(ben)
    assert {p.name for p in store.participants()} == {"Ana Lopez", "Ben Okafor", "Dan Ross"}
    edit = store.edit_roster([dan.id])
    added = store.edit_roster(add=[{"name": "Eve Park", "function": "other"}]).added[0]
    assert added.id > dan.id and edit.removed == {dan.id: []}


def test_renaming_a_person_renames_the_action_items_they_own(store: Store) -> None:
    ana = store.add_participant("Ana Lopes", "sales")
    store.add_action("One-page lead definition", owner="Ana Lopes", owner_function="sales")
    store.add_action("Webinar follow-up", owner="The events team", owner_function="marketing")
    store.edit_roster(update={ana.id: {"name": "Ana Lopez"}})
    assert [a.owner for a in store.actions()] == ["Ana Lopez", "The events team"]
    store.edit_roster(update={ana.id: {"name": "Ana Lopes"}})  # what undo does
    assert [a.owner for a in store.actions()] == ["Ana Lopes", "The events team"]


def test_a_function_fix_takes_notes_along_in_the_same_transaction(
    store: Store, session_path: Path
) -> None:
    ben = store.add_participant("Ben Okafor", "marketing")
    rnd = store.rounds()[1]
    note = store.add_note(
        rnd.id, "webinar leads go cold", function="marketing", participant_id=ben.id
    )
    # An unknown function for a note refuses the whole edit: Ben stays in marketing.
    with pytest.raises(InvalidInput):
        store.edit_roster(update={ben.id: {"function": "sales"}}, note_functions={note.id: "x"})
    assert store.participant(ben.id).function == "marketing"
    assert store.note(note.id).function == "marketing"
    with pytest.raises(InvalidInput):
        store.edit_roster(update={ben.id: {"function": "sales"}}, note_functions={999: "sales"})
    assert store.participant(ben.id).function == "marketing"

    store.edit_roster(update={ben.id: {"function": "sales"}}, note_functions={note.id: "sales"})
    store.close()
    with Store.open(session_path) as again:
        assert again.participant(ben.id).function == "sales"
        assert again.note(note.id).function == "sales"
        assert again.events()[-1].payload["note_functions"] == {str(note.id): "sales"}


def test_names_that_differ_only_by_accents_or_case_are_the_same_person(store: Store) -> None:
    # "Elodie Martin" beside "Élodie Martin" made every later @elodie ambiguous.
    elodie = store.add_participant("Élodie Martin", function="marketing")
    with pytest.raises(InvalidInput):
        store.add_participant("Elodie  MARTIN", function="sales")
    assert store.find_participant("elodie martin") == elodie
    assert [p.name for p in store.participants()] == ["Élodie Martin"]


def test_every_way_onto_the_roster_refuses_an_at_name_or_a_name_too_long(tmp_path) -> None:
    # "@Eve" on the roster could never be found by @Eve, and a 300-character name was kept.
    from roundtable.store import NewNote

    with Store.create(tmp_path / "s.roundtable", title="T") as store:
        ana = store.add_participant("Ana Lopez", "sales")
        rid = store.add_round("What works", "Where do we work well?", 600).id
        for bad, reason in (("@Eve", "cannot begin with @"), ("E" * 81, "at most 80")):
            with pytest.raises(InvalidInput, match=reason):
                store.add_participant(bad)
            with pytest.raises(InvalidInput, match=reason):
                store.update_participant(ana.id, name=bad)
            with pytest.raises(InvalidInput, match=reason):
                store.edit_roster(add=[{"name": bad, "function": "sales"}])
            with pytest.raises(InvalidInput, match=reason):
                store.add_notes([NewNote(rid, "A note", participant_name=bad)])
        assert [p.name for p in store.participants()] == ["Ana Lopez"]
        assert store.notes() == []
        assert store.add_participant("E" * 80).name == "E" * 80
        # A CSV's participant joins by the same rule, and the line is named.
        from roundtable.csv_import import CsvImportError, parse_csv

        with pytest.raises(CsvImportError, match="line 3: A name cannot begin with @"):
            parse_csv("round,text,participant\n1,Fine,Ana\n1,Also fine,@Eve\n", store)
