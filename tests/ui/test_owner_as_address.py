"""An owner typed as an e-mail address, as people copy them from the invitation.

"@ben.okafor@acme.com" at the end of an action item stayed in its words with no owner,
though Ben Okafor was on the roster; at the start it was cut in two: the owner
"ben.okafor" and an item reading "@acme.com Pilot the SLA" (walkthrough finding)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from tests.ui.test_sensemaking_actions import OWNER, add_action, rows, type_in_cell


def test_an_address_at_the_end_names_the_person_on_the_roster(qtbot, window):
    add_action(qtbot, window, "Share the event lead list @ben.okafor@acme.com by 20 Dec 2030")
    (action,) = window.store.actions()
    assert (action.text, action.owner, action.owner_function, action.due.isoformat()) == (
        "Share the event lead list",
        "Ben Okafor",
        "marketing",
        "2030-12-20",
    )


def test_an_address_at_the_start_is_kept_whole_as_the_owner(qtbot, window):
    add_action(qtbot, window, "@zoe.park@acme.com Pilot the SLA")
    (action,) = window.store.actions()
    assert (action.text, action.owner) == ("Pilot the SLA", "zoe.park@acme.com")
    assert "“zoe.park@acme.com” is not on the roster" in window.statusBar().currentMessage()


def test_an_address_in_the_owner_cell_is_the_person_on_the_roster(qtbot, window):
    add_action(qtbot, window, "Write the lead definition")
    type_in_cell(qtbot, window, 0, OWNER, "ana.lopez@acme.com")
    assert rows(window)[0][OWNER] == "Ana Lopez"


def test_a_note_line_address_names_who_said_it_or_stays_whole(qtbot, window):
    from tests.ui.test_main_window import type_note

    type_note(qtbot, window, "@ana.lopez@acme.com Quotes wait for legal")
    type_note(qtbot, window, "@zoe.park@acme.com Leads go cold")
    notes = window.store.notes(window.shown_round_id())
    ana = window.store.participants()[0]
    assert [(n.text, n.participant_id) for n in notes] == [
        ("Quotes wait for legal", ana.id),
        ("@zoe.park@acme.com Leads go cold", None),  # as typed, not "@acme.com Leads…"
    ]
    assert window.findChild(QLineEdit, "noteEntry").text() == ""


def test_an_anonymous_wall_hides_an_address_being_typed(qtbot, window, presenter_up):
    # "Share the list @ben.okafor@acme.com" was echoed whole on the projector.
    view = presenter_up
    assert window.store.session().anonymous
    qtbot.keyClicks(view, "Share the list @ben.okafor")
    for letter in "@acme.com":  # and while its domain is typed
        qtbot.keyClicks(view, letter)
        assert "okafor" not in view.hint.text() and "@…" in view.hint.text()
