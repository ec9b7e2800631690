"""A message box whose informative text may be long keeps its buttons on the screen.

QMessageBox grows to hold all of its text and no more wide than about half the screen, so
a long text makes it taller than a laptop's screen at 125% (614 of the app's pixels on a
1366x768 one): its buttons went below the foot of the screen, where no click reaches
them. `scroll_long_text(box)` puts the informative text in a scroll area that is as tall
as the text where the screen has room for it, and no taller than the screen leaves.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFrame,
    QLabel,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QStyle,
)

# Room kept for the window's own title bar and frame, which the box's height leaves out
# (about 30 pixels on Windows or GNOME at 125%), and a little of the screen around it.
FRAME_ROOM = 48
# A line of text no longer than this many characters, as QLabel sizes a wrapped text.
READABLE_CHARS = 80


class _TextScroll(QScrollArea):
    """The box's informative label, scrolled once the box would be taller than the screen."""

    def __init__(self, box: QMessageBox, label: QLabel) -> None:
        super().__init__(box)
        self.setObjectName("informativeTextScroll")
        self._box, self._label = box, label
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidgetResizable(True)
        # The label takes the scroll area's width: at its own least width (the box's size
        # policy for it) its lines ran on past the right edge, cut off.
        label.setMinimumWidth(1)
        self.setWidget(label)
        policy = QSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        # Tab reaches it and the arrows scroll it; a click leaves the keyboard on the buttons.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAccessibleName(f"{box.windowTitle()}: the details")

    def _bar(self) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)

    def _room(self, width: int) -> int:
        """The height the text may take in a box `width` wide and no taller than the screen."""
        screen = self._box.screen().availableGeometry().height()
        lay = self._box.layout()
        margins = lay.contentsMargins()
        spacing = max(0, lay.verticalSpacing())  # (a QGridLayout: text, details, buttons)
        text = self._box.findChild(QLabel, "qt_msgbox_label")
        buttons = self._box.findChild(QDialogButtonBox)
        others = margins.top() + margins.bottom() + 2 * spacing
        others += text.heightForWidth(width) if text is not None else 0
        others += buttons.sizeHint().height() if buttons is not None else 0
        return max(4 * self.fontMetrics().height(), screen - FRAME_ROOM - others)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        # A bar only where the text does not fit: left to Qt, it stayed from a narrower
        # moment of the box's sizing, and the text under it ran past the right edge.
        size = event.size()
        fits = self._label.heightForWidth(size.width()) <= size.height()
        policy = (
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff if fits else Qt.ScrollBarPolicy.ScrollBarAlwaysOn
        )
        if self.verticalScrollBarPolicy() != policy:
            self.setVerticalScrollBarPolicy(policy)
        super().resizeEvent(event)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt name)
        return min(self._label.heightForWidth(width), self._room(width))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        hint = self._label.sizeHint()
        return QSize(hint.width() + self._bar(), self.heightForWidth(hint.width()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        # As wide as its longest line, up to 80 characters and the widest the box may be
        # (about half a laptop's screen, less the icon's column): at the label's own least
        # width the box was as narrow as it goes, and taller; wider than the box may be,
        # QMessageBox wrapped every line in the middle of words.
        metrics = self._label.fontMetrics()
        lines = self._label.text().splitlines() or [""]
        widest = max(metrics.horizontalAdvance(line) for line in lines)
        readable = READABLE_CHARS * metrics.averageCharWidth()  # as a label takes on its own
        width = min(widest, readable) + self._bar()
        return QSize(min(width, self._widest_allowed()), 4 * self.fontMetrics().height())

    def _widest_allowed(self) -> int:
        """The width QMessageBox lets its text column have on this screen (its own limit:
        the screen's width less 480, at most 1000, or the whole of a screen 1024 wide)."""
        screen = self._box.screen().availableGeometry().width()
        box = screen if screen <= 1024 else min(screen - 480, 1000)
        lay = self._box.layout()
        margins = lay.contentsMargins()
        rest = margins.left() + margins.right() + 2 * max(0, lay.horizontalSpacing())
        for column in (0, 1):  # the icon, and the space after it
            item = lay.itemAtPosition(0, column)
            rest += item.sizeHint().width() if item is not None else 0
        return box - rest - 1


def scroll_long_text(box: QMessageBox) -> None:
    """Put `box`'s informative text (set before) in a scroll area kept within the screen."""
    label = box.findChild(QLabel, "qt_msgbox_informativelabel")
    lay = box.layout()
    if label is None or lay is None:
        return
    index = lay.indexOf(label)
    row, column, rows, columns = lay.getItemPosition(index)  # type: ignore[attr-defined]
    lay.removeWidget(label)
    scroll = _TextScroll(box, label)
    lay.addWidget(scroll, row, column, rows, columns)  # type: ignore[call-arg]
