"""What a screen reader would be given in a window, found through Qt's accessibility
interfaces (what Orca or NVDA read): the shown controls with no name or a name made only of
signs ("+", "…"), and the rows of lists, tables and trees that read as nothing. Used by
scripts/spoken_audit.py (a report) and tests/ui/test_spoken_audit.py (which asserts none)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextBrowser,
    QTextEdit,
    QWidget,
)

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QAbstractItemView,
    QComboBox,
    QAbstractSpinBox,
    QPlainTextEdit,
    QTextEdit,
    QTabBar,
)
MOST_ROWS = 300  # rows of one view read (a view of the example session has fewer)


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader is given. A list box's own name: Qt gives its shown choice
    as its name when it has none, which says what is chosen, never what the box is for."""
    if isinstance(widget, QComboBox):
        return widget.accessibleName().strip()
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Name).strip() if face is not None else ""


def meaningless(name: str) -> bool:
    """No name, or one made only of signs: an icon's letter ("+", "×", "…") says nothing."""
    return not any(ch.isalnum() for ch in name)


def shown_controls(top: QWidget) -> list[QWidget]:
    """The controls under `top` a user can reach now (shown and enabled), `top` too."""
    out = []
    for w in [top, *top.findChildren(QWidget)]:
        if not isinstance(w, CONTROLS) or isinstance(w, QHeaderView):
            continue
        if isinstance(w.parentWidget(), (QAbstractSpinBox, QComboBox)):
            continue  # a number box's or list box's own line: the box is what is read
        if w.isVisible() and w.isEnabled():
            out.append(w)
    return out


def silent_rows(view: QAbstractItemView) -> list[str]:
    """The rows (cells) of `view` whose accessible name is empty."""
    face = QAccessible.queryAccessibleInterface(view)
    if face is None:
        return ["(no interface)"]
    out = []
    for i in range(min(face.childCount(), MOST_ROWS)):
        child = face.child(i)
        if child is None or child.role() in (
            QAccessible.Role.ColumnHeader,
            QAccessible.Role.RowHeader,
        ):
            continue
        if child.role() == QAccessible.Role.Pane:  # a table's corner button
            continue
        if not child.text(QAccessible.Text.Name).strip():
            out.append(f"row {i}")
    return out


def problems(top: QWidget) -> list[str]:
    """What a screen reader user would miss in `top`: one line a problem, naming the
    control by its objectName (or class) and its visible text where it has one."""
    out = []
    for w in shown_controls(top):
        name = spoken_name(w)
        what = w.objectName() or type(w).__name__
        if isinstance(w, QAbstractButton) and w.text():
            what += f" [{w.text()}]"
        if meaningless(name):
            out.append(f"{what}: no name" if not name else f"{what}: named only {name!r}")
        if isinstance(w, QAbstractItemView):
            rows = silent_rows(w)
            if rows:
                out.append(f"{what}: {len(rows)} rows read as nothing ({', '.join(rows[:3])}…)")
    return out


def _tabs_inside(widget: QWidget) -> int:
    """How many Tabs `widget` may keep: a table with Tab between cells, one a cell; a page
    with links (the guide), one a link, as in a web browser."""
    if isinstance(widget, QAbstractItemView) and widget.tabKeyNavigation():
        model = widget.model()
        return model.rowCount() * model.columnCount() + 2 if model is not None else 2
    if isinstance(widget, QTextBrowser):
        return _links(widget) + 2
    return 2


def _links(browser: QTextBrowser) -> int:
    """How many links the page in `browser` has."""
    count = 0
    block = browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            count += it.fragment().charFormat().isAnchor()
            it += 1
        block = block.next()
    return count


def tab_walk(
    app: QApplication, top: QWidget, presses: int = 400
) -> tuple[list[str], list[str], list[str]]:
    """Press Tab from where the keyboard is in `top` until it comes back round: the controls
    reached in order, those Tab stayed on longer than it takes to step through them (a
    trap), and the shown controls that take Tab but were never reached."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    top.activateWindow()
    app.processEvents()
    shown_here = [w for w in shown_controls(top) if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    seen: list = []
    stuck: list[str] = []
    same = 0
    for _ in range(presses):
        w = app.focusWidget()
        if w is None:
            break
        if seen and seen[-1] is w:
            same += 1
            if same == _tabs_inside(w) and len(shown_here) > 1:
                stuck.append(w.objectName() or type(w).__name__)
        elif w in seen:
            break  # round once
        else:
            same = 0
            seen.append(w)
        QTest.keyClick(w, Qt.Key.Key_Tab)
        app.processEvents()
    missed = [w.objectName() or type(w).__name__ for w in shown_here if w not in seen]
    return [f"{w.objectName() or type(w).__name__} ({spoken_name(w)})" for w in seen], stuck, missed


def windows(app: QApplication, tmp: Path) -> Iterator[tuple[str, object]]:
    """Each facilitator window, shown, with what it is called here; closed after its turn."""
    from PySide6.QtWidgets import QDockWidget, QMessageBox, QProgressDialog

    from roundtable.demo import write_demo
    from ui.app import open_window
    from ui.export_action import ExportDialog
    from ui.sensemaking.phone_vote import DotsDialog
    from ui.sensemaking.suggestion_preview import ProposedGroup, SuggestionPreview
    from ui.template_save_action import TemplateDialog
    from ui.windows.agenda import RoundDialog
    from ui.windows.deleted_notes import DeletedNotesDialog
    from ui.windows.guide_window import GuideWindow
    from ui.windows.help_dialog import AboutDialog, ShortcutsDialog
    from ui.windows.people import PeopleDialog
    from ui.windows.start_screen import StartScreen

    start = StartScreen()
    yield "Start screen (create session)", start
    start.close()
    path = write_demo(tmp / "example.roundtable")
    win = open_window(path)
    win.resize(1280, 800)
    win.show()
    rounds = win.store.rounds()
    busiest = max(rounds, key=lambda r: len(win.store.themes(r.id)))
    win.store.delete_note(win.store.notes(busiest.id)[0].id)  # for the Deleted notes list
    win.show_round(busiest.id)
    for dock in win.findChildren(QDockWidget):
        dock.show()
        dock.raise_()
        app.processEvents()
        yield f"Main window, {dock.windowTitle()} in front", win
    win.find_bar.open_search()
    win.find_bar.line.setText("lead")  # its clear button shows
    yield "Main window, finding notes", win
    win.find_bar.hide()
    r = win.store.round(win.shown_round_id())
    yield (
        "Round dialog",
        RoundDialog(
            r.title, r.prompt, r.timebox_s, win, win._spare_questions(), r.protected, r.guidance
        ),
    )
    yield "People", PeopleDialog(win.store, win)
    themes = win.store.themes(busiest.id)
    notes = win.store.notes(busiest.id)
    groups = [
        ProposedGroup(
            t.label,
            tuple((n.id, n.text, False) for n in notes if n.theme_id == t.id),
            "they speak of the same thing",
        )
        for t in themes
    ]
    yield "Suggest themes", SuggestionPreview(groups, win, left_out=[notes[-1].text])
    yield "Export", ExportDialog(path, win)
    yield "Vote from phones", DotsDialog(win, "Each person gets dots to give.", 3)
    yield "Deleted notes", DeletedNotesDialog(win)
    yield "Save agenda as template", TemplateDialog(win)
    yield "Keyboard shortcuts", ShortcutsDialog(win)
    yield "Guide", GuideWindow(win)
    yield "About", AboutDialog(win)
    win.phones.open_dialog()
    yield "Notes from phones", win.phones.dialog
    again = QMessageBox(
        QMessageBox.Icon.Question,
        "Import these notes again?",
        "3 of the 3 notes in notes.csv are already in this session.",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        win,
    )
    yield "Import CSV: import again?", again
    reading = QProgressDialog("Reading notes.csv…", "Cancel", 0, 100, win)
    yield "Import CSV: reading a big file", reading
    win.close()
