"""The question Ctrl+Q asks while a round's clock runs names the presenter view only when
it is up: "Quitting closes the session and the presenter view" was said with none open."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


def _asked(qtbot, win) -> str:
    seen: list[str] = []

    def reply() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            qtbot.keyClick(box, Qt.Key.Key_Escape)

    QTimer.singleShot(0, reply)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    qtbot.keyClick(win.entry, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert len(seen) == 1
    return seen[0]


def test_the_question_names_the_presenter_view_only_when_it_is_up(qtbot, window, fake_clock):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.start_btn.click()
    fake_clock.advance(60)
    assert _asked(qtbot, window).endswith("has 09:00 left. Quitting closes the session.")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.entry, Qt.Key.Key_F5)
    qtbot.waitUntil(window.presenter.isVisible)
    assert _asked(qtbot, window).endswith(
        "has 09:00 left. Quitting closes the session and the presenter view."
    )
    assert window.isVisible()  # Escape: kept working
