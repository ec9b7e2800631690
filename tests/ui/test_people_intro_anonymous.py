"""Session > People in an anonymous session says where names do and do not show: it said
"Names show on the cards" while the cards showed none (Writers' names on cards starts off
when the notes are anonymous), which read as if the room saw who wrote what."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from roundtable.store import Store
from roundtable.templates import get_template

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def _intro_of_people_dialog(qtbot, win) -> str:
    seen: list[str] = []

    def read_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        intro = dialog.findChild(QLabel, "peopleIntro")
        seen.append(intro.text() if intro is not None else "(no intro)")
        dialog.reject()

    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    QTimer.singleShot(0, read_and_close)
    qtbot.keyClick(win.entry, Qt.Key.Key_P, CTRL | SHIFT)
    qtbot.waitUntil(lambda: bool(seen))
    return seen[0]


def test_an_anonymous_session_says_names_stay_off_the_cards_until_turned_on(qtbot, window):
    assert window.store.session().anonymous
    intro = _intro_of_people_dialog(qtbot, window)
    assert intro.startswith(
        "Who is in the room. The notes are anonymous: names stay off the wall and out of the"
        " minutes, and show on your cards only with View > Writers' names on cards"
        " (Ctrl+Shift+W)."
    )
    assert "Names show on the cards" not in intro


def test_a_named_session_says_names_show_on_the_cards_and_in_the_minutes(
    qtbot, tmp_path, fake_clock
):
    from tests.ui.conftest import shown_window

    path = tmp_path / "named.roundtable"
    template = get_template("sales-marketing-roundtable")
    with Store.create(path, title="Named", template=template, anonymous=False, clock=fake_clock):
        pass
    win = shown_window(qtbot, path, fake_clock)
    assert _intro_of_people_dialog(qtbot, win).startswith(
        "Who is in the room. Names show on the cards and in the minutes."
    )
    win.close()
