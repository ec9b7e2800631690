"""A roster line padded with spaces, as a PDF or a fixed-width table pastes it, or a mail's
line of underscores: reading it for a side heading tried every way of sharing the spaces
out, and took seconds (minutes with a few hundred more), the start screen frozen at each
key."""

from __future__ import annotations

import time

import pytest

from roundtable.roster_preview import roster_preview


@pytest.mark.parametrize(
    "line",
    [
        "Anna Keller" + " " * 300 + "Sales",
        "Anna" + " " * 300 + "x <anna@brightline.example",
        "_" * 2000 + " Anna Keller",
        "*" * 2000 + " Anna Keller",
    ],
)
def test_a_padded_line_is_read_at_once(line: str) -> None:
    start = time.perf_counter()
    said = roster_preview(line)
    assert time.perf_counter() - start < 1.0
    assert said.startswith("1 person") or "cannot be read" in said
