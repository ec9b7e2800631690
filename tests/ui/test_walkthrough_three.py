"""Bugs found by a walkthrough at 1366x768 and 1024x600 with a keyboard: text Qt took for
something else (an "&", an Arabic name in italic), and dialogs and buttons out of reach."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_an_ampersand_in_a_title_or_theme_is_shown_not_taken_as_a_shortcut(
    qtbot, window, session_file, monkeypatch
):
    # "Q3 sales & marketing roundtable" showed as "Q3 sales _marketing roundtable" on the
    # start screen's button, and "&m" became its keyboard shortcut.
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QMenu, QPushButton

    from ui.windows import dialogs
    from ui.windows.start_screen import StartScreen

    dialogs.remember(session_file, "Q3 sales & marketing")
    screen = StartScreen()
    qtbot.addWidget(screen)
    resume = screen.findChild(QPushButton, "continueButton")
    assert QKeySequence.mnemonic(resume.text()).isEmpty()
    assert resume.text().replace("&&", "&") == "Continue “Q3 sales & marketing”"
    # The same in Ctrl+G's menu of themes.
    rid = window.shown_round_id()
    first = window.store.add_note(rid, "Price pages")
    second = window.store.add_note(rid, "Launch mails")
    window.store.add_theme(rid, "Pricing & packaging", note_ids=[first.id])
    window.board.clearSelection()
    window.board.card(second.id).setSelected(True)
    qtbot.keyClick(window.board, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    menu = window.findChild(QMenu, "groupMenu")
    entries = [a.text() for a in menu.actions() if a.text()]
    menu.close()
    assert entries[-1].replace("&&", "&") == "&1  Into “Pricing & packaging”"
    # Its number picks it (Ctrl+G's menu numbers the themes), not the "&" of its name.
    assert QKeySequence.mnemonic(entries[-1]).toString() == "Alt+1"


def test_a_suggested_arabic_theme_name_is_marked_by_colour_not_italic(qtbot, window):
    # Without an italic Arabic font, Qt drew the suggested name "نقص المتابعة" as boxes.
    from PySide6.QtWidgets import QTreeWidget

    from ui.windows.cards import PROPOSAL_COLOUR, slants

    rid = window.shown_round_id()
    a = window.store.add_note(rid, "لا أحد يتابع العملاء المحتملين")
    b = window.store.add_note(rid, "Leads wait four days")
    window.store.apply_suggestions(
        rid, [("نقص المتابعة", [a.id], None), ("Leads wait", [b.id], None)]
    )
    tree = window.findChild(QTreeWidget, "themeList")
    rows = {
        tree.topLevelItem(i).text(0): tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
    }
    arabic, latin = rows["نقص المتابعة"], rows["Leads wait"]
    assert not arabic.font(0).italic() and arabic.foreground(0).color() == PROPOSAL_COLOUR
    assert latin.font(0).italic()
    assert slants("Café ölçüm Ωmega Привет") and not slants("日本語のメモ") and not slants("שלום")


def test_enter_presses_the_start_screens_focused_button(qtbot, monkeypatch):
    # Tabbing to "Create session…" and pressing Enter did nothing; only Space worked.
    from PySide6.QtWidgets import QApplication, QPushButton

    from ui.windows.start_screen import StartScreen

    pressed: list[str] = []
    monkeypatch.setattr(StartScreen, "create_session", lambda self, *a: pressed.append("create"))
    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.show()
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    create = screen.findChild(QPushButton, "createSessionButton")
    create.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is create)
    qtbot.keyClick(create, Qt.Key.Key_Return)
    assert pressed == ["create"]


def test_dialogs_fit_a_600_pixel_screen():
    # Suggested themes (760x620) and the shortcuts list (560x640) hid their buttons below
    # the edge of a 1024x600 screen.
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QDialog

    from ui.windows.sizing import TITLE_BAR, resize_within_screen

    dialog = QDialog()
    resize_within_screen(dialog, 760, 620, area=QRect(0, 0, 1024, 600))
    assert dialog.height() <= 600 - TITLE_BAR and dialog.width() == 760
    resize_within_screen(dialog, 760, 620, area=QRect(0, 0, 1366, 768))
    assert (dialog.width(), dialog.height()) == (760, 620)
