"""Window sizes that fit the screen: a dialog taller than a 600-pixel laptop screen hid its
buttons below the edge (Suggested themes at 760x620, the shortcuts list at 560x640)."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget

TITLE_BAR = 40  # room left for the window's title bar, which Qt cannot measure before showing


def resize_within_screen(
    widget: QWidget, width: int, height: int, area: QRect | None = None
) -> None:
    """Resize to width x height, or to as much of it as the screen's free area holds."""
    if area is None:
        area = (widget.parentWidget() or widget).screen().availableGeometry()
    widget.resize(min(width, area.width() - 8), min(height, area.height() - TITLE_BAR))
