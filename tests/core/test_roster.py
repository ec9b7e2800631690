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
