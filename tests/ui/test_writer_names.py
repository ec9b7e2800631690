"""Writers' names on the board's cards: hidden from the start in an anonymous session,
whose laptop screen the room may see, and shown by View > Writers' names on cards."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTreeWidget

from roundtable.store import Store
from roundtable.templates import get_template
from tests.ui.conftest import shown_window
from tests.ui.test_deleted_notes_and_help import delete_with_key, open_deleted_notes
from tests.ui.test_main_window import card_texts, type_note

NAMES_KEYS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_an_anonymous_session_hides_who_wrote_a_card_until_the_facilitator_asks(qtbot, window):
    assert window.store.session().anonymous
    type_note(qtbot, window, "m: Webinar leads go cold @Ben Okafor")
    card = window.board.item(1)
    assert card_texts(window) == ["Webinar leads go cold"]
    assert "Ben Okafor" not in card.toolTip()
    assert "Ben Okafor" not in card.data(Qt.ItemDataRole.AccessibleTextRole)
    action = window.findChild(QAction, "writerNamesAction")
    assert action.isCheckable() and not action.isChecked()

    qtbot.keyClick(window.entry, Qt.Key.Key_W, NAMES_KEYS)
    assert card_texts(window) == ["Webinar leads go cold\n— Ben Okafor"]
    assert action.isChecked()
    assert "before this screen is shown" in window.statusBar().currentMessage()

    qtbot.keyClick(window.entry, Qt.Key.Key_W, NAMES_KEYS)
    assert card_texts(window) == ["Webinar leads go cold"]
    assert "hidden" in window.statusBar().currentMessage()
    # The note still knows its writer: only the board stopped saying it.
    note = window.store.notes(window.shown_round_id())[0]
    assert window.store.participant(note.participant_id).name == "Ben Okafor"


def test_a_session_with_names_shows_them_from_the_start(qtbot, tmp_path, fake_clock):
    path = tmp_path / "named.roundtable"
    with Store.create(
        path,
        title="Named",
        template=get_template("sales-marketing-roundtable"),
        anonymous=False,
        clock=fake_clock,
    ) as store:
        store.add_participant("Ana Lopez", function="sales")
    win = shown_window(qtbot, path, fake_clock)
    try:
        type_note(qtbot, win, "Budget confirmed by the buyer @Ana Lopez")
        assert card_texts(win) == ["Budget confirmed by the buyer\n— Ana Lopez"]
        assert win.findChild(QAction, "writerNamesAction").isChecked()
    finally:
        win.close()


def test_deleted_notes_show_their_writer_only_where_the_board_does(qtbot, window):
    type_note(qtbot, window, "m: Webinar leads go cold @Ben Okafor")
    delete_with_key(qtbot, window, "Webinar leads go cold")
    dialog = open_deleted_notes(qtbot, window)
    listing = dialog.findChild(QTreeWidget, "deletedNotesList")
    assert listing.isColumnHidden(2)
    dialog.close()

    qtbot.keyClick(window.entry, Qt.Key.Key_W, NAMES_KEYS)
    dialog = open_deleted_notes(qtbot, window)
    listing = dialog.findChild(QTreeWidget, "deletedNotesList")
    assert not listing.isColumnHidden(2)
    assert listing.topLevelItem(0).text(2) == "Ben Okafor"
    dialog.close()
