"""The agenda column's big countdown, its type fitted to the column."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy


class TimerLabel(QLabel):
    """The big countdown: its font shrinks (down to 12 points) so the whole text fits the
    agenda column; "Paused 09:40" at 28 points lost its last digit there (walkthrough)."""

    BIG = 28

    def __init__(self, object_name: str) -> None:
        super().__init__(objectName=object_name)
        font = self.font()
        font.setPointSize(self.BIG)
        font.setBold(True)
        self.setFont(font)
        # The column's width decides the font, not the text the column's width.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(QFontMetrics(font).height())

    def setText(self, text: str) -> None:  # noqa: N802 (Qt name)
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        font = self.font()
        room = self.contentsRect().width()
        size = self.BIG
        font.setPointSize(size)
        while size > 12 and room > 0 and QFontMetrics(font).horizontalAdvance(self.text()) > room:
            size -= 1
            font.setPointSize(size)
        if font.pointSize() != self.font().pointSize():
            self.setFont(font)
