"""A narrow Action items panel hides the Theme column while no item has a theme; an item can
still be given a theme there, from the keyboard (Ctrl+L) or with a right-click, and the
column comes back with it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QLabel, QMenu

from roundtable.store import Store
from tests.ui.test_sensemaking_actions import add_action, floating_panel, panel_of, table
from ui.sensemaking.action_columns import MIN_WHAT
from ui.sensemaking.action_model import THEME, WHAT

CTRL = Qt.KeyboardModifier.ControlModifier


def narrow_panel_without_themes(qtbot, win) -> int:
    """Two action items with no theme in a narrow panel; a theme in round 1. Its id."""
    rid = win.shown_round_id()
    for text in ("Leads go to sales within a day", "Marketing joins the Monday call"):
        qtbot.keyClicks(win.entry, text)
        qtbot.keyClick(win.entry, Qt.Key.Key_Return)
    notes = [n.id for n in win.store.notes(rid)]
    theme = win.store.add_theme(rid, "Lead handover", note_ids=notes)
    add_action(qtbot, win, "Agree one lead score")
    add_action(qtbot, win, "Share the win-loss notes every month")
    dock = floating_panel(win, 540, 360)
    dock.activateWindow()
    qtbot.waitUntil(dock.isActiveWindow)
    view = table(win)
    qtbot.waitUntil(lambda: view.isColumnHidden(THEME))
    hint = win.findChild(QLabel, "actionsHint").text()
    assert "Right-click an item (or Ctrl+L) to give it a theme." in hint
    return theme.id


def the_menu() -> QMenu:
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu) and menu.objectName() == "actionThemeMenu"
    return menu


def ctrl_l_menu(qtbot, win, row: int) -> QMenu:
    """Click the item at `row`, press Ctrl+L, and return the theme menu that opens."""
    view = table(win)
    cell = view.visualRect(panel_of(win).proxy.index(row, WHAT))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell.center())
    qtbot.keyClick(view, Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    return the_menu()


def themes_in_the_file(win) -> list[int | None]:
    """Close the window; the theme of each action item as the file holds it."""
    path = win.store.path
    win.close()
    with Store.open(path, read_only=True) as store:
        return [a.theme_id for a in store.actions()]


def test_ctrl_l_gives_the_selected_item_a_theme_in_a_narrow_panel(qtbot, window):
    theme_id = narrow_panel_without_themes(qtbot, window)
    view = table(window)
    menu = ctrl_l_menu(qtbot, window, 1)
    texts = [a.text() for a in menu.actions()]
    assert texts[0] == "Theme of “Share the win-loss notes…” (Ctrl+L):"
    assert texts[1:] == ["No theme", "Welcome: Lead handover"]
    assert menu.activeAction().text() == "No theme"  # the item's own, ticked
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.isColumnHidden(THEME))
    assert panel_of(window).shown_rows()[1][THEME] == "Lead handover"
    assert view.horizontalHeader().sectionSize(WHAT) >= MIN_WHAT
    assert window.statusBar().currentMessage() == (
        "“Share the win-loss notes…” is now under the theme “Lead handover” (Ctrl+Z undoes)."
    )
    assert themes_in_the_file(window) == [None, theme_id]


def test_a_right_click_gives_an_item_a_theme_and_takes_it_away(qtbot, window):
    theme_id = narrow_panel_without_themes(qtbot, window)
    view = table(window)

    def right_click(row: int) -> QMenu:
        pos = view.visualRect(panel_of(window).proxy.index(row, WHAT)).center()
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.RightButton, pos=pos)
        # What the platform sends after a right-click (a test's click does not).
        global_pos = view.viewport().mapToGlobal(pos)
        event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, global_pos)
        QApplication.sendEvent(view.viewport(), event)
        qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
        return the_menu()

    def click(menu: QMenu, text: str) -> None:
        choice = next(a for a in menu.actions() if a.text() == text)
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(choice).center())

    click(right_click(0), "Welcome: Lead handover")
    qtbot.waitUntil(lambda: not view.isColumnHidden(THEME))
    assert [a.theme_id for a in window.store.actions()] == [theme_id, None]
    assert panel_of(window).shown_rows()[0][THEME] == "Lead handover"
    menu = right_click(0)
    assert menu.activeAction().text() == "Welcome: Lead handover"
    click(menu, "No theme")
    qtbot.waitUntil(lambda: view.isColumnHidden(THEME))  # What has its room again
    assert window.statusBar().currentMessage() == (
        "“Agree one lead score” is now with no theme (Ctrl+Z undoes)."
    )
    assert themes_in_the_file(window) == [None, None]


def test_the_hint_offers_a_theme_only_once_the_session_has_one(qtbot, window):
    # A follow-up starts with no themes at all: the narrow panel's hint told the facilitator
    # to widen it to see a Theme column that would be empty.
    add_action(qtbot, window, "Agree one lead score")
    floating_panel(window, 540, 360)
    view = table(window)
    qtbot.waitUntil(lambda: view.isColumnHidden(THEME))
    hint = window.findChild(QLabel, "actionsHint")
    qtbot.waitUntil(
        lambda: "Widen the panel to see and change each owner's Function." in hint.text()
    )
    assert "Theme" not in hint.text() and "theme" not in hint.text()
    qtbot.keyClicks(window.entry, "Leads go to sales within a day")
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    rid = window.shown_round_id()
    window.store.add_theme(rid, "Lead handover", note_ids=[n.id for n in window.store.notes(rid)])
    qtbot.waitUntil(lambda: "Right-click an item (or Ctrl+L) to give it a theme." in hint.text())


def test_the_menu_key_opens_the_selected_items_theme_menu(qtbot, window):
    narrow_panel_without_themes(qtbot, window)
    view = table(window)
    first = view.visualRect(panel_of(window).proxy.index(0, WHAT))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=first.center())
    # What the platform sends for the Menu key: a point in the table's selected cell.
    cell = view.inputMethodQuery(Qt.InputMethodQuery.ImCursorRectangle).center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, cell, view.mapToGlobal(cell))
    QApplication.sendEvent(view, event)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    assert the_menu().actions()[0].text() == "Theme of “Agree one lead score” (Ctrl+L):"
    qtbot.keyClick(the_menu(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    assert [a.theme_id for a in window.store.actions()] == [None, None]
