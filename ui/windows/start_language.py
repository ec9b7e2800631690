"""The start screen's choice of the language a new session's agenda is written in.

The shipped templates give their rounds' titles, questions and guidance in German, French
and Spanish too (`Template.in_language`); a room that writes in one of these sees its own
language on the wall from the first round. The choice is kept for the next start screen: a
facilitator who runs German rooms does not pick Deutsch each time.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from roundtable.templates import AGENDA_LANGUAGES, Template

KEY = "startScreen/agendaLanguage"


class AgendaLanguage(QComboBox):
    """English, Deutsch, Français, Español: each named in its own words."""

    def __init__(self) -> None:
        super().__init__(objectName="agendaLanguage")
        self.setAccessibleName("Agenda language")
        self.setToolTip(
            "The language of the rounds' titles, questions and guidance. Any text the"
            " template does not give in it stays in English; Session > Edit round…"
            " (Ctrl+Shift+E) changes any of it."
        )
        for code, name in AGENDA_LANGUAGES.items():
            self.addItem(name, code)
        kept = self.findData(QSettings().value(KEY, "en"))
        self.setCurrentIndex(max(kept, 0))
        self.currentIndexChanged.connect(lambda _i: QSettings().setValue(KEY, self.code()))

    def beside(self, template: QComboBox) -> QWidget:
        """The template box with this choice on its right, named, in one row: the form's
        rows under the template (its summary, then the title) stay where they were."""
        row = QWidget()
        lay = QHBoxLayout(row)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(template, 1)
        name = QLabel("Agenda language")
        name.setBuddy(self)
        lay.addWidget(name)
        lay.addWidget(self)
        return row

    def code(self) -> str:
        return str(self.currentData())

    def applied(self, template: Template | None) -> Template | None:
        """`template` in the chosen language (None stays None)."""
        return template.in_language(self.code()) if template is not None else None
