"""Windows carry Roundtable's own icon (resources/roundtable.svg): the task bar and the About
box showed the platform's blank window icon."""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon

from ui.app import APP_ICON, set_app_icon
from ui.windows.cards import COLOURS


def test_the_app_icon_is_drawn_with_the_function_colours(qapp, window):
    before = qapp.windowIcon()
    try:
        set_app_icon(qapp)
        icon = window.windowIcon()
        assert APP_ICON.is_file() and not icon.isNull()
        image = icon.pixmap(64, 64).toImage()
        assert image.width() == 64
        seen = {image.pixelColor(x, y).name() for x in range(64) for y in range(64)}
        for colour in COLOURS.values():  # the three sticky notes
            assert QColor(colour).name() in seen
    finally:
        qapp.setWindowIcon(before if not before.isNull() else QIcon())
