"""The held phone notes' tray and Edit > Deleted notes mark each note's side with the letter
the cards carry (S, M, O in a box where the note starts), not only with the card's colour:
a colour-blind facilitator told a waiting sales note from a marketing one by reading to the
end of a long note, or across to a column of its own."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QListWidget, QTreeWidget

from tests.ui.test_deleted_notes_and_help import open_deleted_notes
from tests.ui.test_sides_without_colour import SAME, apart, three_sides

START = 60  # pixels: where a row's note starts, before the words that differ ("(Sales)")


def dark_start(image: QImage, rect: QRect) -> list[tuple[int, int]]:
    """The dark pixels of the first START pixels of a row (as far as it is in view),
    relative to the row."""
    rect = rect.intersected(image.rect())
    out = []
    for x in range(rect.left(), rect.left() + START):
        for y in range(rect.top(), rect.top() + rect.height()):
            if image.pixelColor(x, y).lightness() < 90:
                out.append((x - rect.left(), y - rect.top()))
    return out


def test_the_held_tray_marks_each_waiting_note_with_its_side(qtbot, window):
    ids = three_sides(window)
    window.store.hold_again(ids)
    window.held.refresh()
    listed = window.findChild(QListWidget, "heldList")
    qtbot.waitUntil(lambda: listed.isVisible() and listed.count() == 3)
    listed.clearSelection()  # the colours, not the selection's
    listed.viewport().repaint()
    image = listed.viewport().grab().toImage()
    sales, marketing, other = (
        dark_start(image, listed.visualItemRect(listed.item(row))) for row in range(3)
    )
    assert [listed.item(row).text().split("  (")[0] for row in range(3)] == [SAME] * 3
    assert sales and marketing and other
    assert apart(sales, marketing) and apart(marketing, other) and apart(sales, other)


def test_deleted_notes_mark_each_note_with_its_side_where_it_starts(qtbot, window):
    for nid in three_sides(window):
        window.store.delete_note(nid)
    dialog = open_deleted_notes(qtbot, window)
    tree = dialog.findChild(QTreeWidget, "deletedNotesList")
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 3)
    tree.clearSelection()
    tree.viewport().repaint()
    image = tree.viewport().grab().toImage()
    rows = [tree.visualItemRect(tree.topLevelItem(row)) for row in range(3)]
    first, second, third = (dark_start(image, rect) for rect in rows)
    assert [tree.topLevelItem(row).text(0) for row in range(3)] == [SAME] * 3
    assert first and second and third
    assert apart(first, second) and apart(second, third) and apart(first, third)
    dialog.reject()
