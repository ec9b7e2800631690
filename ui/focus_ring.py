"""A clear frame round the text box that has the keyboard, app-wide.

Qt's own sign of it (Fusion's 1-pixel line in a darkened highlight) stood at 2.6:1 on a
dark window, a notes box showed none at all, and an open cell of the votes or action items
table (an editor without a frame) looked like any other cell: a keyboard user could not
tell where typing would go. `install_focus_ring(app)` follows the focus and draws a
2-pixel frame in the palette's highlight colour over the edge of the box that has it,
made to stand at 4.5:1 or more against both the window and the box's own background.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFocusFrame,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from ui.windows.contrast import BODY, contrast, legible

# The frame's width in pixels, and the least contrast it keeps with what is beside it:
# WCAG asks 3:1 of a control's parts; at that, Fusion's highlight in a light window was
# paler than the 1-pixel frame it replaced (3.2:1 against 4.7:1), so the ring keeps text's.
RING_WIDTH = 2
RING_CONTRAST = BODY


def ring_colour(palette: QPalette) -> QColor:
    """The palette's highlight, moved towards white or black until it stands at 4.5:1 or
    more against the window and against a box's background (as a selected card's frame)."""
    colour = palette.color(QPalette.ColorRole.Highlight)
    window = palette.color(QPalette.ColorRole.Window)
    base = palette.color(QPalette.ColorRole.Base)
    for background in sorted((window, base), key=lambda c: contrast(colour, c)):
        colour = legible(colour, background, RING_CONTRAST)
    return colour


def text_box(widget: QWidget | None) -> QWidget | None:
    """The box `widget` types into, if it is one: a line or a notes box, a spin box, an
    editable list, or any cell of a table open for typing (the box itself when `widget` is
    its own line)."""
    if widget is None:
        return None
    holder = widget.parentWidget()
    if isinstance(widget, QLineEdit) and isinstance(holder, (QAbstractSpinBox, QComboBox)):
        widget, holder = holder, holder.parentWidget()
    if isinstance(widget, (QLineEdit, QAbstractSpinBox, QPlainTextEdit, QTextEdit)):
        return widget
    if isinstance(widget, QComboBox) and widget.isEditable():
        return widget
    in_cell = holder is not None and isinstance(holder.parentWidget(), QAbstractItemView)
    if in_cell and holder is holder.parentWidget().viewport():  # type: ignore[union-attr]
        return widget  # a table's editor of any kind: where typing goes shows
    return None


class FocusRing(QFocusFrame):
    """The frame, a child of the box laid over its edge. A QFocusFrame (not a plain widget)
    so that screen readers do not list it among the box's parts; it follows the box here,
    not with QFocusFrame.setWidget, which draws outside the box where a table's edge or a
    dialog's margin cut it off."""

    def __init__(self, box: QWidget) -> None:
        super().__init__(box)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # clicks go on
        self.box = box
        box.installEventFilter(self)
        self.setGeometry(box.rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if watched is self.box:
            if event.type() == QEvent.Type.Resize:
                self.setGeometry(self.box.rect())
            elif event.type() == QEvent.Type.ChildAdded:
                self.raise_()  # above a part the box adds later (a line edit's button)
        return False

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt name)
        painter = QPainter(self)
        colour = ring_colour(self.box.palette())
        w, h, edge = self.width(), self.height(), RING_WIDTH
        painter.fillRect(0, 0, w, edge, colour)
        painter.fillRect(0, h - edge, w, edge, colour)
        painter.fillRect(0, edge, edge, h - 2 * edge, colour)
        painter.fillRect(w - edge, edge, edge, h - 2 * edge, colour)

    def drop(self) -> None:
        if not shiboken6.isValid(self.box):
            return  # the box is being deleted (its focus went as it went): the ring goes too
        self.box.removeEventFilter(self)
        self.hide()
        self.deleteLater()


class FocusRings(QObject):
    """Puts a ring on each text box as it takes the keyboard, and takes it off after."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("focusRings")
        self.ring: FocusRing | None = None
        app.focusChanged.connect(self._moved)
        self._moved(None, app.focusWidget())

    def _moved(self, _old: QWidget | None, now: QWidget | None) -> None:
        box = text_box(now)
        ring = self.ring
        if ring is not None and shiboken6.isValid(ring):
            if ring.box is box and box is not None:
                return
            ring.drop()
        self.ring = FocusRing(box) if box is not None else None


def install_focus_ring(app: QApplication) -> None:
    """Show the ring on the text box that has the keyboard, in every window of `app`
    (once: a second call changes nothing)."""
    if app.findChild(FocusRings, "focusRings", Qt.FindChildOption.FindDirectChildrenOnly):
        return
    FocusRings(app)
