"""The theme menu of an action item (Ctrl+L) where it has nothing to offer: a theme deleted
while the menu is open, a window open read-only, a session with no action items yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel

from tests.ui.test_action_theme_narrow import (
    ctrl_l_menu,
    narrow_panel_without_themes,
    themes_in_the_file,
)
from tests.ui.test_sensemaking_actions import panel_of, table
from ui.sensemaking.action_model import THEME, WHAT

CTRL = Qt.KeyboardModifier.ControlModifier


def test_a_theme_deleted_while_the_menu_is_open_is_not_given_to_the_item(qtbot, window):
    # The item was linked to the deleted theme, the column showed it with none, and the
    # status bar said "is now with no theme".
    theme_id = narrow_panel_without_themes(qtbot, window)
    menu = ctrl_l_menu(qtbot, window, 0)
    window.store.delete_theme(theme_id)
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    assert menu.activeAction().text() == "Welcome: Lead handover"
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    said = (
        "The theme “Lead handover” is no longer on the board (deleted or merged while the"
        " menu was open): “Agree one lead score” keeps the theme it had."
    )
    assert window.statusBar().currentMessage() == said
    assert panel_of(window).findChild(QLabel, "actionMessage").text() == said
    assert table(window).isColumnHidden(THEME)
    assert themes_in_the_file(window) == [None, None]


def read_only_actions(qtbot, demo_file):
    """The example session opened read-only, its Action items panel in front; the window
    and the first item's What cell."""
    from ui.app import open_window

    win = open_window(demo_file, read_only=True)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    win.findChild(QDockWidget, "actionsDock").raise_()
    view = table(win)
    qtbot.waitUntil(lambda: not view.visibleRegion().isEmpty())
    return win, view.visualRect(panel_of(win).proxy.index(0, WHAT))


READ_ONLY_SAID = (
    "Theme of the action item: not in a read-only window. Opened read-only as asked."
    " To change a copy of it: File > Save a copy (Ctrl+Shift+S)."
)


def no_menu_but_why(win) -> None:
    """No theme menu opened; the status line says why; the window is closed."""
    popup = QApplication.activePopupWidget()
    if popup is not None:
        popup.close()
    assert popup is None
    assert win.statusBar().currentMessage() == READ_ONLY_SAID
    win.close()


def test_ctrl_l_in_a_read_only_window_says_why_no_theme_can_be_given(qtbot, demo_file):
    # It opened a menu of greyed-out themes with no word of why.
    win, first = read_only_actions(qtbot, demo_file)
    view = table(win)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=first.center())
    qtbot.keyClick(view, Qt.Key.Key_L, CTRL)
    no_menu_but_why(win)


def test_a_right_click_in_a_read_only_window_says_why_too(qtbot, demo_file):
    win, first = read_only_actions(qtbot, demo_file)
    view = table(win)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.RightButton, pos=first.center())
    # What the platform sends after a right-click (a test's click does not).
    where = view.viewport().mapToGlobal(first.center())
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, first.center(), where)
    QApplication.sendEvent(view.viewport(), event)
    no_menu_but_why(win)


def test_ctrl_l_with_no_action_items_says_to_add_one_first(qtbot, window):
    # It said "Select an action item first": there was none to select.
    qtbot.keyClick(window.entry, Qt.Key.Key_L, CTRL)
    assert QApplication.activePopupWidget() is None
    said = "No action items yet: add one (Ctrl+Shift+A), then press Ctrl+L to give it a theme."
    assert window.statusBar().currentMessage() == said
    assert panel_of(window).findChild(QLabel, "actionMessage").text() == said
