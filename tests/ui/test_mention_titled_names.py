"""A roster name with a title before it or a nickname in brackets after it, as a pasted
list writes them ("Dr. Anna Keller", "Robert Smith (Bob)"), is found by the name the room
uses: @Anna, @Anna Keller, @Bob, @Robert Smith. @Anna found no one: the first name of
"Dr. Anna Keller" was "Dr.", and the whole name had the title in it."""

from __future__ import annotations

from roundtable.store import Store
from roundtable.templates import get_template
from tests.ui.conftest import shown_window
from tests.ui.test_main_window import type_note


def test_at_a_first_name_or_nickname_finds_a_titled_or_nicknamed_person(
    qtbot, tmp_path, fake_clock
):
    path = tmp_path / "titled.roundtable"
    with Store.create(
        path,
        title="Titled names",
        template=get_template("sales-marketing-roundtable"),
        clock=fake_clock,
    ) as store:
        store.add_participant("Dr. Anna Keller", function="sales")
        store.add_participant("Robert Smith (Bob)", function="marketing")
        store.add_participant("Prof. Jonas Brandt", function="other")
    win = shown_window(qtbot, path, fake_clock)
    type_note(qtbot, win, "@Anna Leads go cold")
    type_note(qtbot, win, "@Bob Campaign dates move")
    type_note(qtbot, win, "Pricing page unclear @Anna Keller")
    type_note(qtbot, win, "@Robert Smith Webinar leads wait")
    type_note(qtbot, win, "@Jonas Legal slows the contract")
    notes = win.store.notes(win.shown_round_id())
    win.close()
    with Store.open(path, clock=fake_clock) as store:
        writers = {p.id: p.name for p in store.participants()}
    assert [(n.text, writers.get(n.participant_id), n.function) for n in notes] == [
        ("Leads go cold", "Dr. Anna Keller", "sales"),
        ("Campaign dates move", "Robert Smith (Bob)", "marketing"),
        ("Pricing page unclear", "Dr. Anna Keller", "sales"),
        ("Webinar leads wait", "Robert Smith (Bob)", "marketing"),
        ("Legal slows the contract", "Prof. Jonas Brandt", "other"),
    ]
