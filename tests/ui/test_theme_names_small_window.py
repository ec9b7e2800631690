"""The Themes panel in a small window: a long theme name wraps onto a second line instead of
ending in "…" (at 1024x640 the five count columns left about twenty letters of a name), and
the counts by function stay in their columns."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QTreeWidget

LONG = ("Slow follow-up and handover", "Lead definition and quality")


def _themes_in_a_small_window(qtbot, window) -> QTreeWidget:
    store, rid = window.store, window.shown_round_id()
    for label in (*LONG, "Pricing"):
        ids = [store.add_note(rid, f"{label} s", function="sales").id]
        ids += [store.add_note(rid, f"{label} m{i}", function="marketing").id for i in range(2)]
        store.add_theme(rid, label, note_ids=ids)
    window.resize(1024, 640)
    tree = window.findChild(QTreeWidget, "themeList")
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 3)
    # The dock takes its width in the small window (50 ms was not always enough on a busy
    # machine): narrower than the long names, which is what this test is about.
    long = QFontMetrics(tree.font()).horizontalAdvance(LONG[0])
    qtbot.waitUntil(lambda: tree.columnWidth(0) < long)
    qtbot.wait(50)  # and lays its rows out at that width
    return tree


def _lines_shown(tree: QTreeWidget, row: int) -> int:
    item = tree.topLevelItem(row)
    metrics = QFontMetrics(item.font(0))
    return tree.visualItemRect(item).height() // metrics.lineSpacing()


def _lines_needed(tree: QTreeWidget, row: int) -> int:
    item = tree.topLevelItem(row)
    metrics = QFontMetrics(item.font(0))
    width = tree.columnWidth(0) - 8  # the cell's margins
    words = metrics.boundingRect(QRect(0, 0, width, 1000), Qt.TextFlag.TextWordWrap, item.text(0))
    return round(words.height() / metrics.lineSpacing())


def test_long_theme_names_are_read_whole_in_a_small_window(qtbot, window):
    tree = _themes_in_a_small_window(qtbot, window)
    assert tree.columnWidth(0) < QFontMetrics(tree.font()).horizontalAdvance(LONG[0])
    for row in range(2):
        assert _lines_needed(tree, row) == 2
        assert _lines_shown(tree, row) >= 2, tree.topLevelItem(row).text(0)
    assert _lines_shown(tree, 2) == 1  # a short name keeps one line
    first = tree.topLevelItem(0)
    assert [first.text(c) for c in range(5)] == [LONG[0], "3", "1", "2", "0"]
    assert tree.horizontalScrollBar().maximum() == 0  # the counts in view beside it
    # A wider window puts each name back on one line.
    window.resize(1600, 900)
    qtbot.waitUntil(lambda: _lines_shown(tree, 0) == 1)
