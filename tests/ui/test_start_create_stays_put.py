"""A warning under the start screen's roster (what Anonymous does, a lone side) appearing or
going does not move "Create session…": it came between the roster and the button, so the
button jumped down under the pointer reaching for it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QPushButton

from ui.windows.start_screen import StartScreen

ROSTER = ["Ana Lopez, sales", "Ben Okafor, sales", "Cara Diaz, marketing", "Dan Berg, marketing"]


def tick(qtbot, box) -> None:
    """A click on the box's square (its middle is past the words, where a click does nothing)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))


@pytest.mark.parametrize("size", [(1366, 768), (1024, 768)])
def test_create_session_stays_where_it_is_as_warnings_come_and_go(qtbot, monkeypatch, size):
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _s: QRect(0, 0, *size))
    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    qtbot.keyClicks(screen.title, "Berlin roundtable")
    if not screen.anonymous.isChecked():
        tick(qtbot, screen.anonymous)
    for n, line in enumerate(ROSTER):
        if n:
            qtbot.keyClick(screen.roster, Qt.Key.Key_Return)
        qtbot.keyClicks(screen.roster, line)
    qtbot.wait(10)
    create = screen.findChild(QPushButton, "createSessionButton")

    def where() -> QPoint:
        return create.mapToGlobal(QPoint(0, 0))

    placed = where()
    note = screen.anonymous_note
    assert note.isVisible()
    tick(qtbot, screen.anonymous)  # names kept: note goes
    qtbot.wait(10)
    assert not note.isVisible()
    assert where() == placed
    tick(qtbot, screen.anonymous)  # anonymous again
    qtbot.wait(10)
    assert note.isVisible()
    assert where() == placed
    # Dan Berg made other: the only one of his side, a warning of two lines appears.
    for _ in "marketing":
        qtbot.keyClick(screen.roster, Qt.Key.Key_Backspace)
    qtbot.keyClicks(screen.roster, "other")
    qtbot.wait(10)
    assert screen.lone_sides.isVisible()
    assert where() == placed
    assert screen.geometry().bottom() <= size[1]
    screen.grab().save(f"/tmp/dev-polish38-shots/4-start-{size[0]}x{size[1]}.png")
