"""What a screen reader says in the start screen, the People dialog, the Export dialog and
the large comparison window: every control has a name of its own that says what it is for
(a list box is not named only by the choice it shows, and two controls in one window are not
both "Browse…"), and the comparison chart says in words what its bars show."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from tests.ui.test_spoken_names import CONTROLS

ALL_CONTROLS = (*CONTROLS, QPlainTextEdit, QTextEdit)


def spoken(widget: QWidget, what=QAccessible.Text.Name) -> str:
    """What a screen reader is given; for a list box, its own name (Qt on Linux gives its
    choice as its name and its label by relation, so the box must have a name to give)."""
    if isinstance(widget, QComboBox) and what == QAccessible.Text.Name:
        return widget.accessibleName().strip()
    return QAccessible.queryAccessibleInterface(widget).text(what).strip()


def badly_named(top: QWidget) -> list[str]:
    """The shown controls under `top` a screen reader would not tell apart: no name, a list
    box named only by the choice it shows, or a name another control has too."""
    shown = [
        w
        for w in top.findChildren(QWidget)
        if isinstance(w, ALL_CONTROLS)
        and not isinstance(w, QHeaderView)
        and not isinstance(w.parentWidget(), (QAbstractSpinBox, QComboBox))
        and w.isVisible()
    ]
    out = [w.objectName() or type(w).__name__ for w in shown if not spoken(w)]
    twice = Counter(spoken(w) for w in shown)
    out += [f"{w.objectName()} ({spoken(w)})" for w in shown if spoken(w) and twice[spoken(w)] > 1]
    return out


def test_the_start_screen_names_its_controls(qtbot, session_file):
    from ui.windows.dialogs import remember
    from ui.windows.start_screen import StartScreen

    remember(session_file, "Test roundtable")  # the recent sessions list is shown
    start = StartScreen()
    qtbot.addWidget(start)
    start.show()
    qtbot.waitExposed(start)
    assert start.findChild(QWidget, "recentSessions").isVisible()
    assert badly_named(start) == []
    assert spoken(start.findChild(QWidget, "templateChoice")) == "Template"


def test_the_people_dialog_names_its_controls(qtbot, window):
    from ui.windows.people import PeopleDialog

    dialog = PeopleDialog(window.store, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert badly_named(dialog) == []
    functions = [spoken(w) for w in dialog.findChildren(QComboBox, "personFunction")]
    assert functions == ["Function of Ana Lopez", "Function of Ben Okafor"]


def test_the_export_dialog_names_its_controls(qtbot, window, session_file):
    from ui.export_action import ExportDialog

    dialog = ExportDialog(session_file, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert badly_named(dialog) == []
    assert spoken(dialog.findChild(QWidget, "exportPath")) == "Save as"
    # Alt+S (the label's underlined letter) now reaches the line it names.
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.findChild(QWidget, "exportPath")


def test_the_large_comparison_says_its_bars_in_words(qtbot, themed):
    store, rid = themed.store, themed.shown_round_id()
    # Two a side: with one, the room's chart of an anonymous session counts no side.
    store.add_participant("Cleo Park", "sales")
    store.add_participant("Dev Rao", "marketing")
    lead = store.themes(rid)[0]
    store.set_votes(lead.id, "sales", 4)
    store.set_votes(lead.id, "marketing", 1)
    themed.activateWindow()
    qtbot.waitUntil(themed.isActiveWindow)
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(themed.entry, Qt.Key.Key_C, ctrl_shift)
    big = themed.findChild(QWidget, "comparisonWindow")
    qtbot.waitUntil(big.isVisible)
    assert badly_named(big) == []
    chart = big.findChild(QWidget, "comparisonChartLarge")
    assert spoken(chart) == "Sales and marketing compared, theme by theme"
    said = spoken(chart, QAccessible.Text.Description)
    assert "Lead definition: sales 4 votes (2 notes), marketing 1 vote (1 note)" in said
