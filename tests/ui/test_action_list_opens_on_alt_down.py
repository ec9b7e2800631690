"""Alt+Down in an action item's Status, Owner, Function or Theme editor opens its list, as
in any drop-down. It moved the agenda's current round down instead (Session > Move round
down): going through last time's commitments, the review round became round 3 without a
word on the screen but the status line."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from tests.ui.test_sensemaking_actions import add_action, panel_of, table
from ui.sensemaking.action_model import FUNCTION, OWNER, STATUS, THEME

ALT = Qt.KeyboardModifier.AltModifier
EDITORS = {
    STATUS: "statusEditor",
    OWNER: "ownerEditor",
    FUNCTION: "functionEditor",
    THEME: "themeEditor",
}


def editor_on(qtbot, win, column: int) -> QComboBox:
    view = table(win)
    view.setFocus()
    view.setCurrentIndex(panel_of(win).proxy.index(0, column))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    focused = QApplication.focusWidget()
    combo = focused if isinstance(focused, QComboBox) else focused.parentWidget()
    assert isinstance(combo, QComboBox) and combo.objectName() == EDITORS[column]
    return combo


@pytest.mark.parametrize("column", [STATUS, OWNER, FUNCTION, THEME])
def test_alt_down_opens_the_list_and_leaves_the_agenda_alone(qtbot, window, column):
    window.agenda.setCurrentRow(1)  # the review round, selected in the agenda
    before = [r.title for r in window.store.rounds()]
    add_action(qtbot, window, "Pilot a 24-hour follow-up SLA @Ana Lopez")
    combo = editor_on(qtbot, window, column)

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down, ALT)

    assert [r.title for r in window.store.rounds()] == before
    qtbot.waitUntil(lambda: combo.view().isVisible())
    combo.hidePopup()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up, ALT)
    assert [r.title for r in window.store.rounds()] == before
