"""The preview of suggested themes (or of proposed places) before anything is stored.

One row per proposed theme with a checkbox, its label, how many notes and why; its notes
are listed under it, each note it would place with a checkbox of its own (a note already in
an existing theme is shown without one). The facilitator accepts all, accepts what is
ticked (untick one wrong note and keep the rest of its theme), or discards; the dialog only
reports the choice (`chosen`), the caller stores it as one undo command.
"""

from __future__ import annotations

import dataclasses
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from roundtable.model import counted
from ui.windows.contrast import ink
from ui.windows.sizing import resize_within_screen

GROUP = Qt.ItemDataRole.UserRole
NOTE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class ProposedGroup:
    """A theme as the preview shows it.

    Attributes:
        label: the theme's name (an existing theme keeps its own).
        notes: (note id, text, already in this theme) for every note shown under it.
        reason: why these notes belong together, in the engine's words.
        existing_theme_id: the facilitator's theme the notes join, or None for a new one.
        unsure: notes proposed with less confidence: shown unticked, marked "less sure".
    """

    label: str
    notes: tuple[tuple[int, str, bool], ...]
    reason: str
    existing_theme_id: int | None = None
    unsure: frozenset[int] = frozenset()

    @property
    def new_note_ids(self) -> list[int]:
        """The notes accepting this group would place (those not in the theme already)."""
        return [nid for nid, _, already in self.notes if not already]


class SuggestionPreview(QDialog):
    """Proposed themes with checkboxes: Accept all, Accept selected, Discard."""

    chosen = Signal(list)  # the accepted ProposedGroup values (empty: discarded)

    def __init__(
        self,
        groups: Sequence[ProposedGroup],
        parent: QWidget | None = None,
        *,
        title: str = "Suggested themes",
        intro: str = "",
        left_out: Sequence[str] = (),
        wordless: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("suggestionPreview")
        self.setWindowTitle(title)
        self.groups = list(groups)
        self.tree = QTreeWidget(objectName="suggestionTree")
        self.tree.setAccessibleName(title)  # where the keyboard starts: said by its name
        self.tree.setColumnCount(1)
        self.tree.setHeaderHidden(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        bold = QFont(self.tree.font())
        bold.setBold(True)
        italic = QFont(self.tree.font())
        italic.setItalic(True)
        grey = QBrush(QColor(ink("#555555", self.tree, QPalette.ColorRole.Base)))
        for number, group in enumerate(self.groups):
            # The round's theme of that name (made by hand or accepted earlier), or a new one.
            where = "into this theme" if group.existing_theme_id is not None else "new theme"
            top = QTreeWidgetItem([f"{group.label}  ({_notes(len(group.new_note_ids))}, {where})"])
            top.setData(0, GROUP, number)
            top.setFont(0, bold)
            # Ticking the theme ticks its notes; unticking one note leaves the theme partly
            # ticked (a sorted note that landed in the wrong theme could not be refused alone).
            # (Kept in step by _follow_ticks: Qt's own tristate needs every child checkable.)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            top.setCheckState(0, Qt.CheckState.Checked)
            why = QTreeWidgetItem([_wrap(f"Why: {group.reason}")])
            why.setFont(0, italic)
            why.setForeground(0, grey)
            # Not a stop for the arrow keys: Down from a theme went to its "Why" line, where
            # Space did nothing, before reaching the first note to tick.
            why.setFlags(Qt.ItemFlag.NoItemFlags)
            top.addChild(why)
            for nid, text, already in group.notes:
                unsure = nid in group.unsure and not already
                child = QTreeWidgetItem([_wrap(text + ("  (less sure)" if unsure else ""))])
                child.setData(0, NOTE, nid)
                if already:
                    child.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    child.setForeground(0, grey)
                else:
                    child.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                    child.setCheckState(
                        0, Qt.CheckState.Unchecked if unsure else Qt.CheckState.Checked
                    )
                top.addChild(child)
            top.setCheckState(0, _state_of(top))
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        for texts, why in ((left_out, "not sure"), (wordless, "no words to sort by")):
            if not texts:
                continue
            rest = QTreeWidgetItem([f"Stays ungrouped ({_notes(len(texts))}, {why})"])
            rest.setFont(0, bold)
            rest.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for text in texts:
                child = QTreeWidgetItem([_wrap(text)])
                child.setFlags(Qt.ItemFlag.ItemIsEnabled)
                rest.addChild(child)
            self.tree.addTopLevelItem(rest)
            rest.setExpanded(True)
        summary = QLabel(intro or self._summary(), objectName="suggestionSummary")
        summary.setWordWrap(True)
        summary.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox()
        self.accept_all = QPushButton("Accept &all", objectName="acceptAllButton")
        self.accept_some = QPushButton("Accept &selected", objectName="acceptSelectedButton")
        self.discard = QPushButton("&Discard", objectName="discardButton")
        buttons.addButton(self.accept_all, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.accept_some, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.discard, QDialogButtonBox.ButtonRole.RejectRole)
        self.accept_all.setDefault(True)
        self.accept_all.clicked.connect(lambda: self._finish(self.groups))
        self.accept_some.clicked.connect(lambda: self._finish(self.checked_groups()))
        self.discard.clicked.connect(self.reject)
        self.tree.itemChanged.connect(self._follow_ticks)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self._update_buttons()  # less sure notes come unticked: Enter accepts the ticked
        resize_within_screen(self, 760, 620)

    def _summary(self) -> str:
        notes = sum(len(g.new_note_ids) for g in self.groups)
        return (
            f"{proposal_count(self.groups).capitalize()} for {_notes(notes)}. Untick a theme or"
            " a note you do not want; notes you placed by hand stay where they are."
        )

    def checked_groups(self) -> list[ProposedGroup]:
        """The proposed themes with a ticked note, each with only its ticked notes (and the
        notes already in it)."""
        out = []
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            number = item.data(0, GROUP)
            if number is None or item.checkState(0) == Qt.CheckState.Unchecked:
                continue
            ticked = {
                item.child(i).data(0, NOTE)
                for i in range(item.childCount())
                if item.child(i).checkState(0) == Qt.CheckState.Checked
            }
            group = self.groups[number]
            notes = tuple(n for n in group.notes if n[2] or n[0] in ticked)
            out.append(dataclasses.replace(group, notes=notes))
        return out

    def note_item(self, note_id: int) -> QTreeWidgetItem | None:
        """The row of a proposed note (tests, automation)."""
        for row in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(row)
            for i in range(top.childCount()):
                if top.child(i).data(0, NOTE) == note_id:
                    return top.child(i)
        return None

    def group_item(self, label: str) -> QTreeWidgetItem | None:
        """The row of the proposed theme called `label` (tests, automation)."""
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            number = item.data(0, GROUP)
            if number is not None and self.groups[number].label == label:
                return item
        return None

    def _follow_ticks(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        """A theme's tick sets its notes'; a note's tick sets its theme's (partly ticked when
        some of its notes are)."""
        self.tree.blockSignals(True)
        try:
            if item.data(0, GROUP) is not None:
                state = item.checkState(0)
                if state != Qt.CheckState.PartiallyChecked:
                    for child in _ticks(item):
                        child.setCheckState(0, state)
            elif item.data(0, NOTE) is not None and item.parent() is not None:
                item.parent().setCheckState(0, _state_of(item.parent()))
        finally:
            self.tree.blockSignals(False)
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        """Once a theme is unticked, Enter accepts the ticked ones (it accepted all)."""
        checked = self.checked_groups()
        self.accept_some.setEnabled(bool(checked))
        ticked = sum(len(g.new_note_ids) for g in checked)
        some = ticked < sum(len(g.new_note_ids) for g in self.groups)
        self.accept_some.setDefault(some and bool(checked))
        self.accept_all.setDefault(not some)
        # Nothing ticked (Sort the rest unsure of every place): Enter closes, placing
        # nothing, as accepting the ticked would; no button was the default and Enter did
        # nothing at all.
        self.discard.setDefault(not checked)
        self.accept_some.setText(
            f"Accept the {ticked} &ticked" if some and checked else "Accept &selected"
        )

    def _finish(self, groups: list[ProposedGroup]) -> None:
        self.chosen.emit(list(groups))
        self.accept()

    def reject(self) -> None:
        self.chosen.emit([])
        super().reject()


def proposal_count(groups: list[ProposedGroup]) -> str:
    """ "3 themes", "1 theme", or for places in the facilitator's own themes only ("sort the
    rest"), "places in 3 themes" (it said "5 themes proposed" for five places)."""
    themes = counted(len(groups), "theme")
    return f"places in {themes}" if all(g.existing_theme_id for g in groups) else themes


def _state_of(top: QTreeWidgetItem) -> Qt.CheckState:
    """A proposed theme's tick from its notes': all, none, or partly."""
    states = {child.checkState(0) for child in _ticks(top)} or {Qt.CheckState.Checked}
    return states.pop() if len(states) == 1 else Qt.CheckState.PartiallyChecked


def _ticks(top: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    """The notes under a proposed theme that have a tick (those it would place)."""
    children = [top.child(i) for i in range(top.childCount())]
    return [c for c in children if c.flags() & Qt.ItemFlag.ItemIsUserCheckable]


def _notes(count: int) -> str:
    return f"{count} note" if count == 1 else f"{count} notes"


def _wrap(text: str, width: int = 96) -> str:
    # Tree rows take the height of their lines but do not wrap reliably on their own.
    return textwrap.fill(text, width, subsequent_indent="  ")
