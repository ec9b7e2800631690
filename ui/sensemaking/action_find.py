"""Find (Ctrl+F) in the Action items panel: while the Find line is on, the panel lists only the
action items whose text, owner or theme holds every word typed (as Find reads the board's
notes, find_words.py), under a line saying how many are hidden and how to see them again.
Esc in the Find line (or its ×) lists every item again.

When the words find action items only (no card, no theme, no other round's notes), the panel
comes in front of the panels tabbed with it, or opens if it was closed, while the keyboard
stays in the Find line: the items were found, but behind the Votes panel nobody saw them
until Enter. Find closing puts back what was in front (or closes the panel again), unless
the facilitator has since picked a tab or gone into the panel with Enter.

Listed rather than highlighted: the board already keeps only what matches, so the panel does
what the facilitator just saw there; and a docked panel shows five or six rows, so "the
action Ana owns" highlighted among thirty was still to be scrolled for. An item added or
changed during the search stays listed until the search changes, as a card edited on the
board does: it vanished as it was typed, or as its owner was put right.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel
from PySide6.QtWidgets import QDockWidget, QLabel

from roundtable.model import Action, counted
from ui.sensemaking.action_model import WHAT, ActionTableModel
from ui.windows.find_words import matches
from ui.windows.stepped import MARK_BACKGROUND, MARK_TEXT

if TYPE_CHECKING:
    from ui.sensemaking.actions_panel import ActionsPanel
    from ui.windows.main_window import MainWindow


def in_front(dock: QDockWidget) -> bool:
    """The panel shows: open, and not behind another panel tabbed with it."""
    return dock.isVisible() and not dock.visibleRegion().isEmpty()


def holds(model: ActionTableModel, a: Action, words: tuple[str, ...]) -> bool:
    """The item's text, owner or theme holds every word."""
    theme = model.theme_labels.get(a.theme_id, "") if a.theme_id is not None else ""
    return matches(f"{a.text}\n{a.owner}\n{theme}", words)


class FoundRows(QSortFilterProxyModel):
    """The panel's rows as sorted; while Find is on, only the items holding its words and
    those added or changed since it started."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.words: tuple[str, ...] = ()
        self.kept: set[int] = set()

    def filterAcceptsRow(  # noqa: N802 (Qt name)
        self, row: int, parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self.words:
            return True
        model = self.sourceModel()
        assert isinstance(model, ActionTableModel)
        a = model.actions[row]
        return a.id in self.kept or holds(model, a, self.words)

    def refilter(self, change: Callable[[], None]) -> None:
        """Make a change to what is listed, and list the rows again."""
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateRowsFilter()


class ActionsFound(QObject):
    """The Actions panel as a place Find searches (see ui/windows/find_count.py)."""

    noun = "action item"
    place = "in the Action items panel"

    def __init__(self, window: MainWindow, panel: ActionsPanel, dock: QDockWidget) -> None:
        super().__init__(panel)
        self.window_, self.panel, self.dock = window, panel, dock
        self.rows = panel.proxy
        assert isinstance(self.rows, FoundRows)
        self.typed = ""
        self._seen: dict[int, Action] = {}  # the items as they were at the last look
        # How to put back what was in front, once Find has brought the panel forward.
        self._put_back: Callable[[], None] | None = None
        self.line = QLabel(objectName="actionsFound")
        self.line.setWordWrap(True)
        self.line.setStyleSheet(
            f"QLabel {{ background: {MARK_BACKGROUND}; color: {MARK_TEXT}; padding: 3px; }}"
        )
        self.line.hide()
        layout = panel.layout()
        layout.insertWidget(layout.indexOf(panel.table), self.line)
        # (Connected after the panel's own: the model has read the items again by then.)
        window.signals.actions_changed.connect(self._changed)
        window.signals.themes_changed.connect(self._changed)

    def show_found(self, words: tuple[str, ...], typed: str) -> int:
        """List only the items holding `words` (() lists all); how many hold them (an item
        kept in the list for being added or changed since is not counted as found)."""
        rows = self.rows

        def change() -> None:
            if words != rows.words:
                rows.kept = set()
            rows.words = words

        rows.refilter(change)
        self.typed = typed
        self._seen = {a.id: a for a in self.panel.model.actions}
        self._say()
        model = self.panel.model
        return sum(holds(model, a, words) for a in model.actions) if words else 0

    def _changed(self, *_args: object) -> None:
        """An item added or changed while searching stays listed; the count follows."""
        if not self.rows.words:
            return
        seen = self._seen
        changed = {a.id for a in self.panel.model.actions if seen.get(a.id, None) != a}
        self.rows.refilter(lambda: self.rows.kept.update(changed))
        self.window_.find_bar.recount()

    def _say(self) -> None:
        shown, total = self.rows.rowCount(), self.panel.model.rowCount()
        hidden = total - shown
        self.line.setVisible(bool(self.rows.words) and hidden > 0)
        if not self.line.isVisibleTo(self.panel):
            return
        self.line.setText(
            f"Find “{self.typed}”: {shown} of {counted(total, 'action item')} listed,"
            f" {hidden} hidden until Find closes (Esc in its line)."
        )

    def bring_forward(self) -> None:
        """Only action items were found: the panel in front, the keyboard left where it is.
        Once a search: a tab picked since stays picked as more is typed."""
        if self._put_back is not None or in_front(self.dock):
            return
        closed = self.dock.isHidden()
        # The panels in front now: one of them is tabbed with this one (it goes behind).
        shown = [
            d
            for d in self.window_.findChildren(QDockWidget)
            if d is not self.dock and not d.isFloating() and in_front(d)
        ]

        def put_back() -> None:
            if closed:
                self.dock.hide()
            for d in shown:
                d.raise_()  # (a panel's raise_ brings its tab to the front)

        self._put_back = put_back
        self.dock.show()
        self.dock.raise_()

    def put_back(self) -> None:
        """Find closed: what was in front of the panel before Find brought it forward is in
        front again, if the panel still is."""
        put_back, self._put_back = self._put_back, None
        if put_back is not None and in_front(self.dock):
            put_back()

    def go_to_first(self) -> None:
        """The panel in front, the keyboard on the first item found, in view (to stay:
        the facilitator went there)."""
        self._put_back = None
        self.dock.show()
        self.dock.raise_()
        table = self.panel.table
        index = self.rows.index(0, WHAT)
        table.setFocus()
        table.setCurrentIndex(index)
        table.scrollTo(index)


def install(window: MainWindow) -> None:
    """Find searches the Actions panel's items too (after both are installed)."""
    bar = getattr(window, "find_bar", None)
    dock = window.findChild(QDockWidget, "actionsDock")
    if bar is None or dock is None:
        return
    panel = dock.widget()
    bar.places.append(ActionsFound(window, panel, dock))  # type: ignore[arg-type]
