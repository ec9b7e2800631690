"""The start screen's list of recent sessions: each in two lines, its title, then its file
and folder (or that the file no longer exists)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from ui.windows.dialogs import SUFFIX

PATH, DETAIL, MISSING = (Qt.ItemDataRole.UserRole + i for i in range(3))


class RecentDelegate(QStyledItemDelegate):
    """A recent session in two lines: its title in bold, then its file name and folder (or
    that the file no longer exists) in smaller grey type."""

    PAD = 6

    def _fonts(self, base: QFont) -> tuple[QFont, QFont]:
        title = QFont(base)
        title.setBold(True)
        detail = QFont(base)
        detail.setPointSizeF(base.pointSizeF() * 0.9)
        return title, detail

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 (Qt name)
        title, detail = self._fonts(option.font)
        height = QFontMetrics(title).height() + QFontMetrics(detail).height() + 3 * self.PAD
        return QSize(360, height)

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title_text, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        title_font, detail_font = self._fonts(opt.font)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        ink = opt.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        grey = ink if selected else opt.palette.color(QPalette.ColorRole.PlaceholderText)
        box = opt.rect.adjusted(2 * self.PAD, self.PAD, -2 * self.PAD, -self.PAD)
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        painter.save()
        title_metrics = QFontMetrics(title_font)
        painter.setFont(title_font)
        painter.setPen(grey if index.data(MISSING) else ink)
        painter.drawText(
            box,
            left,
            title_metrics.elidedText(title_text, Qt.TextElideMode.ElideRight, box.width()),
        )
        painter.setFont(detail_font)
        painter.setPen(grey)
        painter.drawText(
            box.adjusted(0, title_metrics.height() + self.PAD // 2, 0, 0),
            left,
            QFontMetrics(detail_font).elidedText(
                index.data(DETAIL) or "", Qt.TextElideMode.ElideMiddle, box.width()
            ),
        )
        painter.restore()


class RecentList(QListWidget):
    """The recent sessions, tall enough to show them all (up to eight) without scrolling."""

    def __init__(self) -> None:
        super().__init__(objectName="recentSessions")
        self.setAccessibleName("Recent sessions")
        self.setItemDelegate(RecentDelegate(self))
        self.setUniformItemSizes(True)
        self.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)

    def add_session(self, path: str, title: str | None) -> QListWidgetItem:
        where = Path(path)
        missing = not where.exists()
        item = QListWidgetItem(title or where.name.removesuffix(SUFFIX))
        item.setData(PATH, path)
        item.setData(MISSING, missing)
        folder = str(where.parent)
        # The file's name too: two sessions with one title told apart only by the folder
        # looked the same when both sat in one folder.
        item.setData(
            DETAIL,
            f"File no longer exists (was {where.name} in {folder})"
            if missing
            else f"{where.name} — {folder}",
        )
        item.setToolTip(f"{path}\n(this file no longer exists)" if missing else path)
        self.addItem(item)
        return item

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        rows = sum(self.sizeHintForRow(i) for i in range(min(self.count(), 8)))
        return QSize(super().sizeHint().width(), rows + 2 * self.frameWidth() + 2)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        rows = sum(self.sizeHintForRow(i) for i in range(min(self.count(), 2)))
        return QSize(super().minimumSizeHint().width(), rows + 2 * self.frameWidth())
