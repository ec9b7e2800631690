"""The dialog to add or edit a round: title, question, the facilitator's guidance, timebox in
minutes and whether it is protected (a re-plan shortens it only after every other round but
the last).

When the session's template has spare questions, the dialog offers them as a question bank:
choosing one fills in its title, question, guidance and timebox (and the round then gets that
question's theme hints), and everything stays editable.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from roundtable.model import Round, clean_text, round_title_too_long
from roundtable.round_themes import agenda_language, known_template
from roundtable.templates import RoundTemplate
from ui.windows.contrast import ink


def spare_questions(
    template_name: str | None, rounds: Sequence[Round] = ()
) -> tuple[RoundTemplate, ...]:
    """The spare questions of a session's template, in the language its agenda is in (a
    German session is offered German questions); none for a missing or broken template."""
    template = known_template(template_name) if template_name else None
    if template is None:
        return ()
    return template.in_language(agenda_language(template, rounds)).questions


class QuestionEdit(QPlainTextEdit):
    """The round's question: wraps as it is typed, but Enter (with Shift or not) presses OK as
    in the dialog's other fields. A question is one line (the store folds a line break to a
    space), so Enter only ever added a break that was gone on save."""

    entered = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.entered.emit()
            return
        super().keyPressEvent(event)


class RoundDialog(QDialog):
    """Edit one round's title, prompt, guidance, timebox and protection, optionally from the
    question bank."""

    def __init__(
        self,
        title: str,
        prompt: str,
        timebox_s: int,
        parent: QWidget | None = None,
        questions: Sequence[RoundTemplate] = (),
        protected: bool = False,
        guidance: str = "",
    ):
        super().__init__(parent)
        self.setObjectName("roundDialog")
        self.setWindowTitle("Round")
        self.questions = tuple(questions)
        self.title = QLineEdit(title, objectName="roundTitle")
        self._title_had = clean_text(title)  # one from before the limit may stay as it is
        self.prompt = QuestionEdit(prompt, objectName="roundPrompt")
        self.prompt.setMaximumHeight(90)
        self.prompt.setTabChangesFocus(True)  # Tab goes on, not into the text
        self.prompt.setPlaceholderText("Left empty, the room sees the title as the question")
        # Shown, so guidance written for another question is seen (and can be changed)
        # before it lands under a question typed anew; a spare question brings its own.
        self.guidance = QPlainTextEdit(guidance, objectName="roundGuidanceText")
        self.guidance.setMaximumHeight(110)
        self.guidance.setTabChangesFocus(True)
        self.guidance.setPlaceholderText("A note to yourself on running this round (optional)")
        self.guidance.setToolTip(
            "Shown to you in italics under the question (“For you: …”), never on"
            " the presenter screen."
        )
        self.minutes = QSpinBox(objectName="roundMinutes")
        self.minutes.setRange(1, 24 * 60)
        self.minutes.setSuffix(" min")
        self.minutes.setValue(max(1, timebox_s // 60))
        # A timebox of 7.5 minutes shows as 7: kept to the second unless the minutes are
        # changed (OK after fixing a typo in the title cut it to 420 s without a word).
        self._seconds, self._shown = timebox_s, self.minutes.value()
        self.protected = QCheckBox(
            "Protected: a re-plan shortens it last", objectName="roundProtected"
        )
        self.protected.setChecked(protected)
        self.protected.setToolTip(
            "When the session runs late, Ctrl+R takes time from the other rounds first"
            " (each down to 40% of its plan) and from this one only after that."
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        self.prompt.entered.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # Why OK did not close the dialog: said here, with everything typed still in place.
        self.problem = QLabel(objectName="roundProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {ink('#b3261e', self.problem)};")
        self.problem.hide()
        self.title.textEdited.connect(self.problem.hide)
        form = QFormLayout(self)
        if self.questions:
            self.bank = QComboBox(objectName="roundQuestionBank")
            self.bank.addItem("Choose a spare question…")
            for question in self.questions:
                self.bank.addItem(question.title)
                self.bank.setItemData(self.bank.count() - 1, question.prompt)
            self.bank.setToolTip(
                "Questions the template keeps in reserve, each with its own theme hints."
            )
            self.bank.activated.connect(self._use_question)
            # A list box is read by its choice ("Choose a spare question…"), not its label.
            self.bank.setAccessibleName("Question bank")
            form.addRow("Question bank", self.bank)
        form.addRow("Title", self.title)
        form.addRow("Question", self.prompt)
        form.addRow("For you", self.guidance)
        form.addRow("Timebox", self.minutes)
        form.addRow("", self.protected)
        form.addRow(self.problem)
        form.addRow(buttons)
        # The keyboard starts on the title, not on the question bank above it: changing a
        # round's question took two Tabs first.
        self.title.setFocus()

    def _use_question(self, index: int) -> None:
        if 1 <= index <= len(self.questions):
            chosen = self.questions[index - 1]
            self.title.setText(chosen.title)
            self.prompt.setPlainText(chosen.prompt)
            # The old round's guidance was about the old question: none beats the wrong one.
            self.guidance.setPlainText(chosen.guidance)
            self.minutes.setValue(max(1, chosen.timebox_s // 60))
            self._seconds, self._shown = chosen.timebox_s, self.minutes.value()
            self.protected.setChecked(chosen.protect)

    def accept(self) -> None:
        """Close only on a round the agenda can take. A blank title was refused after the
        dialog had closed, and the question, guidance and timebox typed with it were lost."""
        title = clean_text(self.title.text())
        too_long = round_title_too_long(title) if title != self._title_had else None
        if not title or too_long:
            self.problem.setText(
                f"{too_long} Shorten it, or put the rest in the question."
                if too_long
                else "A round needs a title: type one, or Cancel."
            )
            self.problem.show()
            self.title.setFocus()
            return
        super().accept()

    def values(self) -> tuple[str, str, int, bool, str]:
        """Title, question, timebox in seconds, whether the round is protected, guidance.

        An empty question is the title, as the placeholder says (an edited round with its
        question cleared was refused after the dialog closed, losing the other edits)."""
        return (
            self.title.text(),
            self.prompt.toPlainText().strip() or self.title.text(),
            self._seconds if self.minutes.value() == self._shown else self.minutes.value() * 60,
            self.protected.isChecked(),
            self.guidance.toPlainText().strip(),
        )
