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


def test_a_card_edit_brought_back_survives_a_second_flat_battery(
    qtbot, window, session_file, fake_clock
):
    # The note being edited on its card came back open; the laptop died again before the
    # editor had been open a third of a second, and the edit was gone the next time.
    from tests.ui.test_typed_in_place_outlives_a_crash import (
        card_being_edited,
        reopened_after_a_crash,
        reopened_editor,
    )

    card_being_edited(qtbot, window, " over the weekend")
    again, _said = reopened_after_a_crash(qtbot, window, session_file, fake_clock)
    reopened_editor(qtbot, again, "cardEditor")
    third, said = reopened_after_a_crash(qtbot, again, session_file, fake_clock)
    assert "The note you were editing on its card" in said
    editor = reopened_editor(qtbot, third, "cardEditor")
    assert editor.toPlainText() == "Leads go cold over the weekend"
    third.close()
