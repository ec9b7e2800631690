"""An organizer opens a finished session on another computer (nothing kept of where anyone
looked) to fix typos and export the minutes. It opened on the clock's last round,
Commitments, whose items went to the Action items panel: an empty board and "Done", and
the notes to fix were three clicks away in rounds the organizer did not know to look in."""

from __future__ import annotations

from pathlib import Path

from roundtable.store import Store
from roundtable.templates import get_template
from tests.ui.conftest import shown_window

BROKEN = "Why it's broken"


def _finished(path: Path, clock, *, closing_notes: int = 0) -> Path:
    """A session run to its end: two notes in round 2, three in round 3, and
    `closing_notes` in the last round."""
    with Store.create(
        path,
        title="Q1 roundtable",
        template=get_template("sales-marketing-roundtable"),
        clock=clock,
    ) as store:
        rounds = store.rounds()
        for r in rounds:
            store.start_round(r.id)
            clock.advance(60)
            store.finish_round(r.id)
        for text in ("Joint account plans", "Shared pipeline review"):
            store.add_note(rounds[1].id, text, function="sales")
        for text in ("Leads have no phone numbr", "No shared pipeline", "Pay plans clash"):
            store.add_note(rounds[2].id, text, function="marketing")
        for k in range(closing_notes):
            store.add_note(rounds[-1].id, f"I will call {k}", function="sales")
    return path


def test_a_finished_session_opened_afresh_shows_its_fullest_round(qtbot, tmp_path, fake_clock):
    win = shown_window(qtbot, _finished(tmp_path / "q1.roundtable", fake_clock), fake_clock)

    assert win.store.round(win.shown_round_id()).title == BROKEN
    texts = {n.text for n in win.store.notes(win.shown_round_id())}
    assert "Leads have no phone numbr" in texts
    said = win.statusBar().currentMessage()
    assert "Round 3, Why it's broken (3 notes)" in said
    assert "the last round has no notes" in said
    # The clock stays on the last round: the session is still over.
    assert win.store.session().current_round_id == win.store.rounds()[-1].id
    assert win.timer_label.text() == "Done"


def test_a_finished_session_with_closing_notes_opens_on_its_last_round(qtbot, tmp_path, fake_clock):
    path = _finished(tmp_path / "q1.roundtable", fake_clock, closing_notes=1)
    win = shown_window(qtbot, path, fake_clock)

    assert win.shown_round_id() == win.store.rounds()[-1].id


def test_where_the_organizer_looked_last_comes_back_instead(qtbot, tmp_path, fake_clock):
    path = _finished(tmp_path / "q1.roundtable", fake_clock)
    win = shown_window(qtbot, path, fake_clock)
    win.agenda.setCurrentRow(0)
    win.close()

    win = shown_window(qtbot, path, fake_clock)
    assert win.store.round(win.shown_round_id()).position == 1
