"""The core never depends on the UI: `roundtable` imports neither Qt nor `ui`.

CI also runs tests/core in a virtual environment without PySide6; this test names the
offending file and line right away, in any environment.
"""

from __future__ import annotations

import ast
from pathlib import Path

import roundtable

FORBIDDEN = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "qasync", "ui")
CORE = Path(roundtable.__file__).parent


def test_core_modules_import_no_qt_and_no_ui() -> None:
    offences = []
    files = sorted(CORE.rglob("*.py"))
    assert len(files) > 5
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            for name in names:
                if name.split(".")[0] in FORBIDDEN:
                    offences.append(f"{path.relative_to(CORE.parent)}:{node.lineno}: {name}")
    assert offences == []
