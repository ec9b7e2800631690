"""How the Action items table shares a narrow panel's width between its columns.

"What" and "Theme" share what Owner, Function, Due and Status leave, and an item's text
keeps a readable width (READABLE_CHARS a line): a panel too narrow for every column beside
it hides Function (and Theme, when no item has one), narrower still Theme, cutting owners
and dates short, with a hint saying how to see them again, and narrower again puts each
item's owner and due date on a line under its text (action_table.py). A mixin of ActionsPanel
(actions_panel.py), which holds the table and model.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QStyle

from roundtable.dates import short_date, written_date
from ui.sensemaking.action_model import (
    COMPACT_HEADERS,
    DROPPED,
    DUE,
    FUNCTION,
    HEADERS,
    LATE,
    OWNER,
    STATUS,
    THEME,
    WHAT,
    overdue,
)

# The narrowest the two shared columns ever get.
MIN_WHAT = 90
MIN_THEME = 70
# The room an item's text keeps beside the other columns, in average characters a line:
# Function, then Theme make way (and owners and dates are cut short) before it gets less.
# At 90 pixels beside every column (a maximised 1366x768 window) an item of 71 characters
# took six lines; at 32 characters a line one of 60-80 takes three at most.
READABLE_CHARS = 32
# Theme's most of what the shared columns have between them: the item's text has the rest.
THEME_SHARE = 0.35
# Owner and Due go under the item's text when What would get less than this beside them.
MIN_STACKED_WHAT = 120
# The widest an owner's name is shown in the compact layout (cut, its tooltip has it whole).
COMPACT_OWNER = 80
# Theme is hidden only when it would get less than this beside What.
TINY_THEME = 50
# Pixels a layout change must clear before it is undone (see _share_width).
HYSTERESIS = 8
# One two-digit day in every month, to measure the widest date a Due cell shows (the
# compact layout's with another year's "’27").
_WIDE_DAYS = [date(2026, month, 28) for month in range(1, 13)]
_ANOTHER_YEAR = date(2027, 1, 1)
HINT = (
    "Tick the box when an item is done; F2 on its Status marks it dropped (kept in the"
    " minutes). Del removes an item; Ctrl+Z brings it back."
)
NARROW_HINT = " Widen the panel to see and change each owner's Function."
TINY_HINT = " Widen the panel to see each item's Function and Theme."
# With owner and due under each item (an 800-pixel window), the hint beside Delete had
# 124 pixels and took 11 lines; it says the keys there, and its tooltip says it all.
STACKED_HINT = "Space ticks done; Del removes (Ctrl+Z undoes)."
# While Theme is hidden, how to give an item a theme all the same (action_theme.py).
THEME_HINT = " Right-click an item (or Ctrl+L) to give it a theme."


class SharedColumns:
    """The column sharing of ActionsPanel: needs its `table`, `model` and `hint`."""

    table: Any
    model: Any
    hint: Any
    _sharing: bool
    _function_width: int
    _full_status: int

    def _share_width(self) -> None:
        """ "What" and "Theme" share the width the other columns leave, so in a narrow panel
        both stay in view (they wrap) instead of the theme sliding off to the right. A panel
        too narrow for every column hides Function (the owner's tooltip still says it)."""
        if self._sharing or self.table.viewport().visibleRegion().isEmpty():
            return  # hiding a column or resizing one calls back here; a hidden tab waits
        self._sharing = True
        try:
            header = self.table.horizontalHeader()
            width = self.table.viewport().width()
            wanted = self.table.sizeHintForColumn(THEME) if self.model.actions else 80
            shown = [OWNER, FUNCTION, DUE, STATUS]
            if not self.table.isColumnHidden(FUNCTION):
                self._function_width = max(
                    header.sectionSize(FUNCTION), self.table.sizeHintForColumn(FUNCTION)
                )
            # What Owner, Due and Status take in the full layout, judged the same whatever
            # the layout is now and whatever dates are typed: measured from the columns as
            # shown, the compact layout's shorter dates made the full one fit again, which
            # made the dates long again (a due date typed at some widths set the panel
            # switching layouts for ever and froze the app).
            others = self._full_width_of_others()
            readable = self._readable_what()
            need = others + self._function_width + readable + MIN_THEME
            # Function comes back only with a scroll bar's width to spare: hiding it makes
            # rows shorter, the vertical scroll bar may go, and the panel must not flip back.
            spare = self.table.verticalScrollBar().sizeHint().width() + 4
            hidden = self.table.isColumnHidden(FUNCTION)
            narrow = width < need + (spare if hidden else 0)
            if self.table.isColumnHidden(FUNCTION) != narrow:
                self.table.setColumnHidden(FUNCTION, narrow)
                self.hint.setText(HINT + (NARROW_HINT if narrow else ""))
            if narrow:
                shown.remove(FUNCTION)
            # Narrower still (a 1024-pixel window): Theme goes too; What's tooltip names it.
            compact = self.model.compact
            # Judged as if the vertical scroll bar were always there: hiding Theme makes
            # rows taller or shorter, and the decision must not flip with the scroll bar.
            bar = self.table.verticalScrollBar()
            steady = width + (bar.sizeHint().width() if bar.isVisible() else 0) - spare
            # A few pixels of hysteresis: measurements a pixel or three apart (fonts, header
            # margins) must not flip the layout back and forth at the boundary.
            # A narrow panel whose items have no theme gives the empty Theme column's room
            # to What, which wrapped to three or four lines beside it at 1366 pixels.
            themed = any(a.theme_id in self.model.theme_labels for a in self.model.actions)
            tiny = narrow and steady < others + readable + (TINY_THEME if themed else 0) + (
                HYSTERESIS if compact else 0
            )
            no_theme = tiny or (narrow and not themed)
            if self.table.isColumnHidden(THEME) != no_theme:
                self.table.setColumnHidden(THEME, no_theme)
            # Narrower still (an 800-pixel window): What beside Owner, Due and Done would be a
            # word or two a line, and the table scrolled sideways; each item's owner and due
            # date go on a line under its text instead.
            stacked = tiny and steady - self._compact_width_of_others() < MIN_STACKED_WHAT + (
                HYSTERESIS if self.table.stacked else 0
            )
            if compact != tiny:
                # Short dates and an owner cut to fit (their tooltips have them whole).
                self.model.compact = tiny
                self.model.headers = COMPACT_HEADERS if tiny else HEADERS
                self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
                self.model.dataChanged.emit(
                    self.model.index(0, DUE),
                    self.model.index(len(self.model.actions) - 1, STATUS),
                )
                header.setSectionResizeMode(
                    OWNER,
                    QHeaderView.ResizeMode.Interactive
                    if tiny
                    else QHeaderView.ResizeMode.ResizeToContents,
                )
                header.setSectionResizeMode(
                    STATUS,
                    QHeaderView.ResizeMode.Interactive
                    if tiny
                    else QHeaderView.ResizeMode.ResizeToContents,
                )
                if tiny:
                    header.resizeSection(OWNER, min(header.sectionSize(OWNER), COMPACT_OWNER))
                    self.table.resizeColumnToContents(DUE)
            if tiny and header.sectionSize(STATUS) != self._done_width():
                header.resizeSection(STATUS, self._done_width())
            if self.table.stacked != stacked:
                self.table.set_stacked(stacked)
                self.model.stacked = stacked
                self.model.dataChanged.emit(  # the line under the text; Done's "late" or not
                    self.model.index(0, WHAT),
                    self.model.index(len(self.model.actions) - 1, STATUS),
                )
            if stacked:
                shown = [STATUS]
            if narrow:
                # Theme hidden only because no item has one: widening would show it empty.
                widen = TINY_HINT if tiny and themed else NARROW_HINT
                # How to give an item a theme, once the session has one to give.
                choose = THEME_HINT if no_theme and self.model.theme_labels else ""
                # The compact layout heads the Status column "Done": the hint names it so.
                hint = HINT.replace("its Status", "its Done box") if tiny else HINT
                self.hint.setText(STACKED_HINT if stacked else hint + widen + choose)
                self.hint.setToolTip(hint + widen + choose if stacked else "")
            free = width - sum(header.sectionSize(c) for c in shown)
            if no_theme:
                header.resizeSection(WHAT, max(60, free))
                return
            theme = max(MIN_THEME, min(wanted, 220, int(free * THEME_SHARE), free - readable))
            header.resizeSection(THEME, theme)
            header.resizeSection(WHAT, max(MIN_WHAT, free - theme))
        finally:
            self._sharing = False

    def _readable_what(self) -> int:
        """The width at which an item's text reads READABLE_CHARS characters a line."""
        style = self.table.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.table) + 1
        return int(self.table.fontMetrics().averageCharWidth() * READABLE_CHARS + 2 * margin)

    def _done_width(self, late: bool | None = None) -> int:
        """The Done column of the compact layout: its heading and tick box, and no room
        for a sort arrow unless it shows one (the column was 59 pixels for a 14-pixel box);
        "late" beside the box (`late`: whether room is kept for it; None: while an item
        beside the box says it)."""
        header = self.table.horizontalHeader()
        if late is None:
            late = not self.table.stacked and any(overdue(a) for a in self.model.actions)
        word = self.table.fontMetrics().horizontalAdvance(LATE) + 6 if late else 0
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == STATUS:
            return int(max(header.sectionSizeHint(STATUS), self.table.sizeHintForColumn(STATUS)))
        edge = self.table.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        heading = header.fontMetrics().horizontalAdvance(COMPACT_HEADERS[STATUS]) + 2 * edge + 8
        box = self.table.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, None)
        return max(heading, box + 12 + word)

    def _compact_width_of_others(self) -> int:
        """Owner, Due and Done as the compact layout shows them, whichever layout is shown:
        an owner cut to fit, a short date ("28 May ’27") or "dropped", and the tick box with
        "late" beside it."""
        metrics = self.table.fontMetrics()
        dates = [short_date(day, today=_ANOTHER_YEAR) for day in _WIDE_DAYS]
        date = max(metrics.horizontalAdvance(text) for text in [*dates, DROPPED])
        header = self.table.horizontalHeader()
        due = max(date + 12, header.sectionSizeHint(DUE))
        # The owner's column at its widest, names or not, and every word the cells may
        # say: the layout must not change as items with owners, dates or delays come and go.
        return int(COMPACT_OWNER + due + self._done_width(late=True))

    def _full_width_of_others(self) -> int:
        """Owner, Due and Status as the full layout shows them: the owners' names as they
        are, a whole date, and the full headers (none of it depends on the layout now shown
        or on which items have dates)."""
        header = self.table.horizontalHeader()
        words = header.fontMetrics()

        def full_header(col: int) -> int:
            # The header's own margins (and sort arrow), measured on the label it shows now.
            margins = header.sectionSizeHint(col) - words.horizontalAdvance(self.model.headers[col])
            return margins + words.horizontalAdvance(HEADERS[col])

        if not (self.model.compact and self._full_status):
            # Measured in the full layout and kept: the compact one shows a bare box for
            # Status under another header label, and judged from that the full layout
            # fitted again, so the panel switched between the two for ever (100% CPU, clicks
            # and keys lost).
            self._full_status = max(full_header(STATUS), self.table.sizeHintForColumn(STATUS))
        # The widest due date the column can show ("28 May 2026" is wider than "1 Jul").
        metrics = self.table.fontMetrics()
        date = max(metrics.horizontalAdvance(written_date(day)) for day in _WIDE_DAYS) + 8
        # The owners' names measured as they are whatever the layout (a cut column does not
        # change them): kept from the full layout, an owner with a longer name typed while
        # the panel was compact went unmeasured, and a wider panel showed every column with
        # What short of its readable width, then went compact again wider still.
        owner = max(full_header(OWNER), self.table.sizeHintForColumn(OWNER))
        return int(owner + max(full_header(DUE), date) + self._full_status)
