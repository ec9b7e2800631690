"""The Action items panel's On the wall button: the session's commitments on the presenter
view in place of the round's notes, and pressed again the notes back (as Ctrl+F5 and View >
Commitments on the wall do: ui/windows/wall_control.py).

The facilitator reading the commitments back had the items in front of them and no way
from there to put them on the wall but a menu they did not think of. The button sits above
Delete, as wide as it, so the panel's hint keeps its width (a button beside the hint left
it a word a line at 800 pixels). It is pressed only while the wall is open and shows the
commitments; its tooltip says when the wall is not open, and pressing it then opens the
wall with them (the status bar says so).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QSizePolicy, QToolButton

TEXT = "On the wall"
SIDES = 12  # pixels beside the words, both sides together
TIPS = {
    "closed": "The wall is not open: this opens it with these action items (Ctrl+F5)",
    "notes": "The wall shows the round's notes: this puts these action items there (Ctrl+F5)",
    "commitments": "The wall shows these action items: this brings the notes back (Ctrl+F5)",
}


class WallButton(QToolButton):
    """Pressed while the wall shows the commitments; a click runs View > Commitments on
    the wall."""

    def __init__(self, window: Any, action: QAction) -> None:
        super().__init__(objectName="actionsOnWallButton")
        self.presenter = window.presenter
        self.action_ = action
        self.setText(TEXT)
        self.setCheckable(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # As wide as Delete under it: the column of buttons takes no more of the hint's room.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.clicked.connect(self._pressed)
        self.presenter.commitments_shown.connect(self._shown)
        self.presenter.installEventFilter(self)  # shown or closed (F5, Esc)
        action.changed.connect(self.refresh)  # (disabled with it)
        self.refresh()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        """Its words and a little room: a tool button's own margins made it, and the column
        with Delete, wider than Delete, and the hint beside them narrower."""
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(TEXT) + SIDES, hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return self.sizeHint()

    def state(self) -> str:
        if not self.presenter.isVisible():
            return "closed"
        return "commitments" if self.presenter.showing_commitments() else "notes"

    def refresh(self) -> None:
        state = self.state()
        self.setChecked(state == "commitments")
        self.setToolTip(TIPS[state])
        self.setEnabled(self.action_.isEnabled())

    def _shown(self, _on: bool) -> None:
        self.refresh()

    def _pressed(self) -> None:
        self.action_.trigger()
        self.refresh()  # pressed or not as the wall is, whatever the click did to it

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self.refresh()
        return False


def install(window: Any, panel: Any) -> WallButton | None:
    """Put the button above the panel's Delete button."""
    action = window.findChild(QAction, "wallActionsAction")
    if action is None:  # (a window built without the View menu's entry)
        return None
    button = WallButton(window, action)
    panel.buttons.insertWidget(0, button)
    return button  # (made after Delete: Tab reaches it next, as the items reach Delete)
