"""Write docs/shortcuts.md, the guide's list of every keyboard shortcut, from the main
window's own actions (offscreen, on the example session). Run it after changing a key:

    .venv/bin/python scripts/shortcuts_doc.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "docs" / "shortcuts.md"


def main() -> None:
    from offscreen import offscreen_app

    _app, tmp = offscreen_app("RoundtableShortcutsPage")
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
