"""The start screen: new session from a template, open, recent sessions, example session
(follow-ups: start_follow_up.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from roundtable.model import InvalidInput, counted
from roundtable.roster_preview import roster_read
from roundtable.roster_text import RosterError, RosterLine, parse_roster
from roundtable.store import SessionFileError, Store
from roundtable.template_list import left_out, readable_templates
from roundtable.templates import user_template_dir
from ui.windows.contrast import ink
from ui.windows.dialogs import (
    FILE_FILTER,
    choose_new_file,
    forget,
    open_session,
    recent_entries,
    recent_titles,
    safe_file_name,
    start_folder,
)
from ui.windows.example_session import ensure_example, show_fullest_round
from ui.windows.lone_sides import LoneSideWarning, typed_people
from ui.windows.recent_list import MISSING, PATH, RecentList
from ui.windows.roster_said import RosterSaid
from ui.windows.sizing import TITLE_BAR, fit_roster_box, fit_to_screen, invalidate_all
from ui.windows.start_draft import StartDraft
from ui.windows.start_follow_up import FollowUpStart
from ui.windows.start_keys import ButtonKeys
from ui.windows.start_language import AgendaLanguage
from ui.windows.tight_form import beside, tight_form
from ui.windows.window_actions import as_typed


def _short(title: str, limit: int = 32) -> str:
    """`title` cut to `limit` characters after a whole word where there is one: the app's
    own example title read "Q4 sales and marketing roundtab…"."""
    if len(title) <= limit:
        return title
    cut = title[: limit - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip() + "…"


class StartScreen(FollowUpStart, QWidget):
    """What the app shows when started without a file."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("startScreen")
        self.setWindowTitle("Roundtable")
        self.window_opened: QWidget | None = None
        title = QLabel("Roundtable")
        f = title.font()
        f.setPointSize(22)
        f.setBold(True)
        title.setFont(f)
        self.template = QComboBox(objectName="templateChoice")
        # A screen reader named the box by its choice ("Sales and marketing roundtable").
        self.template.setAccessibleName("Template")
        templates, problems = readable_templates()
        for t in templates:
            self.template.addItem(t.title, t)
            if t.name == "sales-marketing-roundtable":  # the classic agenda is the default
                self.template.setCurrentIndex(self.template.count() - 1)
        # A template of the user's own that cannot be read is left out and named: one
        # broken file stopped the app from starting.
        self.broken_templates = QLabel(
            "\n".join(left_out(p) for p in problems), objectName="brokenTemplates"
        )
        self.broken_templates.setTextFormat(Qt.TextFormat.PlainText)
        self.broken_templates.setWordWrap(True)
        self.broken_templates.setStyleSheet(f"color: {ink('#8a5a00', self.broken_templates)};")
        self.broken_templates.setVisible(bool(problems))
        self.language = AgendaLanguage()
        self.title = QLineEdit(objectName="sessionTitle")
        self.title.setPlaceholderText("e.g. Q4 sales and marketing roundtable")
        self.title.returnPressed.connect(lambda: self.roster.setFocus())  # on to the roster
        self.anonymous = QCheckBox("Anonymous notes", objectName="anonymousCheck")
        # What the chosen template is: its purpose, rounds, length and name setting.
        self.template_about = QLabel(objectName="templateAbout")
        self.template_about.setWordWrap(True)
        self.template_about.setStyleSheet(f"color: {ink('#5f6368', self.template_about)};")
        # The template says whether its notes are usually anonymous; the box starts there.
        self.template.currentIndexChanged.connect(self._template_chosen)
        self.anonymous_chosen = False
        self._template_chosen()
        # What "anonymous" does to a typed roster: said before the file exists, not found
        # out in the minutes (which then list no attendees).
        self.anonymous_note = QLabel(
            "Anonymous: notes and minutes carry no names; the roster still counts who"
            " came by function. Untick to keep the names.",
            objectName="anonymousRosterNote",
        )
        self.anonymous_note.setWordWrap(True)
        self.anonymous_note.setStyleSheet(f"color: {ink('#8a5a00', self.anonymous_note)};")
        self.roster = QPlainTextEdit(objectName="rosterEdit")
        self.roster.setPlaceholderText(
            "One participant a line: name, company, sales|marketing|other"
            " (company optional; rows pasted from a spreadsheet work too)"
        )
        # As tall as the roster typed and no taller (fit_roster_box): the form does not
        # claim the window's spare height.
        policy = self.roster.sizePolicy()
        policy.setVerticalPolicy(QSizePolicy.Policy.Fixed)
        self.roster.setSizePolicy(policy)
        self.roster.setTabChangesFocus(True)  # Tab goes on to Create session, no tab typed
        create = QPushButton("Create session…", objectName="createSessionButton")
        create.clicked.connect(self.create_session)
        self.lone_sides = LoneSideWarning("anonymousLoneSides")
        # What the roster gives by side, as it is typed: "12 people: 6 sales, 5 marketing,
        # 1 other." Said only after Create session, a list read wrongly was found out late.
        self.roster_said = RosterSaid(self.roster, self._make_room)
        form = tight_form(
            [
                ("Template", self.language.beside(self.template)),
                ("", self.template_about),
                ("", self.broken_templates),
                ("Title", self.title),
                ("", self.anonymous),
                ("Roster", self.roster),
                # The button before the warnings: one that came or went between the roster
                # and the button moved it under the pointer reaching for it. What the roster
                # gives is said beside it, where it is read before pressing.
                ("", beside(create, self.roster_said)),
                ("", self.anonymous_note),
                ("", self.lone_sides),
            ]
        )
        self.roster.textChanged.connect(self._say_what_anonymous_does)
        self.anonymous.toggled.connect(self._say_what_anonymous_does)
        self.anonymous.clicked.connect(lambda: setattr(self, "anonymous_chosen", True))
        self._say_what_anonymous_does()
        self.recent = RecentList()
        titles = recent_titles()
        for f_ in recent_entries():
            self.recent.add_session(f_, titles.get(f_))
        self.recent.itemActivated.connect(self.open_recent)
        self.no_recent = QLabel(
            "No recent sessions yet: create one above, or open the example session.",
            objectName="noRecentSessions",
        )
        self.no_recent.setWordWrap(True)
        self._say_if_no_recent()
        open_btn = QPushButton("Open…", objectName="openSessionButton")
        open_btn.clicked.connect(self.open_dialog)
        example = QPushButton("Open the example session", objectName="exampleButton")
        example.clicked.connect(self.open_example)
        follow = QPushButton("Follow up a session…", objectName="followUpButton")
        follow.setToolTip(
            "A new session for the same group: its people and open action items carried over,"
            " each commitment on the board of the review round"
        )
        follow.clicked.connect(self.follow_up)
        buttons = QHBoxLayout()
        first = self.recent.item(0)
        if first is not None and not first.data(MISSING):
            # After a crash or a break, the session last worked on is one press away.
            resume = QPushButton(
                f"Continue “{as_typed(_short(first.text()))}”", objectName="continueButton"
            )
            resume.setToolTip(first.data(PATH))
            resume.clicked.connect(lambda: self.open_recent(first))
            buttons.addWidget(resume)
        buttons.addWidget(open_btn)
        buttons.addWidget(follow)
        buttons.addWidget(example)
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addWidget(QLabel("New session"))
        self.draft = StartDraft(self)  # the title and roster typed last time, if any
        lay.addWidget(self.draft.note)
        lay.addLayout(form)
        # Room the recent list does not take (none yet, or a short list) goes here, between
        # the form and the recent sessions: given to the form's wrapped labels, it showed
        # the template's summary half-way down a maximised window, far from its box.
        lay.addStretch()
        lay.addWidget(QLabel("Recent sessions"))
        lay.addWidget(self.recent, 1)
        lay.addWidget(self.no_recent)
        lay.addLayout(buttons)
        self.draft.restore()
        fit_roster_box(self, self.roster)
        fit_to_screen(self)
        # The keyboard starts where a person starts: on Continue when there is a session to
        # go back to, else on the title (it was the template list, with no mark showing).
        resumable = self.findChild(QPushButton, "continueButton")
        (resumable or self.title).setFocus()
        # Continue shows that Enter presses it, and a title typed there goes to the title.
        keys = ButtonKeys(self.title)
        for button in self.findChildren(QPushButton):
            keys.watch(button)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        """Enter presses the button that has the keyboard, as in a dialog: tabbing to
        "Create session…" and pressing Enter did nothing (only Space worked)."""
        button = QApplication.focusWidget()
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and isinstance(button, QPushButton) and self.isAncestorOf(button):
            button.click()
            return
        super().keyPressEvent(event)

    def _say_what_anonymous_does(self, *_args: object) -> None:
        self.anonymous_note.setVisible(
            self.anonymous.isChecked() and bool(self.roster.toPlainText().strip())
        )
        anonymous = self.anonymous.isChecked()  # the roster is read only when it is
        self.lone_sides.show_for(
            anonymous, typed_people(self.roster.toPlainText()) if anonymous else []
        )
        self._make_room()
        # Once more when the warnings just shown have their height (a roster pasted whole
        # grew the box and showed both at once: the window grew for neither).
        QTimer.singleShot(0, self, self._make_room)

    def _make_room(self) -> None:
        """Grow the window when the roster or the notes under it need more height than it
        has: sized for the empty form, it drew a two-line warning over the note above it
        and cut it off."""
        layout = self.layout()
        if layout is None:  # still being built: fit_to_screen sizes it
            return
        fit_roster_box(self, self.roster)
        invalidate_all(layout)  # the warnings' words may have changed since
        area = self.screen().availableGeometry()
        needed = min(layout.totalMinimumHeightForWidth(self.width()), area.height() - TITLE_BAR)
        if needed > self.height():
            self.resize(self.width(), needed)
            bottom = area.top() + area.height()  # the frame's title bar sits above y()
            if self.y() + TITLE_BAR + needed > bottom:
                self.move(self.x(), max(area.top(), bottom - TITLE_BAR - needed))
        # Laid out now, each warning as tall as its lines: the rows are no taller than
        # their words, and a warning that grew a line was cut until the next layout.
        layout.activate()

    def _template_chosen(self) -> None:
        template = self.template.currentData()
        # The template's setting, until the box is clicked; a choice made there stays when
        # another template is picked (it went back to the template's without a word).
        if not self.anonymous_chosen:
            self.anonymous.setChecked(bool(getattr(template, "anonymous", False)))
        self.language.follow(template)
        if template is None:
            self.template_about.setText("")
            return
        names = "anonymous" if template.anonymous else "with names"
        about = (
            f"{counted(len(template.rounds), 'round')}, {template.total_minutes} min; notes {names}"
            " unless you change it below."
        )
        if template.name == "follow-up-review":
            # Made from here it has nothing to review: the earlier session's open items
            # come only through Follow up a session….
            about += (
                " To bring in an earlier session's people and open action items, use"
                " “Follow up a session…” below instead."
            )
        if template.path.parent.resolve() == user_template_dir().resolve():
            # A template saved from a session (File > Save agenda as template…): where it
            # is, to rename, edit or remove it.
            about += f" Your own template: {template.path}."
        self.template_about.setText(about)
        self.template_about.setToolTip(template.description)
        self.template.setToolTip(template.description)

    def _roster(self) -> list[RosterLine]:
        """The roster box's people; InvalidInput names the first bad line."""
        return parse_roster(self.roster.toPlainText())

    def new_file_or_open(self, caption: str, suggested: Path) -> Path | None:
        """Where to write a new session, asked; None when cancelled, or when an existing
        session was chosen (it is opened instead)."""
        chosen = choose_new_file(self, caption, suggested)
        if chosen is None:
            return None
        path, existing = chosen
        if existing:
            self.open_path(path)
            return None
        return path

    def create_session(self, path: Path | None = None) -> None:
        # The roster is checked before a file is chosen: a bad line is fixed first.
        try:
            people = self._roster()
        except InvalidInput as err:
            QMessageBox.warning(self, "Cannot create session", str(err))
            self.roster.setFocus()
            if isinstance(err, RosterError):
                # The line named is selected and in view: in a pasted roster of forty, "line
                # 36" had to be counted down to.
                select_line(self.roster, err.line)
            return
        if not path:
            if not self.title.text().strip():
                QMessageBox.warning(
                    self, "Cannot create session", "Give the session a title first."
                )
                self.title.setFocus()
                return
            suggested = start_folder() / safe_file_name(self.title.text())
            path = self.new_file_or_open("New session", suggested)
            if path is None:
                return
        try:
            with Store.create(
                path,
                title=self.title.text(),
                template=self.language.applied(self.template.currentData()),
                anonymous=self.anonymous.isChecked(),
            ) as store:
                for p in people:
                    store.add_participant(p.name, p.function, p.organisation, p.role)
        except (InvalidInput, SessionFileError) as err:
            Path(path).unlink(missing_ok=True) if isinstance(err, InvalidInput) else None
            QMessageBox.warning(self, "Cannot create session", str(err))
            return
        self.draft.forget()
        self.open_path(path)
        win = self.window_opened
        if win is not None:  # a new session opened with an empty status line
            rounds = win.store.rounds()
            start = f" Ctrl+Space starts round 1, {rounds[0].title}." if rounds else ""
            # Where the evening before's changes are made: nothing said it.
            edit = " Double-click a round to change its question or timebox." if rounds else ""
            win.start_hint = f"{roster_read(people)}{edit}{start} F5: presenter view."
            win.statusBar().showMessage(win.start_hint)

    def open_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, "Open session", str(start_folder()), FILE_FILTER
        )
        if name:
            self.open_path(Path(name))

    def open_recent(self, item: QListWidgetItem) -> None:
        path = Path(item.data(PATH))
        if path.exists():
            self.open_path(path)
            return
        answer = QMessageBox.question(
            self,
            "Session not found",
            f"{path.name} no longer exists in {path.parent}: it was moved, renamed or "
            "deleted.\n\nRemove it from Recent sessions?",
        )
        if answer == QMessageBox.StandardButton.Yes:
            forget(path)
            self.recent.takeItem(self.recent.row(item))
            self._say_if_no_recent()

    def _say_if_no_recent(self) -> None:
        self.recent.setVisible(self.recent.count() > 0)
        self.no_recent.setVisible(self.recent.count() == 0)

    def open_example(self) -> None:
        self.open_path(ensure_example())
        if self.window_opened is not None:
            show_fullest_round(self.window_opened)

    def open_path(self, path: Path) -> None:
        win = open_session(path, self)
        if win is not None:
            self.window_opened = win
            win.show()
            self.close()


def select_line(box: QPlainTextEdit, number: int) -> None:
    """Select line `number` (from 1) of the box and scroll it into view."""
    block = box.document().findBlockByNumber(number - 1)
    if not block.isValid():
        return
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    box.setTextCursor(cursor)
    box.ensureCursorVisible()
