"""Help > Guide (Ctrl+F1): docs/guide.md, read in the app, offline.

A facilitator at a venue without Wi-Fi who forgot how to hold phone notes or re-plan a late
session finds it here, in the same words as the repository's guide (one text, so the two
never disagree). Links to a heading scroll to it, a link to the shortcut page opens that
page here (Alt+Left comes back), and the search line finds words as they are typed
(Enter: the next place, Shift+Enter: the one before).

The guide is read from the source tree the app runs from; an install without the docs
folder says where the guide lives instead of showing an empty window.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QImage,
    QKeySequence,
    QPalette,
    QPixmap,
    QShortcut,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFragment,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
)

from ui.spoken import clear_button_named
from ui.windows.contrast import legible
from ui.windows.sizing import resize_within_screen

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

DOCS = Path(__file__).resolve().parents[2] / "docs"
GUIDE = DOCS / "guide.md"


def anchor_of(title: str) -> str:
    """The anchor a heading gets on GitHub, which the guide's links are written for:
    "Notes from paper: CSV import" -> "notes-from-paper-csv-import"."""
    return re.sub(r"[^\w\- ]", "", title.strip().lower()).replace(" ", "-")


class GuideWindow(QDialog):
    """The guide in a text browser, with a search line and Back."""

    def __init__(self, parent: QWidget | None = None, guide: Path = GUIDE) -> None:
        super().__init__(parent)
        self.setObjectName("guideWindow")
        self.setWindowTitle("Roundtable guide")
        self.browser = QTextBrowser(objectName="guideText")
        self.browser.setOpenLinks(False)  # links are followed here (headings, pages, web)
        self.browser.setAccessibleName("Roundtable guide")
        self.browser.anchorClicked.connect(self.follow)
        self.search = QLineEdit(objectName="guideSearch")
        self.search.setPlaceholderText("Find in the guide, e.g. hotspot or re-plan")
        self.search.setAccessibleName("Find in the guide")
        clear_button_named(self.search, "Clear the search")
        self.search.textEdited.connect(lambda _text: self.find(again=False))
        self.search.returnPressed.connect(lambda: self.find(again=True))
        back_before = QShortcut(QKeySequence("Shift+Return"), self.search)
        back_before.activated.connect(lambda: self.find(again=True, backward=True))
        self.said = QLabel(objectName="guideSaid")
        self.said.setTextFormat(Qt.TextFormat.PlainText)
        self.back = QPushButton("Back", objectName="guideBack")
        # A shortcut of the window, not of the button: the button's own did not fire while
        # the search line had the keyboard.
        QShortcut(QKeySequence("Alt+Left"), self).activated.connect(self.browser.backward)
        self.back.setToolTip("Back to the page before (Alt+Left)")
        self.back.setEnabled(False)
        self.back.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back.setEnabled)
        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addWidget(self.search, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setObjectName("closeGuide")
        buttons.rejected.connect(self.reject)
        # Enter belongs to the search line (the next place found), not to a button: the
        # dialog pressed Close (or Back) with it.
        for button in (self.back, buttons.button(QDialogButtonBox.StandardButton.Close)):
            button.setAutoDefault(False)
            button.setDefault(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.said)
        layout.addWidget(buttons)
        self.said.hide()
        if guide.is_file():
            self.browser.setSearchPaths([str(guide.parent)])  # its screenshots
            self.browser.sourceChanged.connect(lambda _url: self.dress())
            self.browser.setSource(QUrl.fromLocalFile(str(guide)))
        else:
            self.browser.setPlainText(
                "This copy of Roundtable came without its guide. It is docs/guide.md in"
                " Roundtable's source; every key is also in Help > Keyboard shortcuts (F1)."
            )
        resize_within_screen(self, 820, 760)
        self.search.setFocus()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        QTimer.singleShot(0, self.fit_images)  # once the layout has sized the browser

    def dress(self) -> None:
        """A page just shown: its links readable, its screenshots to the window's width."""
        self.colour_links()
        self.fit_images()

    def colour_links(self) -> None:
        """Links in the palette's link colour, made readable on the page: Qt writes the
        light palette's dark blue into a Markdown page, unreadable on a dark one (1.3:1)."""
        palette = self.browser.palette()
        link = QTextCharFormat()
        link.setForeground(
            legible(palette.color(QPalette.ColorRole.Link), palette.color(QPalette.ColorRole.Base))
        )
        document = self.browser.document()
        for fragment in fragments(document):
            if fragment.charFormat().isAnchor():
                selected(document, fragment).mergeCharFormat(link)

    def fit_images(self) -> None:
        """Shrink the screenshots to the browser's width: at their own 1400 pixels the page
        scrolled sideways for every line of text."""
        document = self.browser.document()
        room = max(self.browser.viewport().width() - 2 * int(document.documentMargin()) - 8, 100)
        top = self.browser.cursorForPosition(self.browser.viewport().rect().topLeft()).block()
        scrolled = self.browser.verticalScrollBar().value() > 0
        changed = False
        for fragment in fragments(document):
            if not fragment.charFormat().isImageFormat():
                continue
            image = fragment.charFormat().toImageFormat()
            natural = document.resource(
                QTextDocument.ResourceType.ImageResource, QUrl(image.name())
            )
            if not isinstance(natural, QImage | QPixmap) or natural.isNull():
                continue
            width = min(natural.width(), room)
            if image.width() != width:
                changed = True
                image.setWidth(width)
                image.setHeight(natural.height() * width / natural.width())
                selected(document, fragment).setCharFormat(image)
        if changed and scrolled:  # the part being read stays at the top
            self._scroll_to(top)

    def _scroll_to(self, block: QTextBlock) -> None:
        self.browser.setTextCursor(QTextCursor(block))
        layout = self.browser.document().documentLayout()
        self.browser.verticalScrollBar().setValue(int(layout.blockBoundingRect(block).top()))

    def follow(self, url: QUrl) -> None:
        """A link clicked: a heading of the page shown, another page of the guide, or the
        web (in the browser, when there is a network)."""
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        page = self.browser.source().resolved(url) if url.path() else self.browser.source()
        if page.path() != self.browser.source().path():
            self.browser.setSource(QUrl.fromLocalFile(page.toLocalFile()))  # no #heading
        if url.fragment():
            self.show_heading(url.fragment())

    def show_heading(self, anchor: str) -> bool:
        """Scroll the heading whose anchor is `anchor` to the top; False when none is."""
        document = self.browser.document()
        block = document.begin()
        while block.isValid():
            if block.blockFormat().headingLevel() and anchor_of(block.text()) == anchor:
                self.fit_images()  # first, or their new sizes move the heading away
                self._scroll_to(block)
                return True
            block = block.next()
        return False

    def find(self, *, again: bool, backward: bool = False) -> None:
        """Select the next place that holds what is typed (from the top as it is typed, on
        from the last place with Enter), wrapping round at the end."""
        text = self.search.text().strip()
        if not again:
            self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        if not text:
            self.said.hide()
            return
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        found = self.browser.find(text, flags)
        if not found:  # from the other end once
            self.browser.moveCursor(
                QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start
            )
            found = self.browser.find(text, flags)
        self.said.setText("" if found else f"The guide does not mention “{text}”.")
        self.said.setVisible(not found)


def fragments(document: QTextDocument) -> Iterator[QTextFragment]:
    """Every run of text of one format in `document`, in order."""
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            yield it.fragment()
            it += 1
        block = block.next()


def selected(document: QTextDocument, fragment: QTextFragment) -> QTextCursor:
    """A cursor holding `fragment` selected, to change its format."""
    cursor = QTextCursor(document)
    cursor.setPosition(fragment.position())
    cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
    return cursor


def show_guide(window: QWidget) -> GuideWindow:
    """Open the guide beside the window, not over it: the session goes on while it is read."""
    guide = GuideWindow(window)
    guide.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    guide.setModal(False)
    guide.show()
    return guide
