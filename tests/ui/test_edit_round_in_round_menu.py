"""Edit round… is in the Round menu too, where a first-timer changing a round's question
looks first (it was only under Session): the same entry, with the same shortcut."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMenu

from ui.windows.agenda import RoundDialog


def test_round_menu_opens_the_round_dialog(qtbot, window, monkeypatch):
    opened: list[str] = []

    def look(dialog: RoundDialog) -> int:
        opened.append(dialog.title.text())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(RoundDialog, "exec", look)
    window.agenda.setCurrentRow(1)
    shown_round = window.store.rounds()[1].title
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # &Round
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert menu.title() == "&Round"
    entry = menu.actions()[-1]
    assert (entry.text(), entry.shortcut().toString()) == ("Edit round…", "Ctrl+Shift+E")
    qtbot.keyClick(menu, Qt.Key.Key_Up)  # from the top, Up goes round to the last entry
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: opened == [shown_round])
    # One entry in two menus: the Session menu's own, so Ctrl+Shift+E stays one key.
    assert entry in window.menu("Session").actions()
