"""Enter in the round dialog's Question box presses OK, as in its title and timebox: it
added a line break instead, one the store folds to a space on save (a question is one
line). The guidance below it still takes line breaks, which it keeps."""

from __future__ import annotations

from PySide6.QtCore import Qt

from roundtable.store import Store
from tests.ui.test_round_dialog_refusals import _in_dialog
from ui.windows.agenda import RoundDialog


def test_enter_in_the_question_saves_the_round(qtbot, window, session_file):
    rnd = window.store.rounds()[1]
    window.show_round(rnd.id)
    after_enter: list[bool] = []

    def edit(dialog: RoundDialog) -> None:
        qtbot.keyClick(dialog.title, Qt.Key.Key_Tab)  # on to the question
        assert dialog.focusWidget() is dialog.prompt
        dialog.prompt.selectAll()
        qtbot.keyClicks(dialog.prompt, "Which joint habit would you copy tomorrow?")
        qtbot.keyClick(dialog.prompt, Qt.Key.Key_Return)
        after_enter.append(dialog.isVisible())
        if dialog.isVisible():  # before the fix: a line break, and the dialog still open
            dialog.reject()

    _in_dialog(qtbot, edit)
    window.edit_round()
    assert after_enter == [False]
    window.close()
    with Store.open(session_file) as store:
        assert store.round(rnd.id).prompt == "Which joint habit would you copy tomorrow?"


def test_enter_on_the_keypad_and_with_shift_press_ok_too(qtbot):
    for modifiers in (Qt.KeyboardModifier.KeypadModifier, Qt.KeyboardModifier.ShiftModifier):
        dialog = RoundDialog("Why it's broken", "Where does a lead get lost?", 600)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.keyClick(dialog.prompt, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        key = (
            Qt.Key.Key_Enter
            if modifiers == Qt.KeyboardModifier.KeypadModifier
            else Qt.Key.Key_Return
        )
        qtbot.keyClick(dialog.prompt, key, modifiers)
        assert dialog.result() == RoundDialog.DialogCode.Accepted
        assert dialog.values()[1] == "Where does a lead get lost?"
        # The guidance is notes to oneself in lines: Enter there is still a line break.
        dialog = RoundDialog("Why it's broken", "Where does a lead get lost?", 600)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.guidance, "One example each")
        qtbot.keyClick(dialog.guidance, Qt.Key.Key_Return)
        qtbot.keyClicks(dialog.guidance, "Then the worst one")
        assert dialog.isVisible()
        assert dialog.guidance.toPlainText() == "One example each\nThen the worst one"
