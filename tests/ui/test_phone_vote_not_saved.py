"""Dots from phones that the laptop cannot save (a full disk mid-vote): the phones keep them
and say so, and the facilitator is told too, in the status line, as for notes; not left to
close the voting on the ballots that happened to be saved."""

from __future__ import annotations

from roundtable.store import SessionFileError
from tests.ui.test_phone_vote import (  # noqa: F401 (fixtures)
    ballot,
    on_a_network,
    open_voting,
    phones_started,
)


def test_dots_the_laptop_cannot_save_are_said_to_the_facilitator(
    qtbot,
    qloop,
    phones_started,  # noqa: F811 (the fixture)
    monkeypatch,
):
    window = phones_started
    open_voting(qtbot, window, 3)

    def full(*_args, **_kwargs):
        raise SessionFileError(
            window.store.path, "The disk of test.roundtable is full: make room on it."
        )

    monkeypatch.setattr(window.store, "put_ballots", full)
    assert ballot(window, "a", "sales", {"Lead definition": 2}) == 503  # the phone keeps it
    qtbot.waitUntil(
        lambda: (
            window.statusBar()
            .currentMessage()
            .startswith("Dots from phones are not being saved: The disk of test.roundtable is full")
        )
    )
    assert "The phones keep them and send them again." in window.statusBar().currentMessage()
