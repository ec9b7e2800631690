"""The main window's status bar: a message too long for one line wraps onto a second line
instead of being cut off ("... skip or re" ended a re-plan's message on a 1366-pixel
screen), and the bar grows for as long as the message shows. A message of several lines
(what a session says as it opens) shows each on a line of its own.
"""

from __future__ import annotations

from contextlib import suppress

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QStatusBar, QStyle, QStyleOption, QWidget

MARGIN = 6
FLAGS = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap)


class WrappingStatusBar(QStatusBar):
    """A QStatusBar whose temporary messages wrap (showMessage and currentMessage as ever)."""

    _REFIT = (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        self.setSizeGripEnabled(False)
        self._permanent: list[QWidget] = []
        self.messageChanged.connect(self._fit)

    def addPermanentWidget(self, widget: QWidget, stretch: int | None = 0) -> None:  # noqa: N802
        self._permanent.append(widget)
        super().addPermanentWidget(widget, stretch or 0)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        # A permanent widget laid out anew (its text changed, shown, hidden) gives the
        # message another width: a message fitted before it was cut off at the bar's edges.
        permanent = getattr(self, "_permanent", ())  # (Qt filters before __init__ is done)
        if event.type() in self._REFIT and watched in permanent and self.currentMessage():
            self._fit()
        return False

    def message_rect(self) -> QRect:
        """Where the message goes: left of every permanent widget shown (the example's note,
        a read-only window's reason; a wide one was drawn over when it reached further left
        than a third of the bar)."""
        right = self.width() - MARGIN
        for child in self._permanent:
            with suppress(RuntimeError):  # (one deleted since, with its window)
                if child.isVisible():
                    right = min(right, child.x() - MARGIN)
        return QRect(MARGIN, 0, max(40, right - MARGIN), self.height())

    def _fit(self, text: str = "") -> None:
        if not self.isVisible():
            # Not laid out yet (a message said as a session opens): at the 100 pixels a
            # widget has before its first layout, a three-line message took forty, and the
            # window grew past the bottom of the screen to hold them. Fitted on show.
            return
        text = text or self.currentMessage()
        line = self.fontMetrics().height()
        room = self.message_rect().width()
        if "\n" not in text and self.fontMetrics().horizontalAdvance(text) <= room:
            # No message, or one line: the bar's own height, set only when it was raised
            # (a new height relays out the whole window, which showed in the time a typed
            # note takes to appear).
            if self.maximumHeight() != 16_777_215:
                self.setMinimumHeight(0)
                self.setMaximumHeight(16_777_215)
            return
        needed = self.fontMetrics().boundingRect(QRect(0, 0, room, 10 * line), FLAGS, text)
        height = max(line, needed.height()) + MARGIN
        if height != self.height():
            self.setFixedHeight(max(height, self.sizeHint().height()))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        if self.currentMessage():
            self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        if self.currentMessage() and event.oldSize().width() != event.size().width():
            self._fit()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt name)
        message = self.currentMessage()
        if not message:
            super().paintEvent(event)
            return
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_Widget, option, painter, self)
        painter.setPen(self.palette().windowText().color())
        painter.drawText(self.message_rect(), FLAGS, message)
