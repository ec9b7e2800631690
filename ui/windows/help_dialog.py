"""The Help menu's dialogs: every keyboard shortcut of the window, and About Roundtable.

The shortcut list is read from the window's own QActions each time it opens (menus in
menu-bar order, then actions that live in a panel), so an action a feature adds or a key
someone changes shows up without anyone editing a list here. The search box filters by
action, menu or key.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

import roundtable
from roundtable.model import counted
from ui.spoken import clear_button_named
from ui.windows.sizing import resize_within_screen

if TYPE_CHECKING:
    from ui.windows.main_window import MainWindow

Group = tuple[str, list[tuple[str, str]]]


def plain(text: str) -> str:
    """A menu text without its mnemonic marks ("&Open…" reads "Open…", "&&" stays "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def keys_of(action: QAction) -> str:
    native = QKeySequence.SequenceFormat.NativeText
    return ", ".join(k.toString(native) for k in action.shortcuts() if not k.isEmpty())


def _menu_entries(menu: QMenu, seen: set[int]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for action in menu.actions():
        if action.menu() is not None:
            out += _menu_entries(action.menu(), seen)  # type: ignore[arg-type]
        elif not action.isSeparator() and keys_of(action) and id(action) not in seen:
            seen.add(id(action))  # an entry in two menus (Edit round…) is listed once
            out.append((plain(action.text()), keys_of(action)))
    return out


def _home(action: QAction, window: QWidget) -> str:
    """Where an action outside the menus works: the panel (dock) it belongs to."""
    parent = action.parent()
    while isinstance(parent, QWidget) and parent is not window:
        if isinstance(parent, QDockWidget):
            return f"{plain(parent.windowTitle())} panel"
        parent = parent.parentWidget()
    return "Window"


def shortcut_groups(window: MainWindow) -> list[Group]:
    """(menu or panel, [(action, keys)]) for every action of the window with a shortcut."""
    seen: set[int] = set()
    groups: list[Group] = []
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            entries = _menu_entries(menu, seen)
            if entries:
                groups.append((plain(top.text()), entries))
    others: dict[str, list[tuple[str, str]]] = {}
    for action in window.findChildren(QAction):
        if id(action) not in seen and keys_of(action) and not action.isSeparator():
            seen.add(id(action))
            home = _home(action, window)
            others.setdefault(home, []).append((plain(action.text()), keys_of(action)))
    return groups + list(others.items()) + [("Where you type", list(TYPING_KEYS))]


def shortcuts_markdown(window: MainWindow) -> str:
    """The shortcut list as the guide's page (docs/shortcuts.md), from the same actions the
    dialog lists; `scripts/shortcuts_doc.py` writes it and a test says when it is stale."""
    lines = [
        "# Keyboard shortcuts",
        "",
        "Every shortcut of the main window, as Help > Keyboard shortcuts (F1) lists them.",
        "Written by `.venv/bin/python scripts/shortcuts_doc.py` from the app's own actions;",
        "on macOS, Ctrl is the Command key.",
    ]
    for title, entries in shortcut_groups(window):
        lines += ["", f"## {title}", "", "| Action | Keys |", "|---|---|"]
        lines += [f"| {_cell(name)} | {_cell(keys)} |" for name, keys in entries]
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    """Text for a Markdown table cell: a "|" would end the cell."""
    return text.replace("|", "\\|")


# Keys that belong to a field or view rather than to a command, so no QAction carries them.
TYPING_KEYS = (
    ("Add the typed note", "Enter"),
    ("Set the function for this and the next notes", "s: m: o: at the start"),
    ("Name who said it", "@name at the start or end"),
    ("Go to the cards (arrows and Shift+arrows select; F2, Del, Ctrl+G)", "Down, Tab"),
    ("On the cards: the first card, the last card", "Home, End"),
    ("Back to the capture line (from the board or a panel)", "Esc"),
    ("Card editor: save / new line / cancel", "Enter, Shift+Enter, Esc"),
    ("Select more cards", "Ctrl+click, Shift+click"),
    ("Presenter view: scroll the wall", "Page Down, Page Up"),
    ("Presenter view: back to the main window", "Esc, F5"),
    (
        "Presenter view: type notes; the clock, function and undo keys work there too",
        "Ctrl+Space, Ctrl+Right, Ctrl+R, Ctrl+1/2/3, Ctrl+Z",
    ),
    ("Action items: add, then the next one", "Enter"),
    ("Action items: the last item's due date (its owner first if it has none)", "Tab"),
    ("Action items: the selected item's theme, from a menu", "Right-click, Menu key"),
    ("Votes and action items: next cell that takes typing", "Tab, Shift+Tab"),
    ("Votes and action items: take out the selected row", "Del"),
)


class ShortcutsDialog(QDialog):
    """Every shortcut of the window by menu, with a search box that filters as you type."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle("Keyboard shortcuts")
        self.search = QLineEdit(objectName="shortcutSearch")
        self.search.setPlaceholderText("Search actions or keys, e.g. theme or Ctrl+T")
        clear_button_named(self.search, "Clear the search")
        # A screen reader said "edit text" (it does not read the placeholder).
        self.search.setAccessibleName("Search the shortcuts")
        self.search.textChanged.connect(self.filter)
        self.list = QTreeWidget(objectName="shortcutList")
        self.list.setHeaderLabels(["Action", "Shortcut"])
        self.list.setAccessibleName("Keyboard shortcuts")
        self.list.setRootIsDecorated(False)
        self.list.setItemsExpandable(False)
        self.list.setAlternatingRowColors(True)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setStretchLastSection(False)
        self.empty = QLabel(objectName="shortcutNoMatch")
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setObjectName("closeShortcuts")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        bold = self.list.font()
        bold.setBold(True)
        for title, entries in shortcut_groups(window):
            group = QTreeWidgetItem([title])
            group.setFont(0, bold)
            group.setFirstColumnSpanned(True)
            # Its Shortcut cell is blank on screen; a screen reader there heard nothing.
            group.setData(1, Qt.ItemDataRole.AccessibleTextRole, counted(len(entries), "shortcut"))
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.list.addTopLevelItem(group)
            rows = [QTreeWidgetItem([text, keys]) for text, keys in entries]
            for row, (text, _keys) in zip(rows, entries, strict=True):
                row.setToolTip(0, text)  # whole, where a narrow dialog cuts the row short
            group.addChildren(rows)
            group.setExpanded(True)
        self.empty.hide()
        resize_within_screen(self, 560, 640)
        self.search.setFocus()

    def filter(self, text: str) -> None:
        """Show the actions whose name, menu or keys contain every word typed."""
        words = text.casefold().split()
        shown = 0
        for g in range(self.list.topLevelItemCount()):
            group = self.list.topLevelItem(g)
            visible = 0
            for c in range(group.childCount()):
                child = group.child(c)
                hay = f"{group.text(0)} {child.text(0)} {child.text(1)}".casefold()
                match = all(w in hay for w in words)
                child.setHidden(not match)
                visible += match
            group.setHidden(visible == 0)
            group.setData(1, Qt.ItemDataRole.AccessibleTextRole, counted(visible, "shortcut"))
            shown += visible
        self.empty.setText(f"No action or key matches “{text.strip()}”.")
        self.empty.setVisible(shown == 0)

    def visible_rows(self) -> list[tuple[str, str, str]]:
        """(group, action, keys) of every row the filter leaves showing."""
        rows = []
        for g in range(self.list.topLevelItemCount()):
            group = self.list.topLevelItem(g)
            for c in range(group.childCount()):
                child = group.child(c)
                if not group.isHidden() and not child.isHidden():
                    rows.append((group.text(0), child.text(0), child.text(1)))
        return rows


def about_text(window: MainWindow) -> str:
    """What the app is, and where this session's file and the app's log are."""
    from ui.app import LOG_DIR

    store = window.store
    session = str(store.path)
    if store.read_only:
        session += f"\n(open read-only: {store.read_only_reason})"
    return (
        "Runs a peer roundtable of sales and marketing leaders from one laptop: timed "
        "rounds, sticky notes typed as people call them out, themes, the dot votes of "
        "sales and of marketing, action items, and Word minutes the same afternoon. "
        "Works offline; every note is on disk the moment it is typed.\n\n"
        f"This session's file:\n{session}\n\n"
        f"The app's log (what to send with a problem report):\n{LOG_DIR / 'roundtable.log'}\n\n"
        f"Python {sys.version.split()[0]}, PySide6 {pyside_version}"
    )


class AboutDialog(QDialog):
    """The version, what the app is for, and where the session file and the log live."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("aboutDialog")
        self.setWindowTitle("About Roundtable")
        self.title = QLabel(f"Roundtable {roundtable.__version__}", objectName="aboutTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.text = QLabel(about_text(window), objectName="aboutText")
        for label in (self.title, self.text):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setObjectName("closeAbout")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)


def show_shortcuts(window: MainWindow) -> ShortcutsDialog:
    dialog = ShortcutsDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def show_about(window: MainWindow) -> AboutDialog:
    dialog = AboutDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
