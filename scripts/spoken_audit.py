"""List what a screen reader user would miss in the facilitator's windows: controls with no
spoken name (or one made only of signs) and list, table and tree rows that read as nothing,
in the main window on the example session (each side panel in front in turn) and each
dialog a facilitator uses. Also walks the Tab order of each window and says where Tab
stops moving. Prints one line a problem and the count; exits 1 when there is one.

    .venv/bin/python scripts/spoken_audit.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]


def rows_said(view, most: int = 8) -> list[str]:
    """What the first rows of a list, table or tree say."""
    from PySide6.QtGui import QAccessible

    face = QAccessible.queryAccessibleInterface(view)
    out = []
    for i in range(min(face.childCount(), most)):
        child = face.child(i)
        if child is not None:
            out.append(repr(child.text(QAccessible.Text.Name)))
    return out


def main() -> int:
    from offscreen import offscreen_app

    app, tmp = offscreen_app("RoundtableSpokenAudit")
    from ui.focus_ring import install_focus_ring

    install_focus_ring(app)
    from tests.ui.spoken_audit import problems, shown_controls, tab_walk, windows

    total = controls = 0
    for title, top in windows(app, tmp):
        top.show()
        for _ in range(5):
            app.processEvents()
        found = problems(top)
        shown = len(shown_controls(top))
        controls += shown
        total += len(found)
        print(f"== {title}: {shown} controls, {len(found)} problems")
        for line in found:
            print(f"   {line}")
        if "--tab" in sys.argv:
            order, stuck, missed = tab_walk(app, top)
            print("   Tab: " + " > ".join(order))
            if stuck:
                print(f"   Tab stays on: {', '.join(stuck)}")
            if missed:
                print(f"   Tab never reaches: {', '.join(missed)}")
        if "--rows" in sys.argv:
            from PySide6.QtWidgets import QAbstractItemView

            for view in shown_controls(top):
                if isinstance(view, QAbstractItemView):
                    print(f"   {view.objectName()}: {', '.join(rows_said(view))}")
        if top.isWindow() and top.objectName() != "mainWindow":
            top.close()
    print(f"{total} problems in {controls} controls")
    return 1 if total else 0


if __name__ == "__main__":
    raise SystemExit(main())
