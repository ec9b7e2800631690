"""The front page of a follow-up's minutes says what became of the commitments it reviewed.

A boss who was not in the room reads the first page: the follow-up's summary listed ten
action items, old and new mixed, and left the rest (a dropped commitment among them)
to "…and 1 more"; how many of last time's commitments were done was nowhere.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import docx

from roundtable.export import export_minutes
from roundtable.follow_up import create_follow_up
from roundtable.store import Store
from roundtable.templates import get_template

DECEMBER_5 = datetime(2026, 12, 5, 12, 0, tzinfo=UTC).timestamp()
JANUARY_20 = datetime(2027, 1, 20, 12, 0, tzinfo=UTC).timestamp()
# text, due, status in the follow-up
COMMITMENTS = [
    ("Write the one-page lead definition", "2027-01-10", "done"),
    ("Pilot the 24-hour follow-up promise", "2027-01-15", "open"),  # overdue on 20 January
    ("Propose a shared pipeline target", "2027-03-01", "open"),
    ("Share the objection FAQ", "2026-12-20", "done"),
    ("Audit the CRM source field", "2027-01-05", "dropped"),
]


def follow_up(tmp_path: Path, clock) -> Path:
    clock.now = DECEMBER_5
    earlier = tmp_path / "q4.roundtable"
    with Store.create(
        earlier,
        title="Q4 roundtable",
        template=get_template("sales-marketing-roundtable"),
        clock=clock,
    ) as old:
        old.start_round(old.round_at(1).id)
        for text, due, _ in COMMITMENTS:
            old.add_action(text, owner="Jonas Weber", due=due)
    later = create_follow_up(earlier, tmp_path / "q1.roundtable")
    clock.now = JANUARY_20
    with Store.open(later, clock=clock) as new:
        new.start_round(new.round_at(1).id)
        status = {text: s for text, _, s in COMMITMENTS}
        for a in new.actions():
            new.update_action(a.id, status=status[a.text])
        new.add_action("Book the win/loss review", owner="Ana Lopez")
    return later


def export(session: Path, fmt: str, out: Path, language: str | None = None) -> Path:
    with Store.open(session, read_only=True) as store:
        return export_minutes(store.snapshot(), fmt, out, language=language)


def summary_actions_part(document) -> list[str]:
    """The paragraphs under the summary's "Action items" heading, up to the next heading."""
    texts = [(p.style.name, p.text) for p in document.paragraphs]
    start = texts.index(("Heading 2", "Action items"))
    out = []
    for style, text in texts[start + 1 :]:
        if style.startswith("Heading"):
            break
        out.append(text)
    return out


def test_the_summary_opens_its_action_items_with_the_review(tmp_path: Path, clock) -> None:
    later = follow_up(tmp_path, clock)
    document = docx.Document(str(export(later, "docx", tmp_path / "q1.docx")))
    part = summary_actions_part(document)
    assert part[0] == (
        "Commitments from 5 December 2026: 2 done, 2 still open (1 overdue), 1 dropped."
    )
    assert "Book the win/loss review (Ana Lopez, no date)" in part  # the new one is listed


def test_the_review_line_is_in_the_minutes_language(tmp_path: Path, clock) -> None:
    later = follow_up(tmp_path, clock)
    document = docx.Document(str(export(later, "docx", tmp_path / "q1.docx", "de")))
    texts = [p.text for p in document.paragraphs]
    assert (
        "Maßnahmen aus der Sitzung vom 5. Dezember 2026: 2 erledigt, 2 noch offen"
        " (1 überfällig), 1 verworfen."
    ) in texts


def test_the_markdown_minutes_say_the_same(tmp_path: Path, clock) -> None:
    later = follow_up(tmp_path, clock)
    text = export(later, "md", tmp_path / "q1.md").read_text(encoding="utf-8")
    lines = text.splitlines()
    at = lines.index("### Action items")
    assert lines[at + 2] == (
        "Commitments from 5 December 2026: 2 done, 2 still open (1 overdue), 1 dropped."
    )


def test_a_session_that_follows_up_nothing_has_no_review_line(tmp_path: Path, clock) -> None:
    follow_up(tmp_path, clock)
    text = export(tmp_path / "q4.roundtable", "md", tmp_path / "q4.md").read_text("utf-8")
    assert "Commitments from" not in text
