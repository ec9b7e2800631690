"""Find (Ctrl+F) whose words find action items only: the Action items panel comes in front
of the panels tabbed with it while the keyboard stays in the Find line, and goes back
behind them when Find closes. Behind the Themes panel, the items found went unseen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QTabBar

from tests.ui.test_find_notes import find
from tests.ui.test_find_themes_and_actions import close_find, listed_actions
from tests.ui.test_main_window import type_note


def in_front(window) -> list[str]:
    """The panels a user sees: open and not behind another tab."""
    return sorted(
        d.objectName()
        for d in window.findChildren(QDockWidget)
        if d.isVisible() and not d.visibleRegion().isEmpty()
    )


def with_actions(qtbot, window) -> None:
    type_note(qtbot, window, "Leads go cold")
    window.store.add_action("Send the price list", owner="Ana Lopez")
    window.store.add_action("Call back every lead", owner="Ben Okafor")


def test_action_items_found_alone_come_forward_and_go_back_when_find_closes(qtbot, window):
    with_actions(qtbot, window)
    before = in_front(window)
    assert "actionsDock" not in before
    line = find(qtbot, window, "lead")  # a note and an action item: the board is enough
    assert listed_actions(window) == ["Call back every lead"]
    assert in_front(window) == before
    line.clear()
    qtbot.keyClicks(line, "an")  # no note: Ana's action item only
    assert listed_actions(window) == ["Send the price list"]
    assert "actionsDock" in in_front(window)
    # The keyboard stayed: typing goes on in the line.
    assert QApplication.focusWidget() is line
    qtbot.keyClicks(line, "a lopez")
    assert line.text() == "ana lopez"
    assert "actionsDock" in in_front(window)

    qtbot.keyClick(line, Qt.Key.Key_Escape)
    assert in_front(window) == before
    assert QApplication.focusWidget() is window.entry


def test_a_closed_panel_opens_for_the_items_found_and_closes_again(qtbot, window):
    with_actions(qtbot, window)
    dock = window.findChild(QDockWidget, "actionsDock")
    dock.close()
    before = in_front(window)
    line = find(qtbot, window, "ana")
    assert dock.isVisible() and "actionsDock" in in_front(window)
    assert QApplication.focusWidget() is line
    qtbot.keyClick(line, Qt.Key.Key_Escape)
    assert not dock.isVisible()
    assert in_front(window) == before


def test_a_tab_picked_or_enter_keeps_the_panel_where_the_facilitator_put_it(qtbot, window):
    with_actions(qtbot, window)
    line = find(qtbot, window, "ana")
    assert "actionsDock" in in_front(window)
    # The facilitator clicks the Votes tab: Find does not take it back as more is typed.
    tabs = next(
        bar
        for bar in window.findChildren(QTabBar)
        if "Votes" in [bar.tabText(i) for i in range(bar.count())]
    )
    votes = next(i for i in range(tabs.count()) if tabs.tabText(i) == "Votes")
    qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(votes).center())
    assert "votesDock" in in_front(window)
    line.setFocus()
    qtbot.keyClicks(line, " l")
    assert "votesDock" in in_front(window)
    qtbot.keyClick(line, Qt.Key.Key_Escape)
    assert "votesDock" in in_front(window)

    # Enter goes into the panel: it stays in front after Find closes.
    line = find(qtbot, window, "ana")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is window.findChild(QDockWidget, "actionsDock").widget().table
    close_find(qtbot, window)
    assert "actionsDock" in in_front(window)
