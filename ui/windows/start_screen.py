"""The start screen: new session from a template, open, recent sessions, example session."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import platformdirs
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from roundtable.model import InvalidInput, parse_function
from roundtable.store import SessionFileError, Store
from roundtable.templates import list_templates
from ui.windows.dialogs import (
    FILE_FILTER,
    SUFFIX,
    open_session,
    recent_files,
    safe_file_name,
    start_folder,
)


def example_path() -> Path:
    return Path(platformdirs.user_data_dir("roundtable")) / "example.roundtable"


def show_fullest_round(win: Any) -> None:
    """Show the round with the most themes (the first of equals): the example session is
    finished, and its last round (two commitments) would show a newcomer almost nothing."""
    rounds = win.store.rounds()
    if rounds:
        counts = [len(win.store.themes(r.id)) for r in rounds]
        win.show_round(rounds[counts.index(max(counts))].id)


def ensure_example() -> Path:
    """The example session in the user's data folder, written on first use."""
    path = example_path()
    if not path.exists():
        from roundtable.demo import write_demo

        path.parent.mkdir(parents=True, exist_ok=True)
        write_demo(path)
    return path


class StartScreen(QWidget):
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
        for t in list_templates():
            self.template.addItem(t.title, t)
            if t.name == "sales-marketing-roundtable":  # the classic agenda is the default
                self.template.setCurrentIndex(self.template.count() - 1)
        self.title = QLineEdit(objectName="sessionTitle")
        self.title.setPlaceholderText("e.g. Q4 sales and marketing roundtable")
        self.anonymous = QCheckBox("Anonymous notes", objectName="anonymousCheck")
        self.roster = QPlainTextEdit(objectName="rosterEdit")
        self.roster.setPlaceholderText("One participant a line: name, sales|marketing|other")
        self.roster.setMaximumHeight(110)
        create = QPushButton("Create session…", objectName="createSessionButton")
        create.clicked.connect(self.create_session)
        form = QFormLayout()
        form.addRow("Template", self.template)
        form.addRow("Title", self.title)
        form.addRow("", self.anonymous)
        form.addRow("Roster", self.roster)
        form.addRow("", create)
        self.recent = QListWidget(objectName="recentSessions")
        for f_ in recent_files():
            self.recent.addItem(f_)
        self.recent.itemActivated.connect(lambda item: self.open_path(Path(item.text())))
        open_btn = QPushButton("Open…", objectName="openSessionButton")
        open_btn.clicked.connect(self.open_dialog)
        example = QPushButton("Open the example session", objectName="exampleButton")
        example.clicked.connect(self.open_example)
        buttons = QHBoxLayout()
        buttons.addWidget(open_btn)
        buttons.addWidget(example)
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addWidget(QLabel("New session"))
        lay.addLayout(form)
        lay.addWidget(QLabel("Recent sessions"))
        lay.addWidget(self.recent, 1)
        lay.addLayout(buttons)
        self.resize(640, 620)

    def create_session(self, path: Path | None = None) -> None:
        if not path:
            if not self.title.text().strip():
                QMessageBox.warning(
                    self, "Cannot create session", "Give the session a title first."
                )
                self.title.setFocus()
                return
            suggested = start_folder() / safe_file_name(self.title.text())
            name, _ = QFileDialog.getSaveFileName(self, "New session", str(suggested), FILE_FILTER)
            if not name:
                return
            path = Path(name if name.endswith(SUFFIX) else name + SUFFIX)
        try:
            with Store.create(
                path,
                title=self.title.text(),
                template=self.template.currentData(),
                anonymous=self.anonymous.isChecked(),
            ) as store:
                for number, line in enumerate(self.roster.toPlainText().splitlines(), 1):
                    if line.strip():
                        name, _, fn = line.partition(",")
                        try:
                            store.add_participant(name.strip(), function=parse_function(fn.strip()))
                        except InvalidInput as err:
                            raise InvalidInput(
                                f"Roster line {number} ({line.strip()}): {err}"
                            ) from None
        except (InvalidInput, SessionFileError) as err:
            Path(path).unlink(missing_ok=True) if isinstance(err, InvalidInput) else None
            QMessageBox.warning(self, "Cannot create session", str(err))
            return
        self.open_path(path)

    def open_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, "Open session", str(start_folder()), FILE_FILTER
        )
        if name:
            self.open_path(Path(name))

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
