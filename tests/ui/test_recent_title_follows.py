"""A title fixed with Session > Title and facilitator… is the one the start screen's recent
sessions list shows: it showed the misspelt title until the session was opened again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QListWidget

from roundtable.store import Store
from tests.ui.conftest import shown_window
from tests.ui.test_session_details import open_details, retype


def recent_texts(qtbot) -> list[str]:
    from ui.windows.start_screen import StartScreen

    start = StartScreen()
    qtbot.addWidget(start)
    listed = start.findChild(QListWidget, "recentSessions")
    return [listed.item(i).text() for i in range(listed.count())]


def test_the_recent_sessions_list_shows_the_fixed_title(qtbot, tmp_path, fake_clock):
    from ui.windows.dialogs import remember

    other = tmp_path / "may.roundtable"
    Store.create(other, title="May roundtable", clock=fake_clock).close()
    remember(other, "May roundtable")
    path = tmp_path / "june.roundtable"
    Store.create(path, title="June roundtabel", clock=fake_clock).close()
    remember(path, "June roundtabel")  # as opening it from the start screen does
    win = shown_window(qtbot, path, fake_clock)
    try:
        dialog = open_details(qtbot, win)
        title = dialog.findChild(QLineEdit, "sessionTitleEdit")
        retype(qtbot, title, "June roundtable")
        qtbot.keyClick(title, Qt.Key.Key_Return)
        assert recent_texts(qtbot) == ["June roundtable", "May roundtable"]
        qtbot.keyClick(win.entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert recent_texts(qtbot) == ["June roundtabel", "May roundtable"]
    finally:
        win.close()
