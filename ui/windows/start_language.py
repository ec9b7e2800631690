"""The start screen's choice of the language a new session's agenda is written in.

The shipped templates give their rounds' titles, questions and guidance in German, French
and Spanish too (`Template.in_language`); a room that writes in one of these sees its own
language on the wall from the first round. The choice is kept for the next start screen: a
facilitator who runs German rooms does not pick Deutsch each time. A template written in
another language (one saved from a German session) brings its own language with it, without
changing the choice kept.
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
        self._following = False  # set to a template's own language, not chosen
        self.currentIndexChanged.connect(self._chosen)

    def _chosen(self) -> None:
        if not self._following:
            QSettings().setValue(KEY, self.code())

    def follow(self, template: Template | None) -> None:
        """Show `template`'s own language when it is not English (its texts are German, so
        the agenda is); back to the facilitator's kept choice for any other template."""
        own = getattr(template, "language", "en")
        code = own if own != "en" else str(QSettings().value(KEY, "en"))
        self._following = True
        try:
            self.setCurrentIndex(max(self.findData(code), 0))
        finally:
            self._following = False

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
