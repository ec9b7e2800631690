"""Write docs/shortcuts.md, the guide's list of every keyboard shortcut, from the main
window's own actions (offscreen, on the example session). Run it after changing a key:

    .venv/bin/python scripts/shortcuts_doc.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "docs" / "shortcuts.md"


def main() -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    tmp = Path(tempfile.mkdtemp())
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp))
    app = QApplication.instance() or QApplication([])
    app.setOrganizationName("RoundtableShortcutsPage")
    from roundtable.demo import write_demo
    from ui.app import open_window
    from ui.windows.help_dialog import shortcuts_markdown

    window = open_window(write_demo(tmp / "example.roundtable"))
    PAGE.write_text(shortcuts_markdown(window), encoding="utf-8")
    window.close()
    print(f"wrote {PAGE.relative_to(ROOT)}")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
