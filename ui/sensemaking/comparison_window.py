"""The sales-versus-marketing comparison chart on its own window, large, for the projector
(View > Comparison chart on its own, Ctrl+Shift+C), and the scroll area both the Votes
panel's chart and this one sit in. The Votes panel (votes.py) keeps the chart up to date.

With a second screen the chart covers the projector, over the wall, without taking the
keyboard (Ctrl+Shift+C in the main window takes it off again); with one screen it is a
window in front, taking the keys, and Esc gives them back to where they were (the wall).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QFontInfo
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from ui.sensemaking.comparison import ComparisonChart
from ui.windows.presenter import other_screen
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
# The chart on its own is read from the back of the room: its type is twice the app's where
# the window has the height, and as small as one and a half times it (in half-point steps)
# so that every theme is in view. At 125% on a 1366x768 laptop the window is 574 pixels
# high, and the example's five themes needed 603 at twice the type: the room saw four and
# a half, and the facilitator had to scroll in front of everyone.
LARGEST, SMALLEST, STEP = 2.0, 1.5, 0.5


class ProjectedChart(ComparisonChart):
    """The comparison chart for the room, in the largest type (LARGEST down to SMALLEST
    times the app's) with which every theme fits the height `room()` gives; a round with
    more themes than fit even then scrolls, in the smallest."""

    def __init__(self, object_name: str, room: Callable[[], int]) -> None:
        super().__init__(object_name)
        self.room = room
        app = QFontInfo(self.font()).pointSizeF()
        self.largest, self.smallest = app * LARGEST, app * SMALLEST
        big = self.font()
        big.setPointSizeF(self.largest)
        self.setFont(big)

    def refit(self) -> None:
        """Fit the type to the height `room()` gives now."""
        self._fit_height()

    def _fit_height(self) -> None:
        self.points = self._fitting_points()
        super()._fit_height()
        self.update()

    def _fitting_points(self) -> float:
        height, points = self.room(), self.largest
        while points > self.smallest:
            self.points = points
            if self.needed_height() <= height:
                return points
            points -= STEP
        return self.smallest

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        # Fitted again at every new size: at another width the names and the header wrap
        # to other lines, and a larger or smaller type may fit (the panel's chart fits its
        # height only when its lines change).
        QWidget.resizeEvent(self, event)
        self._fit_height()


class ComparisonWindow(QWidget):
    """The comparison chart on its own, large, for the projector; Esc closes it."""

    def __init__(self, panel: Any, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("comparisonWindow")
        self.setWindowTitle("Sales vs marketing — Roundtable")
        self.chart = ProjectedChart("comparisonChartLarge", self._room)
        self.area = scrolling(self.chart)
        # A shorter window: the chart's type is fitted to it (the chart itself is resized
        # only when the window is taller than the chart's least height, or wider).
        self.area.viewport().installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.area)
        panel.charts.append(self.chart)
        panel.refresh_summary()
        # No larger than the screen: at 1024x600, "Marketing ▶" and the last rows were off it.
        resize_within_screen(self, 1280, 720, parent.screen().availableGeometry())
        # The main window's keys work here, as in the presenter view (its shortcuts reach only
        # it: Ctrl+Z, Ctrl+Shift+V or Ctrl+Shift+A here did nothing); Ctrl+Shift+C closes it.
        self.passed_keys = pass_keys(self, parent.window_keys(), self._main_key)

    def _room(self) -> int:
        """The height the chart has without scrolling (its scroll area's, without a bar)."""
        area = getattr(self, "area", None)
        return area.maximumViewportSize().height() if area is not None else self.height()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Resize and watched is self.area.viewport():
            self.chart.refit()
        return super().eventFilter(watched, event)

    def present(self) -> bool:
        """Show the chart; True when it went onto a second screen (the projector).

        There it covers the screen, in front of the wall, and the main window keeps the
        keyboard: on the laptop's screen it covered the facilitator's window, and the room
        went on seeing the wall. On one screen it comes in front with the keys, covering
        the screen when the wall is up, else as a window."""
        main = self.parentWidget()
        target = other_screen(main)
        beside = target is not None
        self.setWindowFlag(Qt.WindowType.WindowDoesNotAcceptFocus, beside)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, beside)
        full = Qt.WindowState.WindowFullScreen
        wall = getattr(main, "presenter", None)
        # Over the wall on one screen it covers the screen too: a window left the wall's
        # clock and cards showing round it.
        screen = target or (main.screen() if wall is not None and wall.isVisible() else None)
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
            self.setWindowState(self.windowState() | full)  # not showFullScreen(): it activates
        elif self.windowState() & full:
            self.setWindowState(self.windowState() & ~full)
            self.setScreen(main.screen())
            resize_within_screen(self, 1280, 720, main.screen().availableGeometry())
            self.move(main.screen().availableGeometry().topLeft())
        self.show()
        self.raise_()  # over the wall, on either screen
        if not beside:
            self.activateWindow()
        return beside

    def take_away(self) -> None:
        """Hide the chart; on one screen the keys go back to the wall if it is up (it was
        behind the chart), else to the main window."""
        self.hide()
        if self.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus:
            return  # on the projector: the keyboard never left the main window
        main = self.parentWidget()
        wall = getattr(main, "presenter", None)
        back = wall if wall is not None and wall.isVisible() else main
        back.raise_()
        back.activateWindow()

    def _main_key(self, action: QAction) -> None:
        """The main window comes forward with the keyboard, as for a typed note, and runs
        the action there (the chart stays on its screen, or closes for Ctrl+Shift+C)."""
        if action.objectName() == "comparisonAction":
            # Its own key closes it: over the wall on one screen, bringing the main window
            # forward first showed the room the facilitator's window.
            self.take_away()
            return
        main = self.parentWidget()
        main.raise_()
        main.activateWindow()
        main.run_passed_key(action)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.take_away()
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
