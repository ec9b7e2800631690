"""What a screen reader says for the main window's controls: every line, list, table,
button and number box that can take the keyboard has a name of its own."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QHeaderView,
    QLineEdit,
    QWidget,
)

CONTROLS = (QAbstractButton, QLineEdit, QAbstractItemView, QComboBox, QAbstractSpinBox)


def unnamed(top: QWidget) -> list[str]:
    """The object names of the shown controls under `top` that a screen reader names not."""
    out = []
    for w in top.findChildren(QWidget):
        if not isinstance(w, CONTROLS) or isinstance(w, QHeaderView) or not w.isVisible():
            continue
        if isinstance(w.parentWidget(), QAbstractSpinBox):
            continue  # a number box's own line: the box is what is read
        face = QAccessible.queryAccessibleInterface(w)
        if not face.text(QAccessible.Text.Name).strip():
            out.append(w.objectName() or type(w).__name__)
    return out


def test_every_control_of_the_main_window_has_a_spoken_name(qtbot, demo_window):
    docks = demo_window.findChildren(QDockWidget)
    assert len(docks) >= 3  # Themes, Votes, Action items
    for dock in docks:  # each panel in front in turn: those behind a tab are not shown
        dock.show()
        dock.raise_()
        qtbot.waitUntil(dock.isVisible)
        assert unnamed(demo_window) == [], dock.windowTitle()
    names = {
        w.objectName(): QAccessible.queryAccessibleInterface(w).text(QAccessible.Text.Name)
        for w in demo_window.findChildren(QWidget)
    }
    assert names["noteEntry"] == "New note"
    assert names["noteBoard"] == "Note cards of the round"
    assert names["dotsPerPerson"] == "Dots per person"
    assert names["actionsTable"] == "Action items"
