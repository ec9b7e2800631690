"""The session's commitments on the wall, in place of the round's notes (View > Commitments
on the wall, Ctrl+F5): the facilitator reads them back to the room and each owner confirms
what and by when.

Each item in large type: its text, and under it its owner and due date in the room's
language. Owners are named even in an anonymous session, as the minutes name them: a
commitment is owned on purpose. Open items come first, done ones after them ticked and in
grey (a follow-up session's carried-over items that were done are read out too); dropped
items are left out: nobody is to confirm them, and they took room from the ones that count.

The type is the largest that sets the whole list on the wall, from a twentieth of its
height down to a floor; a list longer than that scrolls (Page Down), and a line at the foot
says there is more below.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from roundtable.export.languages import Words
from roundtable.model import Action
from ui.windows.contrast import ink

# The items' type in pixels, as a share of the wall's height: at most (about 60 on a 1080
# wall, 40 on a 768 one), and the floor below which the list scrolls instead.
MOST_SHARE = 1 / 14
LEAST_SHARE = 1 / 45
LEAST_PIXELS = 14
# The owner and date line, and the heading, against the item's type.
META_SHARE = 0.62
HEADING_SHARE = 1.25
LEAST_META = 12  # pixels


def meta_pixels(pixels: int) -> int:
    return max(LEAST_META, int(pixels * META_SHARE))


def shown_actions(actions: list[Action]) -> list[Action]:
    """The items the wall lists: open ones, then done ones; dropped ones left out."""
    kept = [a for a in actions if a.status != "dropped"]
    return sorted(kept, key=lambda a: a.status == "done")  # stable: the panel's order


def meta_line(w: Words, a: Action) -> str:
    """ "Ana Lopez · due 8 Jan 2027" in the room's words ("no owner yet" when none)."""
    parts = [a.owner or w("no_owner")]
    if a.due is not None:
        parts.append(w("due_on", day=w.day(a.due, short=True)))
    if a.status == "done":
        parts.append(w.status("done"))
    return "  ·  ".join(parts)


class CommitmentsWall(QWidget):
    """The list of commitments; `refresh()` reads the store again."""

    def __init__(self, store, room: Callable[[], Words], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wallCommitments")
        self.store = store
        self.room = room
        self.heading = QLabel(objectName="wallCommitmentsHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.area = QScrollArea(objectName="wallCommitmentsArea")
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setWidgetResizable(True)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list = QWidget(objectName="wallCommitmentsList")
        self.rows = QVBoxLayout(self.list)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.area.setWidget(self.list)
        self.more = QLabel(objectName="wallCommitmentsMore")
        self.more.setTextFormat(Qt.TextFormat.PlainText)
        self.more.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.more.hide()
        self.area.verticalScrollBar().rangeChanged.connect(self._say_more)
        self.area.verticalScrollBar().valueChanged.connect(self._say_more)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.heading)
        lay.addWidget(self.area, 1)
        lay.addWidget(self.more)
        self.texts: list[QLabel] = []  # each item's text, in order (what tests read)
        self.metas: list[QLabel] = []
        self._items: list[tuple[str, str, bool]] = []
        self._fitted: tuple[int, int, int] | None = None

    def refresh(self) -> None:
        """Read the items again and lay them out (nothing while hidden: done on show)."""
        if not self.isVisible():
            self._fitted = None
            return
        w = self.room()
        self.heading.setText(w("room.commitments"))
        items = [(a.text, meta_line(w, a), a.status == "done") for a in self._actions()]
        if not items:
            items = [(w("room.no_commitments"), "", False)]
        if items != self._items:
            self._items = items
            self._build()
        self._fitted = None
        self._fit()

    def _actions(self) -> list[Action]:
        return shown_actions(self.store.actions())

    def _build(self) -> None:
        for label in self.texts + self.metas:
            self.rows.removeWidget(label)
            label.hide()
            label.deleteLater()
        self.texts, self.metas = [], []
        grey = f"color: {ink('#6b6b6b', self)};"
        for text, meta, done in self._items:
            line = QLabel(("✓ " if done else "") + text, objectName="wallCommitmentText")
            under = QLabel(meta, objectName="wallCommitmentOwner")
            for label in (line, under):
                label.setTextFormat(Qt.TextFormat.PlainText)
                label.setWordWrap(True)
                self.rows.addWidget(label)
            line.setStyleSheet(grey if done else "")
            under.setStyleSheet(grey)
            line.show()  # at once: a label added to a shown list shows a turn later
            under.setVisible(bool(meta))
            self.texts.append(line)
            self.metas.append(under)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        self.refresh()

    def _needs(self, pixels: int, width: int) -> int:
        """The list's height with its items' type `pixels` high, `width` wide."""
        total = 0
        gap = pixels // 2
        for text, meta, _done in self._items:
            for line, size in ((text, pixels), (meta, meta_pixels(pixels))):
                if not line:
                    continue
                font = QFont(self.font())
                font.setPixelSize(size)
                flags = Qt.TextFlag.TextWordWrap
                box = QFontMetrics(font).boundingRect(QRect(0, 0, width, 1 << 20), flags, line)
                total += box.height() + 2
            total += gap
        return total

    def _fit(self) -> None:
        """The largest type that shows every item whole, down to the floor."""
        key = (self.width(), self.height(), len(self._items))
        if not self.isVisible() or not self._items or self._fitted == key:
            return
        self._fitted = key
        most = max(LEAST_PIXELS, int(self.height() * MOST_SHARE))
        least = max(LEAST_PIXELS, int(self.height() * LEAST_SHARE))
        width = self.width() - 8  # the labels' own margins, and a little to spare
        pixels = least
        for size in range(most, least - 1, -1):
            room = self.height() - int(size * HEADING_SHARE * 1.6) - size  # heading, more line
            if self._needs(size, width) <= room:
                pixels = size
                break
        self._set_sizes(pixels)

    def _set_sizes(self, pixels: int) -> None:
        def sized(px: int, bold: bool = False) -> QFont:
            font = QFont(self.font())
            font.setPixelSize(px)
            font.setBold(bold)
            return font

        self.heading.setFont(sized(int(pixels * HEADING_SHARE), bold=True))
        self.more.setFont(sized(meta_pixels(pixels)))
        self.rows.setSpacing(0)
        for line, under in zip(self.texts, self.metas, strict=True):
            line.setFont(sized(pixels))
            under.setFont(sized(meta_pixels(pixels)))
            under.setContentsMargins(0, 0, 0, pixels // 2)
        self.list.adjustSize()

    def _say_more(self, *_args: object) -> None:
        bar = self.area.verticalScrollBar()
        below = bar.value() < bar.maximum()
        self.more.setText(self.room()("room.more_down") if below else "")
        self.more.setVisible(below)

    def page(self, *, down: bool) -> None:
        """Page Down or Page Up: the list moves most of its height."""
        bar = self.area.verticalScrollBar()
        step = int(self.area.viewport().height() * 0.85)
        bar.setValue(bar.value() + (step if down else -step))
