"""Roster box benchmark (run by hand): one key typed in a pasted roster of 1,000 lines on
the start screen, to the line under the box said again. The line reads the roster at each
key (and the lone-side warning once more), so a long list lags if every line is read anew.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_roster_keys.py

Prints the median of 20 keys typed at the end of the box and 20 in the middle, and the
same for the line's words alone (roundtable.roster_preview, no Qt).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FORMS = (
    "{first} {last}, {company}, {side}",
    "{first} {last} ({company}) - Head of {Side}",
    "{last}, {first}, {company}, {side}",
    "{FIRST} {LAST}, {company}, {side}",
    "{first} {last} <{first}.{last}@{company}.com>, {side}",
)
FIRSTS = [
    "Anna",
    "Ben",
    "Cara",
    "Dan",
    "Eva",
    "Finn",
    "Grace",
    "Hugo",
    "Ines",
    "Jon",
    "Kim",
    "Lea",
    "Maria",
    "Piet",
    "Tom",
]
LASTS = [
    "Keller",
    "Okafor",
    "Diaz",
    "Roe",
    "Lind",
    "Berg",
    "Lee",
    "Martin",
    "Duarte",
    "Wolf",
    "Park",
    "Cruz",
    "Vries",
    "Brandt",
]
COMPANIES = [
    "Brightline",
    "Globex",
    "Initech",
    "Northwind",
    "Tailspin",
    "Litware",
    "Fabrikam",
    "Contoso",
]


def roster(lines: int = 1000) -> str:
    """A name-first roster in several hand-written forms, each name once."""
    rows = []
    for k in range(lines):
        first = FIRSTS[k % len(FIRSTS)]
        last = f"{LASTS[k // len(FIRSTS) % len(LASTS)]}{k}"  # each name once
        side = ("sales", "marketing", "other")[k % 3]
        form = FORMS[k % len(FORMS)] if k % len(FORMS) != 2 else FORMS[0]  # name first
        rows.append(
            form.format(
                first=first,
                last=last,
                FIRST=first.upper(),
                LAST=last.upper(),
                company=COMPANIES[k % len(COMPANIES)],
                side=side,
                Side=side.capitalize(),
            )
        )
    return "\n".join(rows)


def median_ms(times: list[float]) -> str:
    return f"{statistics.median(times) * 1000:.1f} ms"


def core_keys(text: str, at: int, keys: int = 20) -> list[float]:
    from roundtable.roster_preview import roster_preview

    roster_preview(text)  # pasted: read once
    times = []
    for k in range(keys):
        text = text[:at] + "x" + text[at:]
        at += 1
        t0 = time.perf_counter()
        roster_preview(text, typing=None)
        times.append(time.perf_counter() - t0)
        del k
    return times


def ui_keys(text: str, middle: bool, keys: int = 20) -> list[float]:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp("-bench")
    )
    from ui.windows.start_screen import StartScreen

    screen = StartScreen()
    screen.show()
    app.processEvents()
    box = screen.roster
    box.setPlainText(text)
    box.setFocus()
    app.processEvents()
    cursor = box.textCursor()
    if middle:
        cursor.setPosition(len(text) // 2)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    else:
        cursor.movePosition(QTextCursor.MoveOperation.End)
    box.setTextCursor(cursor)
    app.processEvents()
    times = []
    for _ in range(keys):
        t0 = time.perf_counter()
        QTest.keyClick(box, Qt.Key.Key_X)
        app.processEvents()
        times.append(time.perf_counter() - t0)
    screen.draft.done = True  # keep nothing of the benchmark
    screen.close()
    app.processEvents()
    return times


def main() -> None:
    text = roster()
    middle = text.index("\n", len(text) // 2)
    print(f"Roster of {text.count(chr(10)) + 1} lines, median of 20 keys")
    print("  line under the box alone, key at the end:   ", median_ms(core_keys(text, len(text))))
    print("  line under the box alone, key in the middle:", median_ms(core_keys(text, middle)))
    print("  start screen, key at the end:   ", median_ms(ui_keys(text, middle=False)))
    print("  start screen, key in the middle:", median_ms(ui_keys(text, middle=True)))


if __name__ == "__main__":
    main()
