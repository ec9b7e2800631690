"""Help > Guide (Ctrl+F1): the guide read in the app, offline, with links and search."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QTextBrowser

from ui.windows.guide_window import GuideWindow


def open_guide(qtbot, window) -> QDialog:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.entry, Qt.Key.Key_F1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.findChild(QDialog, "guideWindow") is not None)
    guide = window.findChild(QDialog, "guideWindow")
    qtbot.waitExposed(guide)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is guide)
    return guide


def heading_at_top(browser: QTextBrowser) -> str:
    """The text of the first block shown at the top of the browser."""
    cursor = browser.cursorForPosition(browser.viewport().rect().topLeft())
    return cursor.block().text()


def test_ctrl_f1_opens_the_guide_beside_the_session(qtbot, window):
    guide = open_guide(qtbot, window)
    text = guide.findChild(QTextBrowser, "guideText").toPlainText()
    assert text.startswith("Roundtable guide")
    assert "Notes from phones" in text and "When something goes wrong" in text
    assert not guide.isModal()  # the session's keys go on working behind it
    guide.close()


def test_a_link_to_a_heading_scrolls_to_it(qtbot, window):
    guide = open_guide(qtbot, window)
    browser = guide.findChild(QTextBrowser, "guideText")
    assert browser.verticalScrollBar().value() == 0
    browser.anchorClicked.emit(QUrl("#notes-from-phones"))
    assert browser.verticalScrollBar().value() > 0
    assert heading_at_top(browser) == "Notes from phones"
    guide.close()


def test_the_shortcut_page_opens_in_the_guide_and_back_returns(qtbot, window):
    guide = open_guide(qtbot, window)
    browser = guide.findChild(QTextBrowser, "guideText")
    browser.anchorClicked.emit(QUrl("shortcuts.md"))
    assert browser.toPlainText().startswith("Keyboard shortcuts")
    assert "Ctrl+Shift+J" in browser.toPlainText()
    qtbot.keyClick(
        guide.findChild(QLineEdit, "guideSearch"), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier
    )
    assert browser.toPlainText().startswith("Roundtable guide")
    guide.close()


def test_typing_in_the_search_line_finds_the_words_and_says_when_it_cannot(qtbot, window):
    guide = open_guide(qtbot, window)
    browser = guide.findChild(QTextBrowser, "guideText")
    search = guide.findChild(QLineEdit, "guideSearch")
    said = guide.findChild(QLabel, "guideSaid")
    qtbot.keyClicks(search, "hotspot")
    first = browser.textCursor().position()
    assert browser.textCursor().selectedText() == "hotspot"
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert browser.textCursor().selectedText() == "hotspot"
    assert browser.textCursor().position() > first
    assert said.isHidden()
    assert guide.isVisible()  # Enter finds the next place; it does not press Close
    search.clear()
    qtbot.keyClicks(search, "zeppelin")
    assert said.isVisible()
    assert said.text() == "The guide does not mention “zeppelin”."
    guide.close()


def test_without_its_docs_the_guide_says_where_it_lives(qtbot, tmp_path):
    guide = GuideWindow(guide=tmp_path / "missing.md")
    qtbot.addWidget(guide)
    assert "docs/guide.md" in guide.findChild(QTextBrowser, "guideText").toPlainText()


def test_the_screenshots_fit_the_guides_width(qtbot, window):
    # At their own 1400 pixels the page scrolled sideways for every line of text.
    guide = open_guide(qtbot, window)
    guide.resize(820, 700)
    browser = guide.findChild(QTextBrowser, "guideText")
    qtbot.waitUntil(lambda: browser.horizontalScrollBar().maximum() == 0)
    guide.resize(640, 700)
    qtbot.waitUntil(lambda: browser.horizontalScrollBar().maximum() == 0)
    guide.close()


def test_links_read_in_a_dark_palette(qtbot, dark):
    # Qt wrote the light palette's dark blue into the page: 1.3:1 on the dark page.
    from PySide6.QtGui import QPalette

    from ui.windows.contrast import contrast

    guide = GuideWindow()
    qtbot.addWidget(guide)
    browser = guide.findChild(QTextBrowser, "guideText")
    base = browser.palette().color(QPalette.ColorRole.Base)
    links = []
    block = browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            if it.fragment().charFormat().isAnchor():
                links.append(it.fragment().charFormat().foreground().color())
            it += 1
        block = block.next()
    assert len(links) > 15  # the contents, and the links in the text
    assert min(contrast(link, base) for link in links) >= 4.5
