"""Tab into the Themes panel shows which theme the panel's keys (F2, Del, Ctrl+M) act on:
the keyboard came onto the first theme with only Qt's faint focus tint, nearly unseen on a
dark window (about 1.1:1), and Del then deleted a theme the facilitator could not see was
chosen (keyboard audit finding)."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QTreeWidget

from tests.ui.test_sensemaking_themes import theme_rows
from ui.windows.contrast import contrast


def _commonest(tree: QTreeWidget, rect) -> QColor:
    image = tree.grab(rect.translated(tree.viewport().pos())).toImage()
    pixels = Counter(image.pixel(x, y) for x in range(image.width()) for y in range(image.height()))
    return QColor.fromRgb(pixels.most_common(1)[0][0])


def _tab_to(qtbot, window, widget) -> None:
    window.entry.setFocus()
    for _ in range(10):
        if QApplication.focusWidget() is widget:
            return
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    raise AssertionError("Tab never reached the Themes panel")


def test_tab_into_the_themes_panel_marks_the_theme_del_would_delete(qtbot, themed, dark):
    window = themed
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tree = window.findChild(QTreeWidget, "themeList")
    _tab_to(qtbot, window, tree)
    first = tree.topLevelItem(0)
    assert tree.currentItem() is first
    assert first.isSelected()
    # Seen on screen: the row stands out from the empty list below it (3:1, WCAG's
    # contrast for what marks a control's state).
    row = tree.visualItemRect(first)
    row.setWidth(tree.columnWidth(0))  # the name, as wide as its column
    empty = row.translated(0, row.height() * (tree.topLevelItemCount() + 1))
    assert contrast(_commonest(tree, row), _commonest(tree, empty)) >= 3
    # Del takes out the theme shown marked, and says so.
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert [r[0] for r in theme_rows(window)] == ["Bonus plans", "Slow follow-up"]
    assert "Lead definition" in window.statusBar().currentMessage()


def test_shift_tab_back_into_the_panel_keeps_the_theme_chosen_before(qtbot, themed):
    window = themed
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tree = window.findChild(QTreeWidget, "themeList")
    _tab_to(qtbot, window, tree)
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    qtbot.keyClick(tree, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not tree
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is tree
    assert [i.text(0) for i in tree.selectedItems()] == ["Bonus plans"]
    assert tree.currentItem().text(0) == "Bonus plans"
