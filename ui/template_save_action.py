"""File > Save agenda as template… (Ctrl+Alt+S): this session's rounds, for the next session.

The dialog asks for the template's title (the session's to begin with), a line on what it is
for, and whether its sessions start anonymous. The core writes the file
(`roundtable.template_save`); a title already saved asks before replacing, and a refusal
(an empty title, a full disk) is said in the dialog, which stays open with what was typed.
The start screen and File > Start screen offer the template from then on.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
)

from roundtable.model import counted
from roundtable.round_themes import known_template
from roundtable.template_save import TemplateExists, save_agenda
from roundtable.templates import TemplateError, user_template_dir
from ui.windows.contrast import ink


class TemplateDialog(QDialog):
    """Title, description and the anonymous box; Save writes the template."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.setObjectName("saveTemplateDialog")
        self.setWindowTitle("Save agenda as template")
        store = window.store
        session, rounds = store.session(), store.rounds()
        minutes = sum(r.timebox_s for r in rounds) // 60
        about = QLabel(
            f"The {len(rounds)} rounds of this session ({minutes} min), with their questions,"
            " timeboxes and guidance, become a template that new sessions can start from."
            " Notes, themes and people stay in this session.",
            objectName="saveTemplateAbout",
        )
        about.setWordWrap(True)
        # No cap on the box: a session's title may be longer than a template's, and a cap
        # cut it short without a word; saving says the limit and keeps what was typed.
        self.title = QLineEdit(session.title, objectName="templateTitle")
        self.title.selectAll()
        source = known_template(session.template) if session.template else None
        self.description = QLineEdit(
            source.description if source else "", objectName="templateDescription"
        )
        self.description.setCursorPosition(0)  # its start, not its last words
        self.anonymous = QCheckBox("Notes are anonymous", objectName="templateAnonymous")
        self.anonymous.setChecked(session.anonymous)
        self.problem = QLabel(objectName="templateProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {ink('#b00020', self.problem)};")
        self.problem.hide()
        form = QFormLayout()
        form.addRow("&Title:", self.title)
        form.addRow("&What it is for:", self.description)
        form.addRow("", self.anonymous)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        where = QLabel(f"Saved in {user_template_dir()}", objectName="templateFolder")
        where.setWordWrap(True)
        where.setStyleSheet(f"color: {ink('#5f6368', where)};")
        lay = QVBoxLayout(self)
        for part in (about, form, self.problem, where, buttons):
            if isinstance(part, QFormLayout):
                lay.addLayout(part)
            else:
                lay.addWidget(part)
        self.resize(560, self.sizeHint().height())
        self.saved = None

    def save(self) -> None:
        store = self.window.store
        settings = {
            "title": self.title.text(),
            "description": self.description.text(),
            "anonymous": self.anonymous.isChecked(),
        }
        try:
            try:
                self.saved = save_agenda(store.session(), store.rounds(), **settings)
            except TemplateExists as exc:
                asked = QMessageBox.question(
                    self,
                    "Replace the template?",
                    f"{exc}\n\nReplace it with this session's agenda?",
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                    QMessageBox.StandardButton.No,
                )
                if asked != QMessageBox.StandardButton.Yes:
                    self.title.setFocus()
                    self.title.selectAll()
                    return
                self.saved = save_agenda(store.session(), store.rounds(), replace=True, **settings)
        except TemplateError as exc:
            self.problem.setText(f"Not saved: {exc}")
            self.problem.show()
            return
        self.accept()


class TemplateSaver(QObject):
    """Owns the Save agenda as template action of one main window."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.setObjectName("templateSaver")
        self.window = window
        self.action = QAction("Save agenda as &template…", window)
        self.action.setObjectName("saveTemplateAction")
        self.action.setShortcut(QKeySequence("Ctrl+Alt+S"))
        self.action.setStatusTip("Keep this session's rounds as a template for new sessions")
        self.action.triggered.connect(self.start)
        self.dialog: TemplateDialog | None = None

    def start(self) -> None:
        self.dialog = TemplateDialog(self.window)
        if self.dialog.exec() != QDialog.DialogCode.Accepted or self.dialog.saved is None:
            return
        saved = self.dialog.saved
        t = saved.template
        verb = "Replaced" if saved.replaced else "Saved"
        self.window.show_status(
            f"{verb} the template “{t.title}” ({counted(len(t.rounds), 'round')},"
            f" {t.total_minutes} min): the start screen (File > Start screen) offers it for new"
            " sessions."
        )


def install(window: Any) -> TemplateSaver:
    """Add File > Save agenda as template… (Ctrl+Alt+S) to `window`."""
    saver = TemplateSaver(window)
    window.menu("File").addAction(saver.action)
    window.addAction(saver.action)
    return saver
