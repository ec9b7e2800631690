"""The size of the cards and their type on the presenter view's wall (presenter.py): the
largest with which the round fits without scrolling, worked out when the view is shown or
resized and after the wall changes (wall_rows.py for a round without themes, wall_fit.py for
themed columns), then applied to the wall. A mixin of `PresenterWindow`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QFont

from ui.windows.wall_fit import fit_columns
from ui.windows.wall_rows import CARD, fit_rows, points_at


class WallSizing:
    """Fits the wall's cards; expects wall, isVisible and the _scale, _stretch, _points,
    _taller and _fit_pending the view starts with."""

    wall: Any
    isVisible: Any
    _scale: float
    _stretch: int
    _points: int
    _taller: int
    _fit_pending: bool

    def _card(self, scale: float, points: int = 0) -> tuple[QSize, QFont]:
        """A card at `scale` of full size and its type: `points` large (0: the size for
        that scale), the card as much taller as its type is larger."""
        base = points_at(scale)
        points = max(points, base)
        height = round(CARD.height() * scale * points / base)
        font = QFont(self.wall.font())
        font.setPointSize(points)
        return QSize(round(CARD.width() * scale), height), font

    def _apply_scale(self, scale: float, stretch: int = 0, points: int = 0, tall: int = 0) -> None:
        """Cards at `scale` of full size, `stretch` pixels wider, their text `points` large
        (0: the size for that scale); without themes, `tall` pixels taller than at that scale."""
        card, font = self._card(scale, points)
        if not self.wall.columns:
            card = self._card(scale)[0] + QSize(0, tall)
        self._scale, self._stretch, self._points = scale, stretch, font.pointSize()
        self._taller = tall
        self.wall.setFont(font)
        self.wall.card_size = card + QSize(stretch, 0)

    def _fit_later(self, *_args: object) -> None:
        if not self._fit_pending:
            self._fit_pending = True
            QTimer.singleShot(0, self, self._fit_cards)  # not after the view is gone

    def _fit_cards(self) -> None:
        """The largest cards (full size down to MIN_SCALE) with which every section of the
        round fits the wall without scrolling; a round too big even then scrolls."""
        self._fit_pending = False
        if not self.isVisible():
            return  # fitted when shown (and never after the session was closed)
        if not self.wall.columns:
            fit = fit_rows(self.wall)
            scale, stretch, points, taller = fit.scale, fit.stretch, fit.points, fit.taller
            least, grown = fit.least, fit.grown
            if fit.fits != self.wall.rows_fit:  # the scroll bar's room comes or goes
                self.wall.rows_fit = fit.fits
                self._scale = -1.0  # so the rows are laid out again in the new width
        else:
            fit = fit_columns(self.wall, self._card)
            scale, points, least, planned = fit.scale, fit.points, fit.least, fit.planned
            sections = fit.sections
            stretch = taller = 0
            grown = least
        now = (stretch, points, taller) != (self._stretch, self._points, self._taller)
        now = now or (least, grown) != (self.wall.least_points, self.wall.grown_points)
        changed = abs(scale - self._scale) > 1e-9 or now
        if changed:
            self._apply_scale(scale, stretch, points, taller)
            # Long notes' cards: smaller type, never below `least` (wall_type.py, wall.py).
            self.wall.least_points, self.wall.grown_points = least, grown
            if self.wall.columns:
                # A themed round's items take the new size without a rebuild of every card,
                # and are fitted once more, as after a rebuild (a scroll bar shown at this
                # size changes the room they are placed in).
                self.wall.retype()
                self._fit_later()
            else:
                self.wall.rebuild()
        elif self.wall.columns:
            # The plan for the chosen size is made: the wall places its cards by it rather
            # than planning the round once more (the store has not changed since).
            self.wall.known_plans, self.wall.known_sections = planned, sections
            try:
                self.wall.doItemsLayout()
            finally:
                self.wall.known_plans, self.wall.known_sections = {}, None
        if not changed:
            # Fitted: what the room read before a redraw is back at the top (wall.py).
            self.wall.fitted()
