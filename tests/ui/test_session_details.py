"""Session > Title and facilitator… (Ctrl+Alt+T): the organizer fixes a typo in the
session's title or the facilitator's name before the minutes go out. Neither could be
changed once the session was made, and both head the minutes' first page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from roundtable.export import export_minutes
from roundtable.store import Store
from tests.ui.conftest import shown_window
from tests.ui.test_deleted_notes_and_help import shown_dialog

KEYS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def open_details(qtbot, win):
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    qtbot.keyClick(win.entry, Qt.Key.Key_T, KEYS)
    return shown_dialog(win, "sessionDetailsDialog")


def retype(qtbot, line: QLineEdit, text: str) -> None:
    line.setFocus()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Backspace)
    qtbot.keyClicks(line, text)


def test_a_typo_in_the_title_and_the_facilitator_is_fixed_for_the_minutes(
    qtbot, tmp_path, fake_clock
):
    path = tmp_path / "june.roundtable"
    Store.create(
        path, title="Sales and marketing roundtabel", facilitator="Marta Kowalsky", clock=fake_clock
    ).close()
    win = shown_window(qtbot, path, fake_clock)
    try:
        dialog = open_details(qtbot, win)
        title = dialog.findChild(QLineEdit, "sessionTitleEdit")
        facilitator = dialog.findChild(QLineEdit, "sessionFacilitatorEdit")
        assert (title.text(), facilitator.text()) == (
            "Sales and marketing roundtabel",
            "Marta Kowalsky",
        )
        retype(qtbot, title, "Sales and marketing roundtable")
        retype(qtbot, facilitator, "Marta Kowalski")
        qtbot.keyClick(facilitator, Qt.Key.Key_Return)
        assert not dialog.isVisible()
        assert win.windowTitle().startswith("Sales and marketing roundtable — june.roundtable")
        assert win.statusBar().currentMessage() == (
            "The minutes now open with the new title and facilitator (Ctrl+Z takes the old"
            " ones back)."
        )
    finally:
        win.close()
    with Store.open(path, read_only=True) as store:
        info = store.session()
        assert info.title == "Sales and marketing roundtable"
        assert info.facilitator == "Marta Kowalski"
        snap = store.snapshot()
    md = export_minutes(snap, "md", tmp_path / "m.md").read_text(encoding="utf-8-sig")
    assert md.startswith("# Sales and marketing roundtable\n")
    assert "**Facilitator:** Marta Kowalski" in md


def test_an_empty_title_is_refused_in_the_dialog_and_ctrl_z_takes_a_change_back(qtbot, window):
    before = window.store.session().title
    dialog = open_details(qtbot, window)
    title = dialog.findChild(QLineEdit, "sessionTitleEdit")
    retype(qtbot, title, "   ")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert dialog.isVisible()
    problem = dialog.findChild(QLabel, "sessionDetailsProblem")
    assert problem.isVisible() and "title" in problem.text()
    assert window.store.session().title == before

    retype(qtbot, title, "Q4 roundtable")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert window.store.session().title == "Q4 roundtable"
    assert window.statusBar().currentMessage() == (
        "The minutes now open with the new title (Ctrl+Z takes the old one back)."
    )
    qtbot.keyClick(window.entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.store.session().title == before
    assert window.windowTitle().startswith(f"{before} — ")


def paste(qtbot, line: QLineEdit, text: str) -> None:
    """Put `text` in place of what `line` holds, by Ctrl+V, as a paste from elsewhere."""
    QApplication.clipboard().setText(text)
    line.setFocus()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_the_dialog_keeps_to_the_cores_limits_and_cuts_nothing(qtbot, window):
    # The title was held to a template's 120 characters, though a session may have 200,
    # and a paste was cut at the limit without a word: the minutes opened with half a title.
    dialog = open_details(qtbot, window)
    title = dialog.findChild(QLineEdit, "sessionTitleEdit")
    facilitator = dialog.findChild(QLineEdit, "sessionFacilitatorEdit")
    problem = dialog.findChild(QLabel, "sessionDetailsProblem")
    long_title = "Q4 sales and marketing roundtable, " * 5 + "Berlin"  # 181 characters
    paste(qtbot, title, long_title)
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.store.session().title == long_title

    dialog = open_details(qtbot, window)
    title = dialog.findChild(QLineEdit, "sessionTitleEdit")
    facilitator = dialog.findChild(QLineEdit, "sessionFacilitatorEdit")
    problem = dialog.findChild(QLabel, "sessionDetailsProblem")
    too_long = long_title + " and Hamburg, " * 2  # 208 once cleaned
    paste(qtbot, title, too_long)
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert dialog.isVisible() and problem.isVisible()
    assert problem.text() == "A title can be at most 200 characters; this one has 208."
    assert title.text() == too_long  # kept as typed, to shorten
    assert window.store.session().title == long_title

    paste(qtbot, title, "Q4 roundtable")
    name = "Maria Jose Garcia Lopez de la Fuente y Martinez de Santa Cruz de Tenerife Alvarez"
    paste(qtbot, facilitator, name + " Ruiz")  # 86 characters
    qtbot.keyClick(facilitator, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert problem.text() == (
        "The facilitator's name can be at most 80 characters; this one has 86."
    )
    assert facilitator.text() == name + " Ruiz"
    assert window.store.session().title == long_title  # nothing saved
    dialog.reject()


def test_ctrl_z_puts_back_a_title_longer_than_todays_limit(qtbot, tmp_path, fake_clock):
    # A title of 230 characters from an older version, shortened in the dialog: Ctrl+Z was
    # refused with "A title can be at most 200 characters" and the change could not be undone.
    import sqlite3

    path = tmp_path / "old.roundtable"
    Store.create(path, title="Q4 roundtable", clock=fake_clock).close()
    old_title = "Q4 sales and marketing roundtable, northern region, " * 4 + "with partners"
    with sqlite3.connect(path) as db:
        db.execute("UPDATE session SET title = ?", (old_title,))
    db.close()
    win = shown_window(qtbot, path, fake_clock)
    try:
        dialog = open_details(qtbot, win)
        title = dialog.findChild(QLineEdit, "sessionTitleEdit")
        retype(qtbot, title, "Q4 roundtable, north")
        qtbot.keyClick(title, Qt.Key.Key_Return)
        assert win.store.session().title == "Q4 roundtable, north"
        qtbot.keyClick(win.entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert win.store.session().title == old_title
        assert win.windowTitle().startswith(old_title[:40])
        qtbot.keyClick(
            win.entry,
            Qt.Key.Key_Z,
            KEYS ^ Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        assert win.store.session().title == "Q4 roundtable, north"
    finally:
        win.close()
