"""Editing a round (Ctrl+Shift+E): the keyboard starts on the round's title, not on the
question bank above it, and the status line says what changed, as adding a round does."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from ui.windows.agenda import RoundDialog


def test_editing_a_round_starts_on_its_title_and_says_what_changed(qtbot, window, monkeypatch):
    rounds = window.store.rounds()
    works = next(r for r in rounds if r.title == "What works")
    number = rounds.index(works) + 1
    window.agenda.setCurrentRow(number - 1)
    focused: list[object] = []

    def type_a_question(dialog: RoundDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        focused.append(dialog.focusWidget())  # where the keys go once it is active
        dialog.prompt.selectAll()
        dialog.prompt.insertPlainText("What already works in your company?")
        dialog.hide()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RoundDialog, "exec", type_a_question)
    window.edit_round()
    assert focused[0].objectName() == "roundTitle"  # not the question bank above it
    assert window.store.round(works.id).prompt == "What already works in your company?"
    assert window.statusBar().currentMessage() == (
        f"Round {number}, “What works”: question changed (Ctrl+Z undoes)."
    )

    def change_nothing(dialog: RoundDialog) -> int:
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RoundDialog, "exec", change_nothing)
    window.edit_round()
    assert window.statusBar().currentMessage() == f"Round {number}, “What works”, is unchanged."
