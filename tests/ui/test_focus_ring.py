"""The text box with the keyboard has a clear 2-pixel frame, on a dark window as on a light
one: Fusion's 1-pixel line stood at 2.6:1 on a dark window, a notes box showed none, and an
open cell of the votes table (an editor without a frame) looked like every other cell.
Measured on what is drawn (the box's grab)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from tests.ui.test_sensemaking_actions import add_action
from ui.windows.contrast import contrast

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def edge_colours(box: QWidget) -> set[str]:
    """The colours of the outer two pixels all round `box`, as drawn."""
    image = box.grab().toImage()
    w, h = image.width(), image.height()
    seen = set()
    for k in (0, 1):
        for x in range(k, w - k):
            seen |= {image.pixelColor(x, k).name(), image.pixelColor(x, h - 1 - k).name()}
        for y in range(k, h - k):
            seen |= {image.pixelColor(k, y).name(), image.pixelColor(w - 1 - k, y).name()}
    return seen


def framed(box: QWidget) -> bool:
    """Whether `box` stands in a frame two pixels wide, of one colour, that reads at 3:1 or
    more on the window and on the box's own background."""
    colours = edge_colours(box)
    if len(colours) != 1:
        return False
    ring = QColor(colours.pop())
    palette = box.palette()
    return all(
        contrast(ring, palette.color(role)) >= 3
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base)
    )


def active(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_on_a_dark_window_the_note_line_and_the_find_line_show_which_has_the_keyboard(
    qtbot, dark, window
):
    active(qtbot, window)
    window.entry.setFocus()
    assert framed(window.entry)
    qtbot.keyClick(window.entry, Qt.Key.Key_F, CTRL)
    find = window.findChild(QLineEdit, "findNotes")
    assert QApplication.focusWidget() is find
    assert framed(find)
    assert not framed(window.entry)  # the frame went with the keyboard
    # In the palette's highlight blue, lightened to read on the dark window.
    ring, highlight = QColor(edge_colours(find).pop()), dark.color(QPalette.ColorRole.Highlight)
    assert abs(ring.hue() - highlight.hue()) <= 3
    assert ring.lightness() >= highlight.lightness()


def test_a_rounds_title_minutes_and_question_show_the_keyboard_on_a_dark_window(qtbot, dark):
    from ui.windows.agenda import RoundDialog

    dialog = RoundDialog("Why it's broken", "What gets in the way?", 600)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    title, prompt = dialog.title, dialog.prompt
    minutes = dialog.findChild(QWidget, "roundMinutes")
    title.setFocus()
    assert framed(title) and not framed(prompt) and not framed(minutes)
    while QApplication.focusWidget() is not prompt:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert framed(prompt) and not framed(title)
    while QApplication.focusWidget() is not minutes:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert framed(minutes) and not framed(prompt)


def test_an_open_vote_cell_shows_a_frame(qtbot, themed):
    window = themed
    active(qtbot, window)
    qtbot.keyClick(window.entry, Qt.Key.Key_V, CTRL | SHIFT)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_3)  # opens the count's editor
    editor = QApplication.focusWidget()
    assert editor.objectName() == "voteEditor"
    assert framed(editor)


def test_an_open_vote_cell_shows_a_frame_on_a_dark_window(qtbot, dark, themed):
    window = themed
    active(qtbot, window)
    qtbot.keyClick(window.entry, Qt.Key.Key_V, CTRL | SHIFT)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_3)
    editor = QApplication.focusWidget()
    assert editor.objectName() == "voteEditor"
    assert framed(editor)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # the next count opens: the frame goes with it
    assert QApplication.focusWidget() is not editor and framed(QApplication.focusWidget())


def test_an_action_items_owner_being_typed_shows_a_frame_on_a_dark_window(qtbot, dark, window):
    active(qtbot, window)
    add_action(qtbot, window, "Share the lead sheet")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # the item's owner
    owner = QApplication.focusWidget()
    if owner.objectName() != "ownerEditor":  # the combo box's own line has the keyboard
        owner = owner.parentWidget()
    assert owner.objectName() == "ownerEditor"
    assert framed(owner)


def test_a_card_being_edited_shows_a_frame(qtbot, window):
    from tests.ui.test_sensemaking_themes import add_notes

    active(qtbot, window)
    add_notes(qtbot, window, "Leads from events go nowhere")
    qtbot.keyClick(window.entry, Qt.Key.Key_Down)
    qtbot.keyClick(window.board, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor.objectName() == "cardEditor"
    assert framed(editor)


def test_a_box_deleted_with_the_keyboard_takes_its_frame_along(qtbot, window):
    # A dialog let go of with its question box in focus: the frame was taken off after its
    # box had gone (an error in the event loop), and the next box had none.
    from ui.windows.agenda import RoundDialog

    dialog = RoundDialog("Why it's broken", "What gets in the way?", 600, window)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.prompt.setFocus()
    assert framed(dialog.prompt)
    with qtbot.waitSignal(dialog.prompt.destroyed):
        dialog.prompt.deleteLater()
    dialog.title.setFocus()
    assert framed(dialog.title)
