"""Bugs found in a second walkthrough of a whole session (1024x600 and 1280x800 windows,
mouse and keyboard), each driven through the real window and checked on screen and in the
file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from roundtable.store import Store


def type_note(qtbot, win, text: str) -> None:
    qtbot.keyClicks(win.entry, text)
    qtbot.keyClick(win.entry, Qt.Key.Key_Return)


def test_typing_after_closing_a_menu_with_esc_writes_a_note(qtbot, window, session_file):
    # The menu bar kept the keyboard after Esc: the letters of the next note opened menus
    # and triggered their entries (a round renamed, the timer paused, the note lost).
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    rid = window.shown_round_id()
    title = window.store.round(rid).title
    bar = window.menuBar()
    for name in ("Round", "Edit"):
        rect = bar.actionGeometry(window.menu(name).menuAction())
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
        QTest.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is window.entry)
    target = QApplication.focusWidget()
    QTest.keyClicks(target, "Renewals slip when nobody owns the handover")
    QTest.keyClick(target, Qt.Key.Key_Return)
    (note,) = window.store.notes(rid)
    assert window.board.card(note.id).text().startswith("Renewals slip")
    assert window.store.round(rid).title == title
    window.close()
    with Store.open(session_file) as store:
        assert [n.text for n in store.notes(rid)] == [
            "Renewals slip when nobody owns the handover"
        ]


def test_a_name_in_the_middle_of_a_note_stays_in_it(qtbot, window, session_file):
    # "Ask @Ana about…" lost the name and made Ana the note's author.
    type_note(qtbot, window, "m: Ask @Ana about the discount rules before the webinar")
    type_note(qtbot, window, "@Ben Partner leads need a faster reply")
    rid = window.shown_round_id()
    first, second = window.store.notes(rid)
    assert window.board.card(first.id).text().startswith("Ask @Ana about the discount")
    window.close()
    with Store.open(session_file) as store:
        names = {p.id: p.name for p in store.participants()}
        notes = [(n.text, names.get(n.participant_id), n.function) for n in store.notes(rid)]
    assert notes == [
        ("Ask @Ana about the discount rules before the webinar", None, "marketing"),
        ("Partner leads need a faster reply", "Ben Okafor", "marketing"),
    ]


def test_a_mention_typed_without_accents_finds_the_participant(qtbot, window, session_file):
    window.store.add_participant("Chloé Dubois", function="marketing")
    window.store.add_participant("José Álvarez", function="sales")
    type_note(qtbot, window, "@chloe Event leads never reach a rep")
    type_note(qtbot, window, "Quotes take three days @jose")
    rid = window.shown_round_id()
    window.close()
    with Store.open(session_file) as store:
        names = {p.id: p.name for p in store.participants()}
        notes = [(n.text, names.get(n.participant_id), n.function) for n in store.notes(rid)]
    assert notes == [
        ("Event leads never reach a rep", "Chloé Dubois", "marketing"),
        ("Quotes take three days", "José Álvarez", "sales"),
    ]


def test_a_long_note_typed_on_the_wall_keeps_the_clock_in_view(qtbot, window):
    # The echo of a long note widened the view and pushed the clock off the screen.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.start_btn.click()
    view = window.presenter
    qtbot.keyClick(window.entry, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    width = view.width()
    words = "Marketing sends leads that sales never calls because nobody agreed on timing "
    qtbot.keyClicks(view, words * 3 + "END")
    qtbot.wait(10)
    hint = view.findChild(QLabel, "presenterHint")
    timer = view.findChild(QLabel, "presenterTimer")
    assert view.width() == width
    assert timer.isVisible() and view.rect().contains(timer.geometry())
    assert hint.geometry().right() < timer.geometry().left()
    assert hint.text().startswith("Typing: …") and "agreed on timing END▏" in hint.text()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    (note,) = window.store.notes(window.shown_round_id())
    assert note.text == (words * 3 + "END").strip()
