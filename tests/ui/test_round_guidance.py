"""The facilitator's guidance ("For you: ...") follows the round's question in the round
dialog: a spare question from the bank brings its own (or none), the field shows what the
round will keep, small edits keep it, and Ctrl+Z puts the old question and guidance back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QPlainTextEdit

from roundtable.round_themes import known_template, round_hints
from roundtable.templates import RoundTemplate
from ui.windows.agenda import RoundDialog

LEAD = "What does a good lead look like?"
START = "What should we start doing?"


def spare(title: str) -> RoundTemplate:
    template = known_template("sales-marketing-roundtable")
    return next(q for q in template.questions if q.title == title)


def choose(qtbot, dialog: RoundDialog, title: str) -> None:
    """Pick a spare question from the bank with the keyboard, as a facilitator would."""
    bank = dialog.findChild(QComboBox, "roundQuestionBank")
    bank.setFocus()
    for _ in range(bank.count()):
        if bank.currentText() == title:
            return
        qtbot.keyClick(bank, Qt.Key.Key_Down)
    raise AssertionError(f"{title} is not in the question bank")


def guidance_field(dialog: RoundDialog) -> QPlainTextEdit:
    return dialog.findChild(QPlainTextEdit, "roundGuidanceText")


def shown_guidance(window) -> str:
    label = window.findChild(QLabel, "roundGuidance")
    return label.text() if label.isVisible() else ""


def drive(monkeypatch, qtbot, steps) -> list[str]:
    """Make the round dialog run `steps(dialog)` and then be accepted; returns the guidance
    the dialog showed when it opened."""
    opened: list[str] = []

    def run(dialog: RoundDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        opened.append(guidance_field(dialog).toPlainText())
        steps(dialog)
        dialog.hide()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RoundDialog, "exec", run)
    return opened


def test_a_spare_question_swapped_in_brings_its_guidance_and_undo_puts_the_old_back(
    qtbot, window, monkeypatch
):
    broken = window.store.rounds()[2]
    assert broken.title == "Why it's broken" and broken.guidance.startswith("This round gets loud")
    window.show_round(broken.id)
    assert shown_guidance(window) == f"For you: {broken.guidance}"
    opened = drive(monkeypatch, qtbot, lambda dialog: choose(qtbot, dialog, LEAD))
    window.edit_round()
    assert opened == [broken.guidance]  # the facilitator saw what the round had
    lead = spare(LEAD)
    now = window.store.round(broken.id)
    assert (now.title, now.prompt, now.guidance) == (lead.title, lead.prompt, lead.guidance)
    assert shown_guidance(window) == f"For you: {lead.guidance}"
    assert "blame-free" not in shown_guidance(window)
    template, count = window.store.session().template, len(window.store.rounds())
    assert round_hints(template, now, count) == lead.hints  # the hints follow the question
    window.undo_stack.undo()
    back = window.store.round(broken.id)
    assert (back.title, back.prompt, back.guidance) == (
        broken.title,
        broken.prompt,
        broken.guidance,
    )
    assert shown_guidance(window) == f"For you: {broken.guidance}"
    assert round_hints(template, back, count) == round_hints(template, broken, count)


def test_a_round_added_from_the_bank_gets_that_questions_guidance(qtbot, window, monkeypatch):
    drive(monkeypatch, qtbot, lambda dialog: choose(qtbot, dialog, START))
    window.add_round()
    (added,) = [r for r in window.store.rounds() if r.title == START]
    assert added.guidance == spare(START).guidance
    window.show_round(added.id)
    assert shown_guidance(window) == f"For you: {spare(START).guidance}"


def test_a_spare_question_without_guidance_clears_the_old_one(qtbot):
    quiet = RoundTemplate("Anything else?", "What did we not get to?", 300, "", ())
    dialog = RoundDialog(
        "Why it's broken", "What gets in the way?", 1500, questions=[quiet], guidance="Let it."
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert guidance_field(dialog).toPlainText() == "Let it."
    choose(qtbot, dialog, "Anything else?")
    assert guidance_field(dialog).toPlainText() == ""
    assert dialog.values() == ("Anything else?", "What did we not get to?", 300, False, "")


def test_a_typo_fixed_or_a_new_timebox_keeps_the_guidance(qtbot, window, monkeypatch):
    broken = window.store.rounds()[2]
    window.show_round(broken.id)

    def fix_title_and_time(dialog: RoundDialog) -> None:
        qtbot.keyClick(dialog.title, Qt.Key.Key_End)
        qtbot.keyClick(dialog.title, Qt.Key.Key_Backspace)  # "broken" -> "broke"
        qtbot.keyClicks(dialog.title, "n (really)")
        dialog.minutes.setFocus()
        dialog.minutes.selectAll()
        qtbot.keyClicks(dialog.minutes, "30")

    drive(monkeypatch, qtbot, fix_title_and_time)
    window.edit_round()
    now = window.store.round(broken.id)
    assert (now.title, now.timebox_s) == ("Why it's broken (really)", 30 * 60)
    assert now.guidance == broken.guidance
    assert shown_guidance(window) == f"For you: {broken.guidance}"


def test_a_question_typed_by_hand_shows_the_old_guidance_to_edit_or_clear(
    qtbot, window, monkeypatch
):
    broken = window.store.rounds()[2]
    window.show_round(broken.id)

    def retype(dialog: RoundDialog) -> None:
        dialog.title.selectAll()
        qtbot.keyClicks(dialog.title, "Budget")
        dialog.prompt.selectAll()
        qtbot.keyClicks(dialog.prompt, "Who pays for events?")
        field = guidance_field(dialog)
        assert field.isVisible() and field.toPlainText() == broken.guidance
        field.setFocus()
        field.selectAll()
        qtbot.keyClick(field, Qt.Key.Key_Delete)
        qtbot.keyClicks(field, "Ask for last year's numbers.")

    drive(monkeypatch, qtbot, retype)
    window.edit_round()
    now = window.store.round(broken.id)
    assert (now.title, now.prompt) == ("Budget", "Who pays for events?")
    assert now.guidance == "Ask for last year's numbers."
    assert shown_guidance(window) == "For you: Ask for last year's numbers."
    window.undo_stack.undo()
    assert window.store.round(broken.id).guidance == broken.guidance
