"""A name typed in capitals in Session > People is written as a name, as the roster box
writes one: "CARLA DE LUCA" stayed in capitals on the cards and in the minutes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QTableWidget

from tests.ui.test_people import cell_text, with_people_dialog
from ui.windows.people import NAME, PeopleDialog


def _type_name(qtbot, table: QTableWidget, text: str) -> None:
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(10)  # the closed editor goes before the dialog does


def test_a_name_typed_in_capitals_is_written_as_a_name(qtbot, window):
    store = window.store

    def edit(dialog: PeopleDialog) -> None:
        table = dialog.findChild(QTableWidget, "peopleTable")
        add = dialog.findChild(QPushButton, "addPersonButton")
        qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
        _type_name(qtbot, table, "CARLA DE LUCA")
        assert cell_text(dialog, 2, NAME) == "Carla De Luca"  # seen as it is kept
        qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
        _type_name(qtbot, table, "PIET VAN DER BERG")
        qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
        _type_name(qtbot, table, "AJ Smith")  # mixed case: kept as typed
        # Ben renamed in capitals.
        table.setCurrentCell(1, NAME)
        qtbot.keyClick(table, Qt.Key.Key_F2)
        _type_name(qtbot, table, "BEN O'NEILL")
        assert cell_text(dialog, 1, NAME) == "Ben O'Neill"
        dialog.accept()

    with_people_dialog(qtbot, window, edit)
    assert [p.name for p in store.participants()] == [
        "Ana Lopez",
        "Ben O'Neill",
        "Carla De Luca",
        "Piet van der Berg",
        "AJ Smith",
    ]
