"""The dialog to add or edit a round: title, question and timebox in minutes."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)


class RoundDialog(QDialog):
    """Edit one round's title, prompt and timebox."""

    def __init__(self, title: str, prompt: str, timebox_s: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("roundDialog")
        self.setWindowTitle("Round")
        self.title = QLineEdit(title, objectName="roundTitle")
        self.prompt = QPlainTextEdit(prompt, objectName="roundPrompt")
        self.prompt.setMaximumHeight(90)
        self.minutes = QSpinBox(objectName="roundMinutes")
        self.minutes.setRange(1, 24 * 60)
        self.minutes.setSuffix(" min")
        self.minutes.setValue(max(1, timebox_s // 60))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("Title", self.title)
        form.addRow("Question", self.prompt)
        form.addRow("Timebox", self.minutes)
        form.addRow(buttons)

    def values(self) -> tuple[str, str, int]:
        return self.title.text(), self.prompt.toPlainText(), self.minutes.value() * 60
