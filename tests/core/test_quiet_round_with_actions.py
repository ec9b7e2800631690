"""A round that ended with commitments but no notes says so on the minutes' front page.

A follow-up's closing round ("Next commitments") is where the room agrees its action items,
typed in the Action items panel, not as notes: the front page listed it as "No notes:
Round 5: Next commitments", as if nothing had come of it.
"""

from __future__ import annotations

from pathlib import Path

import docx

from roundtable.export import export_minutes
from roundtable.store import Store


def test_a_round_without_notes_names_its_action_items(store: Store, tmp_path: Path) -> None:
    r2, r5 = store.round_at(2), store.round_at(5)
    store.start_round(r2.id)
    store.add_note(r2.id, "Shared dashboard ended the MQL argument", function="marketing")
    store.start_round(r5.id)
    store.add_action("Run a joint win-loss review", owner="Lena Hoffmann", round_id=r5.id)
    store.add_action("Share the content calendar", owner="Emma Dubois", round_id=r5.id)
    store.finish_round(r5.id)

    doc = docx.Document(str(export_minutes(store.snapshot(), "docx", tmp_path / "m.docx")))
    lines = [p.text for p in doc.paragraphs]
    assert "No notes: Round 5: Commitments (2 action items agreed)" in lines, lines[:12]
    md = export_minutes(store.snapshot(), "md", tmp_path / "m.md").read_text("utf-8")
    assert "Round 5: Commitments (2 action items agreed)" in md


def test_commitments_carried_over_are_not_said_to_be_agreed(tmp_path: Path, clock) -> None:
    """A follow-up puts last time's open commitments on its review round. When the room
    went through them in the Action items panel and took their notes off the board, the
    front page read "Round 2: Commitments review (3 action items agreed)": nothing had been
    agreed there, they came from last time."""
    from roundtable.follow_up import create_follow_up
    from roundtable.templates import get_template

    earlier = tmp_path / "q4.roundtable"
    with Store.create(
        earlier, title="Q4", template=get_template("sales-marketing-roundtable"), clock=clock
    ) as old:
        old.add_action("Write a one-page lead definition", owner="Jonas Weber")
        old.add_action("Pilot a 24-hour follow-up SLA", owner="Daniel Cho")
    later = create_follow_up(earlier, tmp_path / "q1.roundtable")
    with Store.open(later) as store:
        for note in store.notes():
            store.delete_note(note.id)
        last = store.rounds()[-1]
        store.add_action("Book the next roundtable", owner="Anna Keller", round_id=last.id)
        md = export_minutes(store.snapshot(), "md", tmp_path / "m.md").read_text("utf-8")
    front = next(line for line in md.splitlines() if line.startswith("- **No notes:**"))
    assert "Round 2: Commitments review (the main round);" in front, front
    assert f"Round {last.position}: {last.title} (1 action item agreed)" in front, front
    assert "2 action items agreed" not in front
