"""A commitment the group decides not to do is marked dropped, not deleted: it is saved as
such, stays behind when a follow-up is made, and the minutes say it was dropped."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest

from roundtable.export import export_minutes
from roundtable.follow_up import create_follow_up
from roundtable.model import InvalidInput
from roundtable.store import Store

V1_FIXTURE = Path(__file__).parent / "fixtures" / "v1.roundtable"
KEPT = "Pilot a 24-hour follow-up SLA"
DROPPED = "Rebuild the lead scoring model"


def test_a_dropped_action_is_saved_and_reads_back(store: Store, session_path: Path) -> None:
    action = store.add_action(DROPPED, owner="Ben Okafor")
    store.update_action(action.id, status="dropped")
    store.add_action("Already dropped when agreed", status="dropped")
    store.close()
    with Store.open(session_path) as again:
        assert [a.status for a in again.actions()] == ["dropped", "dropped"]


def test_an_unknown_status_is_refused_with_the_three_it_can_be(store: Store) -> None:
    action = store.add_action(DROPPED)
    with pytest.raises(InvalidInput, match="open, done or dropped"):
        store.update_action(action.id, status="abandoned")
    assert store.action(action.id).status == "open"


def test_an_action_in_a_file_of_the_first_version_can_be_dropped(tmp_path: Path) -> None:
    path = tmp_path / "old.roundtable"
    shutil.copy(V1_FIXTURE, path)
    with Store.open(path) as old:
        (action,) = old.actions()
        old.update_action(action.id, status="dropped")
    with Store.open(path, read_only=True) as again:
        assert again.actions()[0].status == "dropped"


def test_a_follow_up_does_not_carry_dropped_commitments(tmp_path: Path, clock) -> None:
    earlier = tmp_path / "q4.roundtable"
    with Store.create(earlier, title="Q4 roundtable", clock=clock) as old:
        old.add_action(KEPT, owner="Ben Okafor")
        dropped = old.add_action(DROPPED, owner="Ana Lopez")
        old.update_action(dropped.id, status="dropped")
    later = create_follow_up(earlier, tmp_path / "q1.roundtable")
    with Store.open(later, read_only=True) as new:
        assert [a.text for a in new.actions()] == [KEPT]
        assert not any(DROPPED in n.text for n in new.notes())


def test_the_minutes_list_a_dropped_commitment_as_dropped(store: Store, tmp_path: Path) -> None:
    dropped = store.add_action(DROPPED, owner="Ana Lopez", due="2030-01-10")
    store.add_action(KEPT, owner="Ben Okafor")
    done = store.add_action("Send the slides", owner="Ana Lopez")
    store.update_action(dropped.id, status="dropped")
    store.update_action(done.id, status="done")

    md = export_minutes(store.snapshot(), "md", tmp_path / "m.md").read_text("utf-8")
    summary = md.split("### Action items", 1)[1].split("\n## ", 1)[0]
    # Open work first, then what is settled: done, then dropped (no "no date" to chase).
    assert [line for line in summary.splitlines() if line.startswith("- ")] == [
        f"- {KEPT} _(Ben Okafor, no date)_",
        "- Send the slides _(Ana Lopez, done)_",
        f"- {DROPPED} _(Ana Lopez, due 10 January 2030, dropped)_",
    ]
    assert f"| {DROPPED} | Ana Lopez | joint | 10 January 2030 | dropped |" in md

    doc = docx.Document(str(export_minutes(store.snapshot(), "docx", tmp_path / "m.docx")))
    assert f"{DROPPED} (Ana Lopez, due 10 January 2030, dropped)" in [
        p.text for p in doc.paragraphs
    ]
    table = [[c.text for c in row.cells] for row in doc.tables[-1].rows]
    assert [DROPPED, "Ana Lopez", "joint", "10 Jan 2030", "dropped"] in table
