"""A commitment handed to someone else or given a new date in the follow-up says, in its
minutes, whose it was and when it was due.

The review round's note still read "Commitment: Pilot the SLA — Daniel Cho, due 25 November
2026" while the action items said "Priya Raman, due 15 January 2027, carried over": the
organizer mailing the minutes could not tell which was right, or that it had been handed on.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import docx

from roundtable.export import export_minutes
from roundtable.follow_up import create_follow_up
from roundtable.store import Store
from roundtable.templates import get_template

OCTOBER_26 = datetime(2026, 10, 26, 14, 0, tzinfo=UTC).timestamp()
DECEMBER_7 = datetime(2026, 12, 7, 14, 0, tzinfo=UTC).timestamp()


def follow_up(tmp_path: Path, clock) -> Path:
    clock.now = OCTOBER_26
    earlier = tmp_path / "october.roundtable"
    with Store.create(
        earlier,
        title="Roundtable",
        template=get_template("sales-marketing-roundtable"),
        clock=clock,
    ) as old:
        old.add_participant("Daniel Cho", function="sales")
        old.add_participant("Priya Raman", function="sales")
        old.start_round(old.round_at(1).id)
        old.add_action("Pilot the SLA", owner="Daniel Cho", due="2026-11-25")
        old.add_action("Write the lead definition", owner="Aisha Okafor", due="2026-11-09")
        old.add_action("Share the content calendar", owner="Lena Hoffmann", due="2026-11-30")
        old.add_action("Book the win-loss review")  # nobody's yet, no date
    later = create_follow_up(earlier, tmp_path / "december.roundtable")
    clock.now = DECEMBER_7
    with Store.open(later, clock=clock) as new:
        new.start_round(new.round_at(1).id)
        pilot, lead, content, review = new.actions()
        new.update_action(review.id, owner="Ravi Menon", due=date(2027, 1, 29))
        new.update_action(pilot.id, owner="Priya Raman", due=date(2027, 1, 15))
        new.update_action(lead.id, status="done")
        new.update_action(content.id, due=date(2027, 1, 8))
    return later


def export(session: Path, fmt: str, out: Path) -> Path:
    with Store.open(session, read_only=True) as store:
        return export_minutes(store.snapshot(), fmt, out)


def test_the_minutes_say_whose_a_commitment_was_and_when_it_was_due(tmp_path, clock) -> None:
    later = follow_up(tmp_path, clock)
    document = docx.Document(str(export(later, "docx", tmp_path / "december.docx")))
    lines = [p.text for p in document.paragraphs]
    assert (
        "Pilot the SLA (Priya Raman, due 15 January 2027, carried over,"
        " was Daniel Cho, due 25 November 2026)" in lines
    )
    assert (
        "Share the content calendar (Lena Hoffmann, due 8 January 2027, carried over,"
        " was due 30 November 2026)" in lines
    )
    # Kept as agreed: nothing more to say.
    assert "Write the lead definition (Aisha Okafor, due 9 November 2026, carried over, done)" in (
        lines
    )
    # Given an owner and a date where it had none: nothing was handed on.
    assert "Book the win-loss review (Ravi Menon, due 29 January 2027, carried over)" in lines
    table = document.tables[-1]
    cells = [row.cells[0].text for row in table.rows]
    assert (
        "Pilot the SLA\nCarried over from 26 October 2026, was Daniel Cho, due 25 November 2026"
        in (cells)
    )
    assert "Write the lead definition\nCarried over from 26 October 2026" in cells

    text = export(later, "md", tmp_path / "december.md").read_text(encoding="utf-8")
    assert "was Daniel Cho, due 25 November 2026" in text
    assert "was due 30 November 2026" in text
