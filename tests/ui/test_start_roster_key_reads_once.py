"""A key typed in the start screen's roster box has the roster read once.

The line under the box read the whole roster when the text changed, again when the cursor
moved, and the anonymous session's warning a third time (anonymous or not): in a list of
1,000 lines a key took about a quarter of a second. Counted, not timed."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel

from roundtable import roster_text
from ui.windows.start_screen import StartScreen


def _reads(qtbot, box, key: Qt.Key) -> int:
    """How many times the roster is read while `key` is typed in `box`."""
    reads = 0

    def count(frame, event: str, _arg) -> None:  # type: ignore[no-untyped-def]
        nonlocal reads
        if event == "call" and frame.f_code is roster_text.roster_lines.__code__:
            reads += 1

    sys.setprofile(count)
    try:
        qtbot.keyClick(box, key)
    finally:
        sys.setprofile(None)
    return reads


def test_a_key_typed_in_the_roster_box_reads_the_roster_once(qtbot) -> None:
    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    box = screen.roster
    box.setPlainText("\n".join(f"Person{k} Quillfeather, Acme, sales" for k in range(200)))
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    box.moveCursor(QTextCursor.MoveOperation.End)
    said = screen.findChild(QLabel, "rosterPreview")
    assert said.text() == "200 people: 200 sales, 0 marketing, 0 other."
    assert _reads(qtbot, box, Qt.Key.Key_Return) == 1
    for key in (Qt.Key.Key_A, Qt.Key.Key_N, Qt.Key.Key_A):
        assert _reads(qtbot, box, key) == 1
    assert said.text() == "201 people: 200 sales, 0 marketing, 1 other."
    screen.anonymous.setChecked(True)  # the warning of an anonymous session reads it too
    assert _reads(qtbot, box, Qt.Key.Key_X) == 1
    assert said.text() == "201 people: 200 sales, 0 marketing, 1 other."
