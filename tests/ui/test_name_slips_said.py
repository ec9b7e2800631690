"""A name typed with a slip of the keys ("@Chirs") is said to be off the roster, and the
name it was probably meant to be is offered: the message said "not on the roster" and no
more, in front of the room (walkthrough finding)."""

from __future__ import annotations

from tests.ui.test_main_window import type_note
from tests.ui.test_sensemaking_actions import add_action


def test_an_owner_typed_with_a_slip_offers_the_name_meant(qtbot, window):
    window.store.add_participant("Chris Hall", function="sales")
    add_action(qtbot, window, "Fix the CRM sync @Chirs")
    (action,) = window.store.actions()
    assert action.owner == "Chirs"  # kept as typed, as before
    said = window.statusBar().currentMessage()
    assert "“Chirs” is not on the roster" in said and "Chris Hall?" in said


def test_a_writer_typed_with_a_slip_offers_the_name_meant(qtbot, window):
    window.store.add_participant("Chris Hall", function="sales")
    type_note(qtbot, window, "Quotes wait for legal @Chirs")
    said = window.statusBar().currentMessage()
    assert "“Chirs” is not on the roster" in said and "@Chris Hall" in said


def test_a_name_near_nobody_says_what_it_said(qtbot, window):
    add_action(qtbot, window, "Pilot the SLA @Zoe Park")
    said = window.statusBar().currentMessage()
    assert "“Zoe Park” is not on the roster" in said and "?" not in said
