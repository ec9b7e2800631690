"""Text colours that stay readable on the user's own colours.

The app's greys, reds, ambers and blues were picked for a light window. Under a dark
system palette (Windows, macOS or a Linux desktop in dark mode) the grey "For you" line,
the red refusals and the blue example note sat almost unseen on the dark window. `ink`
keeps a colour where it reads well and otherwise moves it towards white (on a dark
background) or black (on a light one) until it does, so a red stays a red.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

# WCAG's contrast for body text; large type (the round's clock) reads at 3.
BODY = 4.5
LARGE = 3.0


def luminance(colour: QColor) -> float:
    """The colour's relative luminance (WCAG 2), 0 for black to 1 for white."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def contrast(one: QColor, other: QColor) -> float:
    """The contrast ratio of two colours, 1 (the same) to 21 (black on white)."""
    a, b = sorted((luminance(one), luminance(other)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def legible(colour: QColor | str, background: QColor, ratio: float = BODY) -> QColor:
    """`colour` if it reads on `background`; else the nearest mix of it with white or black
    (whichever the background is further from) that does."""
    start = QColor(colour)
    if contrast(start, background) >= ratio:
        return start
    towards = QColor("white") if luminance(background) < 0.18 else QColor("black")
    for step in range(1, 21):
        share = step / 20
        mixed = QColor.fromRgbF(
            start.redF() + (towards.redF() - start.redF()) * share,
            start.greenF() + (towards.greenF() - start.greenF()) * share,
            start.blueF() + (towards.blueF() - start.blueF()) * share,
        )
        if contrast(mixed, background) >= ratio:
            return mixed
    return towards


def ink(
    colour: str,
    widget: QWidget | None = None,
    role: QPalette.ColorRole = QPalette.ColorRole.Window,
    ratio: float = BODY,
) -> str:
    """`colour` made readable on the widget's background (the app's when none), as #rrggbb
    for a style sheet."""
    palette = widget.palette() if widget is not None else QApplication.palette()
    return legible(colour, palette.color(role), ratio).name()
