"""Window sizes that fit the screen: a dialog taller than a 600-pixel laptop screen hid its
buttons below the edge (Suggested themes at 760x620, the shortcuts list at 560x640)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QDockWidget, QLayout, QMainWindow, QPlainTextEdit, QTabBar, QWidget

TITLE_BAR = 40  # room left for the window's title bar, which Qt cannot measure before showing
# A roundtable's roster pasted whole shows without scrolling (10-30 people; 12 is usual).
ROSTER_LINES = 12
ROSTER_LINES_EMPTY = 6  # the box before a roster is typed (110 pixels, as it was)
FEWEST_ROSTER_LINES = 4


def resize_within_screen(
    widget: QWidget, width: int, height: int, area: QRect | None = None
) -> None:
    """Resize to width x height, or to as much of it as the screen's free area holds."""
    if area is None:
        area = (widget.parentWidget() or widget).screen().availableGeometry()
    widget.resize(min(width, area.width() - 8), min(height, area.height() - TITLE_BAR))


def keep_on_screen(window: QWidget) -> None:
    """Move a shown `window` back wholly onto its screen's free area where it went past an
    edge (a dialog that grows as it shows more grows down from where it opened); one
    larger than the area keeps its top left corner, and so its title bar, on it."""
    area = window.screen().availableGeometry()
    frame = window.frameGeometry()  # (with the title bar, once shown)
    left = max(area.left(), min(frame.left(), area.right() + 1 - frame.width()))
    top = max(area.top(), min(frame.top(), area.bottom() + 1 - frame.height()))
    if (left, top) != (frame.left(), frame.top()):
        window.move(left, top)  # (a window's move places its frame)


def text_box_height(box: QPlainTextEdit, lines: int) -> int:
    """The height of `box` that shows `lines` lines of text whole, and the line after them:
    a roster pasted from a spreadsheet ends in a new line, and the box scrolled by one
    until the cursor's empty line showed too."""
    edge = 2 * (box.frameWidth() + round(box.document().documentMargin()))
    return (lines + 1) * box.fontMetrics().lineSpacing() + edge


def invalidate_all(layout: QLayout) -> None:
    """Forget the sizes `layout` and the layouts in it have measured, so that its least
    height is asked for at once, not at the next layout: a layout forgets only its own,
    and the start screen's form still measured a warning as it was before its words
    changed (two lines for four: the last two were cut)."""
    layout.invalidate()
    for i in range(layout.count()):
        item = layout.itemAt(i)
        inner = item.layout() if item is not None else None
        if inner is not None:
            invalidate_all(inner)


def fit_roster_box(window: QWidget, box: QPlainTextEdit) -> None:
    """The roster `box` of `window` as tall as its lines, from ROSTER_LINES_EMPTY up to
    ROSTER_LINES, as far as the screen has the room: at 110 pixels it showed 7 lines of a
    pasted roster of 12 at 1366x768, the rest scrolled out of sight. The window's other
    parts give way to its least height (the recent sessions then scroll); on a short
    screen the box gives up lines instead, never below FEWEST_ROSTER_LINES."""
    lines = min(max(box.document().blockCount(), ROSTER_LINES_EMPTY), ROSTER_LINES)
    if box.height() == text_box_height(box, lines) and box.minimumHeight() == box.height():
        return
    box.setFixedHeight(text_box_height(box, lines))
    layout = window.layout()
    if layout is None:
        return
    invalidate_all(layout)
    area = window.screen().availableGeometry()
    over = layout.totalMinimumHeightForWidth(window.width()) - (area.height() - TITLE_BAR)
    if over > 0:
        line = box.fontMetrics().lineSpacing()
        lines = max(lines - -(-over // line), FEWEST_ROSTER_LINES)
        box.setFixedHeight(text_box_height(box, lines))
        invalidate_all(layout)


def fit_to_screen(window: QWidget, area: QRect | None = None, min_width: int = 640) -> None:
    """Size a window to show all its content (its size hint, at least `min_width` wide)
    as far as the screen's available area allows, and place it wholly inside that area."""
    area = area or window.screen().availableGeometry()
    hint = window.sizeHint().expandedTo(window.minimumSizeHint())
    width = min(max(hint.width(), min_width), area.width() - 8)
    # Wrapped text (the template's description) needs less height at the width it gets.
    wanted = window.heightForWidth(width) if window.hasHeightForWidth() else -1
    height = min(wanted if wanted > 0 else hint.height(), area.height() - TITLE_BAR)
    window.resize(width, height)
    left = area.left() + (area.width() - width) // 2
    top = area.top() + max(0, (area.height() - TITLE_BAR - height) // 2)
    window.move(left, top)


def dock_tabs_width(window: QMainWindow) -> int:
    """The width the tabs of the window's tabbed side panels take with their names whole
    (0 when the panels are not tabbed)."""
    widths = [
        sum(bar.tabSizeHint(i).width() for i in range(bar.count()))
        for bar in window.findChildren(QTabBar)
        if bar.parent() is window and bar.isVisible() and bar.count() > 1
    ]
    return max(widths, default=0)


def make_room_for_board(window: Any, panel_width: int) -> None:
    """The board keeps two columns of cards where it can: the side panels give way
    (never below their own minimum); on a small screen one column is the floor. What
    the panels gave is taken back, up to panel_width, when the window grows again (a
    window opened small and then maximised kept panels so narrow that their tabs read
    "The…", "Vo…")."""
    want = 2 * (window.board.card_size.width() + 12) + 36
    short = want - window.board.width()
    docks = [d for d in window.findChildren(QDockWidget) if d.isVisible() and not d.isFloating()]
    if not docks:
        return
    dock = max(docks, key=lambda d: d.width())  # the tab in front of a tabbed group
    if short < 0 and dock.width() < panel_width:
        wider = min(panel_width, dock.width() - short)
        window.resizeDocks([dock], [wider], Qt.Orientation.Horizontal)
        return
    # Never so narrow that the panels' tabs are cut ("The…", "Vo…", "Action ite…" at
    # 800 pixels): the agenda and the board give those pixels.
    floor = max(dock.minimumSizeHint().width(), dock_tabs_width(window))
    if short > 0 and dock.width() > floor:
        window.resizeDocks([dock], [max(floor, dock.width() - short)], Qt.Orientation.Horizontal)
