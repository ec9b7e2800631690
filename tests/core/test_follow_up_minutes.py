"""The minutes of a follow-up say which session it follows up and which commitments came
from there."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import docx
import pytest

from roundtable.export import export_minutes
from roundtable.follow_up import create_follow_up
from roundtable.store import Store
from roundtable.templates import get_template

# Noon (UTC) on 5 December 2026: the same day in the zone of any machine running the tests.
DECEMBER_5 = datetime(2026, 12, 5, 12, 0, tzinfo=UTC).timestamp()
CARRIED = "Write a one-page lead definition"
DONE = "Share the win/loss survey"
NEW = "Book the pipeline review with finance"


def q4_roundtable(path: Path, clock, **settings) -> Store:
    """The earlier session a follow-up is made from (the default template)."""
    return Store.create(
        path,
        title="Q4 roundtable",
        template=get_template("sales-marketing-roundtable"),
        clock=clock,
        **settings,
    )


@pytest.fixture
def follow_up(tmp_path: Path, clock) -> Path:
    """A follow-up of "Q4 roundtable" (held 5 December 2026, one action still open, one
    done), with an action of its own added in the follow-up."""
    clock.now = DECEMBER_5
    earlier = tmp_path / "q4.roundtable"
    with q4_roundtable(earlier, clock) as old:
        old.start_round(old.round_at(1).id)
        old.add_action(CARRIED, owner="Jonas Weber", due="2027-01-15")
        done = old.add_action(DONE, owner="Ana Lopez")
        old.update_action(done.id, status="done")
    later = create_follow_up(earlier, tmp_path / "q1.roundtable")
    with Store.open(later) as new:
        new.add_action(NEW, owner="Ana Lopez")
    return later


def export(session: Path, fmt: str, out: Path) -> Path:
    with Store.open(session, read_only=True) as store:
        return export_minutes(store.snapshot(), fmt, out)


def front_page(document) -> list[str]:
    return [p.text for p in document.paragraphs[:12]]


def action_cells(document) -> dict[str, str]:
    """The actions table's What cells by the action's own text (their first line)."""
    rows = document.tables[-1].rows[1:]
    return {row.cells[0].text.split("\n")[0]: row.cells[0].text for row in rows}


def test_word_minutes_name_the_earlier_session_and_mark_what_was_carried(
    follow_up: Path, tmp_path: Path
) -> None:
    document = docx.Document(str(export(follow_up, "docx", tmp_path / "q1.docx")))
    assert "Follow-up of: “Q4 roundtable”, 5 December 2026" in front_page(document)
    cells = action_cells(document)
    assert set(cells) == {CARRIED, NEW}  # the done one stayed behind
    assert cells[CARRIED] == f"{CARRIED}\nCarried over from 5 December 2026"
    assert cells[NEW] == NEW  # agreed in the follow-up itself: no second line
    summary = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    assert f"{CARRIED} (Jonas Weber, due 15 January 2027, carried over)" in summary
    assert f"{NEW} (Ana Lopez, no date)" in summary


def test_markdown_minutes_say_the_same(follow_up: Path, tmp_path: Path) -> None:
    text = export(follow_up, "md", tmp_path / "q1.md").read_text(encoding="utf-8")
    assert "- **Follow-up of:** “Q4 roundtable”, 5 December 2026" in text.splitlines()
    assert f"| {CARRIED}<br>Carried over from 5 December 2026 | Jonas Weber |" in text
    assert f"| {NEW} | Ana Lopez |" in text
    assert f"- {CARRIED} _(Jonas Weber, due 15 January 2027, carried over)_" in text
    assert text.count("arried over") == 2


def test_a_follow_up_made_before_this_was_recorded_names_the_file(tmp_path: Path, clock) -> None:
    # Older follow-ups kept only the earlier session's file name: its title and day are
    # not known, nor which actions came from it.
    path = tmp_path / "april.roundtable"
    with Store.create(path, title="Follow-up: March", clock=clock) as old_style:
        old_style.update_session(parent_session="march.roundtable")
        old_style.add_action(CARRIED, owner="Jonas Weber")
    document = docx.Document(str(export(path, "docx", tmp_path / "april.docx")))
    assert "Follow-up of: march.roundtable" in front_page(document)
    assert action_cells(document) == {CARRIED: CARRIED}
    markdown = export(path, "md", tmp_path / "april.md").read_text(encoding="utf-8")
    assert "- **Follow-up of:** march.roundtable" in markdown.splitlines()
    assert "arried over" not in markdown


def test_minutes_of_a_session_that_follows_up_nothing_do_not_mention_it(
    follow_up: Path, tmp_path: Path
) -> None:
    earlier = tmp_path / "q4.roundtable"
    text = export(earlier, "md", tmp_path / "q4.md").read_text(encoding="utf-8")
    assert "Follow-up of" not in text and "arried over" not in text


def test_a_carried_commitment_whose_date_passed_is_overdue_in_the_follow_ups_minutes(
    follow_up: Path, tmp_path: Path, clock
) -> None:
    # A month later the commitment due 15 January 2027 was still open: the follow-up's
    # minutes gave its date as if nothing had slipped.
    clock.now = datetime(2027, 1, 20, 12, 0, tzinfo=UTC).timestamp()
    with Store.open(follow_up, clock=clock) as store:
        store.start_round(store.round_at(1).id)
    document = docx.Document(str(export(follow_up, "docx", tmp_path / "q1.docx")))
    summary = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    assert f"{CARRIED} (Jonas Weber, due 15 January 2027, overdue, carried over)" in summary
    assert f"{NEW} (Ana Lopez, no date)" in summary  # no date: nothing to be late for
    due = {
        row.cells[0].text.split("\n")[0]: row.cells[3].text for row in document.tables[-1].rows[1:]
    }
    assert due == {CARRIED: "15 Jan 2027\noverdue", NEW: "—"}
    text = export(follow_up, "md", tmp_path / "q1.md").read_text(encoding="utf-8")
    assert "| Jonas Weber | joint | 15 January 2027 (overdue) | open |" in text
    # The summary's item, the table, and the summary's review line ("1 still open (1 overdue)").
    assert text.count("overdue") == 3
    # Done in time or not, a closed item is not chased.
    with Store.open(follow_up, clock=clock) as store:
        [carried] = [a for a in store.actions() if a.text == CARRIED]
        store.update_action(carried.id, status="done")
    assert "overdue" not in export(follow_up, "md", tmp_path / "q1b.md").read_text("utf-8")


def test_a_carried_commitment_with_an_owner_has_one_bracket_in_named_minutes(
    tmp_path: Path, clock
) -> None:
    """In a session that shows names, the minutes put the note's function in brackets after
    it; a carried commitment that put its owner in brackets too read "… (Petra Schulz)
    (sales)", two attributions where there is one owner."""
    earlier = tmp_path / "q4.roundtable"
    with q4_roundtable(earlier, clock, anonymous=False) as old:
        old.add_participant("Petra Schulz", "sales")
        old.add_action("Share the call notes weekly", owner="Petra Schulz")
    later = create_follow_up(earlier, tmp_path / "q1.roundtable")
    md = export(later, "md", tmp_path / "q1.md").read_text(encoding="utf-8")
    line = next(x for x in md.splitlines() if x.startswith("- Commitment: Share"))
    assert line == "- Commitment: Share the call notes weekly — Petra Schulz _(sales)_"
