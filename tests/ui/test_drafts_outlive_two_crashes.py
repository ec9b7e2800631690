"""A half-typed note and action item brought back after a crash are still kept if the
laptop dies again before they are added.

Walked with the real app: after a kill mid-round, both came back in their lines ("… is
back in the line: press Enter to add it"); a second kill, with nothing typed in between,
lost both. Bringing them back took them out of the kept drafts, and they were kept again
only once a key was pressed in their line."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLineEdit

from tests.ui.conftest import battery_dies, shown_window


def _kept(text: str) -> bool:
    return any(text in str(QSettings().value(k)) for k in QSettings().allKeys())


def test_drafts_brought_back_survive_a_second_flat_battery(qtbot, window, session_file, fake_clock):
    qtbot.keyClicks(window.entry, "m: Leads go c")
    qtbot.keyClicks(window.findChild(QLineEdit, "actionText"), "Send the lead definition")
    qtbot.waitUntil(lambda: _kept("Leads go c") and _kept("lead definition"), timeout=3000)
    battery_dies(window)

    again = shown_window(qtbot, session_file, fake_clock)
    assert again.entry.text() == "m: Leads go c"
    battery_dies(again)  # at once: nothing typed since it came back

    third = shown_window(qtbot, session_file, fake_clock)
    assert third.entry.text() == "m: Leads go c"
    assert third.findChild(QLineEdit, "actionText").text() == "Send the lead definition"
    assert "The note you were typing" in third.statusBar().currentMessage()
    third.close()
