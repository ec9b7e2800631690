"""The wall is redrawn when it is shown, not while it is hidden: what changed meanwhile (a
theme renamed, notes grouped, a theme undone) is on it the moment the room sees it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTreeWidget, QWidget

from tests.ui.test_sensemaking_themes import select_rows, type_into_editor
from ui.windows.note_board import KIND


def wall_headers(window) -> list[str]:
    wall = window.presenter.wall
    return [
        wall.item(r).text().split(" — ")[0].split("\n")[0]
        for r in range(wall.count())
        if wall.item(r).data(KIND) == "theme" and not wall.item(r).isHidden()
    ]


def test_what_changes_while_the_wall_is_hidden_is_on_it_when_shown(qtbot, window):
    store = window.store
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.start_btn.click()  # the round on the clock is the one on the wall
    rid = window.shown_round_id()
    ids = [store.add_note(rid, text).id for text in ("Leads wait days", "No owner")]
    store.add_theme(rid, "Lead handover", note_ids=ids)
    qtbot.keyClick(window.entry, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window.presenter)
    assert wall_headers(window) == ["Lead handover"]
    qtbot.keyClick(window.presenter, Qt.Key.Key_Escape)  # the wall goes away
    qtbot.waitUntil(lambda: not window.presenter.isVisible())

    # Renamed in the Themes panel while nobody sees the wall.
    window.findChild(QWidget, "themesDock").raise_()
    tree = window.findChild(QTreeWidget, "themeList")
    qtbot.waitUntil(tree.isVisible)
    select_rows(qtbot, tree, 0)
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    type_into_editor(qtbot, window, "Speed to lead")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.entry, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window.presenter)
    assert wall_headers(window) == ["Speed to lead"]

    # Undone while hidden: the old name is back on the wall when it is shown again.
    qtbot.keyClick(window.presenter, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.presenter.isVisible())
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [t.label for t in store.themes(rid)] == ["Lead handover"]
    qtbot.keyClick(window.entry, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window.presenter)
    assert wall_headers(window) == ["Lead handover"]
