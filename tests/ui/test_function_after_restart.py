"""After a restart the note line counts notes for the function it did before: it went
back to sales, so a run of marketing notes typed on after the laptop came back was
marked sales, in the wrong colour and on the wrong side of the comparison."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from roundtable.store import Store
from tests.ui.conftest import shown_window


def type_line(qtbot, win, text: str) -> None:
    QTest.keyClicks(win.entry, text)
    qtbot.keyClick(win.entry, Qt.Key.Key_Return)


def test_the_line_keeps_its_function_through_a_restart(qtbot, window, session_file, fake_clock):
    rid = window.shown_round_id()
    type_line(qtbot, window, "m: webinars need a sales co-host")
    type_line(qtbot, window, "campaign briefs arrive too late")  # still marketing
    type_line(qtbot, window, "@Ana reps never see the briefs")  # Ana's function, this note only
    assert window.fn_label.text() == "Marketing"
    crashed = session_file.parent / "after the crash"
    crashed.mkdir()
    for part in session_file.parent.glob(session_file.name + "*"):
        shutil.copy(part, crashed / part.name)  # the file as the flat battery left it
    again = shown_window(qtbot, crashed / session_file.name, fake_clock)
    assert again.fn_label.text() == "Marketing"
    type_line(qtbot, again, "nobody reads the lead scoring notes")
    again.close()
    with Store.open(crashed / session_file.name, read_only=True) as store:
        last = store.notes(rid)[-1]
    assert (last.text, last.function) == ("nobody reads the lead scoring notes", "marketing")


def test_a_new_session_starts_on_sales(qtbot, window):
    assert window.fn_label.text() == "Sales"


def test_a_follow_up_starts_on_sales_whatever_its_commitments_owners_are(
    qtbot, tmp_path, fake_clock
):
    # Last time's commitments are put on the review round as notes; the line took the
    # function of the last of them (a marketing owner's) as if the facilitator had typed it.
    from roundtable.follow_up import create_follow_up
    from roundtable.templates import get_template

    earlier = tmp_path / "q4.roundtable"
    template = get_template("sales-marketing-roundtable")
    with Store.create(earlier, title="Q4", template=template, clock=fake_clock) as old:
        old.add_participant("Ben Okafor", function="marketing")
        old.add_action("Share the win/loss survey", owner="Ben Okafor", owner_function="marketing")
    win = shown_window(qtbot, create_follow_up(earlier, tmp_path / "q1.roundtable"), fake_clock)
    assert win.fn_label.text() == "Sales"
    type_line(qtbot, win, "New VP of sales started")
    win.close()
    with Store.open(tmp_path / "q1.roundtable", read_only=True) as store:
        assert [n.function for n in store.notes() if n.text.startswith("New VP")] == ["sales"]
