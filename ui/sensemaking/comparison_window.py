"""The sales-versus-marketing comparison chart on its own window, large, for the projector
(View > Comparison chart on its own, Ctrl+Shift+C), and the scroll area both the Votes
panel's chart and this one sit in. The Votes panel (votes.py) keeps the chart up to date.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFontInfo
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from ui.sensemaking.comparison import ComparisonChart
from ui.windows.sizing import resize_within_screen
from ui.windows.wall_control import pass_keys


def scrolling(chart: ComparisonChart) -> QScrollArea:
    """The chart in a scroll area, for rounds with more themes than fit."""
    area = QScrollArea()
    # A click on the chart leaves the keyboard where it was (the vote table): the chart
    # takes no keys, and from it Tab used to lead into the hidden Action items panel.
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(chart)
    return area


COMPARISON_KEYS = "Ctrl+Shift+C"  # opens the comparison on its own, and closes it again


class ComparisonWindow(QWidget):
    """The comparison chart on its own, large, for the projector; Esc closes it."""

    def __init__(self, panel: Any, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("comparisonWindow")
        self.setWindowTitle("Sales vs marketing — Roundtable")
        self.chart = ComparisonChart("comparisonChartLarge")
        big = self.chart.font()
        big.setPointSizeF(QFontInfo(big).pointSizeF() * 2)  # read from the back of the room
        self.chart.setFont(big)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scrolling(self.chart))
        panel.charts.append(self.chart)
        panel.refresh_summary()
        # No larger than the screen: at 1024x600, "Marketing ▶" and the last rows were off it.
        resize_within_screen(self, 1280, 720, parent.screen().availableGeometry())
        # The main window's keys work here, as in the presenter view (its shortcuts reach only
        # it: Ctrl+Z, Ctrl+Shift+V or Ctrl+Shift+A here did nothing); Ctrl+Shift+C closes it.
        self.passed_keys = pass_keys(self, parent.window_keys(), self._main_key)

    def _main_key(self, action: QAction) -> None:
        """The main window comes forward with the keyboard, as for a typed note, and runs
        the action there (the chart stays on its screen, or closes for Ctrl+Shift+C)."""
        main = self.parentWidget()
        main.raise_()
        main.activateWindow()
        main.run_passed_key(action)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        # A note typed while the chart is up goes to the note line (it went nowhere): the
        # main window comes forward with the keyboard, the chart stays on its screen.
        main = self.parentWidget()
        entry = getattr(main, "entry", None)
        plain = not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier
        )
        if entry is not None and plain and event.text().isprintable() and event.text():
            main.raise_()
            main.activateWindow()
            entry.setFocus(Qt.FocusReason.OtherFocusReason)
            entry.insert(event.text())
            return
        super().keyPressEvent(event)
