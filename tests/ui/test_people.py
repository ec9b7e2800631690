"""Session > People: the roster after the session began, edited by keyboard and mouse."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QPushButton,
    QTableWidget,
)

from tests.ui.test_main_window import writer_names_on
from ui.windows.note_board import COLOURS
from ui.windows.people import FUNCTION, NAME, ORGANISATION, PeopleDialog


def type_note(qtbot, win, text: str) -> None:
    qtbot.keyClicks(win.entry, text)
    qtbot.keyClick(win.entry, Qt.Key.Key_Return)


def with_people_dialog(qtbot, window, steps) -> None:
    """Open Session > People with its shortcut and run steps(dialog) while it is up (a
    failing step closes the dialog and fails the test instead of leaving it open)."""
    failed: list[BaseException] = []
    done: list[bool] = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            assert isinstance(dialog, PeopleDialog)
            dialog.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
            steps(dialog)
            done.append(True)
        except BaseException as err:  # noqa: BLE001 (handed back to the test below)
            failed.append(err)
        finally:
            if dialog is not None and dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, run)
    qtbot.keyClick(
        window.entry,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    if failed:
        raise failed[0]
    assert done == [True]
    window.activateWindow()  # the dialog is gone: the window has the keyboard again
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def cell_text(dialog, row: int, col: int) -> str:
    return dialog.findChild(QTableWidget, "peopleTable").item(row, col).text()


def test_rename_fix_a_function_add_and_take_off_with_one_undo(qtbot, window):
    writer_names_on(qtbot, window)  # an anonymous session hides them
    type_note(qtbot, window, "s: Pricing page confuses buyers @Ana")
    store = window.store
    ben = store.find_participant("Ben Okafor")

    def edit(dialog: PeopleDialog) -> None:
        table = dialog.findChild(QTableWidget, "peopleTable")
        assert [cell_text(dialog, r, NAME) for r in range(table.rowCount())] == [
            "Ana Lopez",
            "Ben Okafor",
        ]
        # Rename Ana by typing over her name cell.
        table.setCurrentCell(0, NAME)
        qtbot.keyClick(table, Qt.Key.Key_F2)
        editor = QApplication.focusWidget()
        editor.selectAll()
        qtbot.keyClicks(editor, "Ana Lopes")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.wait(10)  # the closed editor goes before the dialog does
        # Ben is in marketing by mistake: other.
        combo = table.cellWidget(1, FUNCTION)
        assert isinstance(combo, QComboBox)
        combo.setCurrentText("other")
        # A latecomer.
        qtbot.mouseClick(
            dialog.findChild(QPushButton, "addPersonButton"), Qt.MouseButton.LeftButton
        )
        qtbot.keyClicks(QApplication.focusWidget(), "Carla Nunes")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        qtbot.wait(10)
        table.cellWidget(2, FUNCTION).setCurrentText("sales")
        table.setCurrentCell(2, ORGANISATION)
        table.item(2, ORGANISATION).setText("Nordlicht")
        dialog.accept()

    with_people_dialog(qtbot, window, edit)
    names = {p.name: (p.function, p.organisation) for p in store.participants()}
    assert names == {
        "Ana Lopes": ("sales", ""),
        "Ben Okafor": ("other", ""),
        "Carla Nunes": ("sales", "Nordlicht"),
    }
    # The card shows the new name; @completion knows it.
    assert window.board.item(1).text().endswith("— Ana Lopes")
    assert "People: 1 added, 2 changed" in window.statusBar().currentMessage()

    def take_ben_off(dialog: PeopleDialog) -> None:
        table = dialog.findChild(QTableWidget, "peopleTable")
        table.setCurrentCell(1, NAME)  # Ben's row
        remove = dialog.findChild(QPushButton, "removePersonButton")
        qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
        assert table.rowCount() == 2
        dialog.accept()

    type_note(qtbot, window, "m: Webinar leads go cold @Ben")
    note = store.notes(window.shown_round_id())[-1]
    assert note.participant_id == ben.id
    with_people_dialog(qtbot, window, take_ben_off)
    assert [p.name for p in store.participants()] == ["Ana Lopes", "Carla Nunes"]
    kept = store.note(note.id)
    assert (kept.text, kept.function, kept.participant_id) == (
        "Webinar leads go cold",
        "marketing",
        None,
    )
    # One Ctrl+Z per dialog: Ben and his name on the note come back; the first edit goes.
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.note(note.id).participant_id == ben.id
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Ben's note
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [(p.name, p.function) for p in store.participants()] == [
        ("Ana Lopez", "sales"),
        ("Ben Okafor", "marketing"),
    ]
    # Redo gives Carla back with her id.
    qtbot.keyClick(
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert [p.name for p in store.participants()] == ["Ana Lopes", "Ben Okafor", "Carla Nunes"]


def test_a_name_twice_or_a_nameless_row_is_refused_and_nothing_changes(qtbot, window):
    store = window.store
    messages: list[str] = []

    def edit(dialog: PeopleDialog) -> None:
        table = dialog.findChild(QTableWidget, "peopleTable")
        table.item(1, NAME).setText("ana lopez")
        dialog.accept()
        assert dialog.isVisible()
        messages.append(dialog.findChild(QLabel, "peopleMessage").text())
        table.item(1, NAME).setText("  ")
        dialog.accept()
        messages.append(dialog.findChild(QLabel, "peopleMessage").text())
        # An added row left empty is simply not a person.
        table.item(1, NAME).setText("Ben Okafor")
        dialog.add_person()
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        dialog.accept()

    with_people_dialog(qtbot, window, edit)
    assert messages == [
        "“ana lopez” is on the list twice; add a surname or initial.",
        "Every person needs a name (or take the row off).",
    ]
    assert [p.name for p in store.participants()] == ["Ana Lopez", "Ben Okafor"]
    assert window.statusBar().currentMessage() == "People: nothing changed."


def test_swapped_names_undo_and_redo_and_a_latecomers_notes_keep_their_name(qtbot, window):
    store = window.store
    ana, ben = store.participants()

    def swap_and_add(dialog: PeopleDialog) -> None:
        table = dialog.findChild(QTableWidget, "peopleTable")
        table.item(0, NAME).setText("Ben Okafor")
        table.item(1, NAME).setText("Ana Lopez")
        dialog.add_person()
        table.item(2, NAME).setText("Carla Nunes")
        qtbot.wait(10)
        dialog.accept()

    with_people_dialog(qtbot, window, swap_and_add)
    assert [(p.id, p.name) for p in store.participants()][:2] == [
        (ana.id, "Ben Okafor"),
        (ben.id, "Ana Lopez"),
    ]
    carla = store.find_participant("Carla Nunes")
    type_note(qtbot, window, "s: Pricing page needs a calculator @Carla")
    note = store.notes(window.shown_round_id())[-1]
    assert note.participant_id == carla.id
    window.undo_stack.undo()  # the note
    window.undo_stack.undo()  # the roster edit: names back, Carla gone
    assert [(p.id, p.name) for p in store.participants()] == [
        (ana.id, "Ana Lopez"),
        (ben.id, "Ben Okafor"),
    ]
    window.undo_stack.redo()
    window.undo_stack.redo()
    assert store.find_participant("Carla Nunes").id == carla.id
    assert store.note(note.id).participant_id == carla.id
    window.undo_stack.undo()
    window.undo_stack.undo()
    window.undo_stack.redo()  # the roster edit alone: Carla back under her own id
    assert store.find_participant("Carla Nunes").id == carla.id


def test_a_fixed_function_recolours_the_notes_already_typed_unless_unticked(qtbot, window):
    writer_names_on(qtbot, window)  # an anonymous session hides them
    store = window.store
    ben = store.find_participant("Ben Okafor")
    assert ben.function == "marketing"
    type_note(qtbot, window, "m: Webinar leads go cold @Ben")
    type_note(qtbot, window, "s: Pricing calls go badly @Ben")  # typed as sales on purpose
    first, second = store.notes(window.shown_round_id())[-2:]

    def make_ben(function: str, recolour: bool):
        def edit(dialog: PeopleDialog) -> None:
            table = dialog.findChild(QTableWidget, "peopleTable")
            table.cellWidget(1, FUNCTION).setCurrentText(function)
            box = dialog.findChild(QCheckBox, "peopleRecolour")
            assert box.isChecked()  # the usual case: the function was wrong all along
            if not recolour:
                qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
                assert not box.isChecked()
            dialog.accept()

        return edit

    with_people_dialog(qtbot, window, make_ben("other", recolour=True))
    assert store.find_participant("Ben Okafor").function == "other"
    assert store.note(first.id).function == "other"
    assert store.note(second.id).function == "sales"
    assert "1 changed, 1 note recoloured" in window.statusBar().currentMessage()
    # The board shows the note in its new function's colour.
    rows = [window.board.item(i) for i in range(window.board.count())]
    card = next(item for item in rows if item.text().startswith("Webinar leads go cold"))
    assert card.toolTip().endswith("— Ben Okafor, other")
    assert card.background().color() == QColor(COLOURS["other"])
    # One Ctrl+Z gives back both the function and the note's colour.
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.find_participant("Ben Okafor").function == "marketing"
    assert store.note(first.id).function == "marketing"
    # Unticked: only the notes typed from now on take the new function.
    with_people_dialog(qtbot, window, make_ben("sales", recolour=False))
    assert store.find_participant("Ben Okafor").function == "sales"
    assert store.note(first.id).function == "marketing"
    assert "recoloured" not in window.statusBar().currentMessage()


def test_a_fixed_function_goes_to_the_action_items_the_person_owns(qtbot, window):
    from tests.ui.test_sensemaking_actions import add_action, rows, wide_panel
    from ui.sensemaking.action_model import FUNCTION as ACTION_FUNCTION
    from ui.sensemaking.action_model import OWNER

    add_action(qtbot, window, "Write the lead definition @Ana")
    add_action(qtbot, window, "Brief the brand team @Ana")
    store = window.store
    store.update_action(store.actions()[1].id, owner_function="joint")  # chosen: stays
    wide_panel(qtbot, window)
    assert [r[OWNER : ACTION_FUNCTION + 1] for r in rows(window)] == [
        ["Ana Lopez", "Sales"],
        ["Ana Lopez", "Joint"],
    ]

    def make_ana_marketing(dialog: PeopleDialog) -> None:
        dialog.findChild(QTableWidget, "peopleTable").cellWidget(0, FUNCTION).setCurrentText(
            "marketing"
        )
        dialog.accept()

    with_people_dialog(qtbot, window, make_ana_marketing)
    # Ana was in marketing all along: her action item (and the minutes) say so too.
    assert [r[OWNER : ACTION_FUNCTION + 1] for r in rows(window)] == [
        ["Ana Lopez", "Marketing"],
        ["Ana Lopez", "Joint"],
    ]
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [r[ACTION_FUNCTION] for r in rows(window)] == ["Sales", "Joint"]


def test_the_roll_call_ticks_who_came_and_the_dots_follow(qtbot, window):
    from ui.windows.people import HERE

    store = window.store
    ana, ben = store.participants()
    carla = store.add_participant("Carla Nunes", "sales", absent=True)
    dan = store.add_participant("Dan Petit", "marketing", absent=True)
    type_note(qtbot, window, "Our trade show leads go cold @Dan")  # Dan spoke: he is here

    def roll_call(dialog: PeopleDialog) -> None:
        table = dialog.findChild(QTableWidget, "peopleTable")
        ticked = [table.item(r, HERE).checkState() == Qt.CheckState.Checked for r in range(4)]
        assert ticked == [True, True, False, True]
        # Dan's box is fixed: he has a note. Ben did not come; Carla did (Space ticks).
        assert not table.item(3, HERE).flags() & Qt.ItemFlag.ItemIsUserCheckable
        table.setCurrentCell(1, HERE)
        qtbot.keyClick(table, Qt.Key.Key_Space)
        table.setCurrentCell(2, HERE)
        qtbot.keyClick(table, Qt.Key.Key_Space)
        dialog.accept()

    with_people_dialog(qtbot, window, roll_call)
    absent = {p.name: p.absent for p in store.participants()}
    assert absent == {
        "Ana Lopez": False,
        "Ben Okafor": True,
        "Carla Nunes": False,
        "Dan Petit": True,
    }  # Dan stays as filed; his note makes him here
    assert window.statusBar().currentMessage() == "People: 2 changed (Ctrl+Z undoes)."
    # Ana, Carla and Dan are here: the vote count expects nine dots, not twelve.
    summary = window.findChild(QLabel, "voteSummary")
    window.show_round(window.store.round_at(2).id)
    store.add_theme(window.store.round_at(2).id, "Trade shows", note_ids=[])
    assert "3 people here × 3 dots can cast 9." in summary.text()
    window.undo_stack.undo()
    assert [p.absent for p in store.participants()] == [False, False, True, True]
    assert "3 people here × 3 dots can cast 9." in summary.text()  # Ana, Ben and Dan
    assert carla.absent and dan.absent and not (ana.absent or ben.absent)

    def everyone(dialog: PeopleDialog) -> None:
        qtbot.mouseClick(dialog.findChild(QPushButton, "allHereButton"), Qt.MouseButton.LeftButton)
        dialog.accept()

    with_people_dialog(qtbot, window, everyone)
    assert [p.absent for p in store.participants()] == [False, False, False, True]


def test_tab_reaches_the_buttons_and_ok_from_the_table(qtbot, window):
    # Tab went from cell to cell for ever: a keyboard-only facilitator could not reach Add
    # person, All here or OK.
    def tab_out(dialog: PeopleDialog) -> None:
        table = dialog.findChild(QTableWidget, "peopleTable")
        table.setFocus()
        table.setCurrentCell(0, NAME)
        reached = []
        for _ in range(12):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            reached.append(QApplication.focusWidget().objectName())
        assert "addPersonButton" in reached and "allHereButton" in reached
        # The function lists are not Tab stops (one per person came first); on a Function
        # cell a letter sets it instead.
        assert "personFunction" not in reached[:3] and reached[0] == "peopleRecolour", reached
        table.setFocus()
        table.setCurrentCell(0, FUNCTION)
        qtbot.keyClick(table, "m")
        assert table.cellWidget(0, FUNCTION).currentText() == "marketing"
        dialog.accept()

    with_people_dialog(qtbot, window, tab_out)


def test_tab_in_the_round_dialogs_question_moves_on(qtbot):
    # Tab typed a tab character into the question instead of moving on (to the guidance,
    # then the timebox).
    from PySide6.QtWidgets import QPlainTextEdit, QSpinBox

    from ui.windows.agenda import RoundDialog

    dialog = RoundDialog("Game changers", "What would change the game?", 1500)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    question = dialog.findChild(QPlainTextEdit, "roundPrompt")
    question.setFocus()
    qtbot.keyClick(question, Qt.Key.Key_Tab)
    assert question.toPlainText() == "What would change the game?"
    guidance = dialog.findChild(QPlainTextEdit, "roundGuidanceText")
    assert QApplication.focusWidget() is guidance
    qtbot.keyClick(guidance, Qt.Key.Key_Tab)
    assert guidance.toPlainText() == ""
    assert QApplication.focusWidget() is dialog.findChild(QSpinBox, "roundMinutes")


def test_taking_off_someone_who_wrote_notes_says_their_notes_stay(qtbot, window):
    # Del took Ana off at once and nothing said her notes had lost their name.
    type_note(qtbot, window, "s: Pricing page confuses buyers @Ana")
    type_note(qtbot, window, "s: Quotes take a week @Ana")

    def take_off_ana(dialog: PeopleDialog) -> None:
        table = dialog.findChild(QTableWidget, "peopleTable")
        table.setCurrentCell(0, NAME)
        qtbot.keyClick(table, Qt.Key.Key_Delete)
        dialog.accept()

    with_people_dialog(qtbot, window, take_off_ana)
    assert [p.name for p in window.store.participants()] == ["Ben Okafor"]
    status = window.statusBar().currentMessage()
    assert "2 notes by them stay, without a name" in status, status
    assert len(window.store.notes(window.shown_round_id())) == 2
