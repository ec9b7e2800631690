"""What the facilitator's hands do to the board's cards: a suggested theme shown on a card
and accepted with a double-click, a card edited in place (and opened again with the text
the store refused, so nothing typed is lost), and cards dragged onto a card or a theme to
group them. A mixin of the note board (note_board.py), which owns the cards and signals.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QByteArray, QMimeData, Qt, QTimer
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QListWidgetItem

from ui.windows.board_keys import card_spoken
from ui.windows.cards import ID, KIND, NOTE_IDS, PROPOSAL, CardDelegate
from ui.windows.view_top import show_view_top, view_top


class BoardHands:
    """Proposals, in-place edits and drops on the note board."""

    store: Any
    _cards: dict[int, QListWidgetItem]
    _proposals: dict[int, str]
    proposal_accepted: Any
    group_requested: Any

    def set_proposals(self, mapping: dict[int, str]) -> None:
        """Show "Suggested theme: <label>" on these cards ({} clears)."""
        changed = set(self._proposals) | set(mapping)
        # A tag at a card's foot makes it a line taller, and what was below moved down under
        # the facilitator's eyes (at every note typed or sent from a phone): it stays put.
        scrolled = changed and self.verticalScrollBar().value() and self._takes_drops()
        kept = view_top(self) if scrolled else None
        self._proposals = dict(mapping)
        for nid in changed:
            if nid in self._cards:
                note = self.store.note(nid)
                self._cards[nid].setText(self._card_text(note, self._writer(note)))
                self._cards[nid].setData(PROPOSAL, mapping.get(nid))
                said = card_spoken(note, self._writer(note), mapping.get(nid))
                self._cards[nid].setData(Qt.ItemDataRole.AccessibleTextRole, said)
        if changed:
            self._size_cards()  # a tag needs room at a card's foot
        if kept is not None:
            show_view_top(self, kept)

    def _maybe_accept(self, item: QListWidgetItem) -> None:
        """Double-click: accept the card's proposed theme if it shows one, else edit it."""
        if item.data(KIND) != "note":
            return
        if item.data(ID) in self._proposals:
            self.proposal_accepted.emit(item.data(ID))
        else:
            self.edit_card(item.data(ID))

    def edit_card(self, note_id: int) -> None:
        """Open the in-place editor on this note's card (not in a read-only session)."""
        item = self._cards.get(note_id)
        if item is not None and not self.store.read_only:
            self.setCurrentItem(item)
            self.scrollToItem(item)
            self.editItem(item)

    def edit_again(self, note_id: int, text: str) -> None:
        """Open the editor on this card again with `text`: an edit the store refused (empty,
        too long) comes back to be corrected instead of being lost."""
        delegate = self.itemDelegate()
        if isinstance(delegate, CardDelegate):
            delegate.refused[note_id] = text
        # After the refused editor has closed: opening it while it closes does nothing.
        QTimer.singleShot(0, self, lambda: self.edit_card(note_id))

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:  # noqa: N802 (Qt name)
        mime = super().mimeData(items)
        ids = ",".join(str(i.data(ID)) for i in items if i.data(KIND) == "note")
        mime.setData(NOTE_IDS, QByteArray(ids.encode("ascii")))
        return mime

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt name)
        target = self.itemAt(event.position().toPoint())
        ids = self.selected_note_ids()
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if target is None or not ids:
            return
        kind, tid = target.data(KIND), target.data(ID)
        if kind == "note" and tid in ids:
            return
        self.group_requested.emit(ids, kind, tid)
