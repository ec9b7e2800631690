"""The Qt application of the scripts that draw the app without a display (screenshots.py,
shortcuts_doc.py): Qt's offscreen platform on a 1920x1080 screen (its own screen is 800x800,
which held the presenter view to a square a projector never has), with settings in a new
folder, so nothing of the user's own Roundtable settings shows or changes."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

SCREEN = (
    '{"screens": [{"name": "projector", "x": 0, "y": 0, "width": 1920, "height": 1080,'
    ' "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}'
)


def offscreen_app(organization: str) -> tuple[Any, Path]:
    """The QApplication, and a new folder for the script's files."""
    folder = Path(tempfile.mkdtemp())
    screen = folder / "screen.json"
    screen.write_text(SCREEN, encoding="utf-8")
    os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={screen}")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    app = QApplication.instance() or QApplication([])
    app.setOrganizationName(organization)
    return app, folder
