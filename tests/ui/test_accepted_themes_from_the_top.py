"""After Accept all in the suggestion preview the board shows the themes from the top: it
stayed scrolled where it was (at the card last clicked), so the first theme's heading was off
screen in a 1024x640 window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QTreeWidget

from tests.ui.test_sensemaking_suggest import NOTES, broken_round, open_preview
from tests.ui.test_sensemaking_themes import click_card
from tests.ui.test_themes_in_the_room import rename_first_theme
from ui.windows.note_board import KIND

MORE = (
    "s: Leads wait two days for a call back",
    "m: Nobody follows up on event leads",
    "s: Marketing never hears which leads closed",
    "m: Sales ignores the campaign calendar",
)


def _scrolled_down_board(qtbot, window) -> list[int]:
    window.resize(1024, 640)
    _rid, ids = broken_round(qtbot, window, NOTES + MORE)
    click_card(qtbot, window, ids[-1])  # the last card, at the bottom of the board
    return ids


def test_accept_all_shows_the_board_from_its_top(qtbot, window):
    board = window.board
    _scrolled_down_board(qtbot, window)
    preview = open_preview(qtbot, window)
    qtbot.mouseClick(preview.accept_all, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.store.themes(window.shown_round_id()) != [])
    qtbot.waitUntil(lambda: not window.redraws.board_later.isActive())
    assert board.verticalScrollBar().maximum() > 0  # more than the board's height
    assert board.verticalScrollBar().value() == 0
    first = next(board.item(r) for r in range(board.count()) if board.item(r).data(KIND) == "theme")
    heading = board.visualItemRect(first)
    assert heading.top() >= 0 and board.viewport().rect().contains(heading.center())
    assert first.text().startswith(window.store.themes(window.shown_round_id())[0].label)
    # Renaming the first theme next (F2 in the Themes panel) keeps the board at its top: the
    # redraw scrolled back down to the card clicked before accepting.
    rename_first_theme(qtbot, window.findChild(QTreeWidget, "themeList"), "Leads go cold")
    qtbot.waitUntil(
        lambda: any(board.item(r).text().startswith("Leads go cold") for r in range(board.count()))
    )
    assert board.verticalScrollBar().value() == 0


def _typed_where_the_keyboard_is(qtbot, text: str) -> None:
    """Keys as the facilitator presses them next: into whatever has the keyboard."""
    qtbot.keyClicks(QApplication.focusWidget(), text)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def test_after_accepting_the_window_is_active_and_f2_renames_the_first_theme(qtbot, window):
    rid, _ids = broken_round(qtbot, window)
    window.board.setFocus()
    preview = open_preview(qtbot, window)
    qtbot.mouseClick(preview.accept_all, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    tree = window.findChild(QTreeWidget, "themeList")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tree)
    first = window.store.themes(rid)[0]
    assert tree.currentItem().text(0) == first.label
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    _typed_where_the_keyboard_is(qtbot, "Leads go cold")
    qtbot.waitUntil(lambda: window.store.theme(first.id).label == "Leads go cold")


def test_after_discarding_the_window_is_active_and_typing_adds_a_note(qtbot, window):
    rid, ids = broken_round(qtbot, window)
    window.board.setFocus()
    preview = open_preview(qtbot, window)
    preview.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is preview)
    qtbot.keyClick(preview.tree, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.entry)
    _typed_where_the_keyboard_is(qtbot, "Nobody reads the lead notes")
    notes = window.store.notes(rid)
    assert len(notes) == len(ids) + 1 and notes[-1].text == "Nobody reads the lead notes"
    assert all(n.theme_id is None for n in notes)


def test_accepting_with_the_wall_on_the_same_screen_leaves_the_wall_in_front(qtbot, window):
    # On one screen the wall covers the main window; raising the main window after the
    # preview put the facilitator's window in front of the room.
    broken_round(qtbot, window)
    preview = open_preview(qtbot, window)
    window.toggle_presenter()
    presenter = window.presenter
    qtbot.waitUntil(presenter.isVisible)
    presenter.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is presenter)
    qtbot.mouseClick(preview.accept_all, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.store.themes(window.shown_round_id()) != [])
    qtbot.waitUntil(lambda: not window.redraws.panels_later.isActive())
    qtbot.wait(50)
    assert QApplication.activeWindow() is presenter
