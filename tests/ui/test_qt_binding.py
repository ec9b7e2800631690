"""The Qt binding itself must not eat references: a long session makes millions of calls.

PySide6 6.12.0 loses one reference to None on every Qt call that returns nothing; on
Python 3.11 the interpreter aborts once None's count reaches zero, which a running session
reaches within minutes (the timer alone ticks twice a second). pyproject.toml excludes it;
this test fails loudly if a leaking release comes back.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_qt_calls_do_not_leak_references_to_none(qapp) -> None:
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("12:00")
        qapp.processEvents()
    lost = before - sys.getrefcount(None)
    assert lost < 200, f"{lost} references to None lost in 4,000 Qt calls"
