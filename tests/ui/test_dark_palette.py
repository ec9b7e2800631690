"""Under a dark system palette, the app's coloured text stays readable: measured on what is
drawn (the widget's grab), not on the colour asked for."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QTableView, QWidget

from tests.ui.conftest import shown_window


def seen_contrast(widget: QWidget, area=None) -> float:
    """The contrast of the text drawn in `widget` (or in `area` of it) with its background:
    the most common colour of the grab is the background, the colour furthest from it the
    text's ink."""
    from ui.windows.contrast import contrast

    image = widget.grab(area).toImage() if area is not None else widget.grab().toImage()
    pixels = Counter(
        image.pixel(x, y) for x in range(0, image.width()) for y in range(0, image.height())
    )
    background = QColor.fromRgb(pixels.most_common(1)[0][0])
    return max(contrast(QColor.fromRgb(p), background) for p in pixels)


def test_the_start_screens_grey_and_amber_words_read_on_a_dark_window(qtbot, dark):
    from ui.windows.start_screen import StartScreen

    start = StartScreen()
    qtbot.addWidget(start)
    start.show()
    about = start.findChild(QLabel, "templateAbout")
    assert about.text()
    assert seen_contrast(about) >= 4.5
    start.findChild(QWidget, "rosterEdit").setPlainText("Ana Lopez, Acme, sales")
    note = start.findChild(QLabel, "anonymousRosterNote")
    qtbot.waitUntil(note.isVisible)
    assert seen_contrast(note) >= 4.5
    # Ana is the only sales participant of an anonymous session: said in amber too.
    lone = start.findChild(QLabel, "anonymousLoneSides")
    qtbot.waitUntil(lone.isVisible)
    assert "Ana Lopez" in lone.text()
    assert seen_contrast(lone) >= 4.5


def test_the_for_you_line_and_the_example_note_read_on_a_dark_window(qtbot, dark, demo_file):
    from ui.windows.example_session import show_fullest_round

    win = shown_window(qtbot, demo_file, lambda: 1_900_000_000.0)
    show_fullest_round(win)
    guidance = win.findChild(QLabel, "roundGuidance")
    qtbot.waitUntil(guidance.isVisible)
    assert guidance.text().startswith("For you:")
    assert seen_contrast(guidance) >= 4.5
    example = win.findChild(QLabel, "exampleNote")
    qtbot.waitUntil(example.isVisible)
    assert seen_contrast(example) >= 4.5
    win.close()


def test_a_refused_round_says_why_in_readable_red(qtbot, dark):
    from ui.windows.agenda import RoundDialog

    dialog = RoundDialog("Why it's broken", "What gets in the way?", 600)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.title.clear()
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    problem = dialog.findChild(QLabel, "roundProblem")
    qtbot.waitUntil(problem.isVisible)
    assert problem.text()
    assert seen_contrast(problem) >= 4.5


def test_carried_commitments_are_dark_text_on_their_pale_shade(qtbot, dark, tmp_path, fake_clock):
    # The shade stayed pale blue while the palette's text went light: white on pale blue.
    from roundtable.follow_up import create_follow_up
    from roundtable.store import Store
    from roundtable.templates import get_template
    from ui.sensemaking.action_model import WHAT

    earlier = tmp_path / "q4.roundtable"
    with Store.create(
        earlier, title="Q4", template=get_template("sales-marketing-roundtable"), clock=fake_clock
    ) as old:
        old.add_action("Write a one-page lead definition", owner="Ana Lopez")
    win = shown_window(qtbot, create_follow_up(earlier, tmp_path / "q1.roundtable"), fake_clock)
    win.findChild(QWidget, "actionsDock").raise_()
    table = win.findChild(QTableView, "actionsTable")
    qtbot.waitUntil(table.isVisible)
    cell = table.visualRect(table.model().index(0, WHAT))
    assert seen_contrast(table.viewport(), cell) >= 4.5
    note = win.findChild(QLabel, "actionsCarried")
    assert note.isVisible()
    assert seen_contrast(note) >= 4.5
    win.close()


def test_the_export_dialogs_anonymity_warning_reads_on_a_dark_window(qtbot, dark, tmp_path):
    from ui.export_action import ExportDialog

    warning = "Anonymous, but Björn Müller is the only marketing participant: ..."
    dialog = ExportDialog(tmp_path / "s.roundtable", None, [warning])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    label = dialog.findChild(QLabel, "exportAnonymityNote")
    assert label.text() == warning
    assert seen_contrast(label) >= 4.5  # its fixed amber was dark on dark
